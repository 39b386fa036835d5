/** The one definition of «follow-up due / overdue», and the reminders and the report agreeing with it. */
import { followUpDue } from '../../src/domain/followUpDue';
import { evaluate } from '../../src/domain/reminders/due';
import { computeMonthlyReport } from '../../src/domain/report/compute';
import { contact, input, match, rows, settings } from './reminders/fixtures';

const START = '2026-01-05';
type C = Parameters<typeof contact>[0];

describe('followUpDue', () => {
  test.each<[string, string, C[], { state: string; nextDue: string; since: string }]>([
    ['no contact: from the start', '2026-02-04', [], { state: 'due', nextDue: '2026-02-04', since: START }],
    ['a follow-up with the volunteer', '2026-02-04', [{ date: '2026-01-20' }], { state: 'ok', nextDue: '2026-02-19', since: '2026-01-20' }],
    ['«Frivillig og deltaker» counts', '2026-02-04', [{ date: '2026-01-20', withWhom: 'Frivillig og deltaker' }], { state: 'ok', nextDue: '2026-02-19', since: '2026-01-20' }],
    ['a participant-only contact does not', '2026-02-04', [{ date: '2026-01-20', withWhom: 'Deltaker' }], { state: 'due', nextDue: '2026-02-04', since: START }],
    ['a future-dated contact does not', '2026-02-04', [{ date: '2026-02-10' }], { state: 'due', nextDue: '2026-02-04', since: START }],
    ['logged next date earlier than the interval wins', '2026-01-25', [{ date: '2026-01-20', nextFollowUp: '2026-01-25' }], { state: 'due', nextDue: '2026-01-25', since: '2026-01-20' }],
    ['logged next date later than the interval is ignored', '2026-02-19', [{ date: '2026-01-20', nextFollowUp: '2026-03-30' }], { state: 'due', nextDue: '2026-02-19', since: '2026-01-20' }],
    ['45 days: due, not overdue', '2026-03-06', [{ date: '2026-01-20' }], { state: 'due', nextDue: '2026-02-19', since: '2026-01-20' }],
    ['46 days: overdue', '2026-03-07', [{ date: '2026-01-20' }], { state: 'overdue', nextDue: '2026-02-19', since: '2026-01-20' }],
    ['a contact before the anchor only counts as the anchor', '2026-02-04', [{ date: '2025-12-20', nextFollowUp: '2026-01-06' }], { state: 'due', nextDue: '2026-02-04', since: START }],
  ])('%s', (_name, today, cs, expected) => {
    expect(followUpDue(START, cs.map((c) => contact(c)), settings, today)).toMatchObject(expected);
  });
});

describe('the reminders and the report agree with it', () => {
  // Month ends, so the report's «overdue at month end» looks at the same day as the reminder run.
  test.each<[string, string, C[]]>([
    ['45 days at month end', '2026-03-31', [{ date: '2026-02-14' }]],
    ['46 days at month end', '2026-03-31', [{ date: '2026-02-13' }]],
    ['only the participant was contacted', '2026-03-31', [{ date: '2026-02-01' }, { date: '2026-03-20', withWhom: 'Deltaker' }]],
    ['only the shelter was contacted', '2026-04-30', [{ date: '2026-03-01' }, { date: '2026-04-20', withWhom: 'Kontaktperson krisesenter' }]],
    ['a contact dated after the month end', '2026-03-31', [{ date: '2026-02-01' }, { date: '2026-04-02' }]],
  ])('%s', (_name, day, cs) => {
    const m = match({ startDate: START, meetingDate: START });
    const contacts = cs.map((c) => contact(c));
    const overdue = followUpDue(START, contacts, settings, day).state === 'overdue';
    const reminders = evaluate(input(day, { matches: [m], contacts })).due.some((d) => d.rule === 'follow-up-overdue');
    const report = computeMonthlyReport({
      month: day.slice(0, 7), settings, volunteers: [], participants: [], matches: rows([m]), contacts: rows(contacts), inquiries: [], courses: [], notCounted: [],
    }).figures['followUps.overdueAtMonthEnd'];
    expect({ reminders, report }).toEqual({ reminders: overdue, report: { kind: 'count', n: overdue ? 1 : 0 } });
  });
});
