/**
 * «Rapport»: choose a month (default the previous one), make the report sheet, see its headline figures and
 * the rows that were not counted, write the three free-text fields, then send it to the national project leader
 * after an explicit confirmation.
 */
import type { ReportPage, ReportResult } from '../../server/sidebar/dto';
import { append, clear, el } from '../dom';
import { Form } from '../form';
import { call } from '../rpc';
import { defineTab } from './tab';

function notCounted(r: ReportResult): HTMLElement {
  if (r.notCounted.length === 0) return el('p', {}, 'Alle rader ble talt.');
  return el('div', { class: 'summary' },
    el('p', { class: 'summary-title' }, `${r.notCountedRows} rader har feil og er ikke talt:`),
    el('ul', {}, ...r.notCounted.map((n) => el('li', {}, `${n.sheet}: rad ${n.rows.join(', ')}`))),
    el('p', {}, 'Rett radene (se «Kontroller data») og lag rapporten på nytt.'));
}

/** The send button, then the question in the page itself; only «Ja, send» sends. */
function sendBox(data: ReportPage, r: ReportResult): HTMLElement {
  const box = el('section', { 'aria-label': 'Send rapporten' });
  if (!data.recipient) {
    append(box, el('p', { class: 'muted' }, 'Fyll inn «Nasjonal prosjektleder (e-post)» under Innstillinger for å kunne sende rapporten.'));
    return box;
  }
  const outcome = el('div', { 'aria-live': 'polite' });
  const ask = el('button', { type: 'button', class: 'secondary' }, 'Send til nasjonal prosjektleder');
  const confirmBox = el('div', { class: 'privacy', role: 'group', 'aria-label': 'Bekreft sending', hidden: true });
  const yes = el('button', { type: 'button', class: 'primary' }, 'Ja, send');
  const no = el('button', { type: 'button', class: 'secondary' }, 'Avbryt');
  append(confirmBox,
    el('p', {}, `Rapporten for ${r.monthName} lages på nytt og sendes til ${data.recipient}. Den inneholder bare tall (små tall om personer er skjult) og den lagrede friteksten. Sende nå?`),
    el('div', { class: 'actions' }, yes, no));
  ask.addEventListener('click', () => { clear(outcome); confirmBox.hidden = false; ask.hidden = true; yes.focus(); });
  no.addEventListener('click', () => { confirmBox.hidden = true; ask.hidden = false; ask.focus(); });
  let busy = false;
  yes.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    yes.disabled = true;
    no.disabled = true;
    yes.textContent = 'Sender …';
    void call('sidebarSendReport', { month: r.month, confirmed: true }).then((res) => {
      busy = false;
      yes.disabled = false;
      no.disabled = false;
      yes.textContent = 'Ja, send';
      confirmBox.hidden = true;
      ask.hidden = false;
      clear(outcome);
      if (res.ok) append(outcome, el('p', { class: 'status', role: 'status' }, res.message));
      else append(outcome, el('div', { class: 'summary', role: 'alert' }, el('p', {}, res.message)));
    });
  });
  append(box, el('div', { class: 'actions' }, ask), confirmBox, outcome);
  return box;
}

/**
 * The three free-text fields, written here before sending: saved into the report sheet (where they can also be
 * edited) after the same check as the send (no IDs, aliases, names, phone numbers, emails, national ID numbers).
 */
function freeTextForm(r: ReportResult): HTMLElement {
  const form = new Form({
    fields: [
      { name: 'goodStories', label: 'Gode historier', kind: 'textarea', value: r.freeText['Gode historier'] },
      { name: 'challenges', label: 'Utfordringer', kind: 'textarea', value: r.freeText.Utfordringer },
      { name: 'wishes', label: 'Ønsker og behov', kind: 'textarea', value: r.freeText['Ønsker og behov'] },
    ],
    submitLabel: 'Lagre teksten',
    keep: ['goodStories', 'challenges', 'wishes'],
    submit: (v) => call('sidebarSaveReportText', { month: r.month, goodStories: v.goodStories, challenges: v.challenges, wishes: v.wishes }),
  });
  return el('section', { 'aria-label': 'Fritekst' },
    el('h3', {}, 'Fritekst'),
    el('p', { class: 'muted' }, 'Sendes med e-posten til nasjonal prosjektleder (ikke til nasjonal oversikt). Ingen navn, ID-er eller andre personopplysninger.'),
    form.root);
}

function showReport(out: HTMLElement, data: ReportPage, r: ReportResult): void {
  clear(out);
  append(out,
    el('h3', {}, `Månedsrapport ${r.monthName}`),
    el('p', { class: 'muted' }, `Arket «${r.sheet}».`),
    el('table', { class: 'figures' }, el('tbody', {}, ...r.headline.map((f) => el('tr', {}, el('th', { scope: 'row' }, f.label), el('td', {}, f.value))))),
    el('h3', {}, 'Ikke talt'),
    notCounted(r),
    freeTextForm(r),
    sendBox(data, r));
}

export const reportTab = defineTab({
  id: 'report',
  label: 'Rapport',
  help: 'report',
  render(panel, data) {
    const out = el('div', { class: 'report' });
    const form = new Form({
      fields: [{ name: 'month', label: 'Måned', kind: 'select', required: true, options: data.months.map((m) => [m.month, m.label] as const), value: data.defaultMonth, hint: 'Tallene regnes fra datoene i arkene, så en tidligere måned gir de samme tallene nå som da.' }],
      submitLabel: 'Lag månedsrapport',
      keep: ['month'],
      submit: (v) => call('sidebarGenerateReport', { month: v.month }),
      onSaved: (r) => showReport(out, data, r),
    });
    append(panel, el('h2', {}, 'Rapport'), el('p', { class: 'hint' }, 'Månedsrapporten til nasjonal prosjektleder.'), form.root, out);
  },
});
