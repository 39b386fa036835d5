/**
 * «Kobling»: propose a match from the eligible volunteers and waiting participants, then take each match
 * through the steps its status allows (the server refuses anything else, with the reason).
 */
import { addMonths, isIsoDate } from '../../domain/calendar';
import { MATCH_STEPS, type MatchAction } from '../../domain/matchLifecycle';
import { MATCH_END_REASONS, MATCH_ENDED_BY, PAUSE_REASONS } from '../../domain/vocabulary';
import type { MatchActionInput, MatchPage, MatchRow, ProposeInput } from '../../server/sidebar/dto';
import { append, clear, el, showDate } from '../dom';
import { Form, type Confirmation } from '../form';
import { guide, type GuideId } from '../guides';
import { call } from '../rpc';
import { suggestionView } from './suggestions';
import { defineTab, type Intent } from './tab';

const CLOSURE = [
  { name: 'evaluationSent', label: 'Evaluering sendt', kind: 'checkbox' },
  { name: 'privateContactAfter', label: 'De holder kontakt privat etterpå', kind: 'checkbox' },
] as const;

/** The end step's question; «nei» ends her time in the project, «ja» puts her back on the waiting list. */
const NEW_MATCH = [['ja', 'Ja – venter på ny kobling'], ['nei', 'Nei – deltakeren avsluttes']] as const;

const dateText = (d: string | null) => (d ? showDate(d) || d : '–');
const who = (m: MatchRow) => `${m.id} (${m.volunteerId}${m.alias ? ` ${m.alias}` : ''} + ${m.participantId})`;

/** What ending writes, said before it is written (matches.ts: the match, then the participant's status). */
function endQuestion(m: MatchRow, v: { endDate: string | null; endReason: string | null; endedBy: string | null; newMatch: string | null; closureDate: string | null; evaluationSent: boolean }): Confirmation {
  return {
    question: `Avslutt kobling ${who(m)}?`,
    lines: [
      `Status blir «Avsluttet», sluttdato ${dateText(v.endDate)}.`,
      `Sluttårsak: ${v.endReason ?? '–'}. Avsluttet av: ${v.endedBy ?? '–'}.`,
      v.newMatch === 'ja' ? `${m.participantId} venter på ny kobling.` : `${m.participantId} avsluttes i prosjektet.`,
      v.closureDate ? `Avkoblingssamtale ${dateText(v.closureDate)}.` : 'Avkoblingssamtale: ikke ført ennå (fyll den ut når samtalen er holdt).',
      v.evaluationSent ? 'Evaluering sendt: ja.' : 'Evaluering sendt: nei.',
    ],
    yes: 'Ja, avslutt',
  };
}

