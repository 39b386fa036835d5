/** The report for two months of the hand-worked scenario (scenario.ts); every number below was worked out by hand. */
import { computeMonthlyReport } from '../../../src/domain/report/compute';
import type { BreakdownKey, FigureKey, FigureValue } from '../../../src/domain/report/types';
import { C0, M0, scenario, V0 } from './scenario';

const c = (n: number): FigureValue => ({ kind: 'count', n });
const s = (num: number, den: number): FigureValue => ({ kind: 'share', num, den });

const AGES = ['Under 25', '25–34', '35–44', '45–54', '55–64', '65 og eldre', 'Ukjent'];
const ages = (...n: number[]) => AGES.map((label, i) => ({ label, count: n[i]! }));
const NEEDS = ['Sosialt nettverk', 'Emosjonell støtte', 'Praktisk hjelp', 'Norsk språk', 'Aktiviteter', 'Jobb/utdanning', 'Bolig/økonomi', 'Barn og familie', 'Helse', 'Annet'];
const needs = (n: number[], notGiven: number) => [...NEEDS.map((label, i) => ({ label, count: n[i]! })), ...(notGiven ? [{ label: 'Ikke oppgitt', count: notGiven }] : [])];
const KINDS = ['Frivillig interessert', 'Deltaker henvist', 'Krisesenter', 'Samarbeidspartner', 'Presse/media', 'Annet'];
const kinds = (...n: number[]) => KINDS.map((label, i) => ({ label, count: n[i]! }));

const expected: Record<string, { figures: Record<FigureKey, FigureValue>; breakdowns: Record<BreakdownKey, Array<{ label: string; count: number }>>; trend: number[] }> = {
  '2026-03': {
    figures: {
      'inquiries.total': c(3),
      'volunteers.registered': c(2), // F-002, F-004
      'volunteers.courseCompleted': c(1), // F-002
      'volunteers.approved': c(1), // F-002: last step 30.03
      'volunteers.inMatch': c(2), // F-001 (K-001), F-005 (K-003, pause over 15.03)
      'volunteers.waiting': c(2), // F-002 (approved 30.03), F-003 (K-002 ended 20.03, quits only in May)
      'volunteers.activeAtMonthEnd': c(4),
      'volunteers.quit': c(1), // F-006, no reason given
      'courses.held': c(1),
      'courses.participants': c(5), // the count wins over the two IDs
      'matches.started': c(0),
      'matches.activeAtMonthEnd': c(2), // K-001, K-003
      'matches.pausedInMonth': c(1), // K-003 paused 10.02–15.03
      'matches.pausedAtMonthEnd': c(0),
      'matches.ended': c(1), // K-002
      'matches.endedPlanned': c(0),
      'matches.endedEarly': c(1),
      'matches.averageLengthMonths': { kind: 'mean', value: 5, n: 1 }, // 15.10.2025 → 20.03.2026 = 5 whole months
      'matches.reachedNineMonths': s(0, 1),
      'followUps.logged': c(4), // L-2, L-3, L-4, L-6 (row 12 is invalid)
      'followUps.activeFollowedUp': s(1, 2), // K-001 yes, K-003 no
      'followUps.overdueAtMonthEnd': c(1), // K-003: last contact 20.01, 70 days > 45
      'followUps.meetingsMedian': { kind: 'median', value: 3, n: 2 }, // K-001 3+2=5, K-002 1
      'followUps.meetingsWithinNorm': s(0, 2),
      'participants.referred': c(1), // D-004
      'participants.served': c(4), // D-001, D-002 (K-002 ran until 20.03), D-003, D-004
    },
    breakdowns: {
      'inquiries.byKind': kinds(2, 1, 0, 0, 0, 0),
      'volunteers.quitByReason': [{ label: 'Ikke oppgitt', count: 1 }],
      'matches.endedByReason': [{ label: 'Deltaker ønsket å avslutte', count: 1 }],
      'participants.byShelter': [{ label: 'Fjordsenteret', count: 2 }, { label: 'Krisesenteret i Eksempelby', count: 2 }],
      'participants.byMunicipality': [{ label: 'Eksempelby', count: 2 }, { label: 'Nabodal', count: 2 }],
      'participants.byAge': ages(1, 0, 1, 1, 0, 0, 1), // D-003 24, D-001 41, D-004 48, D-002 no birth year
      'participants.needs': needs([1, 1, 1, 1, 0, 0, 0, 0, 0, 1], 1), // «hagearbeid» → Annet; D-003 none given
      'volunteers.byAge': ages(0, 0, 1, 1, 1, 1, 0), // F-002 36, F-001 46, F-003 56, F-005 66
    },
    trend: [0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 2, 2], // April 2025 … March 2026; K-003 paused at end of February
  },
  '2026-05': {
    figures: {
      'inquiries.total': c(2),
      'volunteers.registered': c(0),
      'volunteers.courseCompleted': c(1), // F-004
      'volunteers.approved': c(0),
      'volunteers.inMatch': c(2), // F-001 (K-001), F-002 (K-004 paused)
      'volunteers.waiting': c(1), // F-005 (K-003 ended 02.05; K-005 only proposed)
      'volunteers.activeAtMonthEnd': c(3),
      'volunteers.quit': c(1), // F-003
      'courses.held': c(1),
      'courses.participants': c(2), // no count: the two IDs
      'matches.started': c(1), // K-004; K-005's date is only planned
      'matches.activeAtMonthEnd': c(1), // K-001
      'matches.pausedInMonth': c(1), // K-004 from 25.05
      'matches.pausedAtMonthEnd': c(1),
      'matches.ended': c(1), // K-003
      'matches.endedPlanned': c(1),
      'matches.endedEarly': c(0),
      'matches.averageLengthMonths': { kind: 'mean', value: 12, n: 1 },
      'matches.reachedNineMonths': s(1, 1),
      'followUps.logged': c(3), // L-7, L-8, L-9
      'followUps.activeFollowedUp': s(1, 1),
      'followUps.overdueAtMonthEnd': c(0),
      'followUps.meetingsMedian': { kind: 'median', value: 2.5, n: 2 }, // K-001 4, K-004 1 (L-8 by volunteer ID)
      'followUps.meetingsWithinNorm': s(1, 2),
      'participants.referred': c(1), // D-005
      'participants.served': c(4), // D-001, D-003 (K-003 until 02.05), D-004, D-005
    },
    breakdowns: {
      'inquiries.byKind': kinds(1, 0, 1, 0, 0, 0),
      'volunteers.quitByReason': [{ label: 'Flyttet', count: 1 }],
      'matches.endedByReason': [{ label: 'Fullført periode', count: 1 }],
      'participants.byShelter': [{ label: 'Fjordsenteret', count: 2 }, { label: 'Krisesenteret i Eksempelby', count: 1 }, { label: 'Ikke oppgitt', count: 1 }],
      'participants.byMunicipality': [{ label: 'Eksempelby', count: 3 }, { label: 'nabodal', count: 1 }],
      'participants.byAge': ages(1, 1, 1, 1, 0, 0, 0),
      'participants.needs': needs([1, 1, 0, 1, 1, 0, 0, 0, 0, 0], 1),
      'volunteers.byAge': ages(0, 0, 1, 1, 0, 1, 0),
    },
    trend: [1, 1, 2, 2, 3, 3, 3, 3, 2, 2, 2, 1], // June 2025 … May 2026; K-004 paused at end of May
  },
};

