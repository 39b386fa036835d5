/** The shape of a table definition: one sheet (or one block of a sheet), its columns, its record schema. */
import type { IdKind } from '../domain/ids';
import type { ColumnKind } from './cells';

export interface ColumnDef<R> {
  field: keyof R & string;
  header: string;
  kind: ColumnKind;
  /** Shown as the header cell's note. */
  help: string;
  width?: number;
  /** Dropdown values; 'shelters' means the shelter names in Innstillinger. */
  list?: readonly string[] | 'shelters';
  /** Range for a number-between validation. */
  range?: readonly [number, number];
}

/** What a zod (mini) schema offers that the table code needs. */
export interface RecordSchema<R> {
  safeParse(input: unknown): { success: true; data: R } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export interface TableDef<R> {
  key: string;
  sheetName: string;
  columns: readonly ColumnDef<R>[];
  schema: RecordSchema<R>;
  /** The ID column (first column) and its kind; absent for blocks keyed otherwise (settings). */
  idKind?: IdKind;
  keyField: keyof R & string;
  /** Logs (ledger, run log) repeat their key column; other tables treat a repeated key as an error. */
  repeatedKeys?: boolean;
  hidden?: boolean;
  /** Protect the whole sheet to the owner (contact details), not only the header row. */
  protectSheet?: boolean;
  /** Header text colour band for the leader's orientation. */
  tabColor?: string;
}

export function column<R>(def: ColumnDef<R>): ColumnDef<R> {
  return def;
}
