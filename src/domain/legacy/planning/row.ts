/**
 * Reading one source row, the same for every kind: each mapped cell parsed by its field's type, free text
 * scrubbed of names and scanned like sidebar notes (risky text held back), and the row's original values
 * masked for Importavvik.
 */
import { formatNorwegian, type IsoDate } from '../../calendar';
import { describeFindings, scanNote } from '../../privacy';
import * as R from '../../records';
import { fieldsOf, PERSONAL_TYPES, type FieldSpec, type FieldType } from '../fields';
import { cellText, displayCell, fold, isBlank, type SourceCell } from '../text';
import { parseBirthYear, parseCount, parseEmail, parseLegacyBool, parseLegacyDate, parsePhone, type Parsed } from '../values';
import * as W from '../words';
import type { PlanState } from './state';
import { SCHEMA_LABELS, type Values } from './templates';
import type { PlanBlock } from './types';

export type Row = readonly SourceCell[];

/** Free-text fields: names in them are replaced before they are stored. */
export const FREE_TEXT = ['note', 'activities', 'interests', 'needs', 'availability'];

function parseField(type: FieldType, v: SourceCell, today: IsoDate): Parsed<unknown> {
  switch (type) {
    case 'date': return parseLegacyDate(v);
    case 'bool': return parseLegacyBool(v);
    case 'birthYear': return parseBirthYear(v, today);
    case 'count': return parseCount(v, 0, 60);
    case 'months': {
      if (isBlank(v)) return { ok: true, value: null };
      const t = fold(cellText(v));
      const years = /^(\d+) ar$/.exec(t);
      return years ? parseCount(Number(years[1]) * 12, R.MIN_MATCH_MONTHS, R.MAX_MATCH_MONTHS) : parseCount(v, R.MIN_MATCH_MONTHS, R.MAX_MATCH_MONTHS);
    }
    case 'phone': return parsePhone(v);
    case 'email': return parseEmail(v);
    case 'volunteerStatus': return W.mapWord(W.VOLUNTEER_STATUS, v);
    case 'participantStatus': return W.mapWord(W.PARTICIPANT_STATUS, v);
    case 'matchStatus': return W.mapWord(W.MATCH_STATUS, v);
    case 'channel': return W.mapWord(W.CHANNEL, v);
    case 'withWhom': return W.mapWord(W.CONTACT_WITH, v);
    case 'contactKind': return W.mapWord(W.CONTACT_KIND, v);
    case 'howItGoes': return W.mapWord(W.HOW_IT_GOES, v);
    case 'quitReason': return W.mapWord(W.QUIT_REASON, v);
    case 'endReason': return W.mapWord(W.END_REASON, v);
    case 'recruitment': return W.mapWord(W.RECRUITMENT, v);
    default: return { ok: true, value: isBlank(v) ? null : cellText(v) };
  }
}

/** A value that is plainly a code, a date or a short number, safe to copy from a column the import does not read. */
function isPlain(v: SourceCell): boolean {
  if (typeof v === 'boolean') return true;
  const s = cellText(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) || /^[\d.,:/ -]{1,10}$/.test(s) || /^[A-ZÆØÅ]{1,3}-?\d{1,6}$/.test(s);
}

/** Phone numbers, e-mail addresses and national ID numbers in a text replaced by what they are. */
export function maskFindings(text: string): string {
  let out = text;
  for (const f of scanNote(text)) out = out.split(f.text).join(`[${f.kind} skjult]`);
  return out;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'ja' : 'nei';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatNorwegian(v);
  return String(v);
}

/** One table's fields, labels and which of its columns hold people or are read at all. */
export interface TableContext {
  block: PlanBlock;
  fields: readonly FieldSpec[];
  labels: Record<string, string>;
  header: Row;
  personalCols: Map<number, FieldType>;
  mappedCols: Set<number>;
  /** Column → the field read from it. */
  fieldAt: Map<number, FieldSpec>;
  /** The table's columns (0-based, end exclusive). */
  first: number;
  end: number;
  /** Columns with content that no field reads: kept in the note, or left out when they hold personal data. */
  unmapped: UnmappedColumn[];
  /** No name column: the import cannot know which words in the notes are names. */
  namesUnknown: boolean;
}

