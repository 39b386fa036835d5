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
/** Script property naming who holds a spreadsheet's lease (JSON {@link Lease}); one key per spreadsheet id. */
export const LEASE_PREFIX = 'ressursvenn.lease.';
/** Longer than an execution may run (6 minutes): a lease left behind by a killed execution frees itself. */
export const LEASE_MS = 6.5 * 60_000;
/** How often a waiting execution looks again. */
const LEASE_POLL_MS = 250;

interface Lease { token: string; until: number }

function readLease(raw: string | null): Lease | null {
  try {
    const l = JSON.parse(raw ?? 'null') as Partial<Lease> | null;
    return l && typeof l.token === 'string' && typeof l.until === 'number' ? { token: l.token, until: l.until } : null;
  } catch {
    return null;
  }
}

/** Runs `fn` holding the script lock (waiting at most until `deadline`); false when it could not be had. */
function underScriptLock(now: () => number, deadline: number, fn: () => void): boolean {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(Math.max(0, deadline - now()))) return false;
  try {
    fn();
  } finally {
    lock.releaseLock();
  }
  return true;
}

/**
 * One lock for every execution that writes a spreadsheet, in both deployment modes: a lease on that spreadsheet's
 * id in the script properties, taken and given back under the script lock. The document lock cannot be it: an
 * editor add-on's time-driven trigger has none, and falling back to the script lock there let a trigger run and
 * a menu run (holding the document lock) both send. The script lock itself is held only for the few
 * milliseconds of reading and writing the lease, never for the work, so in an add-on (where the script lock is
 * shared by every association's document) associations do not wait on each other's work; in a bound script it
 * belongs to this file only. Re-entrant within one set of ports (one execution).
 */
function lockPort(spreadsheetId: () => string, now: () => number): LockPort {
  let depth = 0;
  return {
    withLock<T>(fn: () => T): T {
      if (depth > 0) {
        depth++;
        try { return fn(); } finally { depth--; }
      }
      const key = LEASE_PREFIX + spreadsheetId();
      const props = PropertiesService.getScriptProperties();
      const token = Utilities.getUuid();
      const deadline = now() + LOCK_WAIT_MS;
      for (;;) {
        let taken = false;
        const answered = underScriptLock(now, deadline, () => {
          const held = readLease(props.getProperty(key));
          if (held && held.until > now()) return;
          props.setProperty(key, JSON.stringify({ token, until: now() + LEASE_MS } satisfies Lease));
          taken = true;
        });
        if (taken) break;
        if (!answered || now() + LEASE_POLL_MS > deadline) throw new BusyError();
        Utilities.sleep(LEASE_POLL_MS);
      }
      depth = 1;
      try {
        return fn();
      } finally {
        depth = 0;
        // Flush before release even when fn threw: writes already made (a ledger row after a sent email) must be
        // visible to the next holder of the lease, not applied after it.
        try {
          SpreadsheetApp.flush();
        } finally {
          // Give the lease back only if it is still ours; if the script lock cannot be had, it expires by itself.
          underScriptLock(now, now() + LOCK_WAIT_MS, () => {
            if (readLease(props.getProperty(key))?.token === token) props.deleteProperty(key);
          });
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
  /** The clock (Apps Script's own by default; tests on Node pass the emulator's). */
  now?: () => Date;
}

/** User property naming the spreadsheet a reminder trigger works on (add-on triggers have no active one). */
export function triggerSpreadsheetKey(triggerUid: string): string {
  return TRIGGER_SPREADSHEET_PREFIX + triggerUid;
}

export function gasPorts(options: GasPortOptions): Ports {
  const now = options.now ?? (() => new Date());
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
    lock: lockPort(() => spreadsheet().getId(), () => now().getTime()),
    clock: { now },
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
