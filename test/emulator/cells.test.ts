import { createEmulator, Emulator } from './index';

function setup(opts = {}): { emu: Emulator; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const emu = createEmulator(opts);
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
  const sheet = ss.getSheets()[0]!;
  return { emu, sheet: sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet };
}

describe('setValues shape', () => {
  it('rejects wrong row count with Google message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });
  it('rejects a ragged row with Google message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
  it('rejects a 1-D array', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as unknown as unknown[][])).toThrow(
      /don't match the method signature for SpreadsheetApp.Range.setValues/,
    );
  });
  it('errors are named Exception and print like Apps Script', () => {
    const { sheet } = setup();
    try {
      sheet.getRange(1, 1, 2, 1).setValues([[1]]);
      throw new Error('did not throw');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect(String(e)).toMatch(/^Exception: The number of rows/);
    }
  });
  it('writes nothing when the write fails', () => {
    const { emu, sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', undefined]])).toThrow(/method signature/);
    expect(emu.sheetValues('Ark1')).toEqual([]);
  });
});

describe('allowed cell values', () => {
  it.each([
    ['undefined', undefined],
    ['object', { a: 1 }],
    ['array', [1]],
    ['function', () => 1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['invalid Date', new Date('x')],
  ])('rejects %s', (_n, v) => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1).setValues([[v]])).toThrow(/don't match the method signature for SpreadsheetApp.Range.setValues/);
  });
  it('accepts string, number, boolean, Date, null (→ empty)', () => {
    const { sheet } = setup();
    const d = new Date('2026-03-01T12:00:00Z');
    sheet.getRange(1, 1, 1, 5).setValues([['tekst', 4.5, true, d, null]]);
    const v = sheet.getRange(1, 1, 1, 5).getValues()[0]!;
    expect(v.slice(0, 3)).toEqual(['tekst', 4.5, true]);
    expect((v[3] as Date).getTime()).toBe(d.getTime());
    expect(v[4]).toBe('');
  });
});

describe('getRange bounds', () => {
  it('new sheet is 1000 x 26', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });
  it('throws outside the sheet and does not grow on write', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow(/starting row of the range is too small/);
    expect(() => sheet.getRange(1, 0)).toThrow(/starting column of the range is too small/);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1.5, 1)).toThrow(/method signature/);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1005, 1).setValue('x');
    expect(sheet.getLastRow()).toBe(1005);
  });
  it('A1 notation', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D10');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 9, 3]);
    expect(r.getA1Notation()).toBe('B2:D10');
    const col = sheet.getRange('B:B');
    expect([col.getRow(), col.getColumn(), col.getNumRows(), col.getNumColumns()]).toEqual([1, 2, 1000, 1]);
    expect(sheet.getRange('A1').getA1Notation()).toBe('A1');
    expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
    expect(() => sheet.getRange('A1:AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
});

describe('string coercion', () => {
  it('formula strings become formulas', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([['=SUM(B2:B3)', '=HYPERLINK("http://x")']]);
    expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([['=SUM(B2:B3)', '=HYPERLINK("http://x")']]);
    const v = sheet.getRange(1, 1, 1, 2).getValues()[0]!;
    expect(v[0]).not.toBe('=SUM(B2:B3)');
    expect(v[1]).not.toBe('=HYPERLINK("http://x")');
  });
  it('"+"/"-" leading non-numbers become formulas too', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([['- punkt', '+47 22 33 44 55']]);
    expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([['=- punkt', '=+47 22 33 44 55']]);
  });
  it('plain text (@) keeps formulas, numbers and dates as text', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 4);
    r.setNumberFormat('@');
    r.setValues([['=1+1', '0047', '2026-01-15', 'TRUE']]);
    expect(r.getValues()).toEqual([['=1+1', '0047', '2026-01-15', 'TRUE']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });
  it("apostrophe prefix forces text and is dropped", () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([["'0047", "'=x"]]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['0047', '=x']]);
    expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([['', '']]);
  });
  it('numeric-looking strings become numbers (nb_NO)', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 5).setValues([['0047', '1,5', '1.5', '-3', '+4712345678']]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([[47, 1.5, 1.5, -3, 4712345678]]);
  });
  it('"1,5" stays text under en_US', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange(1, 1, 1, 2).setValues([['1,5', '1,500']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['1,5', 1500]]);
  });
  it('TRUE/FALSE in any case become booleans', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([['TRUE', 'false', 'True']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[true, false, true]]);
  });
  it('date-looking strings become Dates at midnight in the spreadsheet zone; invalid dates stay text', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 4).setValues([['2026-01-15', '15.01.2026', '15.1.2026', '31.02.2026']]);
    const v = sheet.getRange(1, 1, 1, 4).getValues()[0]!;
    const midnightOslo = new Date('2026-01-14T23:00:00Z').getTime();
    expect(Object.prototype.toString.call(v[0])).toBe('[object Date]');
    expect((v[0] as Date).getTime()).toBe(midnightOslo);
    expect((v[1] as Date).getTime()).toBe(midnightOslo);
    expect((v[2] as Date).getTime()).toBe(midnightOslo);
    expect(v[3]).toBe('31.02.2026');
  });
  it('summer dates use the DST offset', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValue('2026-07-01');
    expect((sheet.getRange(1, 1).getValue() as Date).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });
});