export interface UnmappedColumn { col: number; header: string; personal: boolean }

/** Headers of columns whose content is personal data: never carried into a note, whatever the kind. */
const PERSONAL_HEADER = /^(navn|name|fullt navn|full name|adresse|address|postadresse|gateadresse|postnr|poststed|telefon|tlf|mobil|mobilnummer|telefonnummer|phone|mobile|e post|epost|email|e mail|mail|fodselsnummer|personnummer|fnr|pnr|ssn|fodt|fodselsdato|date of birth|birth date|kontaktperson|parorende|barn|barnas navn|ektefelle|partner)( |$)/;

export function tableContext(grid: ReadonlyArray<readonly SourceCell[]>, block: PlanBlock): TableContext {
  const fields = fieldsOf(block.kind);
  const personalCols = new Map<number, FieldType>();
  const mappedCols = new Set<number>();
  const fieldAt = new Map<number, FieldSpec>();
  for (const fs of fields) {
    const c = block.mapping[fs.key];
    if (c === null || c === undefined) continue;
    mappedCols.add(c);
    fieldAt.set(c, fs);
    if (PERSONAL_TYPES.has(fs.type)) personalCols.set(c, fs.type);
  }
  const labels = { ...SCHEMA_LABELS, ...Object.fromEntries(fields.map((fs) => [fs.key, fs.label])) };
  const header = grid[block.headerRow]!;
  const first = block.cols?.first ?? 0;
  let end = block.cols?.end ?? header.length;
  if (!block.cols) for (let r = block.headerRow + 1; r < block.end; r++) end = Math.max(end, grid[r]!.length);
  const unmapped: UnmappedColumn[] = [];
  for (let c = first; c < end; c++) {
    if (mappedCols.has(c)) continue;
    let content = !isBlank(header[c]);
    for (let r = block.headerRow + 1; r < block.end && !content; r++) content = !isBlank(grid[r]![c]);
    const h = cellText(header[c]) || `Kolonne ${c + 1}`;
    if (content) unmapped.push({ col: c, header: h, personal: PERSONAL_HEADER.test(fold(h)) });
  }
  // People given as codes («P-17», «1043»): no word in the name columns is a name, so none can be scrubbed.
  const nameCols = [...personalCols].filter(([, type]) => type === 'volunteerName' || type === 'participantName').map(([c]) => c);
  let namesUnknown = block.kind !== 'skip';
  for (let r = block.headerRow + 1; r < block.end && namesUnknown; r++) for (const c of nameCols) if (/\p{L}{3}/u.test(cellText(grid[r]![c]))) namesUnknown = false;
  return { block, fields, labels, header, personalCols, mappedCols, fieldAt, first, end, unmapped, namesUnknown };
}

/** The row's original values for Importavvik: names and contact details masked, free text scrubbed. */
export function originalValues(state: PlanState, t: TableContext, row: Row): string {
  const parts: string[] = [];
  for (let c = t.first; c < t.end; c++) {
    if (isBlank(row[c])) continue;
    const h = cellText(t.header[c]) || `Kolonne ${c + 1}`;
    const type = t.personalCols.get(c);
    let v: string;
    const field = t.fieldAt.get(c);
    if (type === 'volunteerName' || type === 'participantName') {
      // Only people already known (earlier rows, earlier imports) are named by ID; nobody is created for a set-aside row.
      const id = (type === 'volunteerName' ? state.volunteers : state.participants).find(cellText(row[c]))?.id;
      v = id ? `[${type === 'volunteerName' ? 'frivillig' : 'deltaker'} ${id}]` : '[navn skjult]';
    }
    else if (type || (!t.mappedCols.has(c) && !isPlain(row[c] ?? null))) v = '[skjult]'; // an unmapped «Adresse» or «Telefon» too
    // Importavvik never quotes free text or a birth date: it says what is there, the source tab has the words.
    else if (field && (FREE_TEXT.includes(field.key) || field.type === 'note')) v = '[tekst skjult]';
    else if (field?.type === 'birthYear') v = '[skjult]';
    else v = state.scrub(maskFindings(displayCell(row[c])));
    parts.push(`${h}: ${v}`);
  }
  return parts.join(' · ');
}

