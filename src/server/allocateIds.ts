/**
 * The one way to assign new IDs. Call it inside `ports.lock.withLock`, after a fresh read: it takes every ID
 * present in the sheet (valid rows or not) and a remembered high-water mark, so an ID is never reused, not
 * even after its row was deleted by hand.
 */
import { nextIds } from '../domain/ids';
import type { TableDef } from '../sheets/tableDef';
import type { Workbook } from '../sheets/workbook';
import type { Ports } from './ports';

const key = (kind: string) => `ressursvenn.lastId.${kind}`;

/** The remembered highest ID number of a kind (0 when none). */
export function highWaterMark(ports: Ports, kind: string): number {
  return Number(ports.properties.get(key(kind)) ?? 0) || 0;
}

/** Remembers `ids` as used (for code that plans many IDs at once, such as the legacy import). */
export function rememberIds(ports: Ports, kind: string, ids: readonly string[]): void {
  let max = highWaterMark(ports, kind);
  for (const id of ids) max = Math.max(max, Number(id.slice(id.indexOf('-') + 1)) || 0);
  if (max > highWaterMark(ports, kind)) ports.properties.set(key(kind), String(max));
}

export function allocateIds(ports: Ports, wb: Workbook, def: TableDef<any>, count = 1): string[] {
  if (!def.idKind) throw new Error(`${def.sheetName} has no ID kind`);
  const table = wb.read(def);
  const col = table.columnIndex.get(def.keyField);
  const grid = wb.grid(def.sheetName) ?? [];
  const existing = col === undefined ? [] : grid.slice(1).map((r) => String(r[col] ?? '').trim());
  const highWater = highWaterMark(ports, def.idKind);
  const ids = nextIds(def.idKind, existing, highWater, count);
  if (ids.length > 0) {
    const last = ids[ids.length - 1]!;
    ports.properties.set(key(def.idKind), String(Number(last.slice(last.indexOf('-') + 1))));
  }
  return ids;
}
