/**
 * «Importer»: plans the tab's import from a fresh read under the lock and writes it, one append per target
 * table: Frivillige, Kontaktinfo, Deltakere, Koblinger, Kontaktlogg, then Importavvik and Importlogg. The data
 * goes first and the log last: a failure in between can at worst import a row twice (visible, fixable),
 * never mark a row imported that is not. The source tab is only read.
 */
import { formatNorwegian } from '../../domain/calendar';
import { NOT_A_LOG, type ImportPlan } from '../../domain/legacy/plan';
import { columnLetter } from '../../sheets/a1';
import { IMPORT_DEVIATIONS, IMPORT_LOG, type Deviation, type LogRow } from '../../sheets/importTables';
import { ensureTable } from '../../sheets/setup';
import type { ParsedTable } from '../../sheets/parseTable';
import type { TableDef } from '../../sheets/tableDef';
import { Workbook } from '../../sheets/workbook';
import { UserError } from '../errors';
import { rememberIds } from '../allocateIds';
import type { Ports } from '../ports';
import { ImportRequestSchema, type ImportResultDto } from './dto';
import type * as R from '../../domain/records';
import type { ExistingTables } from './existing';
import { planFor } from './planFor';
import { parseRequest } from './rpc';
import { setupContext } from '../setupContext';
import { rewriteDueColumn } from '../dueColumn';

function appendOwn<R>(ports: Ports, wb: Workbook, def: TableDef<R>, rows: R[]): void {
  if (rows.length === 0) return;
  let table = wb.read(def);
  if (!table.exists || table.columnIndex.size < def.columns.length) {
    ensureTable(setupContext(ports, wb.ss), def);
    wb.invalidate(def.sheetName);
    table = wb.read(def);
  }
  wb.append(table, rows);
}

/**
 * Placeholders an earlier import created, filled in from this tab: one write per table, rows found by ID, before
 * the appends (updateRows uses this operation's read). Returns the Kontaktinfo rows to append instead (deleted by hand).
 */
function fillIn(wb: Workbook, tables: ExistingTables, plan: ImportPlan): R.ContactInfo[] {
  if (plan.filledIn.length === 0) return [];
  const rowOf = <R>(t: ParsedTable<R>, id: (r: R) => string) => new Map(t.records.map(({ row, record }) => [id(record), row]));
  const volunteerRows = rowOf(tables.volunteers, (v) => v.id);
  const infoRows = rowOf(tables.contactInfo, (c) => c.volunteerId);
  const fields = <R>(t: ParsedTable<R>) => t.def.columns.map((c) => c.field);
  wb.updateRows(tables.volunteers, plan.filledIn.map((f) => ({ row: volunteerRows.get(f.volunteer.id)!, record: f.volunteer })), fields(tables.volunteers));
  const infos = plan.filledIn.filter((f) => infoRows.has(f.info.volunteerId));
  wb.updateRows(tables.contactInfo, infos.map((f) => ({ row: infoRows.get(f.info.volunteerId)!, record: f.info })), fields(tables.contactInfo));
  return plan.filledIn.filter((f) => !infoRows.has(f.info.volunteerId)).map((f) => f.info);
}

const areaA1 = (a: NonNullable<ImportPlan['deviations'][number]['area']>) => `${columnLetter(a.left)}${a.top}:${columnLetter(a.right)}${a.bottom}`;

/** Matches inferred from a contact log before, replaced by this match list's rows: one write, rows found by ID. */
function replaceInferred(wb: Workbook, tables: ExistingTables, plan: ImportPlan): void {
  if (plan.matchUpdates.length === 0) return;
  const rowOf = new Map(tables.matches.records.map(({ row, record }) => [record.id, row]));
  const updates = plan.matchUpdates.filter((m) => rowOf.has(m.id)).map((record) => ({ row: rowOf.get(record.id)!, record }));
  wb.updateRows(tables.matches, updates, tables.matches.def.columns.map((c) => c.field));
}