/** A row as read: its values by field key, what the preview shows, dateless «ja» and held-back free text. */
export interface ReadRow {
  v: Values;
  shown: Array<[string, string]>;
  /** Her words where a value could not be read or says more than the value («Neste oppfølging (opprinnelig): etter påske»), for the note. */
  kept: string[];
  /** What the leader should check (a value left empty): Importavvik «Importert med merknad». */
  flags: string[];
  /** What kind of thing made free text be held back, per field («Merknad: [telefonnummer skjult]»), or null. */
  held: string | null;
  heldReasons: string[];
  /** Labels of the free-text fields a name was removed from. */
  namesRemoved: string[];
  /** Whether content of an unmapped column went to the note. */
  unmappedKept: boolean;
  /** Free text held back only because the table has no name column. */
  heldNoNames: boolean;
}

export type ReadResult = { ok: true; row: ReadRow } | { ok: false; reason: string; shown: Array<[string, string]> };

/** Every mapped cell read; an unreadable one or a missing required value gives the reason the row is set aside. */
export function readRow(state: PlanState, t: TableContext, row: Row): ReadResult {
  const v: Values = {};
  const errors: string[] = [];
  const kept: string[] = [];
  const flags: string[] = [];
  const shown: Array<[string, string]> = [];
  /** Her words into the note, scrubbed; not when they hold a phone number or the like. */
  const keep = (fs: FieldSpec, cell: SourceCell): boolean => {
    const words = cellText(cell);
    if (PERSONAL_TYPES.has(fs.type) || scanNote(words).length > 0) return false;
    kept.push(`${fs.label} (opprinnelig): ${state.scrub(words)}`);
    return true;
  };
  for (const fs of t.fields) {
    const c = t.block.mapping[fs.key];
    if (c === null || c === undefined) continue;
    const cell = row[c] ?? null;
    const p = parseField(fs.type, cell, state.input.today);
    if (!p.ok && fs.type === 'date' && parseLegacyBool(cell).ok) {
      // «ja» or «x» where a date belongs: it happened, the date is unknown. Kept in the note, not invented.
      if ((parseLegacyBool(cell) as { value: boolean }).value) kept.push(`${fs.label}: ${cellText(cell)} (uten dato)`);
      state.defaults.add('«ja»/«x» i en datokolonne er skrevet i merknaden, siden datoen mangler.');
      continue;
    }
    if (!p.ok && fs.required) { errors.push(`${fs.label}: ${PERSONAL_TYPES.has(fs.type) ? p.reason.replace(/«[^»]*»/g, '«[skjult]»') : p.reason}`); continue; }
    // One bad cell does not cost the row: the value stays empty and her words go to the note (never a contact detail).
    if (!p.ok) {
      flags.push(keep(fs, cell) ? `${fs.label} kunne ikke leses; feltet er tomt, og det som sto der, er lagt i merknaden.` : `${fs.label} kunne ikke leses og er ikke importert; se kildefanen.`);
      continue;
    }
    v[fs.key] = p.value;
    if (p.loose && fs.type !== 'quitReason' && fs.type !== 'endReason' && fs.type !== 'recruitment' && keep(fs, cell)) flags.push(`${fs.label} er tolket som «${show(p.value)}»; det som sto der, er lagt i merknaden.`);
    if (fs.type === 'quitReason' || fs.type === 'endReason' || fs.type === 'recruitment') {
      if (p.value === 'Annet' && !isBlank(cell) && fold(cellText(cell)) !== 'annet') v[`${fs.key}Text`] = cellText(cell);
    }
    // Her own word where the add-on's is coarser: «permisjon» is «Godkjent», «avbrutt av deltaker» says who ended it.
    const said = fold(cellText(cell));
    if (fs.type === 'volunteerStatus' && /^(pa )?(pause|permisjon)/.test(said)) v.statusText = cellText(cell);
    if (fs.type === 'matchStatus' && /^avbrutt av (deltaker|frivillig)$/.test(said)) v.endedBy = said.endsWith('deltaker') ? 'Deltaker' : 'Frivillig';
    if (p.value !== null && fs.type !== 'volunteerName' && fs.type !== 'participantName') shown.push([fs.label, PERSONAL_TYPES.has(fs.type) ? String(p.value) : show(p.value)]);
  }
  if (errors.length > 0) return { ok: false, reason: errors.join(' '), shown };
  for (const fs of t.fields) if (fs.required && (v[fs.key] === null || v[fs.key] === undefined)) errors.push(`${fs.label} mangler.`);
  if (errors.length > 0) return { ok: false, reason: errors.join(' '), shown };

  // No column silently dropped: what no field reads goes to the note, scrubbed; personal data never does.
  let unmappedKept = false;
  // No name column: nobody can tell which words are names, so free text waits until she has read it.
  const holdAll = t.namesUnknown && !state.input.notesReviewed;
  let heldNoNames = false;
  for (const u of t.unmapped) {
    const cell = row[u.col];
    if (isBlank(cell)) continue;
    const words = displayCell(cell);
    if (holdAll) { heldNoNames = true; continue; }
    if (u.personal || scanNote(words).length > 0) flags.push(`Kolonnen «${u.header}» er ikke koblet og ikke importert (personopplysninger); se kildefanen.`);
    else {
      const scrubbed = state.scrub(words);
      if (scrubbed !== words) flags.push(`Navn fjernet fra merknad (${u.header}).`);
      kept.push(`${u.header}: ${scrubbed}`);
      unmappedKept = true;
    }
  }

  // Free text: names replaced, and scanned like sidebar notes; risky text («Behov: ring 912…») is held back, not imported.
  let held: string | null = null;
  const heldReasons: string[] = [];
  const namesRemoved: string[] = [];
  for (const key of FREE_TEXT) {
    if (typeof v[key] !== 'string') continue;
    // Scanned before names are replaced: «kari@example.org» is an address before it is «[frivillig]@…».
    const raw = v[key] as string;
    const text = state.scrub(raw);
    v[key] = text;
    if (text !== raw) namesRemoved.push(t.labels[key]!);
    if (holdAll && text !== '') {
      heldNoNames = true;
      held = held ? `${held} · ${t.labels[key]}: [tekst skjult]` : `${t.labels[key]}: [tekst skjult]`;
      v[key] = '';
      continue;
    }
    const findings = scanNote(raw);
    if (findings.length > 0 || (key === 'note' && text.length > R.NOTE_MAX)) {
      heldReasons.push(findings.length > 0 ? describeFindings(findings) : `Merknaden er ${text.length} tegn; høyst ${R.NOTE_MAX}.`);
      const what = findings.length > 0 ? [...new Set(findings.map((f) => f.kind))].join(', ') : `${text.length} tegn`;
      const kept = `${t.labels[key]}: [${what} skjult]`;
      held = held ? `${held} · ${kept}` : kept;
      v[key] = '';
    }
  }
  // The preview shows free text as it will be stored: names replaced, held text left out.
  for (const entry of shown) {
    const key = t.fields.find((fs) => fs.label === entry[0])?.key;
    if (key && FREE_TEXT.includes(key)) entry[1] = v[key] as string;
  }
  if (heldNoNames) {
    heldReasons.push('Tabellen har ingen navnekolonne, så importen kan ikke vite hvilke ord i teksten som er navn. Teksten står fortsatt i kildefanen; har du lest den, kryss av for «Jeg har lest merknadene» i importvinduet før du importerer.');
    held ??= 'Kolonner som ikke er koblet: [tekst skjult]';
  }
  return { ok: true, row: { v, shown, kept, flags, held, heldReasons, namesRemoved, unmappedKept, heldNoNames } };
}
