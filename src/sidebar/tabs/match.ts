/**
 * «Kobling»: propose a match from the eligible volunteers and waiting participants, then take each match
 * through the steps its status allows (the server refuses anything else, with the reason).
 */
import { addMonths, isIsoDate } from '../../domain/calendar';
import { MATCH_STEPS, type MatchAction } from '../../domain/matchLifecycle';
import { MATCH_END_REASONS, MATCH_ENDED_BY, PAUSE_REASONS } from '../../domain/vocabulary';
import type { MatchActionInput, MatchRow, ProposeInput } from '../../server/sidebar/dto';
import { append, el, showDate } from '../dom';
import { Form, type FieldSpec } from '../form';
import { call } from '../rpc';
import { defineTab } from './tab';

function stepFields(action: MatchAction, today: string): FieldSpec[] {
  const date = (name: string, label: string, required = true): FieldSpec => ({ name, label, kind: 'date', required, value: today });
  const closure: FieldSpec[] = [
    { name: 'evaluationSent', label: 'Evaluering sendt', kind: 'checkbox' },
    { name: 'privateContactAfter', label: 'De holder kontakt privat etterpå', kind: 'checkbox' },
  ];
  switch (action) {
    case 'schedule': return [date('meetingDate', 'Koblingsmøte (på krisesenteret)')];
    case 'activate': return [date('startDate', 'Startdato'), { name: 'agreedMonths', label: 'Avtalt lengde (måneder, 9–12)', kind: 'select', required: true, options: ['9', '10', '11', '12'], value: '12' }, { name: 'agreementSigned', label: 'Samarbeidsavtalen er signert', kind: 'checkbox' }];
    case 'pause': return [date('pauseStart', 'Pause fra'), { name: 'pauseReason', label: 'Pauseårsak', kind: 'select', required: true, blank: 'Velg …', options: PAUSE_REASONS }];
    case 'resume': return [date('pauseEnd', 'Pause til')];
    case 'end': return [date('endDate', 'Sluttdato'), { name: 'endReason', label: 'Sluttårsak', kind: 'select', required: true, blank: 'Velg …', options: MATCH_END_REASONS },
      { name: 'endedBy', label: 'Avsluttet av', kind: 'select', required: true, blank: 'Velg …', options: MATCH_ENDED_BY }, date('closureDate', 'Avkoblingssamtale', false), ...closure];
    case 'closure': return [date('closureDate', 'Avkoblingssamtale'), ...closure];
    case 'decline': return [date('endDate', 'Dato'), { name: 'endedBy', label: 'Hvem sa nei', kind: 'select', blank: '–', options: ['Deltaker', 'Frivillig', 'Krisesenter'] }];
  }
}

function matchBlock(m: MatchRow, today: string, reload: (message?: string) => void): HTMLElement {
  const facts = [m.meetingDate ? `møte ${showDate(m.meetingDate)}` : '', m.startDate ? `start ${showDate(m.startDate)}` : '', m.plannedEnd ? `planlagt slutt ${showDate(m.plannedEnd)}` : ''].filter(Boolean).join(', ');
  const forms = m.actions.map((action) => {
    const form = new Form<{ id: string; message: string }>({
      fields: stepFields(action, today),
      submitLabel: MATCH_STEPS[action].label,
      submit: (v) => call('sidebarMatchAction', { ...v, agreedMonths: v.agreedMonths === undefined ? undefined : Number(v.agreedMonths), matchId: m.id, action } as unknown as MatchActionInput),
      onSaved: (r) => reload(r.message),
    });
    if (action === 'activate') {
      // The planned end, shown as soon as start and length are known.
      const out = el('p', { class: 'hint', 'aria-live': 'polite' });
      const update = () => {
        const v = form.values();
        out.textContent = typeof v.startDate === 'string' && isIsoDate(v.startDate) ? `Planlagt slutt: ${showDate(addMonths(v.startDate, Number(v.agreedMonths)))}` : '';
      };
      form.root.addEventListener('input', update);
      form.root.addEventListener('change', update);
      form.control('agreedMonths')!.closest('.field')!.after(out);
      update();
    }
    return el('details', {}, el('summary', {}, MATCH_STEPS[action].label), form.root);
  });
  return el('section', { class: 'overview', 'aria-label': m.id },
    el('p', {}, el('strong', {}, `${m.id} · ${m.volunteerId} ${m.alias} + ${m.participantId}`)),
    el('p', {}, `Status: ${m.status}${facts ? ` (${facts})` : ''}`), ...forms);
}

export const matchTab = defineTab({
  id: 'match',
  label: 'Kobling',
  render(panel, data, reload) {
    const propose = new Form<{ id: string; message: string }>({
      fields: [
        { name: 'volunteerId', label: 'Frivillig (klar for kobling)', kind: 'select', required: true, blank: data.eligibleVolunteers.length ? 'Velg …' : 'Ingen er klare', options: data.eligibleVolunteers.map((v) => [v.id, `${v.id} · ${v.alias}`] as const) },
        { name: 'participantId', label: 'Deltaker (venter)', kind: 'select', required: true, blank: data.waitingParticipants.length ? 'Velg …' : 'Ingen venter', options: data.waitingParticipants.map((p) => [p.id, `${p.id} · ${p.shelter}`] as const) },
        { name: 'proposedDate', label: 'Foreslått dato', kind: 'date', required: true, value: data.today },
        { name: 'note', label: 'Merknad', kind: 'textarea' },
      ],
      submitLabel: 'Foreslå kobling',
      submit: (v, confirmPrivacy) => call('sidebarProposeMatch', { ...v, confirmPrivacy } as unknown as ProposeInput),
      onSaved: (r) => reload(r.message),
    });
    append(panel, el('h2', {}, 'Koblinger'),
      ...data.matches.map((m) => matchBlock(m, data.today, reload)),
      data.matches.length === 0 ? el('p', { class: 'muted' }, 'Ingen åpne koblinger.') : null,
      el('details', {}, el('summary', {}, 'Foreslå ny kobling'), propose.root));
  },
});
