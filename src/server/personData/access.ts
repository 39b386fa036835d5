/**
 * «Innsyn» (GDPR art. 15): the printable page of everything the spreadsheet holds about one person. Reads only.
 * Her rows are shown cell by cell under the sheets' own headers; what belongs to someone else on those rows (the
 * other party's ID, the leader's address, a course's other participants) is left out, and other people's rows
 * that name her are listed by place only. Nothing is emailed: the leader prints it and hands it over.
 */
import { formatNorwegian } from '../../domain/calendar';
import { firstDate, reportsCountingHer } from '../../domain/personData/countedIn';
import { findFootprint, type Footprint, type Mention } from '../../domain/personData/footprint';
import { monthName, previousMonth } from '../../domain/report/month';
import type { ColumnDef, TableDef } from '../../sheets/tableDef';
import * as T from '../../sheets/tables';
import { IMPORT_DEVIATIONS, IMPORT_LOG } from '../../sheets/importTables';
import { LEDGER } from '../../sheets/reminderTables';
import { UserError } from '../errors';
import { reportInputFrom } from '../monthlyReport';
import type { Ports } from '../ports';
import type { AccessPageDto, AccessRow, AccessSection } from './dto';
import { readPersonData, type PersonRead } from './read';

/** At most this many months back are checked for reports counting her (ten years). */
const REPORT_MONTHS_MAX = 120;

function display<R>(c: ColumnDef<R>, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  switch (c.kind) {
    case 'date': return formatNorwegian(String(v));
    case 'datetime': return `${formatNorwegian(String(v).slice(0, 10))} ${String(v).slice(11, 16)}`.trim();
    case 'bool': return v === true ? 'Ja' : 'Nei';
    default: return String(v);
  }
}

/** Her row as [header, value] pairs, empty cells and `omit` left out. */
function accessRow<R>(def: TableDef<R>, title: string, record: R, omit: ReadonlyArray<keyof R> = [], extra: Array<[string, string]> = []): AccessRow {
  const fields: Array<[string, string]> = [];
  for (const c of def.columns) {
    if (omit.includes(c.field)) continue;
    const v = display(c, record[c.field]);
    if (v !== '') fields.push([c.header, v]);
  }
  return { title, fields: [...fields, ...extra] };
}

const section = (sheet: string, rows: AccessRow[], note?: string): AccessSection => ({ sheet, rows, ...(note ? { note } : {}) });

function sections(f: Footprint): AccessSection[] {
  const out: AccessSection[] = [];
  const volunteer = f.kind === 'volunteer';
  if (volunteer) {
    // «Ikke aktuell for» lists other people's IDs: how many, not which.
    const v = f.volunteer?.record;
    const notFor = v ? v.notSuitableFor.split(/[,;\s]+/).filter((x) => x !== '').length : 0;
    out.push(section(T.VOLUNTEERS.sheetName, v ? [accessRow(T.VOLUNTEERS, f.id, v, ['notSuitableFor'], notFor > 0 ? [['Ikke aktuell for', `${notFor} deltaker(e), ID-ene vises ikke`]] : [])] : []));
    out.push(section(T.CONTACT_INFO.sheetName, f.contactInfo.map((r) => accessRow(T.CONTACT_INFO, 'Kontaktopplysninger', r.record))));
  } else {
    out.push(section(T.PARTICIPANTS.sheetName, f.participant ? [accessRow(T.PARTICIPANTS, f.id, f.participant.record)] : [],
      'Navn og kontaktopplysninger om deltakere lagres ikke i regnearket.'));
  }
  const other = volunteer ? 'participantId' : 'volunteerId';
  out.push(section(T.MATCHES.sheetName, f.matches.map((r) => accessRow(T.MATCHES, r.record.id, r.record, [other], [['Den andre parten', 'ikke vist']]))));
  out.push(section(T.CONTACTS.sheetName, f.contacts.map((r) => accessRow(T.CONTACTS, r.record.id, r.record, ['loggedBy'])),
    'Merknader om en kobling kan handle om begge. Les gjennom før du gir siden fra deg.'));
  if (volunteer) {
    out.push(section(T.COURSES.sheetName, f.courses.map((r) => accessRow(T.COURSES, r.record.id, r.record, ['participantIds', 'participantCount', 'note'], [['Deltakerlisten', `${f.id} står på listen`]]))));
  }
  out.push(section(T.INQUIRIES.sheetName, [], 'Henvendelser knyttes ikke til personer. Tekster som nevner henne, står under «Nevnt hos andre».'));
  const sentTo = (recipient: string) => (recipient === f.id ? 'henne selv (påminnelse til frivillig)' : 'gruppeleder');
  const ledgerRows = f.ledger.map((r) => accessRow(LEDGER, display(LEDGER.columns[0]!, r.record.date), r.record, ['recipient'], [['Sendt til', sentTo(r.record.recipient)]]));
  out.push(section(LEDGER.sheetName, ledgerRows, 'Påminnelser som er sendt (dato, hendelse, kode; aldri navn eller merknader).'));
  const logRows = f.importLog.map((r) => accessRow(IMPORT_LOG, `${r.record.sourceSheet} rad ${r.record.row ?? '–'}`, r.record, ['ids'], [['ID', f.id]]));
  out.push(section(IMPORT_LOG.sheetName, logRows, 'Avtrykk fra import av gamle logger: et avtrykk er et tall regnet ut av verdiene, ikke verdiene selv.'));
  out.push(section(IMPORT_DEVIATIONS.sheetName, f.importDeviations.map((r) => accessRow(IMPORT_DEVIATIONS, `${r.record.sourceSheet} rad ${r.record.row ?? '–'}`, r.record))));
  return out;
}

