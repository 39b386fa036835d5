/** ScriptApp: installable triggers with Google's add-on limits. */
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core, TriggerRecord } from './core';
import { Spreadsheet } from './spreadsheet';
import { isValidTimeZone } from './time';

export const AuthMode = Object.freeze({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' });
export const TriggerSource = Object.freeze({ SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' });
export const EventType = Object.freeze({ CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' });
export const WeekDay = Object.freeze({ MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY' });

export const ADDON_CLOCK_LIMIT = 'This add-on has created too many time-based triggers in this document for this Google user account.';
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const MAX_TRIGGERS_PER_USER = 20;

export class Trigger {
  constructor(readonly _core: Core, readonly _rec: TriggerRecord) {}
  getUniqueId(): string { return this._rec.id; }
  getHandlerFunction(): string { return this._rec.handler; }
  getEventType(): string { return this._rec.eventType; }
  getTriggerSource(): string { return this._rec.source; }
  getTriggerSourceId(): string | null { return this._rec.sourceId; }
}
instrument(Trigger, 'Trigger');

function visible(core: Core, r: TriggerRecord): boolean {
  if (r.user !== core.user) return false;
  // add-on triggers belong to the document they were created in
  if (core.opts.deployment === 'addon' && r.docId !== null && r.docId !== core.activeSpreadsheetId) return false;
  return true;
}

function install(core: Core, rec: Omit<TriggerRecord, 'id' | 'user' | 'docId' | 'createdAt'>, docId: string | null): Trigger {
  const mine = core.triggers.filter((t) => t.user === core.user);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw core.err(TOO_MANY_TRIGGERS);
  if (core.opts.deployment === 'addon') {
    const same = mine.filter((t) => t.docId === docId && t.eventType === rec.eventType);
    if (same.length > 0) {
      if (rec.eventType === 'CLOCK') throw core.err(ADDON_CLOCK_LIMIT);
      throw core.err(`This add-on has created too many ${rec.eventType} triggers in this document for this Google user account.`);
    }
  }
  const full: TriggerRecord = { ...rec, id: String(9000000 + core.nextTriggerId++), user: core.user, docId, createdAt: core.hostNow() };
  core.triggers.push(full);
  return new Trigger(core, full);
}

export class ClockTriggerBuilder {
  _rec: Partial<TriggerRecord> = {};
  constructor(readonly _core: Core, readonly _handler: string) {}
  _int(method: string, n: unknown, ok: (n: number) => boolean, msg: string): number {
    if (typeof n !== 'number' || !Number.isInteger(n)) throw this._core.sigErr(`ScriptApp.ClockTriggerBuilder.${method}`, describeType(n));
    if (!ok(n)) throw this._core.err(msg);
    return n;
  }
  everyMinutes(n: unknown): ClockTriggerBuilder {
    this._rec.everyMinutes = this._int('everyMinutes', n, (x) => [1, 5, 10, 15, 30].includes(x), 'The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this;
  }
  everyHours(n: unknown): ClockTriggerBuilder {
    this._rec.everyHours = this._int('everyHours', n, (x) => [1, 2, 4, 6, 8, 12].includes(x), 'The value you passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    return this;
  }
  everyDays(n: unknown): ClockTriggerBuilder {
    this._rec.everyDays = this._int('everyDays', n, (x) => x >= 1, 'The number of days must be at least 1.');
    return this;
  }
  everyWeeks(n: unknown): ClockTriggerBuilder {
    this._rec.everyWeeks = this._int('everyWeeks', n, (x) => x >= 1, 'The number of weeks must be at least 1.');
    return this;
  }
  atHour(h: unknown): ClockTriggerBuilder {
    this._rec.atHour = this._int('atHour', h, (x) => x >= 0 && x <= 23, 'The hour must be between 0 and 23.');
    return this;
  }
  nearMinute(m: unknown): ClockTriggerBuilder {
    this._rec.nearMinute = this._int('nearMinute', m, (x) => x >= 0 && x <= 59, 'The minute must be between 0 and 59.');
    return this;
  }
  onMonthDay(d: unknown): ClockTriggerBuilder {
    this._rec.monthDay = this._int('onMonthDay', d, (x) => x >= 1 && x <= 31, 'The day of the month must be between 1 and 31.');
    return this;
  }
  onWeekDay(day: unknown): ClockTriggerBuilder {
    if (typeof day !== 'string' || !(day in WeekDay)) throw this._core.sigErr('ScriptApp.ClockTriggerBuilder.onWeekDay', describeType(day));
    this._rec.weekDay = day;
    return this;
  }
  inTimezone(tz: unknown): ClockTriggerBuilder {
    if (typeof tz !== 'string') throw this._core.sigErr('ScriptApp.ClockTriggerBuilder.inTimezone', describeType(tz));
    if (!isValidTimeZone(tz)) throw this._core.err(`Invalid argument: timezone`);
    this._rec.timeZone = tz;
    return this;
  }
  at(date: unknown): ClockTriggerBuilder {
    if (Object.prototype.toString.call(date) !== '[object Date]') throw this._core.sigErr('ScriptApp.ClockTriggerBuilder.at', describeType(date));
    this._rec.at = new Date(Date.prototype.getTime.call(date));
    return this;
  }
  after(ms: unknown): ClockTriggerBuilder {
    this._rec.after = this._int('after', ms, (x) => x >= 0, 'The delay must be positive.');
    return this;
  }
  create(): Trigger {
    const r = this._rec;
    const freq = [r.everyMinutes, r.everyHours, r.everyDays, r.everyWeeks, r.monthDay, r.weekDay, r.at, r.after].filter((x) => x !== undefined);
    if (freq.length === 0) throw this._core.err('The trigger must have a schedule: call everyMinutes, everyHours, everyDays, everyWeeks, onMonthDay, onWeekDay, at or after.');
    if (this._core.opts.deployment === 'addon' && r.everyMinutes !== undefined) {
      throw this._core.err('Add-ons cannot create time-based triggers that run more often than once per hour.');
    }
    if (r.atHour !== undefined && r.everyDays === undefined && r.everyWeeks === undefined && r.monthDay === undefined && r.weekDay === undefined) {
      throw this._core.err('atHour can only be used with everyDays, everyWeeks, onMonthDay or onWeekDay.');
    }
    const docId = this._core.opts.deployment === 'addon' ? this._core.activeSpreadsheetId : null;
    return install(this._core, { ...r, handler: this._handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null }, docId);
  }
}
instrument(ClockTriggerBuilder, 'ClockTriggerBuilder');

export class SpreadsheetTriggerBuilder {
  _event = '';
  constructor(readonly _core: Core, readonly _handler: string, readonly _ssId: string) {}
  onOpen(): SpreadsheetTriggerBuilder { this._event = 'ON_OPEN'; return this; }
  onEdit(): SpreadsheetTriggerBuilder { this._event = 'ON_EDIT'; return this; }
  onChange(): SpreadsheetTriggerBuilder { this._event = 'ON_CHANGE'; return this; }
  onFormSubmit(): SpreadsheetTriggerBuilder { this._event = 'ON_FORM_SUBMIT'; return this; }
  create(): Trigger {
    if (!this._event) throw this._core.err('The trigger must have an event type: call onOpen, onEdit, onChange or onFormSubmit.');
    return install(this._core, { handler: this._handler, eventType: this._event, source: 'SPREADSHEETS', sourceId: this._ssId }, this._ssId);
  }
}
instrument(SpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');

export class TriggerBuilder {
  constructor(readonly _core: Core, readonly _handler: string) {}
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._core, this._handler);
  }
  forSpreadsheet(ss: unknown): SpreadsheetTriggerBuilder {
    let id: string;
    if (typeof ss === 'string') id = ss;
    else if (ss instanceof Spreadsheet) id = ss._st.id;
    else throw this._core.sigErr('ScriptApp.TriggerBuilder.forSpreadsheet', describeType(ss));
    return new SpreadsheetTriggerBuilder(this._core, this._handler, id);
  }
}
instrument(TriggerBuilder, 'TriggerBuilder');

export class ScriptAppImpl {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  constructor(readonly _core: Core) {}
  newTrigger(functionName: unknown): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw this._core.sigErr('ScriptApp.newTrigger', describeType(functionName));
    return new TriggerBuilder(this._core, functionName);
  }
  getProjectTriggers(): Trigger[] {
    return this._core.arr(this._core.triggers.filter((t) => visible(this._core, t)).map((t) => new Trigger(this._core, t)));
  }
  getUserTriggers(ss: unknown): Trigger[] {
    if (!(ss instanceof Spreadsheet)) throw this._core.sigErr('ScriptApp.getUserTriggers', describeType(ss));
    return this._core.arr(
      this._core.triggers.filter((t) => t.user === this._core.user && (t.docId === ss._st.id || t.sourceId === ss._st.id)).map((t) => new Trigger(this._core, t)),
    );
  }
  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof Trigger)) throw this._core.sigErr('ScriptApp.deleteTrigger', describeType(trigger));
    const i = this._core.triggers.findIndex((t) => t.id === trigger._rec.id);
    if (i >= 0) this._core.triggers.splice(i, 1);
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
}
instrument(ScriptAppImpl, 'ScriptApp');
