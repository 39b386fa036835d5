/** Workbook.append grows a full sheet by a chunk, so saves into a full sheet do not each pay one more call. */
import { setupSheets } from '../../src/server/setupSheets';
import { INQUIRIES } from '../../src/sheets/tables';
import { GROW_ROWS, Workbook } from '../../src/sheets/workbook';
import { gasHarness, type GasHarness } from '../support/harness';
import { typeRows } from '../support/sampleAssociation';

let h: GasHarness;
beforeEach(() => { h = gasHarness(); h.run((p) => setupSheets(p)); });
afterEach(() => h.dispose());

const inquiry = (n: number) => ({ id: `H-${String(n).padStart(4, '0')}`, date: '2026-11-20', kind: 'Annet' as const, from: '', municipality: '', outcome: null, note: '' });

/** Appends `count` inquiries, one operation each, and returns the insertRowsAfter calls of each. */
function appendEach(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    h.emu.calls.reset();
    h.run((p) => {
      const wb = new Workbook(p.spreadsheet(), 'Europe/Oslo');
      wb.append(wb.read(INQUIRIES), [inquiry(first + i)]);
    });
    return h.emu.calls.get('Sheet.insertRowsAfter');
  });
}

test.each([
  ['one row into a full sheet grows it by a chunk; the next appends need no growing', 1, GROW_ROWS],
  ['more rows than a chunk at once grow it by exactly what is needed', GROW_ROWS + 20, GROW_ROWS + 20],
])('%s', (_what, rows, grown) => {
  const free = h.emu.sheetInfo('Henvendelser').maxRows - h.emu.sheetInfo('Henvendelser').lastRow;
  typeRows(h.emu, 'Henvendelser', Array.from({ length: free }, (_, i) => ({ ID: `H-${String(i + 1).padStart(4, '0')}`, Dato: '01.11.2026', Type: 'Annet' })));
  const full = h.emu.sheetInfo('Henvendelser').maxRows;
  expect(h.emu.sheetInfo('Henvendelser').lastRow).toBe(full);
  h.run((p) => {
    const wb = new Workbook(p.spreadsheet(), 'Europe/Oslo');
    wb.append(wb.read(INQUIRIES), Array.from({ length: rows }, (_, i) => inquiry(free + 1 + i)));
  });
  expect(h.emu.sheetInfo('Henvendelser').maxRows).toBe(full + grown);
  expect(h.emu.sheetInfo('Henvendelser').lastRow).toBe(full + rows);
  if (rows === 1) expect(appendEach(free + 2, 3)).toEqual([0, 0, 0]);
});
