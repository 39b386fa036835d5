/**
 * The built sidebar (dist/Sidebar.html) in headless Debian Chromium, driven by playwright-core, with a
 * google.script.run shim whose calls run the bundle's top-level functions on the emulator (JSON in, JSON out,
 * asynchronously, as Apps Script does). Each launch gets a fresh profile directory; no network is used.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST } from './harness';
import type { Rpc } from './sidebar';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SHIM = `(() => {
  function runner(ok, fail) {
    return new Proxy({}, { get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      if (name === 'withUserObject') return () => runner(ok, fail);
      return (...args) => {
        window.__rpc(String(name), JSON.stringify(args)).then(
          (json) => { const r = JSON.parse(json); if (r && r.__thrown) { if (fail) fail(new Error(r.__thrown)); } else if (ok) ok(r); },
          (e) => { if (fail) fail(e); });
      };
    } });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

export interface SidebarBrowser {
  page: Page;
  /** Every RPC the page made, in order: [function name, arguments]. */
  calls: Array<[string, unknown[]]>;
  close(): Promise<void>;
}

/**
 * Opens a built page (Sidebar.html by default; Import.html for the import dialog) with the shim. `append` is
 * added after the page, as HtmlOutput.append does (a dialog's data element); `html` is a whole page as the server
 * handed it to a dialog (e.g. Help.html with its data block appended).
 */
export async function openSidebar(rpc: Rpc, opts: { width?: number; height?: number; file?: string; append?: string; html?: string } = {}): Promise<SidebarBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (npm test does this).`);
  const profile = mkdtempSync(join(tmpdir(), 'rv-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: opts.width ?? 300, height: opts.height ?? 900 }, locale: 'nb-NO',
  });
  const calls: Array<[string, unknown[]]> = [];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.route('**/*', (route) => route.abort());
  await page.exposeFunction('__rpc', (name: string, json: string) => {
    const args = JSON.parse(json) as unknown[];
    calls.push([name, args]);
    try {
      return JSON.stringify(rpc(name, ...args) ?? null);
    } catch (e) {
      return JSON.stringify({ __thrown: e instanceof Error ? e.message : String(e) });
    }
  });
  // The shim goes first in <head>, as Apps Script's own client code does.
  const html = opts.html ?? readFileSync(join(DIST, opts.file ?? 'Sidebar.html'), 'utf8');
  await page.setContent(html.replace('<head>', () => `<head><script>${SHIM}</script>`) + (opts.append ?? ''));
  return {
    page,
    calls,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Renders an HTML page (an email, say) in headless Chromium and writes a full-page PNG. No network. */
export async function screenshotHtml(html: string, pngPath: string, width = 760): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (npm test does this).`);
  const profile = mkdtempSync(join(tmpdir(), 'rv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width, height: 900 }, locale: 'nb-NO' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html);
    await page.screenshot({ path: pngPath, fullPage: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** An email's HTML part as a browser shows it: `cid:` images replaced by data URLs of the inline images. */
export function emailAsPage(mail: { to: string; subject: string; htmlBody: string; inlineImages: Record<string, { contentType: string | null; bytes: Buffer }>; attachments: Array<{ name: string | null }> }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = mail.htmlBody.replace(/cid:([\w.-]+)/g, (m, id: string) => {
    const img = mail.inlineImages[id];
    return img ? `data:${img.contentType ?? 'image/png'};base64,${img.bytes.toString('base64')}` : m;
  });
  const files = mail.attachments.map((a) => esc(a.name ?? '(uten navn)')).join(', ');
  return `<!doctype html><meta charset="utf-8"><title>${esc(mail.subject)}</title>\n<p><b>Til:</b> ${esc(mail.to)}<br><b>Emne:</b> ${esc(mail.subject)}<br><b>Vedlegg:</b> ${files}</p>\n${body}\n`;
}
