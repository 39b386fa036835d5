/** «Frivillig»: register a volunteer, record her screening steps (missing ones shown), or register that she quit. */
import { CONTACT_CHANNELS, RECRUITMENT_SOURCES, VOLUNTEER_QUIT_REASONS } from '../../domain/vocabulary';
import type { QuitInput, ScreeningInput, VolunteerInput, VolunteerMatchingInput, VolunteerPage, VolunteerRow } from '../../server/sidebar/dto';
import { append, clear, el, showDate } from '../dom';
import { Form } from '../form';
import { call } from '../rpc';
import { listsToCells, matchingSection, VOLUNTEER_MATCHING } from './matchingFields';
import { defineTab } from './tab';
import { MIN_VOLUNTEER_AGE, volunteerBirthYears } from '../../domain/screening';

/** The screening steps the form records, in order (registeredDate is kept as it is in the sheet). */
const STEPS = ['courseDate', 'interviewDate', 'policeCertificateDate', 'nksDeclarationDate', 'shelterDeclarationDate'] as const;

/** The approval rule's age, in this year's terms (screening.ts). */
const birthYearHint = (today: string) => `Bare årstall. Hun kan kobles fra 1. januar i året hun fyller ${MIN_VOLUNTEER_AGE}: i år født ${volunteerBirthYears(today).max} eller før.`;

const missingText = (v: VolunteerRow) => (v.missing.length === 0 ? 'klar for kobling' : `mangler: ${v.missing.map((m) => m.label.toLowerCase()).join('; ')}`);

/** Her matching fields, edited on their own: pick her, the fields fill in, save. */
function matchingEditor(volunteers: VolunteerRow[], show: Show): HTMLElement {
  const byId = new Map(volunteers.map((v) => [v.id, v]));
  const form = new Form({
    fields: [
      { name: 'volunteerId', label: 'Frivillig', kind: 'select', required: true, blank: 'Velg …', options: volunteers.map((v) => [v.id, `${v.id} · ${v.alias}`] as const) },
      ...VOLUNTEER_MATCHING,
    ],
    submitLabel: 'Lagre opplysninger for kobling',
    submit: (v) => call('sidebarUpdateVolunteerMatching', listsToCells(v) satisfies VolunteerMatchingInput),
    onSaved: (r) => show(r.page, r.message),
  });
  return matchingSection(form, form.control('volunteerId') as HTMLSelectElement, (id) => byId.get(id)?.matching);
}

type Show = (data: VolunteerPage | null, message: string) => void;

