/**
 * Records of the programme and their zod schemas: the one definition of what is valid, shared by the sheet
 * reader, the sidebar RPC and the triggers. Optional values are `null` (JSON-safe); dates are `yyyy-MM-dd`.
 */
import * as z from 'zod/mini';
import './zod';
import { isIsoDate, addMonths, formatNorwegian } from './calendar';
import { parsePauses } from './pauses';
import { isId, idExample, splitIds, type IdKind } from './ids';
import * as V from './vocabulary';

export const BIRTH_YEAR_MIN = 1920;
export const BIRTH_YEAR_MAX = 2010;
export const NOTE_MAX = 2000;
export const TEXT_MAX = 200;

const text = (max = TEXT_MAX) => z.string().check(z.maxLength(max, `Høyst ${max} tegn.`));
const required = (max = TEXT_MAX) => z.string().check(z.minLength(1, 'Må fylles ut.'), z.maxLength(max, `Høyst ${max} tegn.`));
const isoDate = z.string().check(z.refine(isIsoDate, 'Må være en gyldig dato.'));
const optDate = z.nullable(isoDate);
const id = (kind: IdKind) => z.string().check(z.refine((s) => isId(kind, s), `Må være en ID som ${idExample(kind)}.`));
const optId = (kind: IdKind) => z.nullable(id(kind));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => (iss.input === null || iss.input === undefined || iss.input === ''
      ? 'Må fylles ut.'
      : `«${String(iss.input)}» er ikke en gyldig verdi. Gyldige verdier: ${values.join(', ')}.`),
  });
const optOneOf = <T extends readonly [string, ...string[]]>(values: T) => z.nullable(oneOf(values));
const birthYear = z.nullable(
  z.number().check(
    z.refine((n) => Number.isInteger(n) && n >= BIRTH_YEAR_MIN && n <= BIRTH_YEAR_MAX,
      `Må være et helt år mellom ${BIRTH_YEAR_MIN} og ${BIRTH_YEAR_MAX}.`),
  ),
);
const bool = z.boolean();
/** IDs of one kind in one text cell, separated by commas or spaces («D-007, D-012»); blank is none. */
const idList = (kind: IdKind) => z.string().check(
  z.maxLength(TEXT_MAX, `Høyst ${TEXT_MAX} tegn.`),
  z.refine((s) => splitIds(s).every((x) => isId(kind, x)), `Skriv ID-er som ${idExample(kind)}, skilt med komma.`),
);

type Ctx = { addIssue(issue: { code: 'custom'; message: string; path: string[]; input?: unknown }): void };
function issue(ctx: Ctx, path: string, message: string): void {
  ctx.addIssue({ code: 'custom', message, path: [path] });
}

export const VolunteerSchema = z.object({
  id: id('volunteer'),
  alias: required(40),
  birthYear,
  municipality: text(),
  languages: text(),
  interests: text(),
  availability: text(),
  canMeetWithChildren: bool,
  recruitmentSource: optOneOf(V.RECRUITMENT_SOURCES),
  registeredDate: optDate,
  courseDate: optDate,
  interviewDate: optDate,
  policeCertificateDate: optDate,
  nksDeclarationDate: optDate,
  shelterDeclarationDate: optDate,
  status: oneOf(V.VOLUNTEER_STATUSES),
  quitDate: optDate,
  quitReason: optOneOf(V.VOLUNTEER_QUIT_REASONS),
  note: text(NOTE_MAX),
  area: text(),
  travel: optOneOf(V.TRAVEL),
  notSuitableFor: idList('participant'),
}).check(
  z.superRefine((v, ctx) => {
    if (v.status === 'Sluttet' && !v.quitDate) issue(ctx, 'quitDate', 'Status er «Sluttet», men sluttdato mangler.');
    if (v.quitDate && v.status !== 'Sluttet') issue(ctx, 'status', 'Sluttdato er fylt ut, men status er ikke «Sluttet».');
    if (v.quitReason && !v.quitDate) issue(ctx, 'quitDate', 'Sluttårsak er fylt ut, men sluttdato mangler.');
    if (v.quitDate && v.registeredDate && v.quitDate < v.registeredDate) issue(ctx, 'quitDate', 'Sluttdato er før påmeldt dato.');
  }),
);
export type Volunteer = z.infer<typeof VolunteerSchema>;

