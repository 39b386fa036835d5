/**
 * Importlogg's participant fingerprints: salted with a random secret kept in document properties, not with the
 * spreadsheet's id (which anyone with the file can see); fingerprints an earlier version made with the id are
 * still recognised, so a later tab still finds the same D-IDs.
 */
import { personFingerprint } from '../../src/domain/legacy/fingerprint';
import { nameKey } from '../../src/domain/legacy/names';
import { IMPORT_SALT_KEY } from '../../src/server/import/salt';
import { bundleHarness, type BundleHarness } from '../support/harness';
import { buildXlsx, participantListSheet } from '../support/legacyLogs';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { loadXlsx } from '../support/xlsxLoader';

const TAB = 'Kopi av Deltakere';
const NAMES = ['Fatima Ali', 'Amina Yusuf', 'Nadia Rahman', 'Sara Haile'];

async function withParticipantList(): Promise<BundleHarness> {
  const h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  await loadXlsx(h.emu, await buildXlsx(participantListSheet));
  return h;
}
const ssId = (h: BundleHarness) => h.emu.run('interactive', () => h.emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getId());
const personPrints = (h: BundleHarness) => h.emu.sheetValues('Importlogg').filter((r) => r[3] === 'deltaker').map((r) => String(r[2]));
const participants = (h: BundleHarness) => h.emu.sheetValues('Deltakere').slice(1).filter((r) => r[0] !== '').map((r) => String(r[0]));

test('the first import makes a random salt (the preview does not); no fingerprint is of the spreadsheet id', async () => {
  const h = await withParticipantList();
  h.call('importPreview', [{ sheetName: TAB }]);
  expect(h.emu.documentProperties()[IMPORT_SALT_KEY]).toBeUndefined();
  h.call('importRun', [{ sheetName: TAB }]);
  const salt = h.emu.documentProperties()[IMPORT_SALT_KEY]!;
  expect(salt).toMatch(/^[0-9a-f-]{36}$/);
  const prints = personPrints(h);
  expect(prints.length).toBeGreaterThanOrEqual(NAMES.length);
  for (const n of NAMES) {
    expect(prints).toContain(personFingerprint(salt, nameKey(n)));
    expect(prints).not.toContain(personFingerprint(ssId(h), nameKey(n)));
  }
  // A second spreadsheet gets its own salt.
  const other = await withParticipantList();
  other.call('importRun', [{ sheetName: TAB }]);
  expect(other.emu.documentProperties()[IMPORT_SALT_KEY]).not.toBe(salt);
});

test('fingerprints made with the spreadsheet id (before this version) still find the same participants', async () => {
  const h = await withParticipantList();
  // What an earlier version wrote: the spreadsheet id as the salt.
  h.emu.run('interactive', () => h.emu.globals.PropertiesService.getDocumentProperties()!.setProperty(IMPORT_SALT_KEY, ssId(h)));
  h.call('importRun', [{ sheetName: TAB }]);
  const before = participants(h);
  expect(before).toEqual(['D-001', 'D-002', 'D-003', 'D-004']);
  expect(personPrints(h)).toContain(personFingerprint(ssId(h), nameKey('Fatima Ali')));
  h.emu.run('interactive', () => h.emu.globals.PropertiesService.getDocumentProperties()!.deleteProperty(IMPORT_SALT_KEY));

  // The same people on another tab: recognised by the old fingerprints, so no new D-IDs.
  h.emu.addSheet('Henvisninger 2025', h.emu.sheetValues(TAB));
  h.call('importRun', [{ sheetName: 'Henvisninger 2025' }]);
  expect(participants(h)).toEqual(before);
  expect(h.emu.documentProperties()[IMPORT_SALT_KEY]).toMatch(/^[0-9a-f-]{36}$/);
});
