/** The purge's writes on the emulator: spans of rows per column block, and what a span may rewrite. */
import { previewRetention, runRetention } from '../../src/server/retention';
import { setupSheets } from '../../src/server/setupSheets';
import { gasHarness, type GasHarness } from '../support/harness';
import { SAMPLE_NOW, typeRows } from '../support/sampleAssociation';

let h: GasHarness;
beforeEach(() => { h = gasHarness({ now: SAMPLE_NOW }); });
afterEach(() => h.dispose());

const OLD = '01.01.2020';
const NEW = '01.11.2026';

describe('runRetention writes', () => {
  test('one span per column block, split only where a kept cell would not survive a rewrite', () => {
    h.run((p) => setupSheets(p));
    typeRows(h.emu, 'Kurs', [
      { ID: 'KU-001', Dato: OLD, Merknad: 'gammel a' },
      { ID: 'KU-002', Dato: NEW, Merknad: '=1+1' }, // text in a plain-text cell: kept verbatim inside the span
      { ID: 'KU-003', Dato: OLD, Merknad: 'gammel b' },
      { ID: 'KU-004', Dato: NEW, Merknad: '' }, // formula below
      { ID: 'KU-005', Dato: OLD, Merknad: 'gammel c' },
      { ID: 'KU-006', Dato: NEW, Merknad: '' }, // number below
      { ID: 'KU-007', Dato: OLD, Merknad: 'gammel d' },
      { ID: 'KU-008', Dato: '31.02.2020', Merknad: 'rad med feil' }, // cannot be read: never rewritten
      { ID: 'KU-009', Dato: OLD, Merknad: 'gammel e' },
    ]);
    const note = 6;
    h.emu.typeByHand('Kurs', 1, 7, [['Egen kolonne']]);
    const sheet = h.emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Kurs')!;
    sheet.getRange(5, note).setNumberFormat('General').setFormula('="formel"');
    sheet.getRange(7, note).setNumberFormat('General').setValue(42);
    sheet.getRange(2, 7, 9, 1).setFormulas(Array.from({ length: 9 }, () => ['="egen"']));
    h.emu.calls.reset();
    const writes = h.emu.writes.length;

    expect(h.run((p) => previewRetention(p)).counts.courses).toBe(5);
    const s = h.run((p) => runRetention(p));
    expect(s.counts.courses).toBe(5);

    const grid = h.emu.sheetValues('Kurs');
    expect(grid.slice(1).map((r) => r[note - 1])).toEqual(['', '=1+1', '', 'formel', '', 42, '', 'rad med feil', '']);
    expect(h.emu.sheetFormulas('Kurs').slice(1).map((r) => r[note - 1])).toEqual(['', '', '', '="formel"', '', '', '', '', '']);
    expect(h.emu.sheetFormulas('Kurs').slice(1).map((r) => r[6])).toEqual(Array(9).fill('="egen"'));
    const kurs = h.emu.writes.slice(writes).filter((w) => w.sheet === 'Kurs' && w.method === 'setValues').map((w) => w.a1);
    expect(kurs).toEqual(['F2:F4', 'F6', 'F8', 'F10']);
    expect(h.emu.writes.slice(writes).filter((w) => !w.lockHeld)).toEqual([]);

    // A second run finds nothing and writes nothing but its Kjørelogg row.
    const again = h.emu.writes.length;
    expect(h.run((p) => runRetention(p)).total).toBe(0);
    expect(h.emu.writes.slice(again).map((w) => w.sheet)).toEqual(['Kjørelogg', 'Kjørelogg']);
  });

  test('an older layout without Kjørelogg gets it, so the purge is always recorded', () => {
    h.run((p) => setupSheets(p));
    const ss = h.emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    ss.deleteSheet(ss.getSheetByName('Kjørelogg')!);
    typeRows(h.emu, 'Henvendelser', [{ ID: 'H-0001', Dato: OLD, Type: 'Annet', Merknad: 'gammel' }]);
    h.run((p) => runRetention(p));
    const log = h.emu.sheetValues('Kjørelogg');
    expect(log[0]![0]).toBe('Tidspunkt');
    expect(log[1]!.slice(1)).toEqual(['OK', '', '', 'Sletting av gamle personopplysninger (lagringstid 24 måneder): Henvendelser: 1 merknad.']);
  });
});
