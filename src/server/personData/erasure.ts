/**
 * «Sletting» (GDPR art. 17): the preview says what goes and what stays (reads only); the erasure itself runs
 * under the document lock from a fresh read, applies the pure plan (src/domain/personData/erasure.ts) with batched
 * writes, and records the counts, never the content, in Kjørelogg.
 */
import { erasureCounts, ERASED_ALIAS, ERASED_FIELDS, planErasure, type ErasedTable, type ErasurePlan } from '../../domain/personData/erasure';
import type { Footprint } from '../../domain/personData/footprint';
import { blankCells } from '../../sheets/blankCells';
import type { ParsedTable } from '../../sheets/parseTable';
import { UserError } from '../errors';
import type { Ports } from '../ports';
import { logRunEnsured } from '../retention';
import { VERSION_HISTORY_NOTE } from '../retentionMenu';
import { findPerson } from './access';
import type { ErasurePreviewDto, ErasureResultDto } from './dto';
import { readPersonData, unreadableRowsOf, type PersonRead } from './read';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** «Kontaktlogg: 3 rader (merknad og aktiviteter)», one line per table with something to erase. */
function describeErasure(plan: ErasurePlan, f: Footprint): string[] {
  const n = erasureCounts(plan);
  const lines: string[] = [];
  if (n.volunteers > 0) lines.push(`Frivillige: alias byttes med «${ERASED_ALIAS}»; merknad, språk, interesser, tilgjengelighet, område og «Ikke aktuell for» tømmes`);
  if (n.participants > 0) lines.push('Deltakere: merknad, språk, interesser, tilgjengelighet og område tømmes');
  if (n.contactInfo > 0) lines.push(`Kontaktinfo: ${plural(n.contactInfo, 'rad', 'rader')} (navn, telefon, e-post, foretrukket kontakt)`);
  if (n.matches > 0) lines.push(`Koblinger: ${plural(n.matches, 'merknad', 'merknader')} (${f.matches.map((m) => m.record.id).join(', ')})`);
  if (n.contacts > 0) lines.push(`Kontaktlogg: ${plural(n.contacts, 'rad', 'rader')} (merknad og aktiviteter)`);
  if (n.importLog > 0) lines.push(`Importlogg: ${plural(n.importLog, 'navneavtrykk', 'navneavtrykk')}`);
  if (n.importDeviations > 0) lines.push(`Importavvik: ${plural(n.importDeviations, 'rad', 'rader')} (opprinnelige verdier)`);
  if (n.mentions > 0) lines.push(`Tekster i andres rader som nevner henne ved navn eller alias: ${n.mentions} (navnet byttes med «[frivillig]»)`);
  return lines;
}

function describeStays(f: Footprint): string[] {
  const byId = f.mentions.filter((m) => !m.byName).length;
  return [
    'Alle datoer, statuser, ID-er, tall og kategorier (kommune, fødselsår, krisesenter, behov), så rapportene for tidligere måneder ikke endres',
    ...(f.ledger.length > 0 ? [`Varsellogg: ${plural(f.ledger.length, 'rad', 'rader')} (dato, hendelse og ID; trengs så ingen påminnelse sendes to ganger, og slettes når lagringstiden er ute)`] : []),
    ...(f.importLog.some((r) => r.record.outcome !== 'deltaker') ? ['Importlogg: avtrykk av importerte rader (ingen tekst), så en ny import ikke henter henne inn igjen'] : []),
    ...(byId > 0 ? [`ID-en ${f.id} der ${plural(byId, 'annen tekst', 'andre tekster')} nevner den (en ID sier ingenting om hvem hun er)`] : []),
  ];
}

function check(r: PersonRead, personId: string) {
  const f = findPerson(r, personId);
  return { f, result: planErasure(f, r.tables, unreadableRowsOf(r, f.id)) };
}

