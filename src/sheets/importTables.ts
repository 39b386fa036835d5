/**
 * The two sheets the legacy import keeps: Importavvik (what was not imported, or imported without its note,
 * with the source row and a Norwegian reason: the leader works through it) and Importlogg (hidden: one
 * fingerprint per imported source row, so importing the same tab again imports nothing twice).
 */
import * as z from 'zod/mini';
import '../domain/zod';
import type { TableDef } from './tableDef';

const text = z.string();
const int = z.nullable(z.number());

export interface Deviation { sourceSheet: string; row: number | null; outcome: string; reason: string; id: string; values: string; importedAt: string | null }
export interface LogRow { sourceSheet: string; row: number | null; fingerprint: string; outcome: string; ids: string; importedAt: string | null }

const DeviationSchema = z.object({ sourceSheet: text, row: int, outcome: text, reason: text, id: text, values: text, importedAt: z.nullable(text) });
const LogSchema = z.object({ sourceSheet: text, row: int, fingerprint: text, outcome: text, ids: text, importedAt: z.nullable(text) });

export const IMPORT_DEVIATIONS: TableDef<Deviation> = {
  key: 'importDeviations', sheetName: 'Importavvik', schema: DeviationSchema, keyField: 'sourceSheet', tabColor: '#f9a825',
  columns: [
    { field: 'sourceSheet', header: 'Kilde-ark', kind: 'text', help: 'Fanen raden kom fra.', width: 140 },
    { field: 'row', header: 'Rad', kind: 'int', help: 'Radnummeret i kildefanen.', width: 60 },
    { field: 'outcome', header: 'Utfall', kind: 'text', help: '«Satt til side»: raden ble ikke importert. «Importert med merknad»: importert, men noe bør kontrolleres. «Merknad holdt tilbake»: importert uten merknaden. «Ikke importert» / «Ikke en logg»: en tabell eller fane som ble sett, men ikke importert.', width: 150 },
    { field: 'reason', header: 'Årsak', kind: 'text', help: 'Hvorfor. Rett i kildefanen og importer på nytt; det som alt er importert, hoppes over.', width: 360 },
    { field: 'id', header: 'Opprettet ID', kind: 'text', help: 'Posten raden ble til (når den ble importert med merknad eller uten merknaden).', width: 100 },
    { field: 'values', header: 'Opprinnelige verdier', kind: 'note', help: 'Radens verdier. Navn, kontaktinfo, fødselsdatoer og fritekst er skjult; se kildefanen.', width: 420 },
    { field: 'importedAt', header: 'Importert', kind: 'date', help: 'Dato for importen.', width: 95 },
  ],
};

export const IMPORT_LOG: TableDef<LogRow> = {
  key: 'importLog', sheetName: 'Importlogg', schema: LogSchema, keyField: 'fingerprint', hidden: true,
  columns: [
    { field: 'sourceSheet', header: 'Kilde-ark', kind: 'text', help: 'Fanen raden kom fra.', width: 140 },
    { field: 'row', header: 'Rad', kind: 'int', help: 'Radnummeret i kildefanen da den ble importert.', width: 60 },
    { field: 'fingerprint', header: 'Fingeravtrykk', kind: 'id', help: 'Et avtrykk av radens verdier (ikke verdiene selv). Slik kjennes raden igjen ved ny import.', width: 140 },
    { field: 'outcome', header: 'Utfall', kind: 'text', help: 'importert, satt til side, eller deltaker (avtrykk av et deltakernavn, så neste fane finner samme D-ID).', width: 110 },
    { field: 'ids', header: 'ID-er', kind: 'text', help: 'ID-ene raden ble til.', width: 160 },
    { field: 'importedAt', header: 'Importert', kind: 'date', help: 'Dato for importen.', width: 95 },
  ],
};

export const IMPORT_TABLES = [IMPORT_DEVIATIONS, IMPORT_LOG] as const;