describe('dates', () => {
  it('getValues returns a new Date each time', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValue(new Date('2026-01-15T10:00:00Z'));
    const a = sheet.getRange(1, 1).getValue() as Date;
    a.setFullYear(1999);
    const b = sheet.getRange(1, 1).getValue() as Date;
    expect(b.toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(a).not.toBe(b);
  });
  it('mutating the written Date does not change the cell', () => {
    const { sheet } = setup();
    const d = new Date('2026-01-15T10:00:00Z');
    sheet.getRange(1, 1).setValue(d);
    d.setFullYear(2000);
    expect((sheet.getRange(1, 1).getValue() as Date).getUTCFullYear()).toBe(2026);
  });
  it('display values follow the number format in the spreadsheet zone', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 4);
    r.setNumberFormats([['dd.mm.yyyy', '0.00', '0', 'yyyy-mm-dd hh:mm']]);
    r.setValues([[new Date('2026-01-14T23:30:00Z'), 1.5, true, new Date('2026-01-15T08:05:00Z')]]);
    expect(r.getDisplayValues()).toEqual([['15.01.2026', '1,50', 'TRUE', '2026-01-15 09:05']]);
    sheet.getRange(2, 1, 1, 2).setValues([[42, 2.25]]);
    expect(sheet.getRange(2, 1, 1, 2).getDisplayValues()).toEqual([['42', '2,25']]);
  });
});

