import { createEmulator } from './index';

function setup() {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
  return { emu, app, sheet };
}

describe('data validation on script writes', () => {
  it('rejects a value outside a strict list, naming the cell', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['Ja', 'Nei'], true).setAllowInvalid(false).build();
    sheet.getRange('B2:B5').setDataValidation(rule);
    sheet.getRange('B2').setValue('Ja');
    sheet.getRange('B3').setValue('');
    expect(() => sheet.getRange(2, 2, 2, 1).setValues([['Nei'], ['Kanskje']])).toThrow(
      'The data you entered in cell B3 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('B2').getValue()).toBe('Ja'); // nothing of the failed write landed
  });
  it('checkbox accepts true/false/"" only', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A4').setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    sheet.getRange('A1:A3').setValues([[true], [false], ['']]);
    sheet.getRange('A4').setValue('TRUE'); // coerced to boolean first
    expect(sheet.getRange('A4').getValue()).toBe(true);
    expect(() => sheet.getRange('A1').setValue('ja')).toThrow('The data you entered in cell A1 violates the data validation rules set on this cell.');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow(/violates the data validation rules/);
  });
  it('date rule accepts Dates, date strings and ""', () => {
    const { app, sheet } = setup();
    sheet.getRange('C1:C3').setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet.getRange('C1:C3').setValues([[new Date('2026-02-01T00:00:00Z')], ['15.01.2026'], ['']]);
    expect(() => sheet.getRange('C1').setValue('neste uke')).toThrow('The data you entered in cell C1 violates the data validation rules set on this cell.');
  });
  it('number between', () => {
    const { app, sheet } = setup();
    sheet.getRange('D1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build());
    sheet.getRange('D1').setValue(10);
    sheet.getRange('D1').setValue('5');
    expect(() => sheet.getRange('D1').setValue(11)).toThrow(/cell D1 violates/);
    expect(() => sheet.getRange('D1').setValue('mange')).toThrow(/cell D1 violates/);
  });
  it('value in range uses the range contents at write time', () => {
    const { app, sheet } = setup();
    sheet.getRange('Z1:Z2').setValues([['Rød'], ['Blå']]);
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z2')).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue('Blå');
    expect(() => sheet.getRange('A1').setValue('Grønn')).toThrow(/cell A1 violates/);
  });
  it('allowInvalid defaults to true and never throws', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['Ja']).build();
    expect(rule.getAllowInvalid()).toBe(true);
    sheet.getRange('A1').setDataValidation(rule);
    sheet.getRange('A1').setValue('Nei');
    expect(sheet.getRange('A1').getValue()).toBe('Nei');
  });
  it('rule accessors and copy()', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['a', 'b'], false).setAllowInvalid(false).setHelpText('Velg a eller b').build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['a', 'b'], false]);
    expect(rule.getHelpText()).toBe('Velg a eller b');
    const copy = rule.copy().setAllowInvalid(true).build();
    expect(copy.getAllowInvalid()).toBe(true);
    expect(rule.getAllowInvalid()).toBe(false);
    sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    const got = sheet.getRange('A1:B1').getDataValidations();
    expect(got[0]![0]!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got[0]![1]).toBeNull();
    sheet.getRange('A1:B1').clearDataValidations();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(() => sheet.getRange('A1').setDataValidation({} as never)).toThrow(/method signature/);
    expect(() => app.newDataValidation().build()).toThrow();
  });
  it('typeByHand ignores validation, coerces strings, grows the sheet and is not counted', () => {
    const { emu, app, sheet } = setup();
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    sheet.getRange('B2').setNumberFormat('@');
    emu.calls.reset();
    const writesBefore = emu.writes.length;
    emu.typeByHand('Ark1', 2, 1, [['kanskje', '0047', '0047', '1,5', '15.01.2026']]);
    emu.typeByHand('Ark1', 1001, 27, [['langt ute']]);
    expect(emu.calls.total()).toBe(0);
    expect(emu.writes).toHaveLength(writesBefore);
    const row = emu.sheetValues('Ark1')[1]!;
    expect(row.slice(0, 4)).toEqual(['kanskje', '0047', 47, 1.5]);
    expect(row[4]).toBeInstanceOf(Date);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(27);
  });
});