/** The planned end, shown under the length as soon as start and length are known. */
function showPlannedEnd(form: HTMLFormElement, after: Element, read: () => { startDate: string | null; agreedMonths: string | null }): void {
  const out = el('p', { class: 'hint', 'aria-live': 'polite' });
  const update = () => {
    const v = read();
    out.textContent = v.startDate && isIsoDate(v.startDate) ? `Planlagt slutt: ${showDate(addMonths(v.startDate, Number(v.agreedMonths)))}` : '';
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  after.after(out);
  update();
}

type Show = (data: MatchPage | null, message: string) => void;

/** The handbook's guide beside a step's form: the match meeting when it is set and held, the closure when it ends. */
const STEP_GUIDE: Partial<Record<MatchAction, GuideId>> = { schedule: 'matchMeeting', activate: 'matchMeeting', end: 'closure', closure: 'closure' };

/** Opened from «I dag»: the match's block (its step opened) or the proposal with the person chosen, in view. */
function openIntent(panel: HTMLElement, intent: Intent, choose: (field: 'volunteerId' | 'participantId', id: string) => void): void {
  let target: HTMLElement | null = null;
  if (intent.kind === 'match') {
    const block = [...panel.querySelectorAll<HTMLElement>('section[aria-label]')].find((b) => b.getAttribute('aria-label') === intent.matchId) ?? null;
    const step = intent.step && block ? [...block.querySelectorAll<HTMLDetailsElement>('details[data-step]')].find((d) => d.dataset.step === intent.step) : undefined;
    if (step) step.open = true;
    target = step ?? block;
  } else if (intent.kind === 'propose') {
    const details = panel.querySelector<HTMLDetailsElement>('details[data-step="propose"]');
    if (details) details.open = true;
    if (intent.volunteerId) choose('volunteerId', intent.volunteerId);
    if (intent.participantId) choose('participantId', intent.participantId);
    target = details;
  }
  target?.scrollIntoView({ block: 'start' });
  target?.querySelector<HTMLElement>('input, select, textarea, summary')?.focus();
}

/** One step's form: its own fields, typed, so the payload is checked against MatchActionInput. */
function stepForm(m: MatchRow, action: MatchAction, today: string, show: Show): HTMLFormElement {
  const date = <N extends string>(name: N, label: string, required = true) => ({ name, label, kind: 'date', required, value: today }) as const;
  // A conversation that is still to come starts empty: a default date would record one that never took place.
  const later = <N extends string>(name: N, label: string, required: boolean) => ({ name, label, kind: 'date', required, hint: 'Fylles ut når samtalen er holdt.' }) as const;
  const post = (fields: Omit<MatchActionInput, 'matchId' | 'action'>) => call('sidebarMatchAction', { ...fields, matchId: m.id, action });
  const base = { submitLabel: MATCH_STEPS[action].label, onSaved: (r: Extract<Awaited<ReturnType<typeof post>>, { ok: true }>) => show(r.page, r.message) };
  switch (action) {
    case 'schedule':
      return new Form({ ...base, fields: [date('meetingDate', 'Koblingsmøte (på krisesenteret)')], submit: (v) => post(v) }).root;
    case 'activate': {
      const form = new Form({
        ...base,
        fields: [date('startDate', 'Startdato'), { name: 'agreedMonths', label: 'Avtalt lengde (måneder, 9–12)', kind: 'select', required: true, options: ['9', '10', '11', '12'], value: '12' },
          { name: 'agreementSigned', label: 'Samarbeidsavtalen er signert', kind: 'checkbox' }],
        submit: (v) => post({ ...v, agreedMonths: v.agreedMonths === null ? null : Number(v.agreedMonths) }),
      });
      showPlannedEnd(form.root, form.control('agreedMonths')!.closest('.field')!, () => form.values());
      return form.root;
    }
    case 'pause':
      return new Form({ ...base, fields: [date('pauseStart', 'Pause fra'), { name: 'pauseReason', label: 'Pauseårsak', kind: 'select', required: true, blank: 'Velg …', options: PAUSE_REASONS }], submit: (v) => post(v) }).root;
    case 'resume':
      return new Form({ ...base, fields: [date('pauseEnd', 'Pause til')], submit: (v) => post(v) }).root;
    case 'end':
      return new Form({
        ...base,
        fields: [date('endDate', 'Sluttdato'), { name: 'endReason', label: 'Sluttårsak', kind: 'select', required: true, blank: 'Velg …', options: MATCH_END_REASONS },
          { name: 'endedBy', label: 'Avsluttet av', kind: 'select', required: true, blank: 'Velg …', options: MATCH_ENDED_BY },
          { name: 'newMatch', label: 'Skal deltakeren få en ny kobling?', kind: 'select', required: true, blank: 'Velg …', options: NEW_MATCH },
          later('closureDate', 'Avkoblingssamtale', false), ...CLOSURE],
        confirm: (v) => endQuestion(m, v),
        submit: (v) => post({ ...v, newMatch: v.newMatch === null ? null : v.newMatch === 'ja' }),
      }).root;
    case 'closure':
      return new Form({ ...base, fields: [later('closureDate', 'Avkoblingssamtale', true), ...CLOSURE], submit: (v) => post(v) }).root;
    case 'decline':
      return new Form({
        ...base,
        fields: [date('endDate', 'Dato'), { name: 'endedBy', label: 'Hvem sa nei', kind: 'select', blank: '–', options: ['Deltaker', 'Frivillig', 'Krisesenter'] }],
        confirm: (v) => ({
          question: `Avslå kobling ${who(m)}?`,
          lines: [`Status blir «Avslått», dato ${dateText(v.endDate)}${v.endedBy ? `, sagt nei av: ${v.endedBy}` : ''}.`, `${m.participantId} venter på kobling igjen.`],
          yes: 'Ja, avslå',
        }),
        submit: (v) => post(v),
      }).root;
  }
}

function matchBlock(m: MatchRow, today: string, show: Show): HTMLElement {
  const facts = [m.meetingDate ? `møte ${showDate(m.meetingDate)}` : '', m.startDate ? `start ${showDate(m.startDate)}` : '', m.plannedEnd ? `planlagt slutt ${showDate(m.plannedEnd)}` : ''].filter(Boolean).join(', ');
  const forms = m.actions.map((action) => {
    const questions = STEP_GUIDE[action];
    return el('details', { 'data-step': action }, el('summary', {}, MATCH_STEPS[action].label), questions ? guide(questions) : null, stepForm(m, action, today, show));
  });
  return el('section', { class: 'overview', 'aria-label': m.id },
    el('p', {}, el('strong', {}, `${m.id} · ${m.volunteerId} ${m.alias} + ${m.participantId}`)),
    el('p', {}, `Status: ${m.status}${facts ? ` (${facts})` : ''}`), ...forms,
    m.status === 'Avsluttet' ? null : agreementButton(m.id));
}

/** Opens the printable agreement in a dialog; names and phone numbers are written on the paper by hand. */
function agreementButton(matchId: string): HTMLElement {
  const outcome = el('div', { 'aria-live': 'polite' });
  const button = el('button', { type: 'button', class: 'secondary', 'aria-label': `Skriv ut samarbeidsavtale (${matchId})` }, 'Skriv ut samarbeidsavtale');
  button.addEventListener('click', () => {
    button.disabled = true;
    void call('sidebarPrintAgreement', { matchId }).then((r) => {
      button.disabled = false;
      clear(outcome);
      append(outcome, r.ok ? el('p', { class: 'status', role: 'status' }, r.message) : el('div', { class: 'summary', role: 'alert' }, el('p', {}, r.message)));
    });
  });
  return el('div', { class: 'actions' }, button, outcome);
}

export const matchTab = defineTab({
  id: 'match',
  label: 'Kobling',
  help: 'match',
  render(panel, data, show, nav) {
    const propose = new Form({
      fields: [
        { name: 'volunteerId', label: 'Frivillig (klar for kobling)', kind: 'select', required: true, blank: data.eligibleVolunteers.length ? 'Velg …' : 'Ingen er klare', options: data.eligibleVolunteers.map((v) => [v.id, `${v.id} · ${v.alias}`] as const) },
        { name: 'participantId', label: 'Deltaker (venter)', kind: 'select', required: true, blank: data.waitingParticipants.length ? 'Velg …' : 'Ingen venter', options: data.waitingParticipants.map((p) => [p.id, `${p.id} · ${p.shelter}`] as const) },
        { name: 'proposedDate', label: 'Foreslått dato', kind: 'date', required: true, value: data.today },
        { name: 'note', label: 'Merknad', kind: 'textarea' },
      ],
      submitLabel: 'Foreslå kobling',
      submit: (v, confirmPrivacy) => call('sidebarProposeMatch', { ...v, confirmPrivacy } satisfies ProposeInput),
      onSaved: (r) => show(r.page, r.message),
    });
    const proposeBox = el('details', { id: 'propose', 'data-step': 'propose' }, el('summary', {}, 'Foreslå ny kobling'), propose.root);
    // Picking a suggestion only fills the form: the leader proposes it herself (or not).
    const pick = (participantId: string, volunteerId: string) => {
      propose.set('participantId', participantId);
      propose.set('volunteerId', volunteerId);
      proposeBox.open = true;
      propose.control('note')!.scrollIntoView({ block: 'nearest' });
      propose.control('volunteerId')!.focus();
    };
    append(panel, el('h2', {}, 'Kobling'),
      ...data.matches.map((m) => matchBlock(m, data.today, show)),
      data.matches.length === 0 ? el('p', { class: 'muted' }, 'Ingen åpne koblinger.') : null,
      suggestionView(data.suggestions, pick),
      proposeBox);
    if (nav.intent) openIntent(panel, nav.intent, (field, id) => propose.set(field, id));
  },
});
