/**
 * What a sidebar call works with: a Workbook reading each sheet at most once, the sheet's time zone, today.
 * Saves run under the document lock with a fresh read, so IDs and checks see what the other leader just saved.
 */
import type { IsoDate } from '../../domain/calendar';
import { todayIn } from '../../sheets/cellDates';
import type { ParsedTable } from '../../sheets/parseTable';
import { Workbook } from '../../sheets/workbook';
import { allocateIds } from '../allocateIds';
import { UserError } from '../errors';
import type { Ports } from '../ports';

export interface Session { wb: Workbook; tz: string; now: Date; today: IsoDate }

export function openSession(ports: Ports): Session {
  const ss = ports.spreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const now = ports.clock.now();
  return { wb: new Workbook(ss, tz), tz, now, today: todayIn(now, tz) };
}

/** Runs a save under the lock with its own fresh session. */
export function underLock<T>(ports: Ports, fn: (s: Session) => T): T {
  return ports.lock.withLock(() => fn(openSession(ports)));
}

/** The table, refusing when its sheet or one of its columns is missing (the sheet was edited by hand). */
export function usable<R>(parsed: ParsedTable<R>): ParsedTable<R> {
  const sheet = parsed.def.sheetName;
  if (!parsed.exists) throw new UserError(`Arket «${sheet}» finnes ikke. Kjør «Sett opp / oppdater arkene» først.`);
  const missing = parsed.def.columns.filter((c) => !parsed.columnIndex.has(c.field)).map((c) => `«${c.header}»`);
  if (missing.length > 0) throw new UserError(`Arket «${sheet}» mangler kolonnen ${missing.join(', ')}. Kjør «Sett opp / oppdater arkene» først.`);
  return parsed;
}

/** Appends one new record with the next free ID (allocateIds: never reused, not even after a hand deletion). */
export function appendWithNewId<R>(ports: Ports, s: Session, parsed: ParsedTable<R>, make: (id: string) => R): R {
  const [id] = allocateIds(ports, s.wb, parsed.def);
  const record = make(id!);
  s.wb.append(parsed, [record]);
  return record;
}
