/**
 * The reminder run on the emulator through the real gas adapters: exactly once across runs, mail faults,
 * the daily quota, the trigger switched on twice, and the trigger context of a bound script and of an add-on.
 */
import { reminderStatus, disableReminders, enableReminders } from '../../src/server/reminderSwitch';
import type { Ports } from '../../src/server/ports';
import { sendAll } from '../../src/server/reminderMail';
import { runReminders, runRemindersLogged } from '../../src/server/runReminders';
import { setupSheets } from '../../src/server/setupSheets';
import { SCOPE_SPREADSHEETS, type Deployment } from '../emulator';
import { QUOTA_ERROR } from '../emulator/mail';
import { gasHarness, type GasHarness } from '../support/harness';
import { SAMPLE_NOW, typeSampleAssociation, typeSettings } from '../support/sampleAssociation';

const LEADERS = ['a@example.org', 'b@example.org', 'c@example.org'];
const COMMON = ['https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/userinfo.email'];

let h: GasHarness;
function start(opts: { deployment?: Deployment; scopes?: string[] } = {}): void {
  h = gasHarness({ now: SAMPLE_NOW, ...opts });
  h.run((p) => setupSheets(p));
  typeSampleAssociation(h.emu);
  typeSettings(h.emu, { 'Gruppeledere (e-post)': LEADERS.join('; ') }, []);
}
afterEach(() => h.dispose());

const run = () => h.run((p) => runReminders(p), 'trigger');
const ledger = () => h.emu.sheetValues('Varsellogg').slice(1).map((r) => `${r[1]} ${r[2]}`);
const keysSentTo = (to: string) => ledger().filter((l) => l.startsWith(`${to} `)).map((l) => l.split(' ')[1]!);
const runLog = () => h.emu.sheetValues('Kjørelogg').slice(1).map((r) => [r[1], r[2], r[3], r[4]]);

