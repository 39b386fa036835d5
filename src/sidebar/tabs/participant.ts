/** «Deltaker»: register a referral from a crisis shelter — no name, no contact details. */
import { PARTICIPANT_NEEDS } from '../../domain/vocabulary';
import type { ParticipantInput, ParticipantMatchingInput, ParticipantPage } from '../../server/sidebar/dto';
import { append, el, showDate } from '../dom';
import { Form } from '../form';
import { call } from '../rpc';
import { listsToCells, matchingSection, PARTICIPANT_MATCHING } from './matchingFields';
import { defineTab } from './tab';

type Show = (data: ParticipantPage | null, message: string) => void;

/** Her matching fields, edited on their own: pick her, the fields fill in, save. */
function matchingEditor(current: ParticipantPage['current'], show: Show): HTMLElement {
  const byId = new Map(current.map((p) => [p.id, p]));
  const form = new Form({
    fields: [
      { name: 'participantId', label: 'Deltaker', kind: 'select', required: true, blank: current.length ? 'Velg …' : 'Ingen deltakere', options: current.map((p) => [p.id, `${p.id} · ${p.shelter} · ${p.status}`] as const) },
      ...PARTICIPANT_MATCHING,
    ],
    submitLabel: 'Lagre opplysninger for kobling',
    submit: (v) => call('sidebarUpdateParticipantMatching', listsToCells(v) satisfies ParticipantMatchingInput),
    onSaved: (r) => show(r.page, r.message),
  });
  return matchingSection(form, form.control('participantId') as HTMLSelectElement, (id) => byId.get(id)?.matching);
}

export const participantTab = defineTab({
  id: 'participant',
  label: 'Deltaker',
  help: 'participant',
  render(panel, data, show) {
    const listed = data.shelters.length > 0;
    const form = new Form({
      fields: [
        // A list to pick from once the shelters are in Innstillinger; free text until then.
        { name: 'shelter', label: 'Krisesenter', kind: listed ? 'select' : 'text', required: true, blank: listed ? 'Velg …' : undefined, options: data.shelters,
          hint: listed ? undefined : 'Legg krisesentrene inn under Innstillinger for en nedtrekksliste.' },
        { name: 'referralDate', label: 'Henvist dato', kind: 'date', required: true, value: data.today },
        { name: 'birthYear', label: 'Fødselsår', kind: 'int' },
        { name: 'interpreterNeeded', label: 'Trenger tolk', kind: 'checkbox' },
        { name: 'needs', label: 'Behov', kind: 'checks', options: PARTICIPANT_NEEDS },
        ...PARTICIPANT_MATCHING,
        { name: 'note', label: 'Merknad', kind: 'textarea', hint: 'Ingen navn eller kontaktinfo om deltakere.' },
      ],
      submitLabel: 'Registrer henvisning',
      submit: (v, confirmPrivacy) => call('sidebarRegisterParticipant', { ...listsToCells(v), needs: v.needs.join(', '), confirmPrivacy } satisfies ParticipantInput),
      onSaved: (r) => show(r.page, r.message),
    });
    const privacy = new Form({
      fields: [{ name: 'personId', label: 'Deltaker-ID', kind: 'text', required: true, hint: 'D-…, som i arket Deltakere.' }],
      submitLabel: 'Innsyn eller sletting …',
      keep: ['personId'],
      submit: (v) => call('sidebarOpenPrivacy', { personId: v.personId }),
    });
    append(panel, el('h2', {}, 'Deltaker: ny henvisning'), form.root,
      el('details', {}, el('summary', {}, 'Opplysninger for kobling'), matchingEditor(data.current, show)),
      el('h3', {}, 'Venter på kobling'),
      data.waiting.length > 0
        ? el('ul', { class: 'list' }, ...data.waiting.map((p) => el('li', {}, `${p.id} · ${p.shelter} · henvist ${showDate(p.referralDate)}`)))
        : el('p', { class: 'muted' }, 'Ingen venter.'),
      el('details', {}, el('summary', {}, 'Personvern: innsyn eller sletting'), privacy.root));
  },
});
