import { createEmulator } from './index';

function setup() {
  const emu = createEmulator();
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
  const sheet = ss.getSheets()[0]!;
  sheet.getRange(1, 1, 3, 2).setValues([['Måned', 'Antall'], ['jan', 1], ['feb', 2]]);
  return { emu, ss, sheet };
}

describe('embedded charts', () => {
  it('builds, inserts, lists and removes a chart', () => {
    const { emu, sheet } = setup();
    const chart = sheet.newChart().asColumnChart().addRange(sheet.getRange(1, 1, 3, 2)).setNumHeaders(1).setPosition(5, 2, 0, 0).setOption('title', 'T').build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(emu.sheetCharts('Ark1')).toEqual([{ id: expect.any(Number), type: 'COLUMN', ranges: [{ sheet: 'Ark1', row: 1, col: 1, numRows: 3, numCols: 2 }], anchorRow: 5, anchorCol: 2, offsetX: 0, offsetY: 0, numHeaders: 1, options: { title: 'T' } }]);
    const [listed] = sheet.getCharts();
    expect(listed!.getOptions().get('title')).toBe('T');
    expect(listed!.getContainerInfo().getAnchorRow()).toBe(5);
    sheet.removeChart(listed!);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(emu.calls.get('Sheet.insertChart')).toBe(1);
    expect(emu.calls.get('Sheet.removeChart')).toBe(1);
  });

  it('is strict where Sheets is', () => {
    const { ss, sheet } = setup();
    expect(() => sheet.newChart().asLineChart().build()).toThrow('The chart has no data');
    expect(() => sheet.newChart().addRange('A1:B3' as never)).toThrow(/don't match the method signature/);
    expect(() => sheet.newChart().setPosition(0, 1, 0, 0)).toThrow(/anchor/);
    expect(() => sheet.newChart().setPosition(1.5 as never, 1, 0, 0)).toThrow(/method signature/);
    expect(() => sheet.insertChart({} as never)).toThrow(/method signature/);
    const chart = sheet.newChart().addRange(sheet.getRange(1, 1, 3, 2)).build();
    sheet.insertChart(chart);
    expect(() => sheet.insertChart(chart)).toThrow(/already been inserted/);
    const other = ss.insertSheet('Annet');
    expect(() => other.removeChart(sheet.getCharts()[0]!)).toThrow('The chart does not exist on this sheet.');
  });
});
