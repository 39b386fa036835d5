/**
 * Cells as real Sheets stores them, through the bundle on the emulator: a date column reformatted as numbers,
 * unticked checkboxes, a leader's formula filled down her own column.
 */
import { sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const sheet = (name: string) => f.h.emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheetByName(name)!;
const column = (name: string, header: string) => f.h.emu.sheetValues(name)[0]!.indexOf(header) + 1;
const problems = (name: string) => {
  f.h.call('menuCheckData');
  return sheetRecords(f.h, 'Datakontroll').filter((r) => r.Ark === name);
};

describe('a number in a date column is read as a Sheets serial date', () => {
  test('a date column the leader reformatted as a number still reads as dates (no «er ikke en dato»)', () => {
    const col = column('Frivillige', 'Påmeldt dato');
    const range = sheet('Frivillige').getRange(2, col, 12, 1);
    range.setNumberFormat('0');
    expect(range.getValues()[0]).toEqual([46027]); // 05.01.2026, as a number now
    expect(problems('Frivillige')).toEqual([]);
    const page = f.rpc('sidebarOpen', 'volunteer');
    expect(JSON.stringify(page)).toMatch(/2026-01-05/);
  });

  test('a serial pasted into a date cell of a sheet that is all numbers reads as that day; a small number is refused', () => {
    const col = column('Koblinger', 'Startdato');
    const cell = sheet('Koblinger').getRange(2, col);
    cell.setNumberFormat('0');
    f.h.emu.typeByHand('Koblinger', 2, col, [[46174]]); // 01.06.2026, the day it held
    expect(problems('Koblinger')).toEqual([]);
    f.h.emu.typeByHand('Koblinger', 2, col, [[12]]);
    expect(problems('Koblinger').map((p) => [p.Rad, p.Kolonne, p.Problem])).toEqual([[2, 'Startdato', '«12» er ikke en dato (skriv dd.mm.åååå).']]);
  });
});

describe('unticked checkboxes', () => {
  test('rows holding only FALSE (checkboxes inserted down the column, or ticked and unticked) are blank, not broken rows', () => {
    const col = column('Frivillige', 'Kan møte med barn');
    sheet('Frivillige').getRange(2, col, 199, 1).insertCheckboxes();
    f.h.emu.typeByHand('Frivillige', 40, col, [[true]]);
    f.h.emu.typeByHand('Frivillige', 40, col, [[false]]);
    expect(problems('Frivillige')).toEqual([]);
    const report = f.rpc('sidebarGenerateReport', { month: '2026-10' });
    expect(report.notCounted).toEqual([]);
  });
});

describe("the leader's own columns", () => {
  test('a formula she filled down to row 300 in her own column does not send the next new row to 301', () => {
    const own = f.h.emu.sheetInfo('Frivillige').lastCol + 1;
    f.h.emu.typeByHand('Frivillige', 1, own, [['Mitt notat']]);
    sheet('Frivillige').getRange(2, own, 299, 1).setFormulas(Array.from({ length: 299 }, (_, i) => [`=LEN(B${i + 2})`]));
    const r = f.rpc('sidebarRegisterVolunteer', {
      alias: 'NY', birthYear: 1980, municipality: 'Eksempelby', languages: 'norsk', interests: '', availability: 'Kvelder', canMeetWithChildren: true, area: '', travel: null, notSuitableFor: '',
      recruitmentSource: 'Nettside', registeredDate: '2026-11-20', note: '', name: 'Nina Nyesen', phone: '400 00 099', email: 'nina@example.org', preferredChannel: 'SMS',
    });
    expect(r).toMatchObject({ ok: true, id: 'F-013' });
    const ids = f.h.emu.sheetValues('Frivillige').map((row) => row[0]);
    expect(ids.indexOf('F-013') + 1).toBe(14);
    expect(f.h.emu.sheetFormulas('Frivillige')[13]![own - 1]).toBe('=LEN(B14)'); // her formula kept
  });
});