const NOT_COUNTED = [
  { sheet: 'Frivillige', rows: [8] },
  { sheet: 'Deltakere', rows: [7] },
  { sheet: 'Koblinger', rows: [7] },
  { sheet: 'Kontaktlogg', rows: [12] },
  { sheet: 'Henvendelser', rows: [8] },
];

describe.each(Object.keys(expected))('monthly report for %s', (month) => {
  const report = computeMonthlyReport(scenario(month));
  const want = expected[month]!;

  test.each(Object.keys(want.figures) as FigureKey[])('%s', (key) => {
    expect(report.figures[key]).toEqual(want.figures[key]);
  });

  test.each(Object.keys(want.breakdowns) as BreakdownKey[])('breakdown %s', (key) => {
    expect(report.breakdowns[key]).toEqual(want.breakdowns[key]);
  });

  test('trend of active matches over 12 months', () => {
    expect(report.trend.map((t) => t.activeMatches)).toEqual(want.trend);
    expect(report.trend[11]!.month).toBe(month);
  });

  test('invalid rows are named, never silently dropped', () => {
    expect(report.notCounted).toEqual(NOT_COUNTED);
  });

  test('every figure has an expectation', () => {
    expect(Object.keys(report.figures).sort()).toEqual(Object.keys(want.figures).sort());
  });
});

