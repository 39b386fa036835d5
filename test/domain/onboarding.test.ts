/** Kom i gang's checklist from the spreadsheet's facts: ticked when done, blocked until possible, complete when all are. */
import { startChecklist, type StartFacts } from '../../src/domain/onboarding';

const fresh: StartFacts = { sheetsReady: false, associationName: '', groupLeaderEmails: [], nationalLeaderEmail: '', shelterCount: 0, importedRows: 0, remindersOn: false, skipped: [] };
const ready: StartFacts = { sheetsReady: true, associationName: 'Eksempelby', groupLeaderEmails: ['a@example.org'], nationalLeaderEmail: 'n@example.org', shelterCount: 1, importedRows: 12, remindersOn: true, skipped: [] };

const done = (f: StartFacts) => Object.fromEntries(startChecklist(f).steps.map((s) => [s.id, s.done]));
const blocked = (f: StartFacts) => Object.fromEntries(startChecklist(f).steps.filter((s) => s.blockedBy).map((s) => [s.id, s.blockedBy]));

test.each<[string, Partial<StartFacts>, Record<string, boolean>, boolean]>([
  ['a fresh spreadsheet: nothing done', {}, { setup: false, associationName: false, groupLeaderEmails: false, nationalLeaderEmail: false, shelters: false, import: false, reminders: false }, false],
  ['sheets only', { sheetsReady: true }, { setup: true, associationName: false, groupLeaderEmails: false, nationalLeaderEmail: false, shelters: false, import: false, reminders: false }, false],
  ['settings typed but no sheets yet do not count', { associationName: 'X', groupLeaderEmails: ['a@b.no'] }, { setup: false, associationName: false, groupLeaderEmails: false, nationalLeaderEmail: false, shelters: false, import: false, reminders: false }, false],
  ['import and reminders skipped', { ...ready, importedRows: 0, remindersOn: false, skipped: ['import', 'reminders'] }, { setup: true, associationName: true, groupLeaderEmails: true, nationalLeaderEmail: true, shelters: true, import: true, reminders: true }, true],
  ['a required step cannot be skipped', { ...ready, shelterCount: 0, skipped: ['shelters'] }, { setup: true, associationName: true, groupLeaderEmails: true, nationalLeaderEmail: true, shelters: false, import: true, reminders: true }, false],
  ['everything done', ready, { setup: true, associationName: true, groupLeaderEmails: true, nationalLeaderEmail: true, shelters: true, import: true, reminders: true }, true],
])('%s', (_, facts, expected, complete) => {
  const f = { ...fresh, ...facts };
  expect(done(f)).toEqual(expected);
  expect(startChecklist(f).complete).toBe(complete);
});

test('reminders are blocked until a group leader email exists; every step but setup waits for the sheets', () => {
  expect(Object.keys(blocked(fresh)).sort()).toEqual(['associationName', 'groupLeaderEmails', 'import', 'nationalLeaderEmail', 'reminders', 'shelters']);
  expect(blocked({ ...fresh, sheetsReady: true })).toEqual({ reminders: expect.stringMatching(/Gruppeledernes e-post|gruppeledernes e-post/) });
  expect(blocked({ ...fresh, sheetsReady: true, groupLeaderEmails: ['a@example.org'] })).toEqual({});
});
