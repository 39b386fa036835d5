/** «I dag»: the reminders' due items, in their order, each with the form that deals with it. Fixed dates. */
import { todayItems, type ItemAction } from '../../../src/domain/reminders/actions';
import { composeDigest } from '../../../src/domain/reminders/digest';
import { evaluate } from '../../../src/domain/reminders/due';
import { badRowDeadlines } from '../../../src/domain/reminders/otherRules';
import { contact, input, match, participant, volunteer } from './fixtures';

type Data = Parameters<typeof input>[1];
const items = (today: string, data: Data) => todayItems(evaluate(input(today, data)).due);

/** One association on 2026-06-10 with something of every urgency. */
const TODAY = '2026-06-10';
const MIXED: Data = {
  matches: [
    // Overdue: last follow-up 2026-04-01 (70 days), and a concern logged then.
    match({ id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', startDate: '2026-01-05', meetingDate: '2026-01-02', plannedEnd: '2026-10-05' }),
    // Due now: 35 days since the last follow-up, and ending within the «snart» window (plannedEnd 2026-06-30).
    match({ id: 'K-002', volunteerId: 'F-002', participantId: 'D-002', startDate: '2025-09-30', meetingDate: '2025-09-25', agreedMonths: 9, plannedEnd: '2026-06-30' }),
  ],
  contacts: [
    contact({ date: '2026-04-01', matchId: 'K-001' }),
    contact({ date: '2026-04-01', matchId: 'K-001', concern: true, note: 'Usikker på trygghet.' }),
    contact({ date: '2026-05-06', matchId: 'K-002' }),
  ],
  volunteers: [
    volunteer({ id: 'F-001' }), volunteer({ id: 'F-002' }),
    // Approved long ago, no match: for information.
    volunteer({ id: 'F-003', status: 'Godkjent' }),
    // New registrant not contacted: due now.
    volunteer({ id: 'F-004', status: 'Påmeldt', registeredDate: '2026-06-01', courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null }),
  ],
  participants: [participant({ id: 'D-001' }), participant({ id: 'D-002' }), participant({ id: 'D-003', status: 'Venter på kobling', referralDate: '2026-03-01' })],
};

describe('«I dag» order: concerns, overdue, due now, soon, for information', () => {
  test('the mixed association, line by line', () => {
    expect(items(TODAY, MIXED).map((i) => `${i.urgency} ${i.code}`)).toEqual([
      'bekymring K-001',
      'forfalt K-001',
      'nå F-004',
      'nå K-002',
      'snart K-002',
      'til orientering F-003',
      'til orientering D-003',
    ]);
  });

  test('the same items as the digest, with the same sentences (one evaluation, not a copy)', () => {
    const due = evaluate(input(TODAY, MIXED)).due;
    const list = todayItems(due);
    expect(list.map((i) => [i.code, i.text])).toEqual(due.map((d) => [d.code, d.text]));
    const digest = composeDigest({ today: TODAY, associationName: 'Testby', spreadsheetId: 'x', gids: {} }, due).text;
    for (const i of list) expect(digest).toContain(`- ${i.code}: ${i.text}`);
  });

  test('items added after the evaluation (a row that cannot be read) take their place by urgency', () => {
    const due = [...badRowDeadlines([{ table: 'volunteers', sheet: 'Frivillige', row: 7, columns: ['Fødselsår'] }], TODAY), ...evaluate(input(TODAY, MIXED)).due];
    const list = todayItems(due);
    expect(list[0]!.urgency).toBe('bekymring');
    expect(list.at(-1)).toMatchObject({ code: 'Frivillige rad 7', urgency: 'til orientering', button: null, action: null });
  });

  test('an empty day is an empty list', () => {
    expect(items('2026-06-10', { matches: [match({ startDate: '2026-06-01', meetingDate: '2026-05-30', plannedEnd: '2027-03-01' })], contacts: [contact({ date: '2026-06-03' })], volunteers: [volunteer()] })).toEqual([]);
  });
});

describe('each line opens the form that deals with it', () => {
  const meeting = match({ status: 'Koblingsmøte avtalt', meetingDate: '2026-02-10', startDate: null, agreedMonths: null, plannedEnd: null });
  test.each<[string, string, Data, string, ItemAction, string]>([
    ['concern → log a contact on the match', TODAY, { matches: MIXED.matches!.slice(0, 1), contacts: MIXED.contacts!.slice(0, 2) }, 'bekymring',
      { kind: 'follow-up', target: 'K-001', contactKind: 'Månedlig oppfølging' }, 'Logg kontakten'],
    ['overdue follow-up → log it', TODAY, { matches: MIXED.matches!.slice(0, 1), contacts: MIXED.contacts!.slice(0, 1) }, 'forfalt',
      { kind: 'follow-up', target: 'K-001', contactKind: 'Månedlig oppfølging' }, 'Logg oppfølging'],
    ['call after the match meeting → log it as such', '2026-02-13', { matches: [meeting] }, 'nå',
      { kind: 'follow-up', target: 'K-001', contactKind: 'Etter koblingsmøte' }, 'Logg samtalen'],
    ['meeting tomorrow → show the match', '2026-02-09', { matches: [meeting] }, 'nå', { kind: 'match', matchId: 'K-001', step: null }, 'Vis koblingen'],
    ['new volunteer → log the first contact', TODAY, { volunteers: [MIXED.volunteers![3]!] }, 'nå',
      { kind: 'follow-up', target: 'F-004', contactKind: 'Første kontakt' }, 'Logg første kontakt'],
    ['ending soon → plan the closure (a «Før avslutning» talk)', '2026-06-10', { matches: [match({ startDate: '2025-09-30', meetingDate: '2025-09-25', plannedEnd: '2026-06-30' })], contacts: [contact({ date: '2026-06-01' })] }, 'snart',
      { kind: 'follow-up', target: 'K-001', contactKind: 'Før avslutning' }, 'Planlegg avslutningen'],
    ['planned end passed → end the match', '2026-07-03', { matches: [match({ startDate: '2025-09-30', meetingDate: '2025-09-25', plannedEnd: '2026-06-30' })], contacts: [contact({ date: '2026-06-20' })] }, 'forfalt',
      { kind: 'match', matchId: 'K-001', step: 'end' }, 'Avslutt koblingen'],
    ['ended without closure → record it', '2026-07-20', { matches: [match({ status: 'Avsluttet', endDate: '2026-07-01', endReason: 'Fullført periode', endedBy: 'Planlagt' })] }, 'nå',
      { kind: 'match', matchId: 'K-001', step: 'closure' }, 'Registrer avkoblingen'],
    ['approved volunteer waiting → propose a match for her', TODAY, { volunteers: [MIXED.volunteers![2]!] }, 'til orientering',
      { kind: 'propose', volunteerId: 'F-003', participantId: null }, 'Foreslå kobling'],
    ['participant waiting → propose a match for her', TODAY, { participants: [MIXED.participants![2]!] }, 'til orientering',
      { kind: 'propose', volunteerId: null, participantId: 'D-003' }, 'Foreslå kobling'],
  ])('%s', (_name, today, data, urgency, action, button) => {
    const hit = items(today, data).filter((i) => i.code !== 'Månedsrapport');
    expect(hit.map((i) => ({ urgency: i.urgency, action: i.action, button: i.button }))).toContainEqual({ urgency, action, button });
  });

  test('the monthly report on the 1st → the report tab', () => {
    expect(items('2026-07-01', {})).toEqual([expect.objectContaining({ code: 'Månedsrapport', action: { kind: 'report' }, button: 'Lag rapporten' })]);
  });
});
