/**
 * Screening gates matching: a volunteer may be matched only when she is at least 25 at the match start and has
 * done the course, the interview, shown a police certificate and signed both confidentiality declarations.
 */
import type { IsoDate } from './calendar';
import { formatNorwegian, yearOf } from './calendar';
import type { Volunteer } from './records';

export const MIN_VOLUNTEER_AGE = 25;

export interface ScreeningStep {
  key: 'age' | 'course' | 'interview' | 'policeCertificate' | 'nksDeclaration' | 'shelterDeclaration' | 'status';
  label: string;
}

export interface Eligibility {
  eligible: boolean;
  missing: ScreeningStep[];
}

type ApprovalFields = Pick<Volunteer, 'birthYear' | 'courseDate' | 'interviewDate' | 'policeCertificateDate' | 'nksDeclarationDate' | 'shelterDeclarationDate'>;
type ScreeningFields = Pick<Volunteer, 'birthYear' | 'courseDate' | 'interviewDate' | 'policeCertificateDate' |
  'nksDeclarationDate' | 'shelterDeclarationDate' | 'status'>;

/**
 * Only the birth year is kept (data minimisation), so «old enough» is decided by the year: from 1 January of
 * the year she turns 25. This is the programme's age rule as this add-on applies it, everywhere.
 */
export function oldEnoughFrom(birthYear: number): IsoDate {
  return `${String(birthYear + MIN_VOLUNTEER_AGE).padStart(4, '0')}-01-01`;
}

export function ageAtStartOk(birthYear: number | null, start: IsoDate): boolean | null {
  if (birthYear === null) return null;
  return start >= oldEnoughFrom(birthYear);
}

/** A volunteer older than this is taken for a typing error. */
export const MAX_VOLUNTEER_AGE = 100;

/**
 * The birth years a volunteer may have on `today`: old enough to be approved this year (she turns 25 this
 * year at the latest) and not over 100. The bounds move with today; the sidebar's hint, its registration
 * check and the data check all use them.
 */
export function volunteerBirthYears(today: IsoDate): { min: number; max: number } {
  const year = yearOf(today);
  return { min: year - MAX_VOLUNTEER_AGE, max: year - MIN_VOLUNTEER_AGE };
}

/** Younger than this is not a volunteer at all: the data check flags it (registration refuses anyone under 25 this year). */
export const ADULT_AGE = 18;

/** For the data check: a birth year no volunteer can have (under 18 or over 100 this year), or null. */
export function implausibleVolunteerBirthYear(birthYear: number | null, today: IsoDate): string | null {
  if (birthYear === null) return null;
  const age = yearOf(today) - birthYear;
  if (age < ADULT_AGE) return `Født ${birthYear}: under ${ADULT_AGE} år i år; sjekk årstallet. En frivillig kan kobles fra 1. januar i året hun fyller ${MIN_VOLUNTEER_AGE}.`;
  if (age > MAX_VOLUNTEER_AGE) return `Født ${birthYear}: over ${MAX_VOLUNTEER_AGE} år; sjekk årstallet.`;
  return null;
}

/** Why a volunteer's birth year cannot be right on `today`, or null. */
export function volunteerBirthYearProblem(birthYear: number | null, today: IsoDate): string | null {
  if (birthYear === null) return null;
  const { min, max } = volunteerBirthYears(today);
  if (birthYear > max) return `Født ${birthYear}: en frivillig må fylle ${MIN_VOLUNTEER_AGE} i år eller tidligere (født ${max} eller før).`;
  if (birthYear < min) return `Født ${birthYear}: over ${MAX_VOLUNTEER_AGE} år; sjekk årstallet (født ${min} eller senere).`;
  return null;
}

/** Every screening step still missing for a match starting on `start`, in the order the programme does them. */
export function missingScreeningSteps(v: ScreeningFields, start: IsoDate): ScreeningStep[] {
  const missing: ScreeningStep[] = [];
  const age = ageAtStartOk(v.birthYear, start);
  if (age === null) missing.push({ key: 'age', label: 'Fødselsår mangler (må være minst 25 år)' });
  else if (!age) missing.push({ key: 'age', label: `Under ${MIN_VOLUNTEER_AGE} år ved oppstart` });
  // A step counts only once it has happened: a date after the start is a plan, not a completed step.
  const step = (key: ScreeningStep['key'], date: IsoDate | null, label: string) => {
    if (!date) missing.push({ key, label });
    else if (date > start) missing.push({ key, label: `${label} før oppstart (datert ${formatNorwegian(date)})` });
  };
  step('course', v.courseDate, 'Aktivitetskurs ikke fullført');
  step('interview', v.interviewDate, 'Kartleggingssamtale ikke gjennomført');
  step('policeCertificate', v.policeCertificateDate, 'Politiattest ikke vist');
  step('nksDeclaration', v.nksDeclarationDate, 'Taushetserklæring med N.K.S. ikke signert');
  step('shelterDeclaration', v.shelterDeclarationDate, 'Taushetserklæring med krisesenteret ikke signert');
  if (v.status === 'Sluttet') missing.push({ key: 'status', label: 'Frivillig har sluttet' });
  return missing;
}

export function eligibility(v: ScreeningFields, start: IsoDate): Eligibility {
  const missing = missingScreeningSteps(v, start);
  return { eligible: missing.length === 0, missing };
}

/** The status a volunteer's screening dates support (ignores matches and quitting). */
export function screeningStatus(v: ApprovalFields, today: IsoDate): 'Påmeldt' | 'Under kartlegging' | 'Godkjent' {
  if (isApprovedOn(v, today)) return 'Godkjent';
  if (v.courseDate || v.interviewDate || v.policeCertificateDate || v.nksDeclarationDate || v.shelterDeclarationDate) return 'Under kartlegging';
  return 'Påmeldt';
}

/**
 * THE approval rule («Godkjent», klar for kobling): all five screening steps done and old enough. The first
 * day both hold: the last of the five steps, or 1 January of the year she turns 25 when that is later; null
 * while a step or the birth year is missing. The matching gate (missingScreeningSteps, which also says what is
 * missing), the report, the reminders, the sidebar and the data check all decide «godkjent» by this.
 */
export function approvedSince(v: ApprovalFields): IsoDate | null {
  if (v.birthYear === null) return null;
  let latest: IsoDate = oldEnoughFrom(v.birthYear);
  for (const s of [v.courseDate, v.interviewDate, v.policeCertificateDate, v.nksDeclarationDate, v.shelterDeclarationDate]) {
    if (s === null) return null;
    if (s > latest) latest = s;
  }
  return latest;
}

/** Approved on `day` by the rule above (whether she has quit is the caller's question). */
export function isApprovedOn(v: ApprovalFields, day: IsoDate): boolean {
  const since = approvedSince(v);
  return since !== null && since <= day;
}
