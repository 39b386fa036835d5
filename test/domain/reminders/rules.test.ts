import { evaluate, columnView } from '../../../src/domain/reminders/due';
import { badRowDeadlines, sheetProblemDeadlines } from '../../../src/domain/reminders/otherRules';
import { contact, input, match, participant, volunteer } from './fixtures';

type Data = Parameters<typeof input>[1];
// The monthly report item (days 1–3) has its own test; the others look at one record's rules.
const due = (today: string, data: Data) => evaluate(input(today, data)).due.filter((d) => d.rule !== 'monthly-report').map((d) => `${d.rule} ${d.code} ${d.urgency}`);

const meetingOnly = match({ status: 'Koblingsmøte avtalt', meetingDate: '2026-02-10', startDate: null, agreedMonths: null, plannedEnd: null });

describe('rules 1–2: match meeting tomorrow, call after the meeting', () => {
  test.each<[string, string, Data, string[]]>([
    ['two days before', '2026-02-08', { matches: [meetingOnly] }, []],
    ['the day before', '2026-02-09', { matches: [meetingOnly] }, ['meeting-tomorrow K-001 nå']],
    ['on the day (yesterday missed)', '2026-02-10', { matches: [meetingOnly] }, ['meeting-tomorrow K-001 nå']],
    ['day after: not yet', '2026-02-11', { matches: [meetingOnly] }, []],
    ['3 days after, no call', '2026-02-13', { matches: [meetingOnly] }, ['after-meeting K-001 nå']],
    ['called the volunteer', '2026-02-13', { matches: [meetingOnly], contacts: [contact({ date: '2026-02-11', kind: 'Etter koblingsmøte' })] }, []],
    ['only the shelter was called', '2026-02-13', { matches: [meetingOnly], contacts: [contact({ date: '2026-02-11', withWhom: 'Kontaktperson krisesenter' })] }, ['after-meeting K-001 nå']],
    ['a follow-up period later it lapses', '2026-03-12', { matches: [meetingOnly] }, []],
    ['meeting on the 1st: reminder on the last day of February', '2026-02-28', { matches: [{ ...meetingOnly, meetingDate: '2026-03-01' }] }, ['meeting-tomorrow K-001 nå']],
    ['declined match: nothing', '2026-02-09', { matches: [{ ...meetingOnly, status: 'Avslått', endDate: '2026-02-01' }] }, []],
  ])('%s (%s)', (_name, today, data, expected) => {
    expect(due(today, data)).toEqual(expected);
  });
});

