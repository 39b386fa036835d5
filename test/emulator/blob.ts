/**
 * Blobs: Utilities.newBlob, EmbeddedChart.getAs / getBlob, and Blob.getAs. Modelled on Google's reference
 * (developers.google.com/apps-script/reference/base/blob, …/spreadsheet/embedded-chart#getAs(String)):
 * - getAs(contentType) converts and renames: the part of the name after the last period is replaced by the new
 *   extension («Rapport.2026-10» becomes «Rapport.pdf»; no period: the extension is added).
 * - For most blobs 'application/pdf' is the only valid target; images convert between BMP, GIF, JPEG and PNG.
 *   An HTML blob converts to PDF (a widely used way to make a PDF without Drive, e.g. public scripts calling
 *   Utilities.newBlob(html, 'text/html').getAs('application/pdf')); anything else throws.
 * - A chart's image is drawn from the chart's data range as it is when getAs is called.
 * What is drawn is a stand-in, not Google's rendering: a PNG with one bar per data row (real PNG bytes, so an email
 * renders it) and a PDF holding the HTML's text lines (real PDF syntax, so a test can read its text). The look of
 * Google's chart and PDF is a manual check (docs/architecture.md, Limits and manual checks).
 */
import { deflateSync } from 'node:zlib';
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core } from './core';

const EXT: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp', 'text/csv': 'csv', 'text/html': 'html', 'text/plain': 'txt', 'application/json': 'json' };
const IMAGE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp']);

export function renamed(name: string | null, contentType: string): string | null {
  if (name === null) return null;
  const ext = EXT[contentType];
  if (!ext) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

export class BlobImpl {
  constructor(readonly _core: Core, public _bytes: Buffer, public _type: string | null, public _name: string | null) {}
  getBytes(): number[] { return [...this._bytes]; }
  getDataAsString(): string { return this._bytes.toString('utf8'); }
  getContentType(): string | null { return this._type; }
  setContentType(t: unknown): this {
    if (typeof t !== 'string') throw this._core.sigErr('Blob.setContentType', describeType(t));
    this._type = t;
    return this;
  }
  getName(): string | null { return this._name; }
  setName(n: unknown): this {
    if (typeof n !== 'string') throw this._core.sigErr('Blob.setName', describeType(n));
    this._name = n;
    return this;
  }
  copyBlob(): BlobImpl { return new BlobImpl(this._core, Buffer.from(this._bytes), this._type, this._name); }
  isGoogleType(): boolean { return false; }
  getAs(contentType: unknown): BlobImpl {
    if (typeof contentType !== 'string') throw this._core.sigErr('Blob.getAs', describeType(contentType));
    const from = this._type ?? '';
    if (contentType === from) return new BlobImpl(this._core, Buffer.from(this._bytes), from, renamed(this._name, from));
    if (contentType === 'application/pdf' && (from === 'text/html' || from === 'text/plain')) {
      return new BlobImpl(this._core, pdfOfText(from === 'text/html' ? htmlLines(this.getDataAsString()) : this.getDataAsString().split('\n')), contentType, renamed(this._name, contentType));
    }
    throw this._core.err(`Converting from ${from || 'unknown'} to ${contentType} is not supported.`);
  }
}
instrument(BlobImpl, 'Blob');

export function newBlob(core: Core, data: unknown, contentType?: unknown, name?: unknown): BlobImpl {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Array.isArray(data) && data.every((b) => typeof b === 'number') ? Buffer.from((data as number[]).map((b) => b & 0xff)) : null;
  if (bytes === null || (contentType !== undefined && typeof contentType !== 'string') || (name !== undefined && typeof name !== 'string')) {
    throw core.sigErr('Utilities.newBlob', [data, contentType, name].filter((x) => x !== undefined).map(describeType).join(','));
  }
  return new BlobImpl(core, bytes, (contentType as string | undefined) ?? null, (name as string | undefined) ?? null);
}

/** An embedded chart as an image: PNG (or another image type), as of its data now. */
export function chartImage(core: Core, values: number[], contentType: unknown, title: string): BlobImpl {
  if (typeof contentType !== 'string') throw core.sigErr('EmbeddedChart.getAs', describeType(contentType));
  if (!IMAGE.has(contentType) && contentType !== 'application/pdf') throw core.err(`Converting from image/png to ${contentType} is not supported.`);
  const png = new BlobImpl(core, barChartPng(values), 'image/png', title);
  return contentType === 'image/png' ? png : new BlobImpl(core, png._bytes, contentType, renamed(title, contentType));
}

// ---- a bar chart as PNG bytes ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function barChartPng(values: number[], width = 600, height = 300): Buffer {
  const px = Buffer.alloc(width * height * 3, 0xff);
  const set = (x: number, y: number, rgb: [number, number, number]) => { const i = (y * width + x) * 3; px[i] = rgb[0]; px[i + 1] = rgb[1]; px[i + 2] = rgb[2]; };
  const left = 40, bottom = height - 30, top = 20;
  for (let x = left; x < width - 10; x++) set(x, bottom, [0x99, 0x99, 0x99]);
  for (let y = top; y <= bottom; y++) set(left, y, [0x99, 0x99, 0x99]);
  const max = Math.max(1, ...values);
  const slot = (width - 10 - left) / Math.max(1, values.length);
  values.forEach((v, i) => {
    const h = Math.round(((bottom - top) * Math.max(0, v)) / max);
    const x0 = Math.round(left + i * slot + slot * 0.2), x1 = Math.round(left + (i + 1) * slot - slot * 0.2);
    for (let x = x0; x < x1; x++) for (let y = bottom - h; y < bottom; y++) set(x, y, [0x43, 0x85, 0xf4]);
  });
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) px.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// ---- text lines as a minimal PDF ----

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The HTML's text, one line per block element (enough for a test to read what the PDF says). */
export function htmlLines(html: string): string[] {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|h\d|tr|li|table)>|<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .split('\n').map((l) => l.replace(/\t+$/, '').replace(/\s*\t\s*/g, '  ').trim()).filter((l) => l !== '');
}

/** WinAnsi's characters outside Latin-1 that Norwegian text uses (the PDF font's encoding). */
const WIN_ANSI: Record<string, string> = { '–': '\x96', '—': '\x97', '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94', '…': '\x85', '€': '\x80', '·': '\xb7' };
const FROM_WIN_ANSI = Object.fromEntries(Object.entries(WIN_ANSI).map(([k, v]) => [v, k]));

/** The PDF's text lines, read back (the reverse of pdfOfText). */
export function pdfText(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1').replace(/[\x80-\x9f]/g, (c) => FROM_WIN_ANSI[c] ?? c));
}

function pdfOfText(lines: string[]): Buffer {
  const perPage = 60;
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += perPage) pages.push(lines.slice(i, i + perPage));
  const esc = (s: string) => s.replace(/[\\()]/g, '\\$&').replace(/[^\x20-\xff]/g, (c) => WIN_ANSI[c] ?? '?');
  const objs: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((page, i) => {
    const stream = ['BT', '/F1 9 Tf', '40 800 Td', '12 TL', ...page.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n');
    objs[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objs[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
