/**
 * A hand-worked scenario (invented people, codes only) spanning May 2025 – May 2026. Expected figures for
 * March and May 2026 are in monthlyReport.test.ts, each worked out by hand from the definitions in docs/reference.md.
 * Rows go through the real record schemas: invalid ones become "not counted" the way the sheet reader does.
 */
import * as R from '../../../src/domain/records';
import type { Rows } from '../../../src/domain/consistency';
import type { ReportInput } from '../../../src/domain/report/compute';
import type { NotCounted } from '../../../src/domain/report/types';

const V0 = {
  alias: 'xx', birthYear: null, municipality: 'Eksempelby', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '',
  recruitmentSource: null, registeredDate: null, courseDate: null, interviewDate: null, policeCertificateDate: null,
  nksDeclarationDate: null, shelterDeclarationDate: null, status: 'Påmeldt', quitDate: null, quitReason: null, note: '',
};
const screened = (course: string, interview: string, police: string, nks: string, shelter: string) => ({
  courseDate: course, interviewDate: interview, policeCertificateDate: police, nksDeclarationDate: nks, shelterDeclarationDate: shelter,
});
export const VOLUNTEERS: unknown[] = [
  { ...V0, id: 'F-001', alias: 'Vala', birthYear: 1980, registeredDate: '2025-05-10', ...screened('2025-06-01', '2025-06-05', '2025-06-10', '2025-06-10', '2025-06-12'), status: 'I kobling' },
  { ...V0, id: 'F-002', alias: 'Birk', birthYear: 1990, registeredDate: '2026-03-03', ...screened('2026-03-14', '2026-03-20', '2026-03-25', '2026-03-25', '2026-03-30'), status: 'I kobling' },
  { ...V0, id: 'F-003', alias: 'Sol', birthYear: 1970, registeredDate: '2025-08-01', ...screened('2025-09-01', '2025-09-05', '2025-09-10', '2025-09-15', '2025-09-15'), status: 'Sluttet', quitDate: '2026-05-12', quitReason: 'Flyttet' },
  { ...V0, id: 'F-004', alias: 'Tind', birthYear: null, registeredDate: '2026-03-28', courseDate: '2026-05-09', status: 'Under kartlegging' },
  { ...V0, id: 'F-005', alias: 'Lyng', birthYear: 1960, registeredDate: '2025-01-10', ...screened('2025-02-01', '2025-02-05', '2025-02-10', '2025-02-10', '2025-02-20'), status: 'Godkjent' },
  { ...V0, id: 'F-006', alias: 'Mose', birthYear: 1995, registeredDate: '2026-01-05', ...screened('2026-01-20', '2026-02-02', '2026-02-10', '2026-02-10', '2026-02-15'), status: 'Sluttet', quitDate: '2026-03-18' },
  // Row 8: status «Sluttet» without a quit date: fails validation, never counted.
  { ...V0, id: 'F-007', alias: 'Ugle', birthYear: 1988, registeredDate: '2026-03-05', status: 'Sluttet' },
];

const P0 = { shelter: '', municipality: '', birthYear: null, languages: '', interpreterNeeded: false, interests: '', needs: '', childrenJoin: false, area: '', travel: null, availability: '', referralDate: null, status: 'Henvist', note: 'Hemmelig merknad om deltaker' };
export const PARTICIPANTS: unknown[] = [
  { ...P0, id: 'D-001', shelter: 'Krisesenteret i Eksempelby', municipality: 'Eksempelby', birthYear: 1985, needs: 'Sosialt nettverk, Norsk språk', referralDate: '2025-07-01', status: 'I kobling' },
  { ...P0, id: 'D-002', shelter: 'Krisesenteret i Eksempelby', municipality: 'Nabodal', birthYear: null, needs: 'Praktisk hjelp, hagearbeid', referralDate: '2025-10-01', status: 'Avsluttet' },
  { ...P0, id: 'D-003', shelter: 'Fjordsenteret', municipality: 'Eksempelby', birthYear: 2002, needs: '', referralDate: '2025-03-01', status: 'Avsluttet' },
  { ...P0, id: 'D-004', shelter: 'Fjordsenteret', municipality: 'nabodal', birthYear: 1978, needs: 'Emosjonell støtte', referralDate: '2026-03-10', status: 'I kobling' },
  { ...P0, id: 'D-005', shelter: '', municipality: 'Eksempelby', birthYear: 1999, needs: 'Aktiviteter', referralDate: '2026-05-20', status: 'Henvist' },
  // Row 7: impossible birth year.
  { ...P0, id: 'D-006', shelter: 'Fjordsenteret', municipality: 'Eksempelby', birthYear: 1890, referralDate: '2026-03-02' },
];

