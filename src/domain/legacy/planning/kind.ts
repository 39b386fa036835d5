/** What a kind's planner gets for one row that read cleanly, and what it answers: imported, or set aside because … */
import type { ReadRow, TableContext } from './row';
import type { Person, PlanState, Role } from './state';
import { checkRecord, type SafeSchema, type Values } from './templates';

export interface RowContext {
  state: PlanState;
  table: TableContext;
  v: Values;
  /** The people the row names, filled in by the planner (shown in the preview and logged). */
  ids: { volunteer?: string; participant?: string };
  /** What the preview shows for the row; a planner may add a link (the match). */
  shown: ReadRow['shown'];
  /** The row's note with her own words and dateless «ja» appended. */
  noteWith(...extra: string[]): string;
  /** «Label (opprinnelig): her words» where a mapped value is coarser than what she wrote, else ''. */
  extraNote(key: string, label: string): string;
  /** Something the leader should check on an imported row: it goes to Importavvik as «Importert med merknad». */
  flag(text: string): void;
  /** The person a name cell links to, or why the row cannot be placed: see PlanState.who. Short forms are flagged. */
  person(role: Role, raw: string): { ok: true; person: Person } | { ok: false; reason: string };
}

export type RowOutcome = { imported: string } | { setAside: string };

export type KindPlanner = (row: RowContext) => RowOutcome;

export const imported = (id: string): RowOutcome => ({ imported: id });
export const setAside = (reason: string): RowOutcome => ({ setAside: reason });

/**
 * The record checked against its schema: set aside for a wrong value; kept, flagged, for a value the rules want
 * and the row lacks. Null: go on.
 */
export function refusal(row: RowContext, schema: SafeSchema, record: object): RowOutcome | null {
  const { refused, missing } = checkRecord(schema, record, row.table.labels);
  if (refused) return setAside(refused);
  if (missing) row.flag(`${missing} Raden er importert likevel; datasjekken viser den til verdien er fylt inn.`);
  return null;
}
