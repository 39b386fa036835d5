import { planLedgerPrune, planRetention, retentionCounts, RETENTION_FIELDS as F, type RetentionInput } from '../../src/domain/retention';
import type * as R from '../../src/domain/records';

const volunteer = (id: string, o: Partial<R.Volunteer> = {}): R.Volunteer => ({
  id, alias: 'AB', birthYear: 1980, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '',
  recruitmentSource: null, registeredDate: '2022-01-10', courseDate: '2022-01-20', interviewDate: '2022-01-25', policeCertificateDate: '2022-02-01',
  nksDeclarationDate: '2022-02-01', shelterDeclarationDate: '2022-02-02', status: 'I kobling', quitDate: null, quitReason: null, note: 'frivillig-merknad', ...o,
});
const participant = (id: string, o: Partial<R.Participant> = {}): R.Participant => ({
  id, shelter: 'Senter', municipality: 'By', birthYear: 1990, languages: '', interpreterNeeded: false, interests: '', needs: 'Aktiviteter',
  childrenJoin: false, area: '', travel: null, availability: '', referralDate: '2022-02-01', status: 'Avsluttet', note: 'deltaker-merknad', ...o,
});
const match = (id: string, v: string, p: string, o: Partial<R.Match> = {}): R.Match => ({
  id, volunteerId: v, participantId: p, status: 'Avsluttet', proposedDate: '2022-02-10', meetingDate: '2022-02-20', agreementSigned: true,
  startDate: '2022-03-01', agreedMonths: 12, plannedEnd: null, pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: '2023-01-31',
  endReason: 'Fullført periode', endedBy: 'Planlagt', closureDate: null, evaluationSent: false, privateContactAfter: false, note: 'koblings-merknad', ...o,
});
const contact = (id: string, o: Partial<R.Contact> = {}): R.Contact => ({
  id, date: '2022-06-01', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: 'Bra',
  meetingsSinceLast: 3, activities: 'tur', concern: true, note: 'logg-merknad', nextFollowUp: null, loggedBy: '', loggedAt: null, ...o,
});
const rows = <T>(...xs: T[]) => xs.map((record, i) => ({ row: i + 2, record }));

function input(o: Partial<RetentionInput>): RetentionInput {
  return { today: '2026-01-01', retentionMonths: 24, volunteers: [], participants: [], matches: [], contacts: [], inquiries: [], courses: [], contactInfo: [], unreadableMatchIds: new Set(), ...o };
}

describe('planRetention: the month-end boundary (end + N months < today)', () => {
  test.each([
    // end date, months, today, purged?
    ['2023-01-31', 1, '2023-02-28', false], // 31 Jan + 1 month = 28 Feb: not yet
    ['2023-01-31', 1, '2023-03-01', true],
    ['2024-01-31', 1, '2024-02-29', false], // leap year: 29 Feb
    ['2024-01-31', 1, '2024-03-01', true],
    ['2023-08-31', 6, '2024-02-29', false], // 31 Aug + 6 = 29 Feb 2024
    ['2023-08-31', 6, '2024-03-01', true],
    ['2024-02-29', 12, '2025-02-28', false], // 29 Feb + 12 = 28 Feb 2025
    ['2024-02-29', 12, '2025-03-01', true],
    ['2023-12-31', 24, '2025-12-31', false],
    ['2023-12-31', 24, '2026-01-01', true],
    ['2023-03-31', 120, '2033-04-01', true],
  ])('match ended %s, %i months, today %s → purged %s', (endDate, months, today, purged) => {
    const plan = planRetention(input({ today, retentionMonths: months, matches: rows(match('K-001', 'F-001', 'D-001', { endDate })) }));
    expect(plan.matches.length === 1).toBe(purged);
  });
});

