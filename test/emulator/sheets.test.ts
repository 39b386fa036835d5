import { createEmulator } from './index';

function setup() {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet()!;
  return { emu, app, ss, sheet: ss.getSheets()[0]! };
}

describe('Spreadsheet', () => {
  it('basic properties', () => {
    const { ss } = setup();
    expect(ss.getName()).toBe('Ressursvenn');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Oslo');
    expect(ss.getSpreadsheetLocale()).toBe('nb_NO');
    expect(ss.getUrl()).toContain(ss.getId());
  });
  it('insertSheet / duplicate names / deleteSheet', () => {
    const { emu, ss } = setup();
    const s = ss.insertSheet('Medlemmer');
    expect(s.getIndex()).toBe(2);
    expect(ss.getActiveSheet().getName()).toBe('Medlemmer');
    expect(() => ss.insertSheet('Medlemmer')).toThrow('A sheet with the name "Medlemmer" already exists. Please enter another name.');
    expect(() => ss.insertSheet('medlemmer')).toThrow(/already exists/);
    ss.insertSheet('Først', 0);
    expect(emu.sheetNames()).toEqual(['Først', 'Ark1', 'Medlemmer']);
    expect(ss.getSheetByName('Mangler')).toBeNull();
    ss.deleteSheet(ss.getSheetByName('Først')!);
    ss.deleteSheet(ss.getSheetByName('Ark1')!);
    expect(() => ss.deleteSheet(ss.getSheetByName('Medlemmer')!)).toThrow(/can't remove all the sheets/);
    expect(() => s.setName('Ny')).not.toThrow();
    expect(ss.getSheetById(s.getSheetId())!.getName()).toBe('Ny');
  });
  it('toast is recorded', () => {
    const { emu, ss } = setup();
    ss.toast('Lagret', 'Ressursvenn', 5);
    expect(emu.toasts).toMatchObject([{ msg: 'Lagret', title: 'Ressursvenn', timeout: 5 }]);
  });
});

describe('Sheet layout', () => {
  it('frozen rows/cols, widths, hide/show, tab color', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    sheet.setColumnWidth(1, 150);
    sheet.setColumnWidths(2, 3, 80);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(4), sheet.getColumnWidth(5)]).toEqual([150, 80, 100]);
    expect(() => sheet.hideSheet()).toThrow(/can't hide all the sheets/);
    const other = ss.insertSheet('Logg');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    other.showSheet();
    expect(other.isSheetHidden()).toBe(false);
    sheet.autoResizeColumns(1, 3);
    sheet.setTabColor('#ff0000');
  });
  it('clear and clearContents', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:B1').setValues([['a', 'b']]).setFontWeight('bold');
    sheet.clearContents();
    expect(emu.sheetValues('Ark1')).toEqual([]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    sheet.getRange('A1').setValue('x');
    sheet.clear();
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('Range formatting and notes', () => {
  it('notes, weights, backgrounds, colors, alignment, formats', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    r.setNotes([['n1', ''], [null, 'n4']]);
    expect(r.getNotes()).toEqual([['n1', ''], ['', 'n4']]);
    r.clearNote();
    expect(r.getNotes()).toEqual([['', ''], ['', '']]);
    r.setFontWeights([['bold', 'normal'], [null, 'bold']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal'], ['normal', 'bold']]);
    r.setBackgrounds([['#ffeeee', null], ['#ffffff', '#00ff00']]);
    expect(r.getBackgrounds()).toEqual([['#ffeeee', '#ffffff'], ['#ffffff', '#00ff00']]);
    r.setFontColor('#333333').setWrap(true).setHorizontalAlignment('center').setVerticalAlignment('top');
    expect(() => r.setHorizontalAlignment('midt' as never)).toThrow(/method signature/);
    expect(() => r.setNotes([['a']])).toThrow(/number of rows in the data/);
    r.setNumberFormat('@');
    expect(r.getNumberFormats()).toEqual([['@', '@'], ['@', '@']]);
    r.clearFormat();
    expect(r.getNumberFormats()[0]![0]).toBe('0.###############');
    expect(r.getFontWeights()[0]![0]).toBe('normal');
  });
  it('offset and geometry', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C3').offset(1, 1);
    expect(r.getA1Notation()).toBe('C3:D4');
    expect(sheet.getRange('B2').offset(0, 0, 2, 3).getA1Notation()).toBe('B2:D3');
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([4, 4]);
    expect(r.getSheet().getName()).toBe('Ark1');
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow(/too small/);
  });
});

describe('Protection', () => {
  it('sheet and range protections', () => {
    const { app, sheet } = setup();
    const p = sheet.protect().setDescription('Systemark').setWarningOnly(true);
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(sheet.protect().getDescription()).toBe('Systemark'); // same protection object state
    expect(p.isWarningOnly()).toBe(true);
    const rp = sheet.getRange('A1:C1').protect().setDescription('Overskrift');
    rp.addEditor('a@example.org');
    expect(rp.getEditors().map((u) => u.getEmail()).sort()).toEqual(['a@example.org', 'leder@example.org']);
    rp.removeEditors(rp.getEditors());
    expect(rp.getEditors().map((u) => u.getEmail())).toEqual(['leder@example.org']);
    expect(rp.canEdit()).toBe(true);
    rp.setDomainEdit(false);
    expect(rp.getRange().getA1Notation()).toBe('A1:C1');
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    rp.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });
});

describe('Protection is enforced', () => {
  it('refuses writes by a non-editor to a strict protection, allows warning-only and the owner', () => {
    const { emu, app, sheet } = setup();
    sheet.getRange('A1:B1').protect().setDescription('streng');
    sheet.getRange('C1').protect().setDescription('advarsel').setWarningOnly(true);
    emu.setUser('leder2@example.org');
    expect(() => sheet.getRange('B1').setValue('x')).toThrow('You are trying to edit a protected cell or object.');
    expect(() => sheet.getRange('A1:B1').setFontWeight('bold')).toThrow('protected cell');
    sheet.getRange('C1').setValue('ok');
    sheet.getRange('A2').setValue('utenfor');
    emu.setUser('leder@example.org');
    sheet.getRange('A1').setValue('eier');
    expect(emu.sheetValues(sheet.getName())[0]).toEqual(['eier', '', 'ok']);
    void app;
  });
});

describe('Conditional format rules', () => {
  it('are stored and returned', () => {
    const { app, sheet } = setup();
    const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=$C2<TODAY()').setBackground('#f4cccc').setFontColor('#990000').setRanges([sheet.getRange('A2:F100')]).build();
    sheet.setConditionalFormatRules([rule]);
    const got = sheet.getConditionalFormatRules();
    expect(got).toHaveLength(1);
    expect(got[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:F100');
    expect(() => app.newConditionalFormatRule().setBackground('#fff').build()).toThrow();
  });
});

describe('Ui and HtmlService', () => {
  it('alerts and prompts use scripted answers', () => {
    const { emu, app } = setup();
    const ui = app.getUi();
    expect(ui.alert('Lagret')).toBe(ui.Button.OK);
    emu.ui.answerNext('YES', { button: 'OK', text: 'Kari' });
    expect(ui.alert('Slett?', 'Er du sikker?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const res = ui.prompt('Navn', 'Skriv navn', ui.ButtonSet.OK_CANCEL);
    expect([res.getSelectedButton(), res.getResponseText()]).toEqual(['OK', 'Kari']);
    expect(() => ui.alert('Slett?', ui.ButtonSet.YES_NO)).toThrow(/needs a scripted answer/);
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual(['Lagret', 'Er du sikker?', 'Skriv navn']);
  });
  it('html output and dialogs; add-on menu', () => {
    const { emu, app } = setup();
    const H = emu.globals.HtmlService;
    const out = H.createHtmlOutput('<p>a</p>').append('<p>b</p>').setTitle('T').setWidth(400).setHeight(300).setSandboxMode(H.SandboxMode.IFRAME).addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>');
    app.getUi().showModalDialog(out, 'Dialog');
    expect(emu.ui.dialogs[0]).toMatchObject({ title: 'Dialog', modal: true, width: 400, height: 300 });
    app.getUi().createAddonMenu().addItem('Start', 'start').addToUi();
    expect(emu.ui.menus[0]).toMatchObject({ addon: true, items: [{ caption: 'Start', functionName: 'start' }] });
    expect(() => app.getUi().showSidebar('<p>' as never)).toThrow(/method signature/);
  });
  it('templates evaluate scriptlets with escaping', () => {
    const emu = createEmulator({ htmlFiles: { Side: '<h1><?= title ?></h1><?!= raw ?><? for (var i=0;i<2;i++) { ?>x<? } ?>' } });
    const t = emu.globals.HtmlService.createTemplateFromFile('Side') as any;
    t.title = '<Kari & Ola>';
    t.raw = '<b>ok</b>';
    expect(t.evaluate().getContent()).toBe('<h1>&lt;Kari &amp; Ola&gt;</h1><b>ok</b>xx');
  });
});
