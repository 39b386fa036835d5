/** «Deltaker»: register a referral from a crisis shelter — no name, no contact details. */
import { PARTICIPANT_NEEDS } from '../../domain/vocabulary';
import type { ParticipantInput } from '../../server/sidebar/dto';
import { append, el, showDate } from '../dom';
import { Form } from '../form';
import { call } from '../rpc';
import { defineTab } from './tab';

export const participantTab = defineTab({
  id: 'participant',
  label: 'Deltaker',
  render(panel, data, show) {
    const listed = data.shelters.length > 0;
    const form = new Form({
      fields: [
        // A list to pick from once the shelters are in Innstillinger; free text until then.
        { name: 'shelter', label: 'Krisesenter', kind: listed ? 'select' : 'text', required: true, blank: listed ? 'Velg …' : undefined, options: data.shelters,
          hint: listed ? undefined : 'Legg krisesentrene inn under Innstillinger for en nedtrekksliste.' },
        { name: 'referralDate', label: 'Henvist dato', kind: 'date', required: true, value: data.today },
        { name: 'municipality', label: 'Kommune', kind: 'text' },
        { name: 'birthYear', label: 'Fødselsår', kind: 'int' },
        { name: 'languages', label: 'Språk', kind: 'text' },
        { name: 'interpreterNeeded', label: 'Trenger tolk', kind: 'checkbox' },
        { name: 'interests', label: 'Interesser', kind: 'text' },
        { name: 'needs', label: 'Behov', kind: 'checks', options: PARTICIPANT_NEEDS },
        { name: 'childrenJoin', label: 'Barn blir med', kind: 'checkbox' },
        { name: 'note', label: 'Merknad', kind: 'textarea', hint: 'Ingen navn eller kontaktinfo om deltakere.' },
      ],
      submitLabel: 'Registrer henvisning',
      submit: (v, confirmPrivacy) => call('sidebarRegisterParticipant', { ...v, needs: v.needs.join(', '), confirmPrivacy } satisfies ParticipantInput),
      onSaved: (r) => show(r.page, r.message),
    });
    const privacy = new Form({
      fields: [{ name: 'personId', label: 'Deltaker-ID', kind: 'text', required: true, hint: 'D-…, som i arket Deltakere.' }],
      submitLabel: 'Innsyn eller sletting …',
      keep: ['personId'],
      submit: (v) => call('sidebarOpenPrivacy', { personId: v.personId }),
    });
    append(panel, el('h2', {}, 'Ny deltaker (henvisning)'), form.root,
      el('h3', {}, 'Venter på kobling'),
      data.waiting.length > 0
        ? el('ul', { class: 'list' }, ...data.waiting.map((p) => el('li', {}, `${p.id} · ${p.shelter} · henvist ${showDate(p.referralDate)}`)))
        : el('p', { class: 'muted' }, 'Ingen venter.'),
      el('details', {}, el('summary', {}, 'Personvern: innsyn eller sletting'), privacy.root));
  },
});
