/**
 * The «Personvern: innsyn eller sletting» dialog. Choose the person by ID; «Vis innsyn» shows the printable
 * access page, «Slett opplysninger …» shows what an erasure blanks and keeps and asks once. Every call goes to the
 * server (privacyAccess / privacyPreviewErasure / privacyErase); text goes in with textContent only.
 */
import type { AccessPageDto, AccessSection, ErasurePreviewDto, ErasureResultDto, PrivacyDialogData } from '../../server/personData/dto';
import { append, clear, el } from '../dom';
import { callDialog } from './dialogRpc';

const app = document.getElementById('app')!;
let personId = '';

function message(text: string, kind: 'error' | 'ok'): HTMLElement {
  return el('p', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

function show(...children: Node[]): void {
  clear(app);
  append(app, ...children);
  app.querySelector<HTMLElement>('h1')?.focus();
}

/** Runs a call with every control disabled (no second click sends it twice); a refusal is shown above. */
async function busy<T>(run: () => Promise<T>, done: (value: T) => void): Promise<void> {
  const controls = [...app.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
  for (const c of controls) c.disabled = true;
  app.setAttribute('aria-busy', 'true');
  try {
    done(await run());
  } catch (e) {
    app.querySelector('.msg')?.remove();
    app.prepend(message((e as Error).message, 'error'));
    for (const c of controls) c.disabled = false;
  } finally {
    app.removeAttribute('aria-busy');
  }
}

function button(label: string, cls: string, onclick: () => void): HTMLButtonElement {
  return el('button', { type: 'button', class: cls, onclick }, label);
}

function start(): void {
  const input = el('input', { type: 'text', id: 'person-id', value: personId, autocomplete: 'off', 'aria-describedby': 'person-hint' });
  const read = () => (personId = input.value.trim().toUpperCase());
  show(
    el('h1', { tabindex: -1 }, 'Personvern: innsyn eller sletting'),
    el('p', {}, 'Når en frivillig eller en deltaker (gjennom krisesenteret) ber om å få se hva som er lagret om henne, eller om å bli slettet.'),
    el('label', { for: 'person-id' }, 'Person-ID'),
    input,
    el('p', { id: 'person-hint', class: 'muted' }, 'F-… for en frivillig, D-… for en deltaker.'),
    el('div', { class: 'actions' },
      button('Vis innsyn', 'primary', () => { read(); void busy(() => callDialog('privacyAccess', { personId }), access); }),
      button('Slett opplysninger …', 'secondary', () => { read(); void busy(() => callDialog('privacyPreviewErasure', { personId }), preview); })),
  );
}

function cellsTable(fields: Array<[string, string]>): HTMLTableElement {
  return el('table', { class: 'cells' }, el('tbody', {}, ...fields.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v)))));
}

function sectionNodes(s: AccessSection): Node[] {
  const out: Node[] = [el('h2', {}, s.sheet)];
  if (s.note) out.push(el('p', { class: 'note-line' }, s.note));
  if (s.rows.length === 0) out.push(el('p', { class: 'muted' }, 'Ingen rader.'));
  for (const r of s.rows) out.push(el('h3', {}, r.title), cellsTable(r.fields));
  return out;
}

function access(page: AccessPageDto): void {
  show(
    el('div', { class: 'actions no-print' },
      button('Skriv ut', 'primary', () => window.print()),
      button('Tilbake', 'secondary', start)),
    el('h1', { tabindex: -1 }, `Innsyn: opplysninger om ${page.kind === 'volunteer' ? 'frivillig' : 'deltaker'} ${page.personId}`),
    el('p', { class: 'muted' }, `Laget ${page.madeOn}${page.associationName ? ` · ${page.associationName}` : ''} · Ressursvenn`),
    ...page.intro.map((t) => el('p', {}, t)),
    ...page.sections.flatMap(sectionNodes),
    el('h2', {}, 'Nevnt hos andre'),
    page.mentions.length === 0 ? el('p', { class: 'muted' }, 'Ingen andre rader nevner henne.')
      : el('div', {}, el('p', { class: 'note-line' }, 'Teksten vises ikke, fordi den også handler om andre.'), el('ul', {}, ...page.mentions.map((m) => el('li', {}, m)))),
    el('h2', {}, 'Månedsrapporter hun er talt med i'),
    el('p', { class: 'note-line' }, 'Bare som antall: rapportene sier aldri noe om én person.'),
    page.reports.length === 0 ? el('p', { class: 'muted' }, 'Ingen.')
      : cellsTable(page.reports.map((r) => [r.month, r.figures.join(', ')])),
  );
}

function preview(p: ErasurePreviewDto): void {
  const title = el('h1', { tabindex: -1 }, `Slette opplysningene om ${p.personId}?`);
  if (p.refusal) {
    show(title, message(p.refusal, 'error'), el('div', { class: 'actions' }, button('Tilbake', 'secondary', start)));
    return;
  }
  const nothing = p.erased.length === 0;
  show(
    title,
    el('h2', {}, 'Dette slettes'),
    nothing ? el('p', { class: 'muted' }, 'Ingenting: det er slettet før.') : el('ul', {}, ...p.erased.map((t) => el('li', {}, t))),
    el('h2', {}, 'Dette blir stående'),
    el('ul', {}, ...p.stays.map((t) => el('li', {}, t))),
    el('p', { class: 'box warn' }, p.versionHistory),
    el('p', {}, nothing ? '' : 'Slettingen kan ikke angres i arket. Antallene (aldri innholdet) skrives i arket Kjørelogg.'),
    el('div', { class: 'actions' },
      ...(nothing ? [] : [button('Slett nå', 'danger', () => void busy(() => callDialog('privacyErase', { personId: p.personId, confirm: true }), done))]),
      button('Avbryt', 'secondary', start)),
  );
}

function done(r: ErasureResultDto): void {
  show(
    el('h1', { tabindex: -1 }, `Slettet: ${r.personId}`),
    message(r.message, 'ok'),
    r.erased.length > 0 ? el('ul', {}, ...r.erased.map((t) => el('li', {}, t))) : el('span', {}),
    el('p', { class: 'box warn' }, r.versionHistory),
    el('div', { class: 'actions' }, button('Tilbake', 'secondary', start)),
  );
}

function dialogData(): PrivacyDialogData | null {
  const text = document.getElementById('dialog-data')?.textContent;
  try {
    return text ? (JSON.parse(text) as PrivacyDialogData) : null;
  } catch {
    return null;
  }
}

// The data element is appended after the page, so it is there once the document has been parsed.
document.addEventListener('DOMContentLoaded', () => {
  personId = dialogData()?.personId ?? '';
  start();
});