export function summaryText(sheetName: string, plan: ImportPlan): string {
  const c = plan.counts;
  if (plan.deviations.some((d) => d.outcome === NOT_A_LOG)) return `«${sheetName}» ser ikke ut som en logg (ingen tabell med kjente kolonnenavn). Ingenting er importert; fanen er notert i «${IMPORT_DEVIATIONS.sheetName}» som «ikke en logg».`;
  const parts = [`Leste ${c.dataRows} rader fra «${sheetName}»: ${c.imported} importert, ${c.setAside} satt til side${c.alreadyImported ? `, ${c.alreadyImported} importert tidligere (hoppet over)` : ''}${c.skipped ? `, ${c.skipped} i tabeller du valgte å ikke importere` : ''}.`];
  if (c.blank) parts.push(`Tomme rader hoppet over: ${c.blank}.`);
  parts.push(`Nye poster: frivillige ${plan.volunteers.length}, deltakere ${plan.participants.length}, koblinger ${plan.matches.length}, kontakter ${plan.contacts.length}.`);
  if (plan.inferred.length) parts.push(`Koblinger utledet av kontaktloggen (kontroller dem): ${plan.inferred.map((m) => `${m.id} (${m.status.toLowerCase()})`).join(', ')}.`);
  if (plan.matchUpdates.length) parts.push(`Koblinger fra kontaktloggen fylt ut fra koblingslisten: ${plan.matchUpdates.map((m) => m.id).join(', ')}.`);
  if (plan.filledIn.length) parts.push(`Frivillige fylt ut (opprettet uten opplysninger ved en tidligere import): ${plan.filledIn.map((f) => f.volunteer.id).join(', ')}.`);
  if (c.heldNotes) parts.push(`Merknader holdt tilbake for gjennomgang: ${c.heldNotes}.`);
  if (c.heldNoNames) parts.push(`Av dem holdt tilbake fordi tabellen ikke har en navnekolonne (importen kan ikke vite hvilke ord som er navn): ${c.heldNoNames}.`);
  if (c.flagged) parts.push(`Importert med merknad (kontroller dem): ${c.flagged}.`);
  if (c.unmappedKept) parts.push(`Innhold fra kolonner som ikke er koblet, er lagt i merknaden på ${c.unmappedKept} rader.`);
  if (c.unusable) parts.push(`Tabeller som ikke er importert (notert i Importavvik): ${c.unusable}.`);
  if (c.setAside || c.heldNotes || c.flagged || c.unusable) parts.push(`Se arket «${IMPORT_DEVIATIONS.sheetName}».`);
  return parts.join(' ');
}

export function runImport(ports: Ports, raw: unknown): ImportResultDto {
  const request = parseRequest(ImportRequestSchema, raw);
  const sheetName = request.sheetName;
  if (!sheetName) throw new UserError('Velg fanen som skal importeres.', { sheetName: 'Må fylles ut.' });
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const wb = new Workbook(ss, ss.getSpreadsheetTimeZone());
    const { plan, tables, blocks, today } = planFor(ports, wb, sheetName, request);
    const infoless = fillIn(wb, tables, plan);
    replaceInferred(wb, tables, plan);
    wb.append(tables.volunteers, plan.volunteers);
    wb.append(tables.contactInfo, [...plan.contactInfo, ...infoless]);
    wb.append(tables.participants, plan.participants);
    wb.append(tables.matches, plan.matches);
    wb.append(tables.contacts, plan.contacts);
    // «Neste frist» for the imported matches and contacts, reminders on or off.
    if (plan.matches.length > 0 || plan.contacts.length > 0) rewriteDueColumn(wb, today);
    rememberIds(ports, 'volunteer', plan.volunteers.map((v) => v.id));
    rememberIds(ports, 'participant', plan.participants.map((x) => x.id));
    rememberIds(ports, 'match', plan.matches.map((m) => m.id));
    rememberIds(ports, 'contact', plan.contacts.map((c) => c.id));
    appendOwn<Deviation>(ports, wb, IMPORT_DEVIATIONS, plan.deviations.map((d) => ({ sourceSheet: sheetName, row: d.row, outcome: d.outcome, reason: d.area ? `${d.reason} Område: ${areaA1(d.area)}.` : d.reason, id: d.id, values: d.values, importedAt: today })));
    appendOwn<LogRow>(ports, wb, IMPORT_LOG, plan.log.map((l) => ({ sourceSheet: sheetName, row: l.row, fingerprint: l.fingerprint, outcome: l.outcome, ids: l.ids, importedAt: today })));
    return {
      sheetName,
      counts: plan.counts,
      created: { volunteers: plan.volunteers.length, participants: plan.participants.length, matches: plan.matches.length, contacts: plan.contacts.length },
      deviationsAdded: plan.deviations.length,
      summary: summaryText(sheetName, plan),
      reminder: `Fanen «${sheetName}» er ikke endret og inneholder fortsatt navn. Når du har kontrollert importen${plan.counts.setAside ? ' og rettet radene i Importavvik' : ''}, bør du slette den. Importert ${formatNorwegian(today)}.`,
    };
  });
}