export function previewErasure(ports: Ports, personId: string): ErasurePreviewDto {
  const r = readPersonData(ports);
  const { f, result } = check(r, personId);
  if (!result.ok) return { personId: f.id, refusal: result.reason, erased: [], stays: [], versionHistory: VERSION_HISTORY_NOTE };
  return { personId: f.id, refusal: null, erased: describeErasure(result.plan, f), stays: describeStays(f), versionHistory: VERSION_HISTORY_NOTE };
}

/** The parsed table behind each erased or rewritten table of the read. */
function parsedOf(r: PersonRead): Record<ErasedTable | 'inquiries' | 'courses', ParsedTable<Record<string, unknown>>> {
  const { all } = r;
  return {
    volunteers: all.volunteers, participants: all.participants, matches: all.matches, contacts: all.contacts, contactInfo: all.contactInfo,
    inquiries: all.inquiries, courses: all.courses, importLog: r.importLog, importDeviations: r.importDeviations,
  } as unknown as Record<ErasedTable | 'inquiries' | 'courses', ParsedTable<Record<string, unknown>>>;
}

function apply(r: PersonRead, plan: ErasurePlan): void {
  const { wb } = r;
  const parsed = parsedOf(r);
  // Other people's texts first, one row at a time (there are few), only the scrubbed fields written.
  const byRow = new Map<string, { table: keyof typeof parsed; row: number; fields: Record<string, string> }>();
  for (const w of plan.rewrites) {
    const k = `${w.table}:${w.row}`;
    const hit = byRow.get(k) ?? { table: w.table, row: w.row, fields: {} };
    hit.fields[w.field] = w.text;
    byRow.set(k, hit);
  }
  for (const { table, row, fields } of byRow.values()) {
    const t = parsed[table];
    const record = t.records.find((x) => x.row === row)!.record;
    wb.updateRows(t, [{ row, record: { ...record, ...fields } }], Object.keys(fields));
  }
  if (plan.alias) {
    const t = parsed.volunteers;
    const record = t.records.find((x) => x.row === plan.alias!.row)!.record;
    wb.updateRows(t, [{ row: plan.alias.row, record: { ...record, alias: ERASED_ALIAS } }], ['alias']);
  }
  for (const table of Object.keys(ERASED_FIELDS) as ErasedTable[]) blankCells(wb, parsed[table], plan.blank[table], ERASED_FIELDS[table]);
}

export function erasePerson(ports: Ports, personId: string): ErasureResultDto {
  return ports.lock.withLock(() => {
    const r = readPersonData(ports);
    const { f, result } = check(r, personId);
    if (!result.ok) throw new UserError(result.reason);
    const erased = describeErasure(result.plan, f);
    if (erased.length === 0) {
      return { personId: f.id, message: `Ingenting mer å slette om ${f.id}: det er slettet før.`, erased, versionHistory: VERSION_HISTORY_NOTE };
    }
    apply(r, result.plan);
    const n = erasureCounts(result.plan);
    const counts = (Object.keys(COUNT_LABELS) as Array<keyof typeof n>).filter((k) => n[k] > 0).map((k) => `${COUNT_LABELS[k]} ${n[k]}`);
    logRunEnsured(ports, r.wb, ports.clock.now(), {
      result: 'OK', sent: null, kept: null,
      message: `Personvern: sletting for ${f.id} (rader per ark): ${counts.join('; ')}.`,
    });
    return { personId: f.id, message: `Opplysningene om ${f.id} er slettet. Antallene står i arket Kjørelogg.`, erased, versionHistory: VERSION_HISTORY_NOTE };
  });
}

const COUNT_LABELS: Record<ErasedTable | 'mentions', string> = {
  volunteers: 'Frivillige', participants: 'Deltakere', matches: 'Koblinger', contacts: 'Kontaktlogg', contactInfo: 'Kontaktinfo',
  importLog: 'Importlogg', importDeviations: 'Importavvik', mentions: 'nevnt hos andre',
};
