import { createEmulator, installGlobals, uninstallGlobals, SCOPE_SPREADSHEETS } from './index';

describe('call counting', () => {
  it('counts every public call as Class.method and not test controls', () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet()!.getSheetByName('Ark1')!;
    sheet.getRange(1, 1, 3, 2).getValues();
    expect(emu.calls.snapshot()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
    expect(emu.calls.total()).toBe(4);
    emu.sheetValues('Ark1');
    emu.typeByHand('Ark1', 1, 1, [['x']]);
    expect(emu.calls.total()).toBe(4);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
  });
  it('internal work does not count (getDataRange = 1 call, setValue = 1 call)', () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
    emu.calls.reset();
    sheet.getDataRange().setValue('x');
    expect(emu.calls.snapshot()).toEqual({ 'Sheet.getDataRange': 1, 'Range.setValue': 1 });
  });
  it('batch I/O: calls do not grow with rows', () => {
    const count = (n: number): number => {
      const emu = createEmulator();
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
      emu.calls.reset();
      const rows = Array.from({ length: n }, (_, i) => [`Person ${i}`, i]);
      sheet.getRange(1, 1, n, 2).setValues(rows);
      sheet.getRange(1, 1, n, 2).getValues();
      return emu.calls.total();
    };
    expect(count(5)).toBe(count(500));
  });
  it('fault injection on any counted method', () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
    emu.faults.failOn('Range.setValues', 2, 'Service Spreadsheets failed while accessing document');
    sheet.getRange(1, 1).setValues([['a']]);
    expect(() => sheet.getRange(1, 1).setValues([['b']])).toThrow('Service Spreadsheets failed while accessing document');
    sheet.getRange(1, 1).setValues([['c']]);
    expect(emu.sheetValues('Ark1')).toEqual([['c']]);
  });
});

