/**
 * The «Importer gammel logg» dialog: pick a tab, see what the add-on found (tables, kind, column mapping) and
 * the first rows as they would be imported, change kind or mapping, import, then delete the source tab.
 * Every call goes to the server (importPreview / importRun / importDeleteSource); text goes in with
 * textContent only.
 */
import type { BlockDto, ImportPreviewDto, ImportRequest, ImportResultDto } from '../../server/import/dto';
import { columnLetter } from '../../sheets/a1';
import { call } from './importRpc';

const app = document.getElementById('app')!;
/** «Jeg har lest merknadene»: sent with the preview and the import. */
let notesReviewed = false;
let preview: ImportPreviewDto | null = null;
let choices: NonNullable<ImportRequest['blocks']> = [];
let busy = false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function select(options: Array<[string, string]>, value: string, onChange: (v: string) => void, label: string): HTMLSelectElement {
  const s = el('select', { 'aria-label': label });
  for (const [v, text] of options) {
    const o = el('option', { value: v }, text);
    if (v === value) o.selected = true;
    s.append(o);
  }
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

function message(text: string, kind: 'error' | 'info' | 'ok' = 'info'): HTMLElement {
  return el('p', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** While a call runs every control is disabled, so «Importer» cannot send choices the preview has not shown. */
function setBusy(on: boolean): void {
  busy = on;
  app.toggleAttribute('aria-busy', on);
  for (const e of app.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>('button, select, input')) e.disabled = on;
}

async function load(request: ImportRequest): Promise<void> {
  if (busy) return;
  setBusy(true);
  try {
    notesReviewed = request.notesReviewed === true;
    preview = await call('importPreview', request);
    choices = preview.blocks.map((b, i) => ({ headerRow: b.headerRow, kind: b.kind, ...(request.blocks?.[i]?.mapping ? { mapping: request.blocks[i]!.mapping } : {}) }));
    render();
  } catch (e) {
    app.replaceChildren(message((e as Error).message, 'error'));
  } finally {
    busy = false;
    app.removeAttribute('aria-busy');
  }
}

/** «Overskriftsrad»: the row with the column names, when the add-on guessed wrong (or found none). */
function headerRowInput(value: number | null, blocksFor: (row: number) => NonNullable<ImportRequest['blocks']>): HTMLElement {
  const input = el('input', { type: 'number', min: '1', step: '1', class: 'header-row' });
  if (value !== null) input.value = String(value);
  input.addEventListener('change', () => {
    const row = Number(input.value);
    if (Number.isInteger(row) && row >= 1) void load({ sheetName: preview!.sheetName!, blocks: blocksFor(row) });
  });
  return el('label', {}, 'Overskriftsrad: ', input);
}

function blockView(b: BlockDto, i: number): HTMLElement {
  const p = preview!;
  const box = el('section', { class: 'block' });
  const cols = b.columns.length > 0 ? `, kolonne ${columnLetter(b.columns[0]!.index + 1)}–${columnLetter(b.columns[b.columns.length - 1]!.index + 1)}` : '';
  const heading = `Tabell ${i + 1}: rad ${b.headerRow}–${b.lastRow}${cols}${b.title ? ` («${b.title}»)` : ''}`;
  box.append(el('h2', {}, heading));
  box.append(el('label', {}, 'Hva er dette? ', select(p.kinds.map((k) => [k.value, k.label]), b.kind, (kind) => {
    const blocks = choices.map((c, j) => (j === i ? { headerRow: c.headerRow, kind: kind as BlockDto['kind'] } : c));
    void load({ sheetName: p.sheetName!, blocks });
  }, 'Type tabell')));
  box.append(' ', headerRowInput(b.headerRow, (headerRow) => choices.map((c, j) => (j === i ? { headerRow } : c))));
  const table = el('table', { class: 'mapping' });
  table.append(el('tr', {}, el('th', {}, 'Felt'), el('th', {}, 'Kolonne i fanen')));
  const columnOptions: Array<[string, string]> = [['', '— ikke importer —'], ...b.columns.map((c): [string, string] => [String(c.index), c.header])];
  for (const f of b.fields) {
    const s = select(columnOptions, f.column === null ? '' : String(f.column), (v) => {
      const mapping = { ...(choices[i]?.mapping ?? {}), [f.key]: v === '' ? null : Number(v) };
      const blocks = choices.map((c, j) => (j === i ? { ...c, mapping } : c));
      void load({ sheetName: p.sheetName!, blocks });
    }, f.label);
    table.append(el('tr', {}, el('td', {}, f.required ? `${f.label} *` : f.label), el('td', {}, s)));
  }
  box.append(table);
  if (b.unmapped.length > 0) {
    // No column silently dropped: she sees what is not mapped and where its content goes.
    const list = el('ul', { class: 'unmapped' }, ...b.unmapped.map((u) => el('li', {}, `«${u.header}»: ikke koblet — ${u.kept ? 'innholdet legges i merknaden' : 'importeres ikke (personopplysninger)'}`)));
    box.append(el('h3', {}, 'Kolonner som ikke er koblet'), list);
  }
  const rows = p.rows.filter((r) => r.block === i);
  if (rows.length > 0) {
    const pv = el('table', { class: 'preview' });
    pv.append(el('tr', {}, el('th', {}, 'Rad'), el('th', {}, 'Utfall'), el('th', {}, 'Slik blir den importert')));
    for (const r of rows) {
      const values = r.values.map(([k, v]) => `${k}: ${v}`).join(' · ');
      pv.append(el('tr', { class: r.outcome === 'importeres' ? '' : 'aside' }, el('td', {}, String(r.row)), el('td', {}, r.outcome), el('td', {}, [values, r.reason].filter(Boolean).join(' — '))));
    }
    box.append(el('h3', {}, 'Forhåndsvisning'), pv);
  }
  return box;
}

function render(): void {
  const p = preview!;
  const parts: Node[] = [];
  parts.push(el('p', { class: 'muted' }, 'Fanene kan importeres i hvilken som helst rekkefølge: navnene i alle fanene brukes til å kjenne igjen personene og til å fjerne navn fra merknader. Fanen du importerer fra blir ikke endret.'));
  if (p.sheets.length > 0) {
    parts.push(el('label', {}, 'Fane: ', select(p.sheets.map((s) => [s, s]), p.sheetName ?? '', (s) => void load({ sheetName: s }), 'Fane')));
  }
  if (p.message) parts.push(message(p.message, 'error'));
  if (p.sheetName && p.blocks.length === 0) parts.push(headerRowInput(null, (headerRow) => [{ headerRow }]));
  p.blocks.forEach((b, i) => parts.push(blockView(b, i)));
  if (p.counts) {
    const c = p.counts;
    if (p.blocks.length > 0) parts.push(message(`Fanen har ${c.dataRows} rader med data: ${c.imported} blir importert, ${c.setAside} settes til side (Importavvik)${c.alreadyImported ? `, ${c.alreadyImported} er importert før` : ''}${c.skipped ? `, ${c.skipped} hoppes over (Ikke importer)` : ''}${c.heldNotes ? `; ${c.heldNotes} merknader holdes tilbake` : ''}${c.flagged ? `; ${c.flagged} importeres med merknad (Importavvik)` : ''}${c.unmappedKept ? `; på ${c.unmappedKept} rader legges innhold fra kolonner som ikke er koblet, i merknaden` : ''}. Tomme rader: ${c.blank}.`));
    if (p.defaults.length > 0) parts.push(el('ul', { class: 'defaults' }, ...p.defaults.map((d) => el('li', {}, d))));
    if (c.heldNoNames > 0 || notesReviewed) {
      // Names only in the notes: the import cannot find them, so she decides after reading the tab.
      const box = el('input', { type: 'checkbox', id: 'notes-reviewed' });
      box.checked = notesReviewed;
      box.addEventListener('change', () => void load({ sheetName: p.sheetName!, blocks: choices, notesReviewed: box.checked }));
      parts.push(el('p', {}, box, el('label', { for: 'notes-reviewed' }, ` Jeg har lest merknadene i fanen: de nevner ingen ved navn og kan importeres som de er.${notesReviewed ? '' : ` (Uten avkrysning importeres ${c.heldNoNames} rader uten merknad, fordi tabellen ikke har en navnekolonne.)`}`)));
    }
    const go = el('button', { type: 'button', class: 'primary' }, p.blocks.length === 0 ? 'Noter som «ikke en logg»' : 'Importer');
    // Disabled only when there is nothing to do, and then it says why.
    go.disabled = c.imported + c.setAside + c.unusable === 0;
    if (go.disabled) parts.push(message(c.alreadyImported > 0 ? 'Ingenting å importere: alt i fanen er importert før.' : 'Ingenting å importere: fanen har ingen rader med data.'));
    go.addEventListener('click', () => void runImport(go));
    parts.push(go);
  }
  app.replaceChildren(...parts);
}

async function runImport(button: HTMLButtonElement): Promise<void> {
  if (busy) return;
  const p = preview!;
  setBusy(true);
  button.textContent = 'Importerer …';
  try {
    const r = await call('importRun', { sheetName: p.sheetName!, blocks: choices, notesReviewed });
    busy = false;
    showResult(r);
  } catch (e) {
    busy = false;
    render();
    app.append(message((e as Error).message, 'error'));
  }
}

function showResult(r: ImportResultDto): void {
  const confirm = el('input', { type: 'checkbox', id: 'confirm-delete' });
  const del = el('button', { type: 'button' }, `Slett fanen «${r.sheetName}»`);
  del.disabled = true;
  confirm.addEventListener('change', () => { del.disabled = !confirm.checked; });
  const out = el('div', { class: 'result' });
  del.addEventListener('click', async () => {
    del.disabled = true;
    try {
      const d = await call('importDeleteSource', r.sheetName);
      out.append(message(d.message, 'ok'));
    } catch (e) {
      out.append(message((e as Error).message, 'error'));
    }
  });
  const again = el('button', { type: 'button' }, 'Importer en annen fane');
  again.addEventListener('click', () => void load({}));
  out.append(
    message(r.summary, 'ok'),
    message(r.reminder, 'info'),
    el('p', {}, confirm, el('label', { for: 'confirm-delete' }, ` Jeg har kontrollert importen${r.counts.setAside ? ' og radene i Importavvik' : ''}, og vil slette fanen med navnene.`)),
    del, again,
  );
  app.replaceChildren(out);
}

void load({});
