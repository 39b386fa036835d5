import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEmulator } from './index';
import { writeXlsx } from './xlsx';

describe('writeXlsx', () => {
  it('writes a file exceljs can read back with values, formats and validations', async () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet()!;
    const sheet = ss.getSheets()[0]!.setName('Utlån');
    sheet.getRange('A1:E1').setValues([['Navn', 'Dato', 'Antall', 'Levert', 'Status']]).setFontWeight('bold').setBackground('#d9ead3');
    sheet.getRange('B2:B3').setNumberFormat('dd.mm.yyyy');
    sheet.getRange('A2:E3').setValues([
      ['Kari Testesen', new Date('2026-01-14T23:00:00Z'), 2, true, 'Ute'],
      ['Ola Prøvesen', '20.01.2026', 1, false, 'Inne'],
    ]);
    sheet.getRange('A2').setNote('Ringer først');
    sheet.getRange('D2:D3').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('E2:E3').setDataValidation(app.newDataValidation().requireValueInList(['Ute', 'Inne']).setAllowInvalid(false).build());
    sheet.getRange('B2:B3').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('C2:C3').setDataValidation(app.newDataValidation().requireNumberBetween(1, 9).build());
    sheet.getRange('F2').setFormula('=C2*2');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 210);
    ss.insertSheet('Skjult').hideSheet();

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emu-xlsx-')), 'out.xlsx');
    await writeXlsx(emu, file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Utlån')!;
    expect(ws.getCell('A2').value).toBe('Kari Testesen');
    const d = ws.getCell('B2').value as Date;
    expect(d.toISOString()).toBe('2026-01-15T00:00:00.000Z'); // wall clock in Oslo
    expect(ws.getCell('B2').numFmt).toBe('dd.mm.yyyy');
    expect((ws.getCell('B3').value as Date).toISOString()).toBe('2026-01-20T00:00:00.000Z');
    expect(ws.getCell('C2').value).toBe(2);
    expect(ws.getCell('D2').value).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9EAD3');
    const note = ws.getCell('A2').note as unknown;
    expect(typeof note === 'string' ? note : JSON.stringify(note)).toContain('Ringer først');
    expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ute,Inne"'], showErrorMessage: true });
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'date' });
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
    expect((ws.getCell('F2').value as ExcelJS.CellFormulaValue).formula).toBe('C2*2');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(30);
    expect(wb.getWorksheet('Skjult')!.state).toBe('hidden');
  });
});
