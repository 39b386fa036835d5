import { allocateIds } from '../../src/server/allocateIds';
import { setupSheets } from '../../src/server/setupSheets';
import { VOLUNTEERS } from '../../src/sheets/tables';
import { Workbook } from '../../src/sheets/workbook';
import { gasHarness, type GasHarness } from '../support/harness';
import { typeRows } from '../support/sampleAssociation';

let h: GasHarness;
beforeEach(() => { h = gasHarness(); h.run((p) => setupSheets(p)); });
afterEach(() => h.dispose());

const allocate = (n = 1) => h.run((p) => p.lock.withLock(() => allocateIds(p, new Workbook(p.spreadsheet(), 'Europe/Oslo'), VOLUNTEERS, n)));

describe('allocateIds', () => {
  test('follows the highest ID in the sheet, counting invalid rows too', () => {
    typeRows(h.emu, 'Frivillige', [{ ID: 'F-001', 'Alias/initialer': 'AB', Status: 'Påmeldt' }, { ID: 'F-007', Status: 'Ugyldig' }]);
    expect(allocate(2)).toEqual(['F-008', 'F-009']);
  });

  test('never reuses an ID whose row was deleted', () => {
    expect(allocate()).toEqual(['F-001']);
    // The row for F-001 was never written (or was deleted): the next one is still F-002.
    expect(allocate()).toEqual(['F-002']);
  });
});

describe('the lock port', () => {
  test('flushes before releasing even when the work threw, so partial writes are never applied after release', () => {
    expect(() => h.run((p) => p.lock.withLock(() => {
      p.spreadsheet().getSheetByName('Frivillige')!.getRange(2, 1).setValue('F-001');
      throw new Error('boom');
    }))).toThrow('boom');
    expect(h.emu.locks.releasesWithUnflushedWrites()).toEqual([]);
  });
});
