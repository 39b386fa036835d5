/**
 * The reminders' own sheets, where the leader sees them (an add-on trigger has no document properties):
 * Varsellogg (hidden) is the ledger of what was sent to whom for which occurrence; Kjørelogg (visible) has
 * one row per run with its time, result and any error. Koblinger gets a computed «Neste frist» column.
 */
import * as z from 'zod/mini';
import '../domain/zod';
import { isIsoDate } from '../domain/calendar';
import type { LedgerEntry } from '../domain/reminders/ledger';
import type { ColumnDef, TableDef } from './tableDef';

const isoDate = z.string().check(z.refine(isIsoDate, 'Må være en gyldig dato.'));

export const LedgerSchema = z.object({ date: isoDate, recipient: z.string().check(z.minLength(1, 'Må fylles ut.')), key: z.string().check(z.minLength(1, 'Må fylles ut.')), code: z.string() });

const ledgerColumns: ColumnDef<LedgerEntry>[] = [
  { field: 'date', header: 'Sendt', kind: 'date', help: 'Dato påminnelsen ble sendt.', width: 95 },
  { field: 'recipient', header: 'Mottaker', kind: 'text', help: 'Gruppelederens e-post, eller frivillig-ID for påminnelser til frivillige.', width: 200 },
  { field: 'key', header: 'Hendelse', kind: 'text', help: 'Hvilken påminnelse (regel, kode, dato). Samme hendelse sendes ikke to ganger.', width: 300 },
  { field: 'code', header: 'Kode', kind: 'text', help: 'Koblings-, frivillig- eller deltaker-ID.', width: 90 },
];

export const RUN_RESULTS = ['OK', 'Ingenting nytt', 'Delvis', 'Feil', 'Slått på', 'Slått av'] as const;
export type RunResult = (typeof RUN_RESULTS)[number];

export interface RunLogEntry { at: string; result: RunResult; sent: number | null; kept: number | null; message: string }

export const RunLogSchema = z.object({
  at: z.string().check(z.minLength(16, 'Må være et tidspunkt.')),
  result: z.enum(RUN_RESULTS),
  sent: z.nullable(z.number()),
  kept: z.nullable(z.number()),
  message: z.string(),
});

const runLogColumns: ColumnDef<RunLogEntry>[] = [
  { field: 'at', header: 'Tidspunkt', kind: 'datetime', help: 'Når kjøringen skjedde (regnearkets tidssone).', width: 130 },
  { field: 'result', header: 'Resultat', kind: 'enum', list: RUN_RESULTS, help: 'OK, Ingenting nytt, Delvis (noe holdt igjen til neste kjøring), Feil, Slått på/av.', width: 110 },
  { field: 'sent', header: 'E-poster sendt', kind: 'int', help: 'Antall e-poster sendt i denne kjøringen.', width: 90 },
  { field: 'kept', header: 'Holdt igjen', kind: 'int', help: 'E-poster som sendes ved neste kjøring (kvote eller feil).', width: 90 },
  { field: 'message', header: 'Melding', kind: 'text', help: 'Hva som skjedde, og hva du eventuelt må gjøre.', width: 480 },
];

export const LEDGER: TableDef<LedgerEntry> = { key: 'ledger', sheetName: 'Varsellogg', columns: ledgerColumns, schema: LedgerSchema, keyField: 'key', repeatedKeys: true, hidden: true, tabColor: '#9e9e9e' };
export const RUN_LOG: TableDef<RunLogEntry> = { key: 'runLog', sheetName: 'Kjørelogg', columns: runLogColumns, schema: RunLogSchema, keyField: 'at', repeatedKeys: true, tabColor: '#9e9e9e' };

/** The computed column in Koblinger, written by every reminder run (not part of the match record). */
export interface DueColumnRow { due: string }
export const DUE_COLUMN: ColumnDef<DueColumnRow> = {
  field: 'due', header: 'Neste frist', kind: 'text', width: 230,
  help: 'Oppdateres ved hver lagring som endrer en frist, og av påminnelsene hver dag: hva som forfaller og når. Rødt = forfalt eller bekymring, gult = nå eller innen en uke. Ikke skriv her.',
};
export const DUE_COLORS = { forfalt: '#f4c7c3', snart: '#fce8b2' } as const;
