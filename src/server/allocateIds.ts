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

export function allocateIds(ports: Ports, wb: Workbook, def: TableDef<any>, count = 1): string[] {
  if (!def.idKind) throw new Error(`${def.sheetName} has no ID kind`);
  const table = wb.read(def);
  const col = table.columnIndex.get(def.keyField);
  const grid = wb.grid(def.sheetName) ?? [];
  const existing = col === undefined ? [] : grid.slice(1).map((r) => String(r[col] ?? '').trim());
  const highWater = Number(ports.properties.get(key(def.idKind)) ?? 0) || 0;
  const ids = nextIds(def.idKind, existing, highWater, count);
  if (ids.length > 0) {
    const last = ids[ids.length - 1]!;
    ports.properties.set(key(def.idKind), String(Number(last.slice(last.indexOf('-') + 1))));
  }
  return ids;
}
