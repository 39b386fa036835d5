/**
 * The only place that names Apps Script globals: thin adapters from the ports to SpreadsheetApp, LockService,
 * MailApp, PropertiesService, ScriptApp, Session and HtmlService. They work in a bound script and in an
 * editor add-on, where a time-driven trigger may have no active spreadsheet, document lock or properties.
 */
import { BusyError, UserError } from '../server/errors';
import type { LockPort, MailPort, Ports, PropertiesPort, TriggerPort, UiPort } from '../server/ports';
import type { Spreadsheet } from '../sheets/workbook';

const LOCK_WAIT_MS = 10_000;
export const SPREADSHEET_ID_PROPERTY = 'ressursvenn.spreadsheetId';

function lockPort(): LockPort {
  return {
    withLock<T>(fn: () => T): T {
      const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
      if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError();
      try {
        const result = fn();
        SpreadsheetApp.flush();
        return result;
      } finally {
        lock.releaseLock();
      }
    },
  };
}

function propertiesPort(): PropertiesPort {
  const store = PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties();
  return {
    get: (k) => store.getProperty(k),
    set: (k, v) => { store.setProperty(k, v); },
    delete: (k) => { store.deleteProperty(k); },
  };
}

function mailPort(): MailPort {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: (m) => {
      MailApp.sendEmail({ to: m.to, subject: m.subject, body: m.body, htmlBody: m.htmlBody, name: m.name ?? 'Ressursvenn' });
    },
  };
}

function triggerPort(spreadsheet: () => Spreadsheet): TriggerPort {
  const info = (t: GoogleAppsScript.Script.Trigger) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction() });
  return {
    list: () => ScriptApp.getUserTriggers(spreadsheet()).map(info),
    createDaily: (handler, hour, tz) => info(ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(tz).create()),
    createMonthly: (handler, day, hour, tz) => info(ScriptApp.newTrigger(handler).timeBased().onMonthDay(day).atHour(hour).inTimezone(tz).create()),
    remove: (id) => {
      for (const t of ScriptApp.getUserTriggers(spreadsheet())) if (t.getUniqueId() === id) ScriptApp.deleteTrigger(t);
    },
  };
}

/** The menu and dialogs. Only call where a UI exists (menu items, sidebar), never from a trigger. */
export function uiPort(): UiPort {
  const ui = SpreadsheetApp.getUi();
  return {
    alert: (title, message) => { ui.alert(title, message, ui.ButtonSet.OK); },
    confirm: (title, message) => ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES,
    toast: (message, title) => { SpreadsheetApp.getActiveSpreadsheet()?.toast(message, title); },
    showSidebar: (file, title) => { ui.showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title)); },
    showDialog: (file, title, width, height) => { ui.showModalDialog(HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height), title); },
    addMenu: (items) => {
      const menu = ui.createAddonMenu();
      for (const item of items) if (item) menu.addItem(item[0], item[1]); else menu.addSeparator();
      menu.addToUi();
    },
  };
}

export interface GasPortOptions { withUi: boolean }

export function gasPorts(options: GasPortOptions): Ports {
  let cached: Spreadsheet | null = null;
  const properties = propertiesPort();
  const spreadsheet = (): Spreadsheet => {
    if (cached) return cached;
    const active = SpreadsheetApp.getActiveSpreadsheet();
    if (active) return (cached = active);
    const id = properties.get(SPREADSHEET_ID_PROPERTY);
    if (!id) throw new UserError('Fant ikke regnearket. Åpne regnearket og slå påminnelsene av og på igjen.');
    return (cached = SpreadsheetApp.openById(id));
  };
  return {
    spreadsheet,
    sheetServices: {
      newDataValidation: () => SpreadsheetApp.newDataValidation(),
      protectionType: { RANGE: SpreadsheetApp.ProtectionType.RANGE, SHEET: SpreadsheetApp.ProtectionType.SHEET },
    },
    lock: lockPort(),
    clock: { now: () => new Date() },
    mail: mailPort(),
    properties,
    triggers: triggerPort(spreadsheet),
    ui: options.withUi ? uiPort() : null,
    user: { email: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() },
    log: (message) => { console.error(message); },
  };
}