export const ParticipantSchema = z.object({
  id: id('participant'),
  shelter: text(),
  municipality: text(),
  birthYear,
  languages: text(),
  interpreterNeeded: bool,
  interests: text(),
  needs: text(500),
  childrenJoin: bool,
  referralDate: optDate,
  status: oneOf(V.PARTICIPANT_STATUSES),
  note: text(NOTE_MAX),
  area: text(),
  travel: optOneOf(V.TRAVEL),
  availability: text(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const MIN_MATCH_MONTHS = 9;
export const MAX_MATCH_MONTHS = 12;

export const MatchSchema = z.object({
  id: id('match'),
  volunteerId: id('volunteer'),
  participantId: id('participant'),
  status: oneOf(V.MATCH_STATUSES),
  proposedDate: optDate,
  meetingDate: optDate,
  agreementSigned: bool,
  startDate: optDate,
  agreedMonths: z.nullable(z.number().check(z.refine((n) => Number.isInteger(n) && n >= MIN_MATCH_MONTHS && n <= MAX_MATCH_MONTHS,
    `Avtalt lengde må være et helt antall måneder fra ${MIN_MATCH_MONTHS} til ${MAX_MATCH_MONTHS}.`))),
  plannedEnd: optDate,
  pauseStart: optDate,
  pauseEnd: optDate,
  pauseReason: optOneOf(V.PAUSE_REASONS),
  earlierPauses: text(NOTE_MAX),
  endDate: optDate,
  endReason: optOneOf(V.MATCH_END_REASONS),
  endedBy: optOneOf(V.MATCH_ENDED_BY),
  closureDate: optDate,
  evaluationSent: bool,
  privateContactAfter: bool,
  note: text(NOTE_MAX),
}).check(
  z.superRefine((m, ctx) => {
    // An ended match may never have started (ended before its start); a running one must have.
    if ((m.status === 'Aktiv' || m.status === 'Pause') && !m.startDate) issue(ctx, 'startDate', `Status er «${m.status}», men startdato mangler.`);
    if ((m.status === 'Aktiv' || m.status === 'Pause') && m.agreedMonths === null) issue(ctx, 'agreedMonths', 'Avtalt lengde mangler for en aktiv kobling.');
    if (m.startDate && m.agreedMonths !== null && m.plannedEnd && m.plannedEnd !== addMonths(m.startDate, m.agreedMonths))
      issue(ctx, 'plannedEnd', `Planlagt slutt stemmer ikke med startdato + ${m.agreedMonths} måneder (${addMonths(m.startDate, m.agreedMonths)}).`);
    if (m.status === 'Pause' && !m.pauseStart) issue(ctx, 'pauseStart', 'Status er «Pause», men «Pause fra» mangler.');
    if (m.pauseStart && m.pauseEnd && m.pauseEnd < m.pauseStart) issue(ctx, 'pauseEnd', '«Pause til» er før «Pause fra».');
    if (m.earlierPauses !== '') {
      const earlier = parsePauses(m.earlierPauses);
      if (!earlier.ok) issue(ctx, 'earlierPauses', earlier.message);
      else {
        const last = earlier.pauses[earlier.pauses.length - 1];
        if (last && m.pauseStart && m.pauseStart < last.to!) issue(ctx, 'earlierPauses', `Siste tidligere pause slutter ${formatNorwegian(last.to!)}, etter «Pause fra» (${formatNorwegian(m.pauseStart)}).`);
      }
    }
    if (m.status === 'Avsluttet' && !m.endDate) issue(ctx, 'endDate', 'Status er «Avsluttet», men sluttdato mangler.');
    if (m.status === 'Avsluttet' && !m.endReason) issue(ctx, 'endReason', 'Status er «Avsluttet», men sluttårsak mangler.');
    if (m.endDate && m.status !== 'Avsluttet' && m.status !== 'Avslått') issue(ctx, 'status', 'Sluttdato er fylt ut, men status er ikke «Avsluttet».');
    if (m.endDate && m.startDate && m.endDate < m.startDate) issue(ctx, 'endDate', 'Sluttdato er før startdato.');
    if (m.startDate && m.meetingDate && m.startDate < m.meetingDate) issue(ctx, 'startDate', 'Startdato er før koblingsmøtet.');
  }),
);
export type Match = z.infer<typeof MatchSchema>;

export const ContactSchema = z.object({
  id: id('contact'),
  date: isoDate,
  matchId: optId('match'),
  volunteerId: optId('volunteer'),
  withWhom: oneOf(V.CONTACT_WITH),
  channel: oneOf(V.CONTACT_CHANNELS),
  kind: oneOf(V.CONTACT_KINDS),
  howItGoes: optOneOf(V.HOW_IT_GOES),
  meetingsSinceLast: z.nullable(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 60, 'Må være et helt tall fra 0 til 60.'))),
  activities: text(500),
  concern: bool,
  note: text(NOTE_MAX),
  nextFollowUp: optDate,
  loggedBy: text(),
  loggedAt: z.nullable(z.string()),
}).check(
  z.superRefine((c, ctx) => {
    if (!c.matchId && !c.volunteerId) issue(ctx, 'matchId', 'Oppgi koblings-ID eller frivillig-ID.');
    if (c.nextFollowUp && c.nextFollowUp < c.date) issue(ctx, 'nextFollowUp', 'Neste oppfølging er før datoen for denne kontakten.');
  }),
);
export type Contact = z.infer<typeof ContactSchema>;

export const InquirySchema = z.object({
  id: id('inquiry'),
  date: isoDate,
  kind: oneOf(V.INQUIRY_KINDS),
  from: text(),
  municipality: text(),
  outcome: optOneOf(V.INQUIRY_OUTCOMES),
  note: text(NOTE_MAX),
});
export type Inquiry = z.infer<typeof InquirySchema>;

export const CourseSchema = z.object({
  id: id('course'),
  date: isoDate,
  place: text(),
  participantIds: text(1000),
  participantCount: z.nullable(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 500, 'Må være et helt tall fra 0 til 500.'))),
  note: text(NOTE_MAX),
});
export type Course = z.infer<typeof CourseSchema>;

export const ContactInfoSchema = z.object({
  volunteerId: id('volunteer'),
  name: required(100),
  phone: text(40),
  email: z.string().check(z.refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Ugyldig e-postadresse.')),
  preferredChannel: optOneOf(V.CONTACT_CHANNELS),
});
export type ContactInfo = z.infer<typeof ContactInfoSchema>;

export const ShelterSchema = z.object({
  name: required(),
  contactRole: text(),
  municipality: text(),
});
export type Shelter = z.infer<typeof ShelterSchema>;