describe('planRetention: what goes and what stays', () => {
  const base = input({
    volunteers: rows(
      volunteer('F-001', { status: 'Sluttet', quitDate: '2023-02-15', quitReason: 'Flyttet' }), // old match, quit after it → goes
      volunteer('F-002'), // has an open match → stays
      volunteer('F-003', { status: 'Sluttet', quitDate: '2023-06-30', quitReason: 'Flyttet' }), // quit long ago, never matched → goes
      volunteer('F-004', { status: 'Sluttet', quitDate: '2024-06-30', quitReason: 'Flyttet' }), // quit 18 months ago → stays
      volunteer('F-005', { status: 'Godkjent' }), // never matched, never quit → stays
      volunteer('F-006', { status: 'Godkjent', registeredDate: '2024-05-01' }), // old match, registered again later → stays
      volunteer('F-007'), // one old match, one ended recently → stays
      volunteer('F-008', { status: 'Godkjent' }), // one old match, never quit: between matches → stays
    ),
    participants: rows(participant('D-001'), participant('D-002'), participant('D-003', { status: 'Venter på kobling', referralDate: '2024-06-01' }) /* referred again later */, participant('D-006'), participant('D-007'),
      participant('D-008', { status: 'Venter på kobling' }), participant('D-009', { status: 'Henvist' })), // old match, waiting again → stay
    matches: rows(
      match('K-001', 'F-001', 'D-001'),
      match('K-002', 'F-002', 'D-002', { status: 'Aktiv', endDate: null, endReason: null, endedBy: null }),
      match('K-003', 'F-002', 'D-003', { endDate: '2022-12-31' }), // old, but F-002 is in K-002
      match('K-006', 'F-006', 'D-006'),
      match('K-007', 'F-007', 'D-007'),
      match('K-008', 'F-007', 'D-007', { startDate: '2025-01-01', endDate: '2025-06-30' }),
      match('K-009', 'F-008', 'D-008'),
      match('K-010', 'F-003', 'D-009'),
    ),
    contacts: rows(
      contact('L-00001'), // K-001, old → activities and note go
      contact('L-00002', { matchId: 'K-002', date: '2022-06-01' }), // open match, old date → stays
      contact('L-00003', { activities: '', note: '' }), // nothing to blank
      contact('L-00004', { matchId: null, volunteerId: 'F-003', date: '2023-05-01' }), // about a purged volunteer
      contact('L-00005', { matchId: null, volunteerId: 'F-005', date: '2022-01-01' }), // F-005 stays
      contact('L-00006', { matchId: 'K-003' }), // old match of F-002: the match is past retention, its log goes
      contact('L-00007', { matchId: null, volunteerId: 'F-008', date: '2022-06-01' }), // F-008 stays
    ),
    inquiries: rows<R.Inquiry>(
      { id: 'H-0001', date: '2023-12-31', kind: 'Annet', from: 'Nettsiden', municipality: '', outcome: null, note: 'gammel' },
      { id: 'H-0002', date: '2024-01-01', kind: 'Annet', from: 'Nettsiden', municipality: '', outcome: null, note: 'nyere' },
      { id: 'H-0003', date: '2020-01-01', kind: 'Annet', from: 'Nettsiden', municipality: '', outcome: null, note: '' },
    ),
    courses: rows<R.Course>(
      { id: 'KU-001', date: '2021-05-01', place: 'Huset', participantIds: 'F-001', participantCount: 3, note: 'kursnotat' },
      { id: 'KU-002', date: '2025-05-01', place: 'Huset', participantIds: 'F-002', participantCount: 3, note: 'kursnotat' },
    ),
    contactInfo: [{ row: 2, volunteerId: 'F-001' }, { row: 3, volunteerId: 'F-002' }, { row: 4, volunteerId: 'F-003' }, { row: 5, volunteerId: 'F-004' }, { row: 6, volunteerId: 'F-003' }, { row: 7, volunteerId: 'F-008' }],
  });
  const plan = planRetention(base);
  const idsAt = <T extends { id: string }>(rs: ReadonlyArray<{ row: number; record: T }>, hits: readonly number[]) =>
    hits.map((h) => rs.find((r) => r.row === h)!.record.id);

  test('volunteers: quit, with an old last match or an old quit, and nothing later', () => {
    expect(idsAt(base.volunteers, plan.volunteers)).toEqual(['F-001', 'F-003']);
  });

  test('participants: only when every match of hers is past retention, and never while waiting again', () => {
    expect(idsAt(base.participants, plan.participants)).toEqual(['D-001', 'D-006']);
  });

  test('matches: closed and past retention; an open one never', () => {
    expect(idsAt(base.matches, plan.matches)).toEqual(['K-001', 'K-003', 'K-006', 'K-007', 'K-009', 'K-010']);
  });

  test('Kontaktlogg: note and activities of past matches and purged volunteers; the row itself stays', () => {
    expect(idsAt(base.contacts, plan.contacts)).toEqual(['L-00001', 'L-00004', 'L-00006']);
  });

  test('Kontaktinfo: every row of a purged volunteer, whole', () => {
    expect(plan.contactInfo).toEqual([2, 4, 6]);
  });

  test('Henvendelser and Kurs: by their own date; empty notes are not counted', () => {
    expect(idsAt(base.inquiries, plan.inquiries)).toEqual(['H-0001']);
    expect(idsAt(base.courses, plan.courses)).toEqual(['KU-001']);
    expect(retentionCounts(plan)).toEqual({ volunteers: 2, participants: 2, matches: 6, contacts: 3, inquiries: 1, courses: 1, contactInfo: 3 });
  });

  test('a second plan over the purged records finds nothing (idempotent)', () => {
    const blanked = <T extends object>(rs: ReadonlyArray<{ row: number; record: T }>, hits: readonly number[], fields: readonly string[]) =>
      rs.map((r) => (hits.includes(r.row) ? { row: r.row, record: { ...r.record, ...Object.fromEntries(fields.map((f) => [f, ''])) } } : r));
    const again = planRetention({
      ...base,
      volunteers: blanked(base.volunteers, plan.volunteers, F.volunteers), participants: blanked(base.participants, plan.participants, F.participants),
      matches: blanked(base.matches, plan.matches, F.matches), contacts: blanked(base.contacts, plan.contacts, F.contacts),
      inquiries: blanked(base.inquiries, plan.inquiries, F.inquiries), courses: blanked(base.courses, plan.courses, F.courses),
      contactInfo: base.contactInfo.filter((c) => !plan.contactInfo.includes(c.row)),
    });
    expect(Object.values(retentionCounts(again))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('planRetention: never anything of an open match', () => {
  test.each(['Foreslått', 'Koblingsmøte avtalt', 'Aktiv', 'Pause'] as const)('status %s, even with an old end date typed in', (status) => {
    const plan = planRetention(input({
      volunteers: rows(volunteer('F-001')), participants: rows(participant('D-001')),
      matches: rows(match('K-001', 'F-001', 'D-001', { status, endDate: '2020-01-01' })),
      contacts: rows(contact('L-00001', { date: '2020-01-01' })), contactInfo: [{ row: 2, volunteerId: 'F-001' }],
    }));
    expect(Object.values(retentionCounts(plan))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test('a Koblinger row that could not be read protects its people and its log', () => {
    const plan = planRetention(input({
      volunteers: rows(volunteer('F-001')), participants: rows(participant('D-001')),
      matches: rows(match('K-001', 'F-001', 'D-001')), contacts: rows(contact('L-00001')),
      contactInfo: [{ row: 2, volunteerId: 'F-001' }], unreadableMatchIds: new Set(['K-001', 'F-001', 'D-001']),
    }));
    expect(Object.values(retentionCounts(plan))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test('a declined match without an end date closes on its meeting, else its proposal', () => {
    const declined = (o: Partial<R.Match>) => planRetention(input({ today: '2024-03-01', retentionMonths: 12, matches: rows(match('K-001', 'F-001', 'D-001', { status: 'Avslått', endDate: null, endReason: null, startDate: null, ...o })) })).matches.length;
    expect(declined({ meetingDate: '2023-02-28' })).toBe(1);
    expect(declined({ meetingDate: '2023-03-01' })).toBe(0);
    expect(declined({ meetingDate: null, proposedDate: '2023-02-01' })).toBe(1);
    expect(declined({ meetingDate: null, proposedDate: null })).toBe(0);
  });
});

describe('planLedgerPrune: Varsellogg rows past retention go, the row that keeps a due reminder from repeating stays', () => {
  const entry = (date: string, recipient: string, key: string) => ({ date, recipient, key, code: 'K-001' });
  const LEADER = 'leder@example.org';
  test.each([
    // [what, entries, due keys, today, rows removed]
    ['expired and no longer due: removed', [entry('2024-01-01', LEADER, 'a')], [], '2026-03-01', [2]],
    ['not past retention: kept', [entry('2025-06-01', LEADER, 'a')], [], '2026-03-01', []],
    ['month-end boundary: 31 Jan 2024 + 24 months = 31 Jan 2026, not yet', [entry('2024-01-31', LEADER, 'a')], [], '2026-01-31', []],
    ['month-end boundary: the day after', [entry('2024-01-31', LEADER, 'a')], [], '2026-02-01', [2]],
    ['still due: its latest row per recipient stays, older ones go', [entry('2023-06-01', LEADER, 'b'), entry('2024-06-01', LEADER, 'b'), entry('2023-01-01', 'F-001', 'b')], ['b'], '2026-07-01', [2]],
    ['still due, two rows of one day: one stays', [entry('2024-01-01', LEADER, 'b'), entry('2024-01-01', LEADER, 'b')], ['b'], '2026-07-01', [3]],
    ['a volunteer notice still due stays for her', [entry('2024-01-01', 'F-001', 'volunteer-ending:K-001:2026-08-01')], ['volunteer-ending:K-001:2026-08-01'], '2026-07-01', []],
  ])('%s', (_what, entries, due, today, removed) => {
    expect(planLedgerPrune({ today, retentionMonths: 24, ledger: rows(...entries), dueKeys: new Set(due) })).toEqual(removed);
  });
});