const M0 = {
  proposedDate: null, meetingDate: null, agreementSigned: true, startDate: null, agreedMonths: null, plannedEnd: null,
  pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: null, endReason: null, endedBy: null, closureDate: null,
  evaluationSent: false, privateContactAfter: false, note: 'Hemmelig merknad om koblingen',
};
export const MATCHES: unknown[] = [
  { ...M0, id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', status: 'Aktiv', startDate: '2025-08-01', agreedMonths: 12, plannedEnd: '2026-08-01' },
  { ...M0, id: 'K-002', volunteerId: 'F-003', participantId: 'D-002', status: 'Avsluttet', startDate: '2025-10-15', agreedMonths: 9, plannedEnd: '2026-07-15', endDate: '2026-03-20', endReason: 'Deltaker ønsket å avslutte', endedBy: 'Deltaker' },
  { ...M0, id: 'K-003', volunteerId: 'F-005', participantId: 'D-003', status: 'Avsluttet', startDate: '2025-05-02', agreedMonths: 12, plannedEnd: '2026-05-02', pauseStart: '2026-02-10', pauseEnd: '2026-03-15', pauseReason: 'Sykdom', endDate: '2026-05-02', endReason: 'Fullført periode', endedBy: 'Planlagt' },
  { ...M0, id: 'K-004', volunteerId: 'F-002', participantId: 'D-004', status: 'Pause', meetingDate: '2026-05-05', startDate: '2026-05-10', agreedMonths: 9, plannedEnd: '2027-02-10', pauseStart: '2026-05-25', pauseReason: 'Deltaker tilbake til voldsutøver' },
  // A proposal with a planned start date: not started, never counted as a match.
  { ...M0, id: 'K-005', volunteerId: 'F-005', participantId: 'D-005', status: 'Foreslått', proposedDate: '2026-05-22', startDate: '2026-05-25' },
  // Row 7: «Aktiv» without a start date.
  { ...M0, id: 'K-006', volunteerId: 'F-004', participantId: 'D-005', status: 'Aktiv', agreedMonths: 9 },
];

const C0 = { matchId: null, volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: 'Bra', meetingsSinceLast: null, activities: '', concern: false, note: 'Hemmelig oppfølgingsnotat', nextFollowUp: null, loggedBy: '', loggedAt: null };
export const CONTACTS: unknown[] = [
  { ...C0, id: 'L-00001', date: '2026-02-10', matchId: 'K-001', meetingsSinceLast: 3 },
  { ...C0, id: 'L-00002', date: '2026-03-05', matchId: 'K-001', meetingsSinceLast: 3 },
  { ...C0, id: 'L-00003', date: '2026-03-25', matchId: 'K-001', meetingsSinceLast: 2 },
  { ...C0, id: 'L-00004', date: '2026-03-10', matchId: 'K-002', meetingsSinceLast: 1 },
  { ...C0, id: 'L-00005', date: '2026-01-20', matchId: 'K-003', meetingsSinceLast: 4 },
  { ...C0, id: 'L-00006', date: '2026-03-12', volunteerId: 'F-006', kind: 'Første kontakt' },
  { ...C0, id: 'L-00007', date: '2026-05-03', matchId: 'K-001', meetingsSinceLast: 4 },
  { ...C0, id: 'L-00008', date: '2026-05-12', volunteerId: 'F-002', meetingsSinceLast: 1 },
  { ...C0, id: 'L-00009', date: '2026-05-28', matchId: 'K-004' },
  { ...C0, id: 'L-00010', date: '2026-04-15', matchId: 'K-001', meetingsSinceLast: 3 },
  // Row 12: no match and no volunteer.
  { ...C0, id: 'L-00011', date: '2026-03-15' },
];

const Q0 = { from: 'nettsiden', municipality: 'Eksempelby', outcome: null, note: 'Hemmelig henvendelse' };
export const INQUIRIES: unknown[] = [
  { ...Q0, id: 'H-0001', date: '2026-03-02', kind: 'Frivillig interessert' },
  { ...Q0, id: 'H-0002', date: '2026-03-09', kind: 'Deltaker henvist' },
  { ...Q0, id: 'H-0003', date: '2026-03-20', kind: 'Frivillig interessert' },
  { ...Q0, id: 'H-0004', date: '2026-04-02', kind: 'Presse/media' },
  { ...Q0, id: 'H-0005', date: '2026-05-05', kind: 'Krisesenter' },
  { ...Q0, id: 'H-0006', date: '2026-05-19', kind: 'Frivillig interessert' },
  // Row 8: not a kind of inquiry.
  { ...Q0, id: 'H-0007', date: '2026-03-21', kind: 'Telefon' },
];

export const COURSES: unknown[] = [
  { id: 'KU-001', date: '2026-03-14', place: 'Frivilligsentralen', participantIds: 'F-002, F-006', participantCount: 5, note: '' },
  { id: 'KU-002', date: '2026-05-09', place: 'Frivilligsentralen', participantIds: 'F-004, F-008', participantCount: null, note: '' },
  { id: 'KU-003', date: '2025-09-01', place: 'Frivilligsentralen', participantIds: '', participantCount: 4, note: '' },
];

/** Rows as the sheet reader gives them: data starts on sheet row 2; invalid rows are named, not counted. */
function rows<T>(schema: { safeParse(x: unknown): { success: boolean; data?: T } }, sheet: string, raw: unknown[], notCounted: NotCounted[]): Rows<T>[] {
  const out: Rows<T>[] = [];
  const bad: number[] = [];
  raw.forEach((r, i) => {
    const parsed = schema.safeParse(r);
    if (parsed.success) out.push({ row: i + 2, record: parsed.data as T });
    else bad.push(i + 2);
  });
  notCounted.push({ sheet, rows: bad });
  return out;
}

export function scenario(month: string, extra: Partial<Record<'volunteers' | 'participants' | 'matches' | 'contacts' | 'inquiries' | 'courses', unknown[]>> = {}): ReportInput {
  const notCounted: NotCounted[] = [];
  return {
    month,
    settings: { followUpEveryDays: 30, overdueAfterDays: 45 },
    volunteers: rows<R.Volunteer>(R.VolunteerSchema, 'Frivillige', [...VOLUNTEERS, ...(extra.volunteers ?? [])], notCounted),
    participants: rows<R.Participant>(R.ParticipantSchema, 'Deltakere', [...PARTICIPANTS, ...(extra.participants ?? [])], notCounted),
    matches: rows<R.Match>(R.MatchSchema, 'Koblinger', [...MATCHES, ...(extra.matches ?? [])], notCounted),
    contacts: rows<R.Contact>(R.ContactSchema, 'Kontaktlogg', [...CONTACTS, ...(extra.contacts ?? [])], notCounted),
    inquiries: rows<R.Inquiry>(R.InquirySchema, 'Henvendelser', [...INQUIRIES, ...(extra.inquiries ?? [])], notCounted),
    courses: rows<R.Course>(R.CourseSchema, 'Kurs', [...COURSES, ...(extra.courses ?? [])], notCounted),
    notCounted,
  };
}

export { C0, M0, V0, P0, Q0 };