describe('limits', () => {
  it('50,000 characters per cell', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValue('x'.repeat(50000));
    expect(() => sheet.getRange(1, 2).setValues([['x'.repeat(50001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('last row/column and structural edits', () => {
  it('getLastRow/getLastColumn', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange(3, 4).setValue('x');
    sheet.getRange(5, 2).setNote('a note is not content');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
  });
  it('deleteRows/insertRowsAfter shift content, notes, formats and validations', () => {
    const { emu, sheet } = setup();
    sheet.getRange(1, 1, 4, 1).setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.getRange(4, 1).setNote('note d').setNumberFormat('@');
    const rule = emu.globals.SpreadsheetApp.newDataValidation().requireValueInList(['d', 'e']).build();
    sheet.getRange(4, 1).setDataValidation(rule as never);
    sheet.deleteRows(2, 2);
    expect(emu.sheetValues('Ark1')).toEqual([['a'], ['d']]);
    expect(sheet.getRange(2, 1).getNote()).toBe('note d');
    expect(sheet.getRange(2, 1).getNumberFormat()).toBe('@');
    expect(sheet.getRange(2, 1).getDataValidation()!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(sheet.getMaxRows()).toBe(998);
    sheet.insertRowsAfter(1, 2);
    expect(emu.sheetValues('Ark1')).toEqual([['a'], [''], [''], ['d']]);
    expect(sheet.getRange(4, 1).getNote()).toBe('note d');
  });
  it('inserted rows inherit the format of the row before (plain-text columns stay plain text)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.insertRowsAfter(2, 1);
    sheet.getRange(3, 1).setValue('0047');
    expect(sheet.getRange(3, 1).getValue()).toBe('0047');
  });
  it('columns shift too', () => {
    const { emu, sheet } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 1);
    expect(emu.sheetValues('Ark1')).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumns(2, 2);
    expect(emu.sheetValues('Ark1')).toEqual([['a', 'c']]);
  });
  it('cannot delete all rows', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('dates as Sheets stores them: a serial number plus a number format', () => {
  const day = (d: unknown) => (d as Date).toISOString();
  it('a Date written by a script is stored as a serial with a date format; getValues turns it back into the Date', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2026-01-14T23:00:00Z')); // midnight 15.01.2026 in Oslo
    expect(emu.cell('Ark1', 1, 1)).toMatchObject({ v: 46037, nf: 'dd.mm.yyyy' });
    expect(day(sheet.getRange('A1').getValue())).toBe('2026-01-14T23:00:00.000Z');
  });
  it('the type getValues returns follows the format: a date column reformatted as a number returns numbers', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(new Date('2026-01-14T23:00:00Z'));
    r.setNumberFormat('0');
    expect(r.getValue()).toBe(46037);
    expect(r.getDisplayValue()).toBe('46037');
    r.setNumberFormat('dd.mm.yyyy');
    expect(Object.prototype.toString.call(r.getValue())).toBe('[object Date]');
  });
  it('a serial pasted into a date-formatted cell reads as that date', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setNumberFormat('dd.mm.yyyy');
    emu.typeByHand('Ark1', 1, 1, [[46037]]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.01.2026');
  });
  it('changing the spreadsheet time zone keeps the stored day (the instant getValues returns moves)', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2026-01-14T23:00:00Z'));
    emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.setSpreadsheetTimeZone('America/New_York');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.01.2026');
    expect(day(sheet.getRange('A1').getValue())).toBe('2026-01-15T05:00:00.000Z');
  });
  it('a number written into a plain or number-formatted cell stays a number', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('0').setValue(46037);
    expect(sheet.getRange('A1').getValue()).toBe(46037);
  });
});

describe('typed input parses by the spreadsheet locale', () => {
  it('en_US does not parse 15.03.2026 as a date; nb_NO does', () => {
    const { emu, sheet } = setup({ locale: 'en_US' });
    sheet.getRange('A1').setValue('15.03.2026');
    sheet.getRange('A2').setValue('3/15/2026');
    expect(sheet.getRange('A1').getValue()).toBe('15.03.2026');
    expect(Object.prototype.toString.call(sheet.getRange('A2').getValue())).toBe('[object Date]');
    emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.setSpreadsheetLocale('nb_NO');
    emu.typeByHand('Sheet1', 3, 1, [['15.03.2026']]);
    expect(sheet.getRange('A3').getDisplayValue()).toBe('15.03.2026');
    expect(Object.prototype.toString.call(sheet.getRange('A3').getValue())).toBe('[object Date]');
    expect(sheet.getRange('A1').getValue()).toBe('15.03.2026'); // stored values do not change with the locale
  });
  it('refuses a locale or time zone that is not one', () => {
    const { emu } = setup();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    expect(() => ss.setSpreadsheetTimeZone('Europe/Nowhere')).toThrow(/method signature/);
    expect(() => ss.setSpreadsheetLocale(7 as unknown as string)).toThrow(/method signature/);
  });
});

describe('checkboxes', () => {
  it('insertCheckboxes leaves FALSE in every box, and a ticked-then-unticked box holds FALSE, not blank', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    emu.typeByHand('Ark1', 1, 1, [[true]]);
    emu.typeByHand('Ark1', 1, 1, [[false]]);
    expect(sheet.getRange('A1').getValue()).toBe(false);
    expect(sheet.getRange('A1').isBlank()).toBe(false);
  });
});

describe('a copied file', () => {
  it('carries the document properties and the cells, under a new id', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue('x');
    emu.globals.PropertiesService.getDocumentProperties()!.setProperty('k', 'v');
    emu.copySpreadsheet('copy-id');
    const copy = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    expect(copy.getId()).toBe('copy-id');
    expect(copy.getSheets()[0]!.getRange('A1').getValue()).toBe('x');
    expect(emu.globals.PropertiesService.getDocumentProperties()!.getProperty('k')).toBe('v');
    copy.getSheets()[0]!.getRange('A1').setValue('y');
    emu.openSpreadsheet('1EmuLaTedSpreadsheetId000000000000000000000');
    expect(emu.sheetValues('Ark1')).toEqual([['x']]);
  });
});
