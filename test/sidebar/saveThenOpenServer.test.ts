/**
 * A save that returns its page: when reading the page fails after the save went through, the answer is the
 * save's (page null, «Last inn siden på nytt»), so the leader does not retry it into a duplicate.
 */
import { sheetRecords, sidebarFixture } from '../support/sidebar';

const inquiry = { date: '2026-11-20', kind: 'Krisesenter', from: 'Krisesenteret', municipality: 'Eksempelby', outcome: 'Venter', note: '' };
const KEY = 'Range.getValues';

test('a fault while reopening the page after a committed save: ok, page null, one row', () => {
  // How many reads the save makes before the page is opened: the whole call less an opening of the page.
  const probe = sidebarFixture();
  probe.h.emu.calls.reset();
  expect(probe.rpc('sidebarOpen', 'inquiry').ok).toBe(true);
  const openReads = probe.h.emu.calls.get(KEY);
  probe.h.emu.calls.reset();
  expect(probe.rpc('sidebarLogInquiry', inquiry).page).not.toBeNull();
  const saveReads = probe.h.emu.calls.get(KEY) - openReads;
  expect(saveReads).toBeGreaterThan(0);

  const f = sidebarFixture();
  const rows = sheetRecords(f.h, 'Henvendelser').length;
  f.h.emu.faults.failOn(KEY, saveReads + 1, 'Service Spreadsheets failed while accessing document');
  const r = f.rpc('sidebarLogInquiry', inquiry);
  expect(r).toMatchObject({ ok: true, id: 'H-0006', page: null });
  expect(r.message).toMatch(/^Henvendelse H-0006 \(Krisesenter\) er logget\..* Last inn siden på nytt\.$/);
  expect(sheetRecords(f.h, 'Henvendelser')).toHaveLength(rows + 1);
  expect(f.h.emu.logs.some((l) => JSON.stringify(l).includes('Service Spreadsheets failed'))).toBe(true);
  // The page opens again as usual.
  expect(f.rpc('sidebarOpen', 'inquiry')).toMatchObject({ ok: true });
});
