/**
 * «Sett opp» and «Kontroller data» on a copy of the template made in an en_US spreadsheet in New York time:
 * setup asks to make it Norwegian / Europe/Oslo, or says exactly what to change; the data check warns meanwhile.
 */
import { bundleHarness, type BundleHarness } from '../support/harness';
import { sheetRecords } from '../support/sidebar';
import { SAMPLE_NOW } from '../support/sampleAssociation';

const US = { locale: 'en_US', timeZone: 'America/New_York', now: SAMPLE_NOW };
const ss = (h: BundleHarness) => h.emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
const alerts = (h: BundleHarness) => h.emu.ui.alerts.map((a) => a.prompt);
const warnings = (h: BundleHarness) => {
  h.call('menuCheckData');
  return sheetRecords(h, 'Datakontroll').filter((r) => r.Alvorlighet === 'Advarsel' && r.Ark === 'Regnearket').map((r) => r.Problem);
};

test('asked and answered yes: the spreadsheet becomes Norwegian in Oslo time, and 15.03.2026 typed in is a date', () => {
  const h = bundleHarness(US);
  h.emu.ui.answerNext('YES');
  h.call('menuSetupSheets');
  expect(h.emu.ui.alerts[0]).toMatchObject({ buttons: 'YES_NO', prompt: expect.stringMatching(/en_US.*America\/New_York.*norsk.*Europe\/Oslo/s) });
  expect([ss(h).getSpreadsheetLocale(), ss(h).getSpreadsheetTimeZone()]).toEqual(['nb_NO', 'Europe/Oslo']);
  expect(alerts(h).at(-1)).toMatch(/Regnearket er nå satt til norsk \(Norge\) og tidssonen Europe\/Oslo/);
  h.emu.typeByHand('Frivillige', 2, 10, [['15.03.2026']]);
  expect(Object.prototype.toString.call(ss(h).getSheetByName('Frivillige')!.getRange(2, 10).getValue())).toBe('[object Date]');
  expect(warnings(h)).toEqual([]);
});

test('answered no: nothing changed, setup says what to change where, and the data check warns until it is done', () => {
  const h = bundleHarness(US);
  h.emu.ui.answerNext('NO');
  h.call('menuSetupSheets');
  expect([ss(h).getSpreadsheetLocale(), ss(h).getSpreadsheetTimeZone()]).toEqual(['en_US', 'America/New_York']);
  expect(alerts(h).at(-1)).toMatch(/Fil → Innstillinger.*Lokalitet.*Norge.*Tidssone.*Oslo/s);
  expect(warnings(h)).toEqual([
    expect.stringMatching(/^Regnearkets lokalitet er en_US: datoer skrevet som 15\.03\.2026 blir ikke lest som datoer\./),
    expect.stringMatching(/^Regnearkets tidssone er America\/New_York, ikke Europe\/Oslo: «i dag» og klokkeslettet for påminnelsene blir feil\./),
  ]);
});

test('already Norwegian in Oslo time: nothing is asked', () => {
  const h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  expect(h.emu.ui.alerts.map((a) => a.buttons)).toEqual(['OK']);
  expect(warnings(h)).toEqual([]);
});

test('a stored date keeps its day when setup moves the time zone', () => {
  const h = bundleHarness(US);
  h.emu.ui.answerNext('NO');
  h.call('menuSetupSheets');
  h.emu.typeByHand('Frivillige', 2, 10, [['3/15/2026']]);
  h.emu.ui.answerNext('YES');
  h.call('menuSetupSheets');
  expect(ss(h).getSheetByName('Frivillige')!.getRange(2, 10).getDisplayValue()).toMatch(/^15\.03\.2026$|^3\/15\/2026$/);
  expect(h.emu.cell('Frivillige', 2, 10)!.v).toBe(46096);
});
