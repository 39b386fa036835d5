/**
 * The user guide's sections that the product links to (the «Hjelp» menu item and each sidebar tab's «?»):
 * topic → the heading in docs/brukerveiledning.md. A test holds every heading to the guide, so a renamed
 * section breaks the build rather than a link.
 */
export const HELP_TOPICS = {
  guide: 'Brukerveiledning for gruppeledere',
  start: 'Kom i gang',
  today: 'Se hva som haster i dag',
  followUp: 'Logg en oppfølging',
  volunteer: 'Registrer en ny frivillig',
  participant: 'Registrer en ny henvisning',
  match: 'Lag en kobling',
  inquiry: 'Logg en henvendelse',
  course: 'Registrer et kurs',
  report: 'Månedsrapporten',
  settings: 'Innstillinger',
  reminders: 'Påminnelser',
  import: 'Importer den gamle loggen',
  privacy: 'Personvern og sletting',
  trouble: 'Når noe går galt',
} as const;
export type HelpTopic = keyof typeof HELP_TOPICS;

export function isHelpTopic(v: unknown): v is HelpTopic {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(HELP_TOPICS, v);
}

/** The anchor a heading gets in the help dialog: lower case, æøå spelt out, words joined by hyphens. */
export function headingSlug(heading: string): string {
  return heading.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
