/** «Logg oppfølging»: pick a match or volunteer, see where it stands and the last contacts, log a new one. */
import { CONTACT_CHANNELS, CONTACT_KINDS, CONTACT_WITH, HOW_IT_GOES } from '../../domain/vocabulary';
import type { ContactSummary, FollowUpInput, FollowUpTarget } from '../../server/sidebar/dto';
import { append, clear, el, showDate } from '../dom';
import { Form } from '../form';
import { guide, guideForKind } from '../guides';
import { call } from '../rpc';
import { defineTab } from './tab';

const DEFAULT_KIND = 'Månedlig oppfølging';
const CLOSURE_KIND = 'Avkoblingssamtale';

const DUE_TEXT = { overdue: 'forfalt', due: 'bør følges opp nå', ok: 'i rute', paused: 'på pause', meeting: 'møte avtalt' } as const;

/** Short enough for the closed 300 px picker, where the state matters most; the overview below says it in full. */
const DUE_SHORT = { overdue: 'forfalt', due: 'forfaller', ok: 'i rute', paused: 'på pause', meeting: 'møte avtalt' } as const;

/** The picker's line: code and alias, whether a follow-up is due, how long it has run, the last follow-up. */
export function optionLabel(t: FollowUpTarget): string {
  if (t.closurePending) return `${t.id} ${t.alias} · avsluttet – avkobling mangler`;
  const who = t.participantId ? `${t.id} ${t.alias}` : `${t.id} ${t.alias} (${t.status})`;
  const run = t.monthsRun !== null ? ` · ${t.monthsRun} mnd` : '';
  const last = t.lastFollowUp ? `sist ${showDate(t.lastFollowUp)}` : 'ikke fulgt opp';
  return `${who} · ${DUE_SHORT[t.due]}${run} · ${last}`;
}

function contactItem(c: ContactSummary): HTMLElement {
  const head = [showDate(c.date), c.kind, c.channel, c.withWhom, c.howItGoes].filter(Boolean).join(' · ');
  return el('li', { class: c.concern ? 'contact concern' : 'contact' },
    el('p', { class: 'contact-head' }, head, c.concern ? el('strong', {}, ' · Bekymring') : null),
    c.activities ? el('p', {}, `Aktiviteter: ${c.activities}`) : null,
    c.note ? el('p', { class: 'note' }, c.note) : null,
    c.nextFollowUp ? el('p', { class: 'muted' }, `Neste oppfølging: ${showDate(c.nextFollowUp)}`) : null);
}

function overview(box: HTMLElement, t: FollowUpTarget | undefined): void {
  clear(box);
  if (!t) return;
  const started = t.startDate ? `Startet ${showDate(t.startDate)} (${t.monthsRun} mnd)` : `Status ${t.status}`;
  const last = t.lastFollowUp ? `Sist fulgt opp ${showDate(t.lastFollowUp)}` : 'Ikke fulgt opp ennå';
  append(box,
    t.closurePending
      ? el('p', { class: 'due due-due' }, 'Koblingen er avsluttet, men avkoblingssamtalen er ikke ført. Logg den her; datoen føres også på koblingen.')
      : el('p', {}, `${started}. ${last}.`),
    t.closurePending ? null : el('p', { class: `due due-${t.due}` }, t.nextDue ? `Neste: ${showDate(t.nextDue)} – ${DUE_TEXT[t.due]}` : `Ingen frist – ${DUE_TEXT[t.due]}`),
    el('h3', {}, 'Siste kontakter'),
    t.recent.length > 0 ? el('ul', { class: 'contacts' }, ...t.recent.map(contactItem)) : el('p', { class: 'muted' }, 'Ingen kontakter logget.'));
}