describe('exactly once', () => {
  test('one digest per leader; a second run the same day sends nothing and records nothing', () => {
    start();
    const first = run();
    expect(first).toMatchObject({ result: 'OK', sent: 3, kept: 0 });
    expect(h.emu.mail.sent.map((m) => m.to)).toEqual(LEADERS);
    const rows = ledger().length;
    expect(rows).toBe(first.items);
    h.emu.clock.advance(6 * 3600_000);
    expect(run()).toMatchObject({ result: 'Ingenting nytt', sent: 0 });
    expect(h.emu.mail.sent).toHaveLength(3);
    expect(ledger()).toHaveLength(rows);
    expect(runLog().map((r) => r[0])).toEqual(['OK', 'Ingenting nytt']);
    expect(h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
  });

  test('a transient mail fault on the 2nd of 3 sends is retried: all three go out once', () => {
    start();
    h.emu.mail.failOn(2);
    expect(run()).toMatchObject({ result: 'OK', sent: 3, kept: 0 });
    expect(h.emu.mail.sent.map((m) => m.to)).toEqual(LEADERS);
    expect(new Set(ledger()).size).toBe(ledger().length);
  });

  test('a mail fault that persists on the 2nd of 3: no loss, no duplicate after the next run', () => {
    start();
    h.emu.mail.failOn(2); h.emu.mail.failOn(3); h.emu.mail.failOn(4); // the send and both retries
    const first = run();
    expect(first).toMatchObject({ result: 'Delvis', sent: 2, kept: 1 });
    expect(h.emu.mail.sent.map((m) => m.to)).toEqual(['a@example.org', 'c@example.org']);
    expect(keysSentTo('b@example.org')).toEqual([]);
    expect(runLog()[0]![3]).toMatch(/kunne ikke sendes og prøves igjen/);
    const aKeys = keysSentTo('a@example.org');

    h.emu.clock.advance(24 * 3600_000);
    expect(run()).toMatchObject({ result: 'OK', sent: 3 });
    const second = h.emu.mail.sent.slice(2);
    // b gets everything a got yesterday, plus the notice about the failed run; a and c only that notice.
    expect(second.map((m) => m.to)).toEqual(LEADERS);
    for (const k of aKeys) expect(keysSentTo('b@example.org')).toContain(k);
    expect(second[0]!.body).toMatch(/ble ikke fullført \(Delvis\)/);
    // The open concern rides on top of every digest until cleared; nothing else was sent twice to anyone.
    expect(second[0]!.body.split('\n')[2]).toBe('BEKYMRING – TA KONTAKT MED EN GANG');
    for (const to of LEADERS) {
      const keys = keysSentTo(to).filter((k) => !k.startsWith('concern:'));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('a ledger write that fails after a send', () => {
  test('the rest still go out and are recorded; the log row has the real count, and no address', () => {
    start();
    // The first setValues of the run is the ledger row of the first digest, right after it was sent; it fails on
    // every attempt (a passing fault is retried, test/fidelity/exactlyOnce.test.ts).
    for (const n of [1, 2, 3]) h.emu.faults.failOn('Range.setValues', n, 'Service Spreadsheets failed while accessing document a@example.org');
    const summary = run();
    expect(summary).toMatchObject({ result: 'Delvis', sent: 3, kept: 0 });
    expect(h.emu.mail.sent.map((m) => m.to)).toEqual(LEADERS);
    expect(keysSentTo('a@example.org')).toEqual([]);
    expect(keysSentTo('b@example.org').length).toBeGreaterThan(0);
    expect(keysSentTo('c@example.org').length).toBeGreaterThan(0);
    const row = runLog()[0]!;
    expect(row.slice(0, 3)).toEqual(['Delvis', 3, 0]);
    expect(row[3]).toMatch(/1 sendt\(e\) e-post\(er\) kunne ikke føres i Varsellogg og kan bli sendt igjen: Service Spreadsheets failed/);
    expect(String(row[3])).not.toContain('@');
    expect(h.emu.logs.some((l) => JSON.stringify(l).includes('ikke ført i Varsellogg'))).toBe(true);
  });
});

describe('quota', () => {
  test('checked before sending: what does not fit is kept for the next run and the log says so', () => {
    start();
    h.emu.mail.setRemaining(1);
    expect(run()).toMatchObject({ result: 'Delvis', sent: 1, kept: 2 });
    expect(h.emu.mail.sent.map((m) => m.to)).toEqual(['a@example.org']);
    expect(keysSentTo('b@example.org')).toEqual([]);
    expect(runLog()[0]![3]).toMatch(/E-postkvoten for i dag er brukt opp: 2 e-post\(er\) sendes ved neste kjøring/);
    h.emu.clock.advance(24 * 3600_000);
    h.emu.mail.setRemaining(100);
    run();
    expect(h.emu.mail.sent.slice(1).map((m) => m.to)).toEqual(LEADERS);
    for (const k of keysSentTo('a@example.org').filter((x) => !x.startsWith('run-failed:'))) expect(keysSentTo('c@example.org')).toContain(k);
  });

  test('a quota error while sending stops at once (no retry) and keeps the rest', () => {
    start();
    h.emu.mail.failOn(1, QUOTA_ERROR);
    expect(run()).toMatchObject({ result: 'Delvis', sent: 0, kept: 3 });
    expect(h.emu.mail.sent).toEqual([]);
    expect(ledger()).toEqual([]);
    expect(h.emu.calls.snapshot()['MailApp.sendEmail']).toBe(1);
  });
});

describe('the Koblinger column', () => {
  test('shows the next deadline, red when overdue, amber when due', () => {
    start();
    run();
    const grid = h.emu.sheetValues('Koblinger');
    const col = grid[0]!.indexOf('Neste frist');
    const byId = new Map(grid.slice(1).map((r, i) => [r[0], { text: r[col], bg: h.emu.cell('Koblinger', i + 2, col + 1)?.bg ?? null }]));
    expect(byId.get('K-002')).toEqual({ text: 'Forfalt: Bekymring (01.10.2026)', bg: '#f4c7c3' });
    // Logged next follow-up 27.11 is within a week: amber.
    expect(byId.get('K-001')).toEqual({ text: '27.11.2026: Oppfølging', bg: '#fce8b2' });
    expect(byId.get('K-006')).toEqual({ text: '', bg: null });
    expect(byId.get('K-004')!.bg).toBe('#fce8b2');
  });
});

describe('switching reminders on and off', () => {
  test.each(['bound', 'addon'] as const)('%s: on twice gives one trigger; the trigger finds its spreadsheet; off removes it', (deployment) => {
    start({ deployment, scopes: [SCOPE_SPREADSHEETS, ...COMMON] });
    h.run((p) => enableReminders(p));
    const status = h.run((p) => enableReminders(p));
    expect(status).toMatchObject({ on: true, hour: 7, timeZone: 'Europe/Oslo', triggers: 1 });
    const triggers = h.emu.triggers.list();
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ handler: 'runDailyReminders', everyDays: 1, atHour: 7, timeZone: 'Europe/Oslo' });

    const summary = h.emu.run('trigger', () => runRemindersLogged(h.ports({ triggerUid: triggers[0]!.id })));
    expect(summary).toMatchObject({ result: 'OK', sent: 3 });

    h.run((p) => disableReminders(p));
    expect(h.emu.triggers.list()).toEqual([]);
    expect(h.run((p) => reminderStatus(p)).on).toBe(false);
    expect(runLog().map((r) => r[0])).toEqual(['Slått på', 'Slått på', 'OK', 'Slått av']);
  });

  test('add-on with only spreadsheets.currentonly: the trigger cannot open the file and says why', () => {
    start({ deployment: 'addon' });
    h.run((p) => enableReminders(p));
    const uid = h.emu.triggers.list()[0]!.id;
    expect(() => h.emu.run('trigger', () => runRemindersLogged(h.ports({ triggerUid: uid })))).toThrow(/openById/);
    expect(h.emu.mail.sent).toEqual([]);
  });
});

describe('review fixes', () => {
  test('a sheet whose ID header is gone is an overdue item linking to the sheet, not silence', () => {
    start();
    const gid = h.run((p) => { const s = p.spreadsheet().getSheetByName('Koblinger')!; s.getRange(1, 1).setValue('Nummer'); return s.getSheetId(); });
    run();
    const mail = h.emu.mail.sent[0]!;
    const forfalt = mail.body.slice(mail.body.indexOf('FORFALT'));
    expect(forfalt).toContain('Kolonnen «ID» mangler');
    expect(mail.htmlBody).toContain(`#gid=${gid}"`);
  });

  test('an invalid setting is told again a week later while it stays invalid', () => {
    start();
    typeSettings(h.emu, { 'Oppfølging hver (dager)': 'hver måned' }, []);
    run();
    expect(h.emu.mail.sent[0]!.body).toContain('«Oppfølging hver (dager)» er ugyldig');
    h.emu.clock.advance(7 * 24 * 3600_000);
    run();
    expect(h.emu.mail.sent.slice(3).map((m) => m.body.includes('«Oppfølging hver (dager)» er ugyldig'))).toEqual([true, true, true]);
  });

  test('the monthly-report item links to last month\'s report sheet when it has been made', () => {
    h = gasHarness({ now: new Date('2026-12-01T08:00:00Z') });
    h.run((p) => setupSheets(p));
    typeSampleAssociation(h.emu);
    const gid = h.run((p) => p.spreadsheet().insertSheet('Rapport 2026-11').getSheetId());
    run();
    const mail = h.emu.mail.sent[0]!;
    expect(mail.body).toContain('Lag månedsrapport for november 2026');
    expect(mail.htmlBody).toMatch(new RegExp(`#gid=${gid}"[^]*Lag månedsrapport|Lag månedsrapport[^]*#gid=${gid}"`));
  });

  test('a retried mail error is logged without the address in it', () => {
    const logs: string[] = [];
    let calls = 0;
    const ports = {
      mail: { remainingQuota: () => 10, send: () => { if (calls++ === 0) throw new Error('Ugyldig mottaker: kari.nordmann@example.org'); } },
      log: (m: string) => logs.push(m), sleep: () => undefined,
    } as unknown as Ports;
    expect(sendAll(ports, [{ message: { to: 'x@example.org', subject: 's', body: 'b' }, onSent: () => undefined }])).toMatchObject({ sent: 1 });
    expect(logs).toHaveLength(1);
    expect(logs[0]).not.toContain('@');
  });
});