describe('rules 3–4: first month, monthly follow-up, overdue', () => {
  const m = match();
  test.each<[string, string, Data, string[]]>([
    ['3 days after meeting/start', '2026-01-08', { matches: [m] }, ['after-meeting K-001 nå']],
    ['14 days: no follow-up yet', '2026-01-19', { matches: [m] }, ['after-meeting K-001 nå', 'first-follow-up K-001 nå']],
    ['14 days: called on day 2', '2026-01-19', { matches: [m], contacts: [contact({ date: '2026-01-07' })] }, []],
    ['a week before the first month ends with one follow-up', '2026-01-29', { matches: [m], contacts: [contact({ date: '2026-01-07' })] }, ['first-month K-001 snart']],
    ['two follow-ups in the first month', '2026-01-29', { matches: [m], contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' })] }, []],
    ['first-month item lapses with the month', '2026-02-05', { matches: [m], contacts: [contact({ date: '2026-01-07' })] }, []],
    ['30 days since the last follow-up', '2026-02-06', { matches: [m], contacts: [contact({ date: '2026-01-07' })] }, ['follow-up K-001 nå']],
    ['45 days: still due, not overdue', '2026-02-21', { matches: [m], contacts: [contact({ date: '2026-01-07' })] }, ['follow-up K-001 nå']],
    ['46 days (strictly more than «Forfalt etter»): overdue replaces due', '2026-02-22', { matches: [m], contacts: [contact({ date: '2026-01-07' })] }, ['follow-up-overdue K-001 forfalt']],
    ['logged next follow-up date comes first', '2026-01-25', { matches: [m], contacts: [contact({ date: '2026-01-07', nextFollowUp: '2026-01-25' })] }, ['follow-up K-001 nå']],
    ['a participant-only contact is not a follow-up of the volunteer', '2026-02-06', { matches: [m], contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-02-01', withWhom: 'Deltaker' })] }, ['follow-up K-001 nå']],
    ['a contact logged on the volunteer without match ID counts', '2026-02-06', { matches: [m], contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-02-01', matchId: null, volunteerId: 'F-001' })] }, []],
    ['a contact dated in the future is ignored', '2026-02-06', { matches: [m], contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-03-01' })] }, ['follow-up K-001 nå']],
    ['thresholds from settings', '2026-01-27', { matches: [m], contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-12' })], settings: { followUpEveryDays: 15 } }, ['follow-up K-001 nå']],
    ['a paused match gets no follow-up reminder', '2026-02-21', { matches: [{ ...m, status: 'Pause', pauseStart: '2026-02-10' }], contacts: [contact({ date: '2026-01-07' })] }, []],
  ])('%s (%s)', (_name, today, data, expected) => {
    expect(due(today, data)).toEqual(expected);
  });

  test('the follow-up key is stable until a new follow-up is logged', () => {
    const a = evaluate(input('2026-02-06', { matches: [m], contacts: [contact({ date: '2026-01-07' })] })).due[0]!;
    const b = evaluate(input('2026-02-10', { matches: [m], contacts: [contact({ date: '2026-01-07' })] })).due[0]!;
    expect(a.key).toBe('follow-up:K-001:2026-01-07');
    expect(b.key).toBe(a.key);
    expect(a.text).toContain('07.01.2026');
    expect(a.repeatEveryDays).toBeNull();
  });
});

describe('rule 5: ending, passed end, 12-month frame', () => {
  const recent = (today: string) => [contact({ date: today })];
  const m = match({ meetingDate: '2025-03-10', startDate: '2025-03-10', agreedMonths: 9, plannedEnd: '2025-12-10' });
  test.each<[string, string, Data, string[]]>([
    ['31 days before', '2025-11-09', { matches: [m], contacts: recent('2025-11-09') }, []],
    ['30 days before', '2025-11-10', { matches: [m], contacts: recent('2025-11-10') }, ['ending-soon K-001 snart']],
    ['on the planned end', '2025-12-10', { matches: [m], contacts: recent('2025-12-10') }, ['ending-soon K-001 snart']],
    ['the day after', '2025-12-11', { matches: [m], contacts: recent('2025-12-11') }, ['ending-passed K-001 forfalt']],
    ['past 12 months replaces passed end', '2026-03-11', { matches: [m], contacts: recent('2026-03-11') }, ['outside-frame K-001 forfalt']],
    ['12 months agreed: the frame is the end', '2026-01-16',
      { matches: [match({ startDate: '2025-01-15', meetingDate: '2025-01-15', agreedMonths: 12, plannedEnd: '2026-01-15' })], contacts: recent('2026-01-16') }, ['outside-frame K-001 forfalt']],
    ['month end: 31 May + 9 months = 28 Feb, notice 29 Jan', '2026-01-29',
      { matches: [match({ startDate: '2025-05-31', meetingDate: '2025-05-31', agreedMonths: 9, plannedEnd: '2026-02-28' })], contacts: recent('2026-01-29') }, ['ending-soon K-001 snart']],
    ['planned end missing is derived from start + length', '2025-11-10', { matches: [{ ...m, plannedEnd: null }], contacts: recent('2025-11-10') }, ['ending-soon K-001 snart']],
  ])('%s (%s)', (_name, today, data, expected) => {
    expect(due(today, data)).toEqual(expected);
  });

  test('volunteer notice only when the setting is on', () => {
    const data = { matches: [m], contacts: recent('2025-11-10') };
    expect(evaluate(input('2025-11-10', data)).volunteerNotices).toEqual([]);
    expect(evaluate(input('2025-11-10', { ...data, settings: { remindVolunteers: true } })).volunteerNotices)
      .toEqual([{ volunteerId: 'F-001', key: 'volunteer-ending:K-001:2025-12-10', plannedEnd: '2025-12-10' }]);
  });
});

describe('rules 6 and 9: closure after the end, pause to decide', () => {
  const ended = match({ startDate: '2025-06-01', meetingDate: '2025-06-01', plannedEnd: '2026-03-01', status: 'Avsluttet', endDate: '2026-03-01', endReason: 'Fullført periode' });
  const paused = match({ status: 'Pause', pauseStart: '2026-02-01', pauseReason: 'Sykdom' });
  test.each<[string, string, Data, string[]]>([
    ['13 days after the end', '2026-03-14', { matches: [ended] }, []],
    ['14 days after the end', '2026-03-15', { matches: [ended] }, ['closure K-001 nå']],
    ['closure and evaluation recorded', '2026-03-15', { matches: [{ ...ended, closureDate: '2026-03-05', evaluationSent: true }] }, []],
    ['paused 29 days', '2026-03-02', { matches: [paused] }, []],
    ['paused 30 days', '2026-03-03', { matches: [paused] }, ['paused K-001 nå']],
    ['pause ended', '2026-03-03', { matches: [{ ...paused, pauseEnd: '2026-02-20' }] }, []],
    // Only the current pause counts: an old one in «Tidligere pauser» neither starts the clock nor keeps it going.
    ['paused again 29 days after a long earlier pause', '2026-03-02', { matches: [{ ...paused, earlierPauses: '01.06.2025–01.12.2025 (Annet)' }] }, []],
    ['active again, earlier pauses only: follow-up is due, no pause to decide', '2026-03-03', { matches: [match({ earlierPauses: '01.01.2026–15.01.2026 (Sykdom)' })] }, ['follow-up-overdue K-001 forfalt']],
  ])('%s (%s)', (_name, today, data, expected) => {
    expect(due(today, data)).toEqual(expected);
  });

  test('closure text names what is missing', () => {
    const d = evaluate(input('2026-03-15', { matches: [{ ...ended, closureDate: '2026-03-05' }] })).due[0]!;
    expect(d.text).toBe('Koblingen ble avsluttet 01.03.2026: send evalueringsskjemaet.');
  });
});

describe('rules 7–8: new volunteers, people waiting for a match', () => {
  const fresh = volunteer({ id: 'F-009', status: 'Påmeldt', registeredDate: '2026-02-02', courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null });
  const approved = volunteer({ id: 'F-002', status: 'Godkjent' });
  const waiting = participant({ id: 'D-005', status: 'Venter på kobling', referralDate: '2025-10-01' });
  test.each<[string, string, Data, string[]]>([
    ['new volunteer, 2 days', '2026-02-04', { volunteers: [fresh] }, []],
    ['new volunteer, 3 days', '2026-02-05', { volunteers: [fresh] }, ['new-volunteer F-009 nå']],
    ['new volunteer contacted', '2026-02-05', { volunteers: [fresh], contacts: [contact({ date: '2026-02-03', matchId: null, volunteerId: 'F-009', kind: 'Første kontakt' })] }, []],
    ['approved 29 days ago', '2025-10-19', { volunteers: [approved] }, []],
    ['approved 30 days ago', '2025-10-20', { volunteers: [approved] }, ['waiting-volunteer F-002 til orientering']],
    ['approved but proposed for a match', '2025-10-20', { volunteers: [approved], matches: [match({ volunteerId: 'F-002', status: 'Foreslått', startDate: null, meetingDate: null, agreedMonths: null, plannedEnd: null })] }, []],
    ['waiting since her last match ended', '2026-04-01', { volunteers: [approved], matches: [match({ volunteerId: 'F-002', participantId: 'D-009', status: 'Avsluttet', startDate: '2025-10-01', meetingDate: '2025-10-01', endDate: '2026-03-10', endReason: 'Flyttet', closureDate: '2026-03-12', evaluationSent: true })] }, []],
    // One approval rule: screened at 24 (born 2001, 24 in 2025) she is not waiting before 1 January of the year she turns 25.
    ['screened at 24, status «Godkjent»: not waiting', '2025-10-20', { volunteers: [{ ...approved, birthYear: 2001 }] }, []],
    ['screened at 24: waiting 30 days from 1 January she turns 25', '2026-01-31', { volunteers: [{ ...approved, birthYear: 2001 }] }, ['waiting-volunteer F-002 til orientering']],
    ['approved by the rule, status still «Under kartlegging»: waiting too', '2025-10-20', { volunteers: [{ ...approved, status: 'Under kartlegging' }] }, ['waiting-volunteer F-002 til orientering']],
    ['status «Godkjent» with a step missing: not waiting', '2025-10-20', { volunteers: [{ ...approved, policeCertificateDate: null }] }, []],
    ['participant waiting 30 days', '2025-10-31', { participants: [waiting] }, ['waiting-participant D-005 til orientering']],
    ['participant waiting 29 days', '2025-10-30', { participants: [waiting] }, []],
  ])('%s (%s)', (_name, today, data, expected) => {
    expect(due(today, data)).toEqual(expected);
  });

  test('waiting repeats every period', () => {
    const d = evaluate(input('2025-10-20', { volunteers: [approved] })).due[0]!;
    expect(d.repeatEveryDays).toBe(30);
    expect(d.key).toBe('waiting:F-002:2025-09-20');
  });
});

describe('rule 10: concerns stay on top until a later contact', () => {
  const m = match();
  const base = [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' })];
  test.each<[string, string, Data, string[]]>([
    ['concern flagged', '2026-01-28', { matches: [m], contacts: [...base, contact({ date: '2026-01-27', concern: true })] }, ['concern K-001 bekymring']],
    ['first on the list', '2026-01-29', { matches: [m], contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-27', withWhom: 'Kontaktperson krisesenter', concern: true })] }, ['concern K-001 bekymring', 'first-month K-001 snart']],
    ['cleared by a later follow-up', '2026-02-03', { matches: [m], contacts: [...base, contact({ date: '2026-01-27', concern: true }), contact({ date: '2026-02-01' })] }, []],
    ['a concern about a volunteer without a match', '2026-02-04', { contacts: [contact({ date: '2026-02-03', matchId: null, volunteerId: 'F-004', concern: true })] }, ['concern F-004 bekymring']],
  ])('%s (%s)', (_name, today, data, expected) => {
    expect(due(today, data)).toEqual(expected);
  });
});

describe('rule 11 and bad rows', () => {
  test.each([
    ['2026-03-01', ['monthly-report Månedsrapport nå'], 'februar 2026'],
    ['2026-01-03', ['monthly-report Månedsrapport nå'], 'desember 2025'],
    ['2026-03-04', [], ''],
  ])('%s', (today, expected, month) => {
    const ds = evaluate(input(today)).due;
    expect(ds.map((d) => `${d.rule} ${d.code} ${d.urgency}`)).toEqual(expected);
    if (month) expect(ds[0]!.text).toContain(month);
  });

  test('a bad row is «sjekk rad N» with column headers only', () => {
    const [d] = badRowDeadlines([{ table: 'matches', sheet: 'Koblinger', row: 7, columns: ['Startdato'] }], '2026-03-04');
    expect(d).toMatchObject({ code: 'Koblinger rad 7', key: 'check-row:matches:7:Startdato', row: 7, table: 'matches' });
    expect(`${d!.code}: ${d!.text}`).toBe('Koblinger rad 7: Sjekk raden («Startdato»): den kan ikke leses, så den får ingen påminnelser før den er rettet.');
  });
});

describe('the Koblinger column', () => {
  test.each<[string, string, Data, { text: string; level: string | null }]>([
    ['upcoming far', '2026-01-21', { contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' })] }, { text: '19.02.2026: Oppfølging', level: null }],
    ['upcoming within a week', '2026-02-14', { contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' })] }, { text: '19.02.2026: Oppfølging', level: 'snart' }],
    ['due now', '2026-02-19', { contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' })] }, { text: 'Nå: Oppfølging (19.02.2026)', level: 'snart' }],
    ['overdue', '2026-03-07', { contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' })] }, { text: 'Forfalt: Oppfølging forfalt (07.03.2026)', level: 'forfalt' }],
    ['concern', '2026-01-28', { contacts: [contact({ date: '2026-01-07' }), contact({ date: '2026-01-20' }), contact({ date: '2026-01-27', concern: true })] }, { text: 'Forfalt: Bekymring (27.01.2026)', level: 'forfalt' }],
  ])('%s (%s)', (_name, today, data, expected) => {
    const ev = evaluate(input(today, { matches: [match()], ...data }));
    expect(columnView(ev.byMatch.get('K-001'), today)).toEqual(expected);
  });
});

describe('review fixes', () => {
  test('rule 8: a participant registered in the sidebar («Henvist») waits too', () => {
    const p = participant({ id: 'D-007', status: 'Henvist', referralDate: '2025-10-01' });
    expect(due('2025-10-31', { participants: [p] })).toEqual(['waiting-participant D-007 til orientering']);
  });

  test('«sjekk rad N» repeats weekly while the row stays unreadable', () => {
    const [d] = badRowDeadlines([{ table: 'matches', sheet: 'Koblinger', row: 7, columns: ['Startdato'] }], '2026-03-04');
    expect(d!.repeatEveryDays).toBe(7);
  });

  test('a whole-sheet problem is an overdue item linking to the sheet, weekly', () => {
    const [d] = sheetProblemDeadlines([{ table: 'matches', sheet: 'Koblinger', message: 'Kolonnen «ID» mangler.' }], '2026-03-04');
    expect(d).toMatchObject({ code: 'Koblinger', table: 'matches', row: null, urgency: 'forfalt', repeatEveryDays: 7 });
    expect(d!.text).toContain('Kolonnen «ID» mangler.');
  });

  test('rule 11 says «Lag månedsrapport» and links to the report sheet', () => {
    const [d] = evaluate(input('2026-03-01')).due;
    expect(d).toMatchObject({ table: 'report', key: 'monthly-report:2026-02' });
    expect(d!.text).toContain('Lag månedsrapport for februar 2026');
  });

  // A match started 05.01 with no follow-up at all, or with one on day 2: every day of its first 46 days has at
  // most one follow-up line (first-follow-up, first-month, follow-up or overdue; after-meeting is its own rule).
  const FOLLOW = new Set(['first-follow-up', 'first-month', 'follow-up', 'follow-up-overdue']);
  test.each<[string, Parameters<typeof contact>[0][]]>([
    ['no follow-up', []],
    ['one follow-up on day 2', [{ date: '2026-01-07' }]],
    ['one follow-up with a planned date in the first month', [{ date: '2026-01-07', nextFollowUp: '2026-01-20' }]],
  ])('one follow-up line a day: %s', (_name, cs) => {
    const contacts = cs.map((c) => contact(c));
    const many: string[] = [];
    for (let day = new Date('2026-01-05T00:00:00Z'); day <= new Date('2026-02-25T00:00:00Z'); day.setUTCDate(day.getUTCDate() + 1)) {
      const today = day.toISOString().slice(0, 10);
      const lines = evaluate(input(today, { matches: [match()], contacts })).due.filter((d) => FOLLOW.has(d.rule)).map((d) => d.rule);
      if (lines.length > 1) many.push(`${today}: ${lines.join(', ')}`);
    }
    expect(many).toEqual([]);
  });

  test('the first-month rules still speak: day 14 and the last week of the month', () => {
    expect(due('2026-01-19', { matches: [match({ meetingDate: '2025-12-01' })] })).toEqual(['first-follow-up K-001 nå']);
    expect(due('2026-02-04', { matches: [match({ meetingDate: '2025-12-01' })], contacts: [contact({ date: '2026-01-07' })] })).toEqual(['first-month K-001 snart']);
    expect(due('2026-02-05', { matches: [match({ meetingDate: '2025-12-01' })], contacts: [contact({ date: '2026-01-07' })] })).toEqual([]);
    expect(due('2026-02-06', { matches: [match({ meetingDate: '2025-12-01' })], contacts: [contact({ date: '2026-01-07' })] })).toEqual(['follow-up K-001 nå']);
  });
});
