/**
 * «Neste frist» is never stale: every save that changes a match's deadlines writes the column in the same
 * call, setup and the import fill it, and none of it waits for the daily run or needs reminders on. What each
 * save writes is exactly what the daily run would write (the reminders' one evaluation).
 */
import { bundleHarness } from '../support/harness';
import { buildXlsx, contactLogSheet, matchesTwoTablesSheet, volunteerListSheet } from '../support/legacyLogs';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { sidebarFixture, type SidebarFixture } from '../support/sidebar';
import { loadXlsx } from '../support/xlsxLoader';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

type Cell = { text: unknown; bg: string | null };
function column(h = f.h): Map<unknown, Cell> {
  const grid = h.emu.sheetValues('Koblinger');
  const col = grid[0]!.indexOf('Neste frist');
  return new Map(grid.slice(1).map((r, i) => [r[0], { text: r[col], bg: h.emu.cell('Koblinger', i + 2, col + 1)?.bg ?? null }]));
}

/** What the daily run writes, on a copy of the same moment: its column is the reference. */
function asTheDailyRunWouldWriteIt(): Map<unknown, Cell> {
  f.h.call('menuRunReminders');
  expect(f.h.emu.triggers.list()).toEqual([]); // reminders stay off: the run was asked for once, by hand
  return column();
}

test('setup fills the column with reminders off; a second setup writes the same', () => {
  expect([...column().values()].every((c) => c.text === '')).toBe(true); // the sample was typed after setup
  f.h.call('menuSetupSheets');
  const filled = column();
  expect(filled.get('K-002')).toEqual({ text: 'Forfalt: Bekymring (01.10.2026)', bg: '#f4c7c3' });
  expect(filled.get('K-001')).toEqual({ text: '27.11.2026: Oppfølging', bg: '#fce8b2' });
  expect(filled).toEqual(asTheDailyRunWouldWriteIt());
});

// The last element: a match whose cell must differ from before the save ('' when the save rightly leaves it as it was).
test.each<[string, string, Record<string, unknown>, string]>([
  ['a follow-up logged for the overdue K-002', 'sidebarSaveFollowUp', {
    date: '2026-11-20', matchId: 'K-002', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging',
    howItGoes: 'Bra', meetingsSinceLast: 2, activities: '', concern: false, note: '', nextFollowUp: '2026-12-18' }, 'K-002'],
  ['K-004 started', 'sidebarMatchAction', { matchId: 'K-004', action: 'activate', startDate: '2026-11-21', agreedMonths: 12, agreementSigned: true }, ''], // its meeting tomorrow still comes first
  ['K-001 paused', 'sidebarMatchAction', { matchId: 'K-001', action: 'pause', pauseStart: '2026-11-20', pauseReason: 'Sykdom' }, 'K-001'],
  ['K-003 resumed', 'sidebarMatchAction', { matchId: 'K-003', action: 'resume', pauseEnd: '2026-11-20' }, 'K-003'],
  ['K-001 ended', 'sidebarMatchAction', { matchId: 'K-001', action: 'end', endDate: '2026-11-20', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false }, 'K-001'],
  ['K-007 given its meeting', 'sidebarMatchAction', { matchId: 'K-007', action: 'schedule', meetingDate: '2026-11-21' }, 'K-007'],
  ['a match proposed', 'sidebarProposeMatch', { volunteerId: 'F-004', participantId: 'D-008', proposedDate: '2026-11-20', note: '' }, ''],
])('%s: the column is written in the same save, as the daily run would write it', (_name, fn, payload, id) => {
  f.h.call('menuSetupSheets'); // start from a filled column
  const before = column();
  const r = f.rpc(fn, payload);
  expect(r).toMatchObject({ ok: true });
  const now = column();
  expect(now).toEqual(asTheDailyRunWouldWriteIt());
  if (id) expect(now.get(id)).not.toEqual(before.get(id));
});

test('an overdue match followed up in the sidebar is no longer red, without waiting for tomorrow', () => {
  f.h.call('menuSetupSheets');
  expect(column().get('K-002')!.bg).toBe('#f4c7c3');
  // The concern (L-00010) is cleared by a later contact, and the follow-up resets the month.
  f.rpc('sidebarSaveFollowUp', { date: '2026-11-20', matchId: 'K-002', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: 'Bra', meetingsSinceLast: 2, activities: '', concern: false, note: '', nextFollowUp: null });
  expect(column().get('K-002')!.text).not.toMatch(/^Forfalt/);
});

test('closure logged (in the follow-up, then the step with the evaluation sent): the closure deadline goes at once', () => {
  f.rpc('sidebarMatchAction', { matchId: 'K-001', action: 'end', endDate: '2026-11-18', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false });
  expect(column().get('K-001')!.text).toBe('02.12.2026: Avkoblingssamtale og evaluering');
  expect(f.rpc('sidebarSaveFollowUp', { date: '2026-11-20', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig og deltaker', channel: 'Møte', kind: 'Avkoblingssamtale', howItGoes: null, meetingsSinceLast: null, activities: '', concern: false, note: '', nextFollowUp: null })).toMatchObject({ ok: true });
  const afterConversation = column();
  expect(f.rpc('sidebarMatchAction', { matchId: 'K-001', action: 'closure', closureDate: '2026-11-20', evaluationSent: true, privateContactAfter: false })).toMatchObject({ ok: true });
  expect(column().get('K-001')).toEqual({ text: '', bg: null });
  expect(afterConversation).toEqual(new Map([...column(), ['K-001', afterConversation.get('K-001')]]));
  expect(column()).toEqual(asTheDailyRunWouldWriteIt());
});

test('imported matches get their «Neste frist» in the import itself', async () => {
  const h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  await loadXlsx(h.emu, await buildXlsx(volunteerListSheet, matchesTwoTablesSheet, contactLogSheet));
  for (const sheetName of ['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025']) h.call('importRun', [{ sheetName }]);
  const imported = column(h);
  expect(imported.size).toBeGreaterThan(0);
  expect([...imported.values()].some((c) => c.text !== '')).toBe(true);
  h.call('menuRunReminders');
  expect(column(h)).toEqual(imported);
});
