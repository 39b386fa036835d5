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

type ScreeningFields = Pick<Volunteer, 'birthYear' | 'courseDate' | 'interviewDate' | 'policeCertificateDate' |
  'nksDeclarationDate' | 'shelterDeclarationDate' | 'status'>;

/**
 * Only the birth year is kept (data minimisation), so age is the year difference: she passes when she turns
 * 25 in the start year at the latest. The data check warns at exactly 25, when she may still be 24 on the day.
 */
export function ageAtStartOk(birthYear: number | null, start: IsoDate): boolean | null {
  if (birthYear === null) return null;
  return yearOf(start) - birthYear >= MIN_VOLUNTEER_AGE;
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
export function screeningStatus(v: ScreeningFields, today: IsoDate): 'Påmeldt' | 'Under kartlegging' | 'Godkjent' {
  if (missingScreeningSteps({ ...v, status: 'Godkjent' }, today).length === 0) return 'Godkjent';
  if (v.courseDate || v.interviewDate || v.policeCertificateDate || v.nksDeclarationDate || v.shelterDeclarationDate) return 'Under kartlegging';
  return 'Påmeldt';
}

type ScreeningDates = Pick<Volunteer, 'courseDate' | 'interviewDate' | 'policeCertificateDate' | 'nksDeclarationDate' | 'shelterDeclarationDate'>;

/** The day the last of the five screening steps was done; null while any is missing. */
export function approvedDate(v: ScreeningDates): IsoDate | null {
  const steps = [v.courseDate, v.interviewDate, v.policeCertificateDate, v.nksDeclarationDate, v.shelterDeclarationDate];
  let latest: IsoDate | null = null;
  for (const s of steps) {
    if (s === null) return null;
    if (latest === null || s > latest) latest = s;
  }
  return latest;
}