const SHEET_OF: Record<Mention['table'], TableDef<never>> = {
  volunteers: T.VOLUNTEERS, participants: T.PARTICIPANTS, matches: T.MATCHES, contacts: T.CONTACTS, inquiries: T.INQUIRIES, courses: T.COURSES,
  importDeviations: IMPORT_DEVIATIONS,
} as unknown as Record<Mention['table'], TableDef<never>>;

/** «Kontaktlogg rad 14 (03.02.2026): «Merknad» nevner henne ved navn eller alias.» */
export function describeMentions(f: Footprint, r: PersonRead): string[] {
  return f.mentions.map((m) => {
    const def = SHEET_OF[m.table] as unknown as TableDef<Record<string, unknown>>;
    const record = (r.tables[m.table] as ReadonlyArray<{ row: number; record: Record<string, unknown> }>).find((x) => x.row === m.row)?.record ?? {};
    // Sheet, row and date only: the row's own ID and text belong to someone else.
    const what = record.date ? formatNorwegian(String(record.date)) : '';
    const header = def.columns.find((c) => c.field === m.field)?.header ?? m.field;
    return `${def.sheetName} rad ${m.row}${what ? ` (${what})` : ''}: «${header}» nevner henne ${m.byName ? 'ved navn eller alias' : 'ved ID'}.`;
  });
}

export function findPerson(r: PersonRead, personId: string): Footprint {
  const f = findFootprint(personId, r.tables);
  if (!f) throw new UserError(`Fant ingenting om ${personId} i regnearket. Sjekk ID-en (F-… for frivillige, D-… for deltakere).`, { personId: 'Fant ikke ID-en.' });
  return f;
}

export function accessPage(ports: Ports, personId: string): AccessPageDto {
  const r = readPersonData(ports);
  const f = findPerson(r, personId);
  const settings = r.all.settings.settings;
  const first = firstDate(f);
  const last = previousMonth(r.today);
  let from = first ? first.slice(0, 7) : last;
  const earliest = `${Number(last.slice(0, 4)) - REPORT_MONTHS_MAX / 12}${last.slice(4)}`;
  if (from < earliest) from = earliest;
  const { month: _m, ...input } = reportInputFrom(r.all, last);
  const reports = from <= last ? reportsCountingHer(input, f, from, last) : [];
  const who = f.kind === 'volunteer' ? `frivillig ${f.id}` : `deltaker ${f.id}`;
  const intro = [
    `Dette er alt regnearket${settings.associationName ? ` til ${settings.associationName}` : ''} har lagret om ${who} per ${formatNorwegian(r.today)}: radene hennes i hvert ark, med datoer og merknader, og hvilke månedsrapporter hun er talt med i (bare som antall).`,
    ...(f.kind === 'participant' ? ['Siden inneholder ikke noe navn: navn på deltakere lagres ikke i regnearket.'] : []),
    'Ingenting er sendt på e-post. Skriv ut siden og gi den til henne selv (eller til krisesenteret for en deltaker).',
  ];
  return {
    personId: f.id, kind: f.kind, madeOn: formatNorwegian(r.today), associationName: settings.associationName, intro,
    sections: sections(f), mentions: describeMentions(f, r),
    reports: reports.map((m) => ({ month: monthName(m.month), figures: m.figures })),
  };
}