describe('deployment modes and contexts', () => {
  it('bound: everything available in trigger context', () => {
    const emu = createEmulator({ deployment: 'bound' });
    emu.setContext('trigger');
    const g = emu.globals;
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    expect(g.PropertiesService.getDocumentProperties()).not.toBeNull();
    expect(g.LockService.getDocumentLock()).not.toBeNull();
    expect(g.SpreadsheetApp.openById(emu.spreadsheetId).getId()).toBe(emu.spreadsheetId);
    expect(() => g.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
  it('addon + trigger: no active spreadsheet, document properties or document lock; openById needs the scope', () => {
    const emu = createEmulator({ deployment: 'addon' });
    const g = emu.globals;
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    emu.setContext('trigger');
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(g.PropertiesService.getDocumentProperties()).toBeNull();
    expect(g.LockService.getDocumentLock()).toBeNull();
    expect(g.LockService.getScriptLock()).not.toBeNull();
    expect(() => g.SpreadsheetApp.openById(emu.spreadsheetId)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => g.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
  it('addon with the full spreadsheets scope can openById', () => {
    const emu = createEmulator({ deployment: 'addon', scopes: [SCOPE_SPREADSHEETS] });
    emu.setContext('trigger');
    expect(emu.globals.SpreadsheetApp.openById(emu.spreadsheetId).getName()).toBe('Ressursvenn');
    expect(() => emu.globals.SpreadsheetApp.openById('unknown')).toThrow(/Unexpected error while getting the method or property openById/);
  });
  it('installGlobals / uninstallGlobals', () => {
    const emu = createEmulator();
    installGlobals(emu);
    try {
      expect((globalThis as any).SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
      expect((globalThis as any).Session.getActiveUser().getEmail()).toBe('leder@example.org');
    } finally {
      uninstallGlobals();
    }
    expect((globalThis as any).SpreadsheetApp).toBeUndefined();
  });
});

describe('LockService', () => {
  it('waitLock times out when held elsewhere and advances the clock', () => {
    const emu = createEmulator();
    emu.locks.holdElsewhere('document');
    const lock = emu.globals.LockService.getDocumentLock()!;
    const t0 = emu.clock.now().getTime();
    expect(() => lock.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(emu.clock.now().getTime() - t0).toBe(10000);
    expect(lock.tryLock(500)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    emu.locks.releaseElsewhere('document');
    expect(lock.tryLock(500)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
  it('records writes done without a lock and unflushed releases', () => {
    const emu = createEmulator();
    const g = emu.globals;
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
    sheet.getRange(1, 1).setValues([['uten lås']]);
    const lock = g.LockService.getDocumentLock()!;
    lock.waitLock(1000);
    sheet.getRange(2, 1).setValues([['med lås']]);
    lock.releaseLock(); // no flush
    lock.waitLock(1000);
    sheet.getRange(3, 1).setValues([['med lås']]);
    g.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(emu.writesWithoutLock().map((w) => w.a1)).toEqual(['A1']);
    expect(emu.locks.releasesWithUnflushedWrites()).toHaveLength(1);
    expect(emu.locks.events.map((e) => e.kind)).toEqual(['acquire', 'release', 'acquire', 'flush', 'release']);
  });
  it('endExecution releases locks held by the execution', () => {
    const emu = createEmulator();
    emu.globals.LockService.getScriptLock().waitLock(100);
    expect(emu.locks.heldByCurrent()).toEqual(['script']);
    emu.endExecution();
    expect(emu.locks.heldByCurrent()).toEqual([]);
  });
});

describe('PropertiesService', () => {
  it('stores strings, returns null for missing keys', () => {
    const emu = createEmulator();
    const p = emu.globals.PropertiesService.getDocumentProperties()!;
    expect(p.getProperty('x')).toBeNull();
    p.setProperty('n', 5 as unknown as string);
    expect(p.getProperty('n')).toBe('5');
    p.setProperties({ a: '1', b: '2' });
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'n']);
    p.setProperties({ c: '3' }, true);
    expect(p.getProperties()).toEqual({ c: '3' });
    p.deleteProperty('c');
    expect(emu.documentProperties()).toEqual({});
    expect(() => p.setProperty('o', { a: 1 } as unknown as string)).toThrow(/method signature/);
  });
  it('9 KB per value and 500 KB per store', () => {
    const emu = createEmulator();
    const p = emu.globals.PropertiesService.getScriptProperties();
    p.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => p.setProperty('big', 'æ'.repeat(5000))).toThrow('Argument too large: value'); // bytes, not chars
    for (let i = 0; i < 55; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => p.setProperty('k99', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(p.getProperty('k99')).toBeNull();
  });
  it('user properties are per user', () => {
    const emu = createEmulator();
    emu.globals.PropertiesService.getUserProperties().setProperty('a', '1');
    emu.setUser('annen@example.org');
    expect(emu.globals.PropertiesService.getUserProperties().getProperty('a')).toBeNull();
  });
});

describe('MailApp', () => {
  it('sends, records and uses one quota unit per recipient', () => {
    const emu = createEmulator({ mailQuota: 5 });
    const m = emu.globals.MailApp;
    m.sendEmail({ to: 'a@example.org, b@example.org', cc: 'c@example.org', subject: 'Påminnelse', body: 'Hei', name: 'Ressursvenn' });
    m.sendEmail('d@example.org', 'Emne', 'Tekst', { htmlBody: '<b>Tekst</b>' });
    expect(m.getRemainingDailyQuota()).toBe(1);
    expect(emu.mail.sent).toHaveLength(2);
    expect(emu.mail.sent[0]).toMatchObject({ to: 'a@example.org, b@example.org', cc: 'c@example.org', subject: 'Påminnelse', name: 'Ressursvenn' });
    expect(emu.mail.sent[1]!.htmlBody).toBe('<b>Tekst</b>');
    expect(emu.mail.sent[1]!.at.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(() => m.sendEmail({ to: 'e@example.org, f@example.org', subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    m.sendEmail({ to: 'e@example.org', subject: 's', body: 'b' });
    expect(() => m.sendEmail({ to: 'e@example.org', subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    expect(emu.mail.sent).toHaveLength(3);
  });
  it('missing to/subject and invalid addresses throw', () => {
    const m = createEmulator().globals.MailApp;
    expect(() => m.sendEmail({ subject: 's', body: 'b' })).toThrow(/no recipient/);
    expect(() => m.sendEmail({ to: 'a@example.org', body: 'b' })).toThrow(/subject/);
    expect(() => m.sendEmail({ to: 'ikke-en-adresse', subject: 's', body: 'b' })).toThrow('Invalid email: ikke-en-adresse');
    expect(() => (m.sendEmail as any)('a@example.org', 's')).toThrow(/method signature/);
  });
  it('failOn(n) fails the n-th next call once without sending', () => {
    const emu = createEmulator();
    const m = emu.globals.MailApp;
    emu.mail.failOn(2);
    m.sendEmail({ to: 'a@example.org', subject: '1', body: '' });
    expect(() => m.sendEmail({ to: 'a@example.org', subject: '2', body: '' })).toThrow('Service unavailable: Mail. Try again later.');
    m.sendEmail({ to: 'a@example.org', subject: '3', body: '' });
    expect(emu.mail.sent.map((s) => s.subject)).toEqual(['1', '3']);
    expect(emu.mail.remaining()).toBe(98);
  });
});

describe('ScriptApp triggers', () => {
  it('records clock trigger schedules', () => {
    const emu = createEmulator();
    const S = emu.globals.ScriptApp;
    const t = S.newTrigger('sendReminders').timeBased().everyDays(1).atHour(7).nearMinute(15).inTimezone('Europe/Oslo').create();
    S.newTrigger('monthly').timeBased().onMonthDay(1).atHour(6).create();
    expect(t.getHandlerFunction()).toBe('sendReminders');
    expect(t.getEventType()).toBe(S.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(S.TriggerSource.CLOCK);
    expect(emu.triggers.list()).toMatchObject([
      { handler: 'sendReminders', everyDays: 1, atHour: 7, nearMinute: 15, timeZone: 'Europe/Oslo' },
      { handler: 'monthly', monthDay: 1, atHour: 6 },
    ]);
    expect(S.getProjectTriggers()).toHaveLength(2);
    S.deleteTrigger(S.getProjectTriggers()[0]!);
    expect(emu.triggers.list().map((x) => x.handler)).toEqual(['monthly']);
  });
  it('validates schedules', () => {
    const S = createEmulator().globals.ScriptApp;
    expect(() => S.newTrigger('f').timeBased().atHour(24)).toThrow();
    expect(() => S.newTrigger('f').timeBased().everyHours(3)).toThrow();
    expect(() => S.newTrigger('f').timeBased().create()).toThrow();
    expect(() => S.newTrigger('f').timeBased().inTimezone('Mars/Olympus')).toThrow();
  });
  it('add-on: one clock trigger per user per document', () => {
    const emu = createEmulator({ deployment: 'addon' });
    const S = emu.globals.ScriptApp;
    S.newTrigger('a').timeBased().everyDays(1).atHour(7).create();
    expect(() => S.newTrigger('b').timeBased().everyHours(6).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => S.newTrigger('c').timeBased().everyMinutes(5).create()).toThrow();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!;
    expect(S.getUserTriggers(ss)).toHaveLength(1);
  });
  it('bound: several clock triggers are fine', () => {
    const S = createEmulator().globals.ScriptApp;
    S.newTrigger('a').timeBased().everyDays(1).create();
    S.newTrigger('b').timeBased().everyDays(1).create();
    expect(S.getProjectTriggers()).toHaveLength(2);
  });
});

describe('Session, Utilities, Logger, console', () => {
  it('session', () => {
    const s = createEmulator({ user: 'kasserer@example.org' }).globals.Session;
    expect(s.getActiveUser().getEmail()).toBe('kasserer@example.org');
    expect(s.getEffectiveUser().getEmail()).toBe('kasserer@example.org');
    expect(s.getScriptTimeZone()).toBe('Europe/Oslo');
    expect(s.getTemporaryActiveUserKey()).toMatch(/\S{10,}/);
  });
  it('formatDate patterns', () => {
    const u = createEmulator().globals.Utilities;
    const d = new Date('2026-01-04T23:05:09Z'); // Mon 5 Jan 00:05:09 in Oslo
    expect(u.formatDate(d, 'Europe/Oslo', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-01-05 00:05:09');
    expect(u.formatDate(d, 'Europe/Oslo', 'd.M.yy H')).toBe('5.1.26 0');
    expect(u.formatDate(d, 'Europe/Oslo', "EEE dd 'kl.' HH")).toBe('Mon 05 kl. 00');
    expect(u.formatDate(d, 'UTC', 'yyyy-MM-dd')).toBe('2026-01-04');
    expect(() => u.formatDate('2026-01-01' as any, 'UTC', 'yyyy')).toThrow(/method signature/);
  });
  it('sleep advances the clock', () => {
    const emu = createEmulator();
    emu.globals.Utilities.sleep(1500);
    expect(emu.clock.now().toISOString()).toBe('2026-01-15T09:00:01.500Z');
    expect(emu.globals.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('logs are captured', () => {
    const emu = createEmulator();
    emu.globals.Logger.log('antall: %s', 3);
    emu.globals.console.warn('obs', { a: 1 });
    expect(emu.logs.map((l) => [l.source, l.level, l.message])).toEqual([
      ['Logger', 'log', 'antall: 3'],
      ['console', 'warn', 'obs {"a":1}'],
    ]);
  });
});
