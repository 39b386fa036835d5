/** What the import dialog sends and gets back: JSON-safe, validated on the server with zod. */
import * as z from 'zod/mini';
import '../../domain/zod';
import { BLOCK_KINDS, type BlockKind } from '../../domain/legacy/fields';
import type { PlanCounts, PreviewRow } from '../../domain/legacy/plan';

const column = z.nullable(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n < 1000, 'Ugyldig kolonne.')));

export const ImportRequestSchema = z.object({
  sheetName: z.optional(z.string().check(z.maxLength(100, 'Høyst 100 tegn.'))),
  /** «Jeg har lest merknadene»: notes of a table without a name column may be imported as they are. */
  notesReviewed: z.optional(z.boolean()),
  blocks: z.optional(z.array(z.object({
    /** 1-based sheet row the leader chose as the table's header. */
    headerRow: z.optional(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 100_000, 'Ugyldig rad.'))),
    kind: z.optional(z.enum(BLOCK_KINDS)),
    mapping: z.optional(z.record(z.string().check(z.maxLength(40)), column)),
  })).check(z.maxLength(50, 'For mange tabeller.'))),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export interface BlockDto {
  /** 1-based sheet row of the header. */
  headerRow: number;
  lastRow: number;
  title: string;
  kind: BlockKind;
  columns: Array<{ index: number; header: string }>;
  /** Columns with content that no field reads («ikke koblet»): kept in the note, or left out as personal data. */
  unmapped: Array<{ header: string; kept: boolean }>;
  fields: Array<{ key: string; label: string; required: boolean; column: number | null }>;
}

export interface ImportPreviewDto {
  sheets: string[];
  sheetName: string | null;
  kinds: Array<{ value: BlockKind; label: string }>;
  blocks: BlockDto[];
  counts: PlanCounts | null;
  rows: PreviewRow[];
  defaults: string[];
  /** Why nothing can be imported from this tab, when so. */
  message: string | null;
}

export interface ImportResultDto {
  sheetName: string;
  counts: PlanCounts;
  created: { volunteers: number; participants: number; matches: number; contacts: number };
  deviationsAdded: number;
  summary: string;
  reminder: string;
}

export interface DeleteResultDto { deleted: boolean; message: string }