export const followUpTab = defineTab({
  id: 'followUp',
  label: 'Oppfølging',
  help: 'followUp',
  render(panel, data, _show, nav) {
    const targets = new Map([...data.matches, ...data.volunteers].map((t) => [t.id, t]));
    const box = el('div', { class: 'overview', 'aria-live': 'polite' });
    const option = (t: FollowUpTarget) => [t.id, optionLabel(t)] as const;
    const form = new Form({
      fields: [
        { name: 'target', label: 'Kobling eller frivillig', kind: 'select', required: true, blank: 'Velg …', options: [...data.matches.map(option), ...data.volunteers.map(option)] },
        { name: 'date', label: 'Dato', kind: 'date', required: true, value: data.today },
        { name: 'withWhom', label: 'Med hvem', kind: 'select', options: CONTACT_WITH, value: 'Frivillig' },
        { name: 'channel', label: 'Kanal', kind: 'select', options: CONTACT_CHANNELS, value: 'Telefon' },
        { name: 'kind', label: 'Type', kind: 'select', options: CONTACT_KINDS, value: DEFAULT_KIND },
        { name: 'howItGoes', label: 'Hvordan går det', kind: 'select', blank: '–', options: HOW_IT_GOES },
        { name: 'meetingsSinceLast', label: 'Møter siden sist', kind: 'int', hint: 'Antall møter eller samtaler mellom dem.' },
        { name: 'activities', label: 'Aktiviteter', kind: 'text', hint: 'Hva de har gjort sammen.' },
        { name: 'concern', label: 'Bekymring: den frivillige trenger hjelp, eller jeg er bekymret', kind: 'checkbox' },
        { name: 'note', label: 'Merknad', kind: 'textarea', hint: 'Kort og anonymisert: ingen navn, fødselsnummer, telefon eller e-post.' },
        { name: 'nextFollowUp', label: 'Neste oppfølging', kind: 'date', value: data.defaultNext },
      ],
      submitLabel: 'Lagre oppfølging',
      keep: ['target', 'date'],
      alias: { matchId: 'target', volunteerId: 'target' },
      submit({ target, ...v }, confirmPrivacy) {
        const input: FollowUpInput = {
          ...v, confirmPrivacy,
          matchId: target?.startsWith('K-') ? target : null,
          volunteerId: target?.startsWith('F-') ? target : null,
        };
        return call('sidebarSaveFollowUp', input);
      },
      onSaved(r) {
        const select = form.control('target') as HTMLSelectElement;
        // The form put the kind back to its default: the guide follows.
        kind.dispatchEvent(new Event('change'));
        if (!r.target) {
          // The closure is recorded: the ended match leaves the list.
          [...select.options].find((o) => o.value === select.value)?.remove();
          select.value = '';
          overview(box, undefined);
          form.set('kind', DEFAULT_KIND);
          kind.dispatchEvent(new Event('change'));
          return;
        }
        targets.set(r.target.id, r.target);
        const opt = [...select.options].find((o) => o.value === r.target!.id);
        if (opt) opt.textContent = optionLabel(r.target);
        overview(box, r.target);
      },
    });
    const select = form.control('target') as HTMLSelectElement;
    const kind = form.control('kind') as HTMLSelectElement;
    select.addEventListener('change', () => {
      const t = targets.get(select.value);
      overview(box, t);
      // An ended match is picked for its closure conversation; back to the usual kind when she picks another.
      if (t?.closurePending) kind.value = CLOSURE_KIND;
      else if (kind.value === CLOSURE_KIND) kind.value = DEFAULT_KIND;
      kind.dispatchEvent(new Event('change'));
    });
    select.closest('.field')!.after(box);
    // The handbook's questions for the kind of contact, beside the fields; follows the kind as it changes.
    let questions = guide(guideForKind(kind.value));
    box.after(questions);
    kind.addEventListener('change', () => {
      const next = guide(guideForKind(kind.value));
      next.open = questions.open;
      questions.replaceWith(next);
      questions = next;
    });
    append(panel, el('h2', {}, 'Logg oppfølging'), form.root);
    // Opened from «I dag»: that match or volunteer chosen, the kind of contact set, ready to fill in.
    const intent = nav.intent?.kind === 'follow-up' ? nav.intent : null;
    if (intent) {
      if (targets.has(intent.target)) {
        select.value = intent.target;
        select.dispatchEvent(new Event('change'));
      } else box.before(el('p', { class: 'hint' }, `${intent.target} er ikke i listen over koblinger og frivillige som følges opp.`));
      kind.value = intent.contactKind;
      kind.dispatchEvent(new Event('change'));
      (form.control('date') as HTMLInputElement).focus();
    }
  },
});