export const volunteerTab = defineTab({
  id: 'volunteer',
  label: 'Frivillig',
  help: 'volunteer',
  render(panel, data, show) {
    const register = new Form({
      fields: [
        { name: 'alias', label: 'Alias/initialer', kind: 'text', required: true, hint: 'Aldri fullt navn her.' },
        { name: 'birthYear', label: 'Fødselsår', kind: 'int', hint: birthYearHint(data.today) },
        ...VOLUNTEER_MATCHING,
        { name: 'recruitmentSource', label: 'Rekruttert via', kind: 'select', blank: '–', options: RECRUITMENT_SOURCES },
        { name: 'registeredDate', label: 'Påmeldt dato', kind: 'date', required: true, value: data.today },
        { name: 'note', label: 'Merknad', kind: 'textarea', hint: 'Kort og anonymisert.' },
        { name: 'name', label: 'Navn (lagres bare i Kontaktinfo)', kind: 'text', required: true },
        { name: 'phone', label: 'Telefon', kind: 'text' },
        { name: 'email', label: 'E-post', kind: 'email' },
        { name: 'preferredChannel', label: 'Foretrukket kontakt', kind: 'select', blank: '–', options: CONTACT_CHANNELS },
      ],
      submitLabel: 'Registrer frivillig',
      submit: (v, confirmPrivacy) => call('sidebarRegisterVolunteer', { ...listsToCells(v), confirmPrivacy } satisfies VolunteerInput),
      onSaved: (r) => show(r.page, r.message),
    });

    const byId = new Map(data.volunteers.map((v) => [v.id, v]));
    const info = el('p', { class: 'overview', 'aria-live': 'polite' });
    const screening = new Form({
      fields: [
        { name: 'volunteerId', label: 'Frivillig', kind: 'select', required: true, blank: 'Velg …', options: data.volunteers.map((v) => [v.id, `${v.id} · ${v.alias} · ${v.status}`] as const) },
        { name: 'courseDate', label: 'Aktivitetskurs fullført', kind: 'date' },
        { name: 'interviewDate', label: 'Kartleggingssamtale', kind: 'date' },
        { name: 'policeCertificateDate', label: 'Politiattest vist', kind: 'date' },
        { name: 'nksDeclarationDate', label: 'Taushetserklæring N.K.S.', kind: 'date' },
        { name: 'shelterDeclarationDate', label: 'Taushetserklæring krisesenter', kind: 'date' },
      ],
      submitLabel: 'Lagre godkjenning',
      keep: ['volunteerId', ...STEPS],
      submit: (v) => call('sidebarUpdateScreening', { ...v, registeredDate: byId.get(v.volunteerId ?? '')?.dates.registeredDate ?? null } satisfies ScreeningInput),
      onSaved: (r) => show(r.page, r.message),
    });
    const pick = screening.control('volunteerId') as HTMLSelectElement;
    pick.addEventListener('change', () => {
      const v = byId.get(pick.value);
      clear(info);
      if (!v) return;
      for (const k of STEPS) screening.set(k, v.dates[k]);
      append(info, `${v.id} (${v.status}): ${missingText(v)}.`);
    });
    pick.closest('.field')!.after(info);

    const quit = new Form({
      fields: [
        { name: 'volunteerId', label: 'Frivillig', kind: 'select', required: true, blank: 'Velg …', options: data.volunteers.map((v) => [v.id, `${v.id} · ${v.alias}`] as const) },
        { name: 'quitDate', label: 'Sluttet dato', kind: 'date', required: true, value: data.today },
        { name: 'quitReason', label: 'Sluttårsak', kind: 'select', required: true, blank: 'Velg …', options: VOLUNTEER_QUIT_REASONS },
      ],
      submitLabel: 'Registrer at hun sluttet',
      confirm: (v) => {
        const who = byId.get(v.volunteerId ?? '');
        return {
          question: `Registrer at ${who ? `${who.id} ${who.alias}` : v.volunteerId} har sluttet?`,
          lines: [`Status blir «Sluttet», sluttet dato ${showDate(v.quitDate ?? '') || v.quitDate}, sluttårsak: ${v.quitReason}.`, 'Hun kan ikke kobles etterpå, og godkjenningen kan ikke endres.'],
          yes: 'Ja, registrer',
        };
      },
      submit: (v) => call('sidebarQuitVolunteer', v satisfies QuitInput),
      onSaved: (r) => show(r.page, r.message),
    });

    const privacy = new Form({
      // Typed, not picked: she who asks is often one who has quit, and the lists above leave those out.
      fields: [{ name: 'personId', label: 'Frivillig-ID', kind: 'text', required: true, hint: 'F-…, også for en som har sluttet.' }],
      submitLabel: 'Innsyn eller sletting …',
      keep: ['personId'],
      submit: (v) => call('sidebarOpenPrivacy', { personId: v.personId }),
    });

    append(panel,
      el('h2', {}, 'Frivillig'),
      el('details', { open: true }, el('summary', {}, 'Godkjenning'), screening.root),
      el('details', {}, el('summary', {}, 'Opplysninger for kobling'), matchingEditor(data.volunteers, show)),
      el('details', {}, el('summary', {}, 'Registrer ny frivillig'), register.root),
      el('details', {}, el('summary', {}, 'Sluttet'), quit.root),
      el('details', {}, el('summary', {}, 'Personvern: innsyn eller sletting'), privacy.root));
  },
});
