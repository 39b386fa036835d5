/** What a kind's planner gets for one row that read cleanly, and what it answers: imported, or set aside because … */
import type { ReadRow, TableContext } from './row';
import type { PlanState } from './state';
import type { Values } from './templates';

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
}

export type RowOutcome = { imported: string } | { setAside: string };

export type KindPlanner = (row: RowContext) => RowOutcome;

export const imported = (id: string): RowOutcome => ({ imported: id });
export const setAside = (reason: string): RowOutcome => ({ setAside: reason });