describe('figures come from dates, not from today\'s status', () => {
  test('rows added after the month change nothing in it', () => {
    const later = {
      volunteers: [{ ...V0, id: 'F-009', alias: 'Ny', birthYear: 1985, registeredDate: '2026-06-02' }],
      matches: [{ ...M0, id: 'K-009', volunteerId: 'F-005', participantId: 'D-005', status: 'Aktiv', startDate: '2026-06-10', agreedMonths: 9, plannedEnd: '2027-03-10' }],
      contacts: [{ ...C0, id: 'L-00020', date: '2026-06-03', matchId: 'K-001', meetingsSinceLast: 2 }],
    };
    for (const month of ['2026-03', '2026-05']) {
      expect(computeMonthlyReport(scenario(month, later))).toEqual(computeMonthlyReport(scenario(month)));
    }
  });

  test('a match ended later still counts as active at the end of an earlier month', () => {
    const ended = { matches: [{ ...M0, id: 'K-010', volunteerId: 'F-006', participantId: 'D-005', status: 'Avsluttet', startDate: '2026-01-10', agreedMonths: 9, plannedEnd: '2026-10-10', endDate: '2026-04-01', endReason: 'Flyttet', endedBy: 'Deltaker' }] };
    const march = computeMonthlyReport(scenario('2026-03', ended));
    expect(march.figures['matches.activeAtMonthEnd']).toEqual(c(3));
    expect(march.figures['matches.ended']).toEqual(c(1));
  });
});

describe('a month that has not ended is counted up to today', () => {
  // K-004 goes on pause on 25.05.2026: on the 20th it is still active.
  const sofar = computeMonthlyReport({ ...scenario('2026-05'), today: '2026-05-20' });
  const whole = computeMonthlyReport(scenario('2026-05'));

  test('«at month end» means today, never a day that has not come', () => {
    expect(sofar.asOf).toBe('2026-05-20');
    expect(sofar.last).toBe('2026-05-20');
    expect(sofar.figures['matches.pausedAtMonthEnd']).toEqual(c(0));
    expect(whole.figures['matches.pausedAtMonthEnd']).toEqual(c(1));
    expect(sofar.figures['matches.activeAtMonthEnd']).toEqual(c((whole.figures['matches.activeAtMonthEnd'] as { n: number }).n + 1));
    expect(sofar.trend[11]!.activeMatches).toBe(whole.trend[11]!.activeMatches + 1);
  });

  test.each([['2026-05-31'], ['2026-06-01'], ['2027-01-01']])('today %s: the month is whole, as if no today were given', (today) => {
    const r = computeMonthlyReport({ ...scenario('2026-05'), today });
    expect(r.asOf).toBe(today === '2026-05-31' ? '2026-05-31' : null);
    expect({ ...r, asOf: null }).toEqual(whole);
  });
});

describe('«Aktive koblinger fulgt opp» counts what «Forfalt oppfølging» counts: contacts with the volunteer', () => {
  // March 2026: K-001 followed up, K-003 (active again from 15.03) not; one more contact with K-003 in March.
  test.each([
    ['Frivillig', 2],
    ['Frivillig og deltaker', 2],
    ['Deltaker', 1],
    ['Kontaktperson krisesenter', 1],
  ])('a contact «%s» with K-003 → %i of 2 followed up', (withWhom, n) => {
    const extra = { contacts: [{ ...C0, id: 'L-00030', date: '2026-03-20', matchId: 'K-003', withWhom }] };
    expect(computeMonthlyReport(scenario('2026-03', extra)).figures['followUps.activeFollowedUp']).toEqual({ kind: 'share', num: n, den: 2 });
  });
});

describe('«Godkjent (klar for kobling)» is the one approval rule, age included', () => {
  // Screened in March 2026 at 24 (born 2002): the matching gate refuses her until 1 January 2027.
  const young = { volunteers: [{ ...V0, id: 'F-020', alias: 'Ung', birthYear: 2002, registeredDate: '2026-02-20', courseDate: '2026-03-02', interviewDate: '2026-03-05', policeCertificateDate: '2026-03-09', nksDeclarationDate: '2026-03-09', shelterDeclarationDate: '2026-03-12', status: 'Godkjent' }] };
  const figure = (month: string, key: FigureKey) => computeMonthlyReport(scenario(month, young)).figures[key];
  const base = (month: string, key: FigureKey) => computeMonthlyReport(scenario(month)).figures[key];

  test.each([['2026-03'], ['2026-05']])('in %s she is neither approved nor waiting', (month) => {
    expect(figure(month, 'volunteers.approved')).toEqual(base(month, 'volunteers.approved'));
    expect(figure(month, 'volunteers.waiting')).toEqual(base(month, 'volunteers.waiting'));
  });

  test('in January 2027, the year she turns 25, she is approved and waiting', () => {
    expect(figure('2027-01', 'volunteers.approved')).toEqual(c((base('2027-01', 'volunteers.approved') as { n: number }).n + 1));
    expect(figure('2027-01', 'volunteers.waiting')).toEqual(c((base('2027-01', 'volunteers.waiting') as { n: number }).n + 1));
  });
});
