/**
 * The only place that names Apps Script globals: thin adapters from the ports to SpreadsheetApp, LockService,
 * MailApp, PropertiesService, ScriptApp, Session and HtmlService. They work in a bound script and in an
 * editor add-on, where a time-driven trigger may have no active spreadsheet, document lock or properties.
 */
import { BusyError, UserError } from '../server/errors';
import { TRIGGER_SPREADSHEET_PREFIX } from '../server/reminderSwitch';
import type { BlobPort, CryptoPort, HttpPort, LockPort, MailPort, Ports, PropertiesPort, TriggerPort, UiPort } from '../server/ports';
import type { Spreadsheet } from '../sheets/workbook';

const LOCK_WAIT_MS = 10_000;

function lockPort(): LockPort {
  return {
    withLock<T>(fn: () => T): T {
      const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
      if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError();
      try {
        return fn();
      } finally {
        // Flush before release even when fn threw: writes already made (a ledger row after a sent email) must be
        // visible to the next holder of the lock, not applied after it.
        try {
          SpreadsheetApp.flush();
        } finally {
          lock.releaseLock();
        }
      }
    },
  };
}

function propertiesPort(store: GoogleAppsScript.Properties.Properties): PropertiesPort {
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
      MailApp.sendEmail({
        to: m.to, subject: m.subject, body: m.body, htmlBody: m.htmlBody, name: m.name ?? 'Ressursvenn',
        ...(m.attachments ? { attachments: m.attachments } : {}), ...(m.inlineImages ? { inlineImages: m.inlineImages } : {}),
      });
    },
  };
}

function httpPort(): HttpPort {
  return {
    postJson: (url, body) => {
      const r = UrlFetchApp.fetch(url, { method: 'post', contentType: 'application/json', payload: body, muteHttpExceptions: true, followRedirects: true });
      return { code: r.getResponseCode(), text: r.getContentText() };
    },
  };
}

function cryptoPort(): CryptoPort {
  return {
    sha256Hex: (text) => Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8).map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join(''),
    newKey: () => (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '').toLowerCase(),
  };
}

/** A web app's answer: JSON text (ContentService). */
export function jsonOutput(json: string): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(json).setMimeType(ContentService.MimeType.JSON);
}

function blobPort(): BlobPort {
  return {
    text: (name, contentType, text) => Utilities.newBlob(text, contentType, name),
    pdfFromHtml: (name, html) => Utilities.newBlob(html, 'text/html', name).getAs('application/pdf').setName(name),
  };
}

/**
 * This user's triggers for this document: getUserTriggers(ss) finds an add-on's (they belong to the document),
 * but not a bound script's time-driven ones, so project triggers whose saved spreadsheet id is this one count
 * too. Both calls return only the current user's triggers; another leader's are invisible (and undeletable)
 * here, which is why reminderSwitch records who switched reminders on.
 */
function documentTriggers(spreadsheet: () => Spreadsheet, userProperties: PropertiesPort): GoogleAppsScript.Script.Trigger[] {
  const ss = spreadsheet();
  const found = new Map<string, GoogleAppsScript.Script.Trigger>();
  for (const t of ScriptApp.getUserTriggers(ss)) found.set(t.getUniqueId(), t);
  for (const t of ScriptApp.getProjectTriggers()) if (userProperties.get(triggerSpreadsheetKey(t.getUniqueId())) === ss.getId()) found.set(t.getUniqueId(), t);
  return [...found.values()];
}

function triggerPort(spreadsheet: () => Spreadsheet, userProperties: PropertiesPort): TriggerPort {
  const info = (t: GoogleAppsScript.Script.Trigger) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction() });
  return {
    list: () => documentTriggers(spreadsheet, userProperties).map(info),
    createDaily: (handler, hour, tz) => info(ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(tz).create()),
    remove: (id) => {
      for (const t of documentTriggers(spreadsheet, userProperties)) if (t.getUniqueId() === id) ScriptApp.deleteTrigger(t);
    },
  };
}

/** JSON for a dialog page, inert (type application/json) and with `<` escaped so no text can close the element. */
export function dialogDataScript(data: object): string {
  return `<script type="application/json" id="dialog-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** The menu and dialogs. Only call where a UI exists (menu items, sidebar), never from a trigger. */
export function uiPort(): UiPort {
  const ui = SpreadsheetApp.getUi();
  return {
    alert: (title, message) => { ui.alert(title, message, ui.ButtonSet.OK); },
    confirm: (title, message) => ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES,
    prompt: (title, message) => {
      const r = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return r.getSelectedButton() === ui.Button.OK ? r.getResponseText() : null;
    },
    toast: (message, title) => { SpreadsheetApp.getActiveSpreadsheet()?.toast(message, title); },
    showSidebar: (file, title) => { ui.showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title)); },
    showDialog: (file, title, width, height, data) => {
      const page = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
      if (data) page.append(dialogDataScript(data));
      ui.showModalDialog(page, title);
    },
    showHtmlDialog: (html, title, width, height) => { ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title); },
    addMenu: (items) => {
      const menu = ui.createAddonMenu();
      for (const item of items) if (item) menu.addItem(item[0], item[1]); else menu.addSeparator();
      menu.addToUi();
    },
  };
}

export interface GasPortOptions {
  withUi: boolean;
  /** The `triggerUid` of a time-driven trigger's event: the key under which reminders saved the spreadsheet id. */
  triggerUid?: string;
}

/** User property naming the spreadsheet a reminder trigger works on (add-on triggers have no active one). */
export function triggerSpreadsheetKey(triggerUid: string): string {
  return TRIGGER_SPREADSHEET_PREFIX + triggerUid;
}

export function gasPorts(options: GasPortOptions): Ports {
  let cached: Spreadsheet | null = null;
  const userProperties = propertiesPort(PropertiesService.getUserProperties());
  const properties = propertiesPort(PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties());
  const spreadsheet = (): Spreadsheet => {
    if (cached) return cached;
    const active = SpreadsheetApp.getActiveSpreadsheet();
    if (active) return (cached = active);
    const id = options.triggerUid ? userProperties.get(triggerSpreadsheetKey(options.triggerUid)) : null;
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
    blobs: blobPort(),
    http: httpPort(),
    crypto: cryptoPort(),
    flush: () => { SpreadsheetApp.flush(); },
    properties,
    userProperties,
    uuid: () => Utilities.getUuid(),
    sleep: (ms) => { Utilities.sleep(ms); },
    triggers: triggerPort(spreadsheet, userProperties),
    ui: options.withUi ? uiPort() : null,
    user: { email: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() },
    log: (message) => { console.error(message); },
  };
}
