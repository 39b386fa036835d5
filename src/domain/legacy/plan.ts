/**
 * The whole import as one pure function: a tab's cells, the chosen tables on it (kind + column mapping), what
 * the spreadsheet already holds and today's date → the new records per table, the contact-info rows, the rows
 * set aside with a Norwegian reason, and the log that makes a second import skip what the first one did.
 * People become pseudonyms here: volunteers F- IDs (names only in the contact-info rows), participants D- IDs
 * (names nowhere; a salted fingerprint links later tabs to the same ID). Linear in the number of rows.
 */
import { FOLLOWED, OPEN } from '../matchStatus';
import { addMonths, formatNorwegian, minDate, type IsoDate } from '../calendar';
import { highestIdNumber, formatId, type IdKind } from '../ids';
import { describeFindings, scanNote } from '../privacy';
import * as R from '../records';
import type { MatchStatus } from '../vocabulary';
import type { Mapping, RowRole } from './detect';
import { fieldsOf, PERSONAL_TYPES, SKIP, type BlockKind, type FieldSpec, type FieldType } from './fields';
import { personFingerprint, rowFingerprints } from './fingerprint';
import { initials, isFullKey, nameKey, resolveNameKeys, shortKeys } from './names';
import { makeScrubber, type Scrubber } from './scrub';
import { cellText, displayCell, fold, isBlank, type SourceCell } from './text';
import { parseBirthYear, parseCount, parseEmail, parseLegacyBool, parseLegacyDate, parsePhone, type Parsed } from './values';
import * as W from './words';

export interface PlanBlock { headerRow: number; end: number; kind: BlockKind; mapping: Mapping }

export interface ExistingMatch { id: string; volunteerId: string; participantId: string; status: MatchStatus }

export interface ExistingData {
  /** IDs in use per kind (sheet rows and IDs an earlier import created), so none is given twice. */
  ids: Record<'volunteer' | 'participant' | 'match' | 'contact', string[]>;
  /** Names in Kontaktinfo. */
  volunteerNames: Array<{ id: string; name: string }>;
  /** Participant fingerprints from earlier imports → D-ID ('' for a short form that fits several). */
  participantPrints: Map<string, string>;
  matches: ExistingMatch[];
  /** Row fingerprint → what an earlier import did with it. */
  rowLog: Map<string, RowOutcomeKind>;
  /** Volunteers an earlier import created as placeholders (from a match list or log) and nobody filled in yet. */
  placeholders: Map<string, { volunteer: R.Volunteer; info: R.ContactInfo | null }>;
}

export type RowOutcomeKind = 'importert' | 'satt til side';

export interface PlanInput {
  sheetName: string;
  grid: ReadonlyArray<readonly SourceCell[]>;
  roles: readonly RowRole[];
  blocks: readonly PlanBlock[];
  existing: ExistingData;
  today: IsoDate;
  /** Salts participant fingerprints (the spreadsheet id). */
  salt: string;
  loggedBy: string;
  /** `yyyy-MM-ddTHH:mm`, the «Logget» time of imported contacts. */
  loggedAt: string;
  previewLimit?: number;
}

export const SET_ASIDE = 'Satt til side';
export const NOTE_HELD = 'Merknad holdt tilbake';

export interface Deviation {
  row: number;
  outcome: typeof SET_ASIDE | typeof NOTE_HELD;
  reason: string;
  /** The record the row became (for held notes). */
  id: string;
  /** «Header: value · …», names and contact details masked. */
  values: string;
}

export interface LogEntry { row: number | null; fingerprint: string; outcome: RowOutcomeKind | 'deltaker' | typeof PLACEHOLDER | typeof FILLED_IN; ids: string }

/** Importlogg outcomes for a volunteer created as a placeholder, and for one later filled in from a list row. */
export const PLACEHOLDER = 'plassholder';
export const FILLED_IN = 'utfylt';

export interface PreviewRow { row: number; block: number; outcome: 'importeres' | 'settes til side' | 'importert før'; reason: string; values: Array<[string, string]> }

export interface PlanCounts { dataRows: number; imported: number; setAside: number; alreadyImported: number; skipped: number; blank: number; titleRows: number; heldNotes: number }

export interface ImportPlan {
  volunteers: R.Volunteer[];
  contactInfo: R.ContactInfo[];
  /** Placeholders from an earlier import filled in from this tab's volunteer rows (updates, not new rows). */
  filledIn: Array<{ volunteer: R.Volunteer; info: R.ContactInfo }>;
  participants: R.Participant[];
  matches: R.Match[];
  contacts: R.Contact[];
  deviations: Deviation[];
  log: LogEntry[];
  counts: PlanCounts;
  preview: PreviewRow[];
  /** Values filled in where the tab had none, said once each. */
  defaults: string[];
  /** Matches that exist only because the contact log has contacts for the pair. */
  inferred: Array<{ id: string; status: MatchStatus }>;
}

/** Sequential IDs from one past the highest in use; a set-aside row gives its reservations back. */
class Ids {
  private next: number;
  constructor(private readonly kind: IdKind, existing: string[]) { this.next = highestIdNumber(kind, existing) + 1; }
  take(): string { return formatId(this.kind, this.next++); }
  giveBack(id: string): void { if (id === formatId(this.kind, this.next - 1)) this.next--; }
}

interface Person { id: string; isNew: boolean; names: Set<string>; full: boolean }

/** One role's people (volunteers or participants): canonical name key → person. */
class People {
  readonly byKey = new Map<string, Person>();
  readonly created: Person[] = [];
  private pending: Array<{ key: string; person: Person }> = [];
  constructor(readonly ids: Ids, readonly canonical: Map<string, string>) {}
  key(raw: string): string { const k = nameKey(raw); return this.canonical.get(k) ?? k; }
  find(raw: string): Person | undefined { return this.byKey.get(this.key(raw)); }
  getOrCreate(raw: string): Person {
    const key = this.key(raw);
    let p = this.byKey.get(key);
    if (!p) {
      p = { id: this.ids.take(), isNew: true, names: new Set(), full: false };
      this.byKey.set(key, p);
      this.pending.push({ key, person: p });
    }
    p.names.add(cellText(raw));
    return p;
  }
  commit(): void { for (const { person } of this.pending) this.created.push(person); this.pending = []; }
  rollback(): void {
    for (const { key, person } of this.pending.reverse()) { this.byKey.delete(key); this.ids.giveBack(person.id); }
    this.pending = [];
  }
}

type Row = readonly SourceCell[];
type Values = Record<string, unknown>;

/** Labels for schema fields an import kind has no column for. */
const SCHEMA_LABELS: Record<string, string> = {
  pauseStart: 'Pause fra', pauseEnd: 'Pause til', plannedEnd: 'Planlagt slutt', alias: 'Alias', matchId: 'Koblings-ID', volunteerId: 'Frivillig-ID',
  participantId: 'Deltaker-ID', agreedMonths: 'Avtalt lengde (mnd)', startDate: 'Startdato', endDate: 'Sluttdato', endReason: 'Sluttårsak',
  quitDate: 'Sluttet dato', status: 'Status', name: 'Navn', email: 'E-post', phone: 'Telefon',
};

// Empty records: a tab's values are laid over these, so a column the tab lacks gets the schema's "no value".
const NO_VOLUNTEER = {
  birthYear: null, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, recruitmentSource: null,
  registeredDate: null, courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null,
  quitDate: null, quitReason: null,
};
const NO_PARTICIPANT = { shelter: '', municipality: '', birthYear: null, languages: '', interpreterNeeded: false, interests: '', needs: '', childrenJoin: false, referralDate: null };
const NO_MATCH = {
  proposedDate: null, meetingDate: null, agreementSigned: false, startDate: null, agreedMonths: null, plannedEnd: null, pauseStart: null, pauseEnd: null,
  pauseReason: null, earlierPauses: '', endDate: null, endReason: null, endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false,
};
const NO_CONTACT = { howItGoes: null, meetingsSinceLast: null, activities: '', concern: false, nextFollowUp: null };

const PLACEHOLDER_NOTE = 'Opprettet ved import fra';

const isEmpty = (x: unknown) => x === null || x === undefined || x === '' || x === false;

/** `old` with its empty fields taken from `row`. */
function fillIn<T extends object>(old: T, row: T): T {
  const out = { ...old } as Record<string, unknown>;
  for (const [k, x] of Object.entries(row)) if (isEmpty(out[k]) && !isEmpty(x)) out[k] = x;
  return out as T;
}

/** The template with every value the row has for one of its keys. */
function fill<T extends object>(template: T, v: Values): T {
  const out = { ...template } as Record<string, unknown>;
  for (const k of Object.keys(template)) if (v[k] !== null && v[k] !== undefined) out[k] = v[k];
  return out as T;
}

/** Free-text fields: names in them are replaced before they are stored. */
const FREE_TEXT = ['note', 'activities', 'interests', 'needs', 'availability'];

const SUM_WORDS = new Set(['sum', 'sum totalt', 'totalt', 'total', 'i alt', 'antall']);
/** A person in one of these is «I kobling» (matchStatus.ts). */
const ACTIVE: ReadonlySet<string> = FOLLOWED;
const DEFAULT_MONTHS = 12;

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
function maskFindings(text: string): string {
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

function schemaErrors(schema: { safeParse(x: unknown): { success: boolean; error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } } }, record: unknown, labels: Record<string, string>): string | null {
  const r = schema.safeParse(record);
  if (r.success) return null;
  return r.error!.issues.map((i) => `${labels[String(i.path[0])] ?? String(i.path[0] ?? '')}: ${i.message}`).join(' ');
}

export function planImport(input: PlanInput): ImportPlan {
  const { grid, roles, blocks, existing, today, sheetName } = input;
  const limit = input.previewLimit ?? 0;
  const plan: ImportPlan = {
    volunteers: [], contactInfo: [], filledIn: [], inferred: [], participants: [], matches: [], contacts: [], deviations: [], log: [], preview: [], defaults: [],
    counts: { dataRows: 0, imported: 0, setAside: 0, alreadyImported: 0, skipped: 0, blank: 0, titleRows: 0, heldNotes: 0 },
  };
  const defaults = new Set<string>();

  // Every written form of every name on the tab, per role, resolved to persons together with known names.
  const vNames: string[] = [];
  const pNames: string[] = [];
  for (const b of blocks) {
    for (const fs of fieldsOf(b.kind)) {
      const c = b.mapping[fs.key];
      if (c === null || c === undefined || (fs.type !== 'volunteerName' && fs.type !== 'participantName')) continue;
      const into = fs.type === 'volunteerName' ? vNames : pNames;
      for (let r = b.headerRow + 1; r < b.end; r++) if (roles[r] === 'data' && !isBlank(grid[r]![c])) into.push(cellText(grid[r]![c]));
    }
  }
  const vKeys = [...existing.volunteerNames.map((v) => nameKey(v.name)), ...vNames.map(nameKey)];
  const volunteers = new People(new Ids('volunteer', existing.ids.volunteer), resolveNameKeys(vKeys));
  for (const v of existing.volunteerNames) {
    const key = volunteers.key(v.name);
    if (!volunteers.byKey.has(key)) volunteers.byKey.set(key, { id: v.id, isNew: false, names: new Set([v.name]), full: true });
  }
  const participants = new People(new Ids('participant', existing.ids.participant), resolveNameKeys(pNames.map(nameKey)));
  // Earlier imports know her by fingerprints: of each form written («fatima a»), and «~» + the short forms of her
  // full name («~fatima a», «~fatima»), kept only where they fit one person ('' marks a form that fits several).
  const printOf = (k: string) => existing.participantPrints.get(personFingerprint(input.salt, k));
  /** Short forms that fit more than one participant imported before: such a row cannot be placed by name. */
  const ambiguous = new Set<string>();
  for (const raw of pNames) {
    const key = participants.key(raw);
    if (participants.byKey.has(key)) continue;
    let id = printOf(key);
    if (id === undefined) {
      // A full name may have been written short before; a short form may be the short form of a full name before.
      const found = isFullKey(key) ? [printOf(shortKeys(key)[0]!)] : [printOf(`~${key}`)];
      const ids = new Set(found.filter((x) => x !== undefined));
      id = ids.size === 1 ? [...ids][0] : ids.size > 1 ? '' : undefined;
    }
    if (id === '') ambiguous.add(key);
    else if (id) participants.byKey.set(key, { id, isNew: false, names: new Set(), full: true });
  }
  const scrub: Scrubber = makeScrubber([...vNames, ...existing.volunteerNames.map((v) => v.name)], pNames);

  const matchIds = new Ids('match', existing.ids.match);
  const contactIds = new Ids('contact', existing.ids.contact);
  const allMatches: ExistingMatch[] = [...existing.matches];
  const pairIndex = new Map<string, ExistingMatch>();
  const byVolunteer = new Map<string, ExistingMatch[]>();
  const byParticipant = new Map<string, ExistingMatch[]>();
  const indexMatch = (m: ExistingMatch) => {
    pairIndex.set(`${m.volunteerId}|${m.participantId}`, m);
    (byVolunteer.get(m.volunteerId) ?? byVolunteer.set(m.volunteerId, []).get(m.volunteerId)!).push(m);
    (byParticipant.get(m.participantId) ?? byParticipant.set(m.participantId, []).get(m.participantId)!).push(m);
  };
  existing.matches.forEach(indexMatch);
  const fullVolunteers = new Map<string, { record: R.Volunteer; info: R.ContactInfo }>();
  const fullParticipants = new Map<string, R.Participant>();
  const newMatches = new Map<string, R.Match>();
  /** Placeholders filled in from this tab (once each). */
  const filled = new Set<string>();
  /** Matches inferred from a contact log: start is the pair's first contact, and the last one ends an old match. */
  const inferred = new Set<string>();
  const lastContact = new Map<string, IsoDate>();

  for (let r = 0; r < grid.length; r++) if (roles[r] === 'title' || roles[r] === 'header') plan.counts.titleRows++;

  blocks.forEach((block, blockIndex) => {
    const fields = fieldsOf(block.kind);
    const header = grid[block.headerRow]!;
    const labels: Record<string, string> = { ...SCHEMA_LABELS, ...Object.fromEntries(fields.map((fs) => [fs.key, fs.label])) };
    const personalCols = new Map<number, FieldType>();
    const mappedCols = new Set<number>();
    for (const fs of fields) {
      const c = block.mapping[fs.key];
      if (c === null || c === undefined) continue;
      mappedCols.add(c);
      if (PERSONAL_TYPES.has(fs.type)) personalCols.set(c, fs.type);
    }
    const dataRows: number[] = [];
    for (let r = block.headerRow + 1; r < block.end; r++) {
      if (roles[r] === 'data') dataRows.push(r);
      else if (roles[r] === 'blank') plan.counts.blank++;
    }
    const prints = rowFingerprints(sheetName, dataRows.map((r) => grid[r]!));

    /** The row's original values for Importavvik: names and contact details masked, free text scrubbed. */
    const originalValues = (row: Row): string => {
      const parts: string[] = [];
      const width = Math.max(row.length, header.length);
      for (let c = 0; c < width; c++) {
        if (isBlank(row[c])) continue;
        const h = cellText(header[c]) || `Kolonne ${c + 1}`;
        const type = personalCols.get(c);
        let v: string;
        if (type === 'volunteerName' || type === 'participantName') {
          // Only people already known (earlier rows, earlier imports) are named by ID; nobody is created for a set-aside row.
          const id = (type === 'volunteerName' ? volunteers : participants).find(cellText(row[c]))?.id;
          v = id ? `[${type === 'volunteerName' ? 'frivillig' : 'deltaker'} ${id}]` : '[navn skjult]';
        }
        else if (type || (!mappedCols.has(c) && !isPlain(row[c] ?? null))) v = '[skjult]'; // an unmapped «Adresse» or «Telefon» too
        else v = scrub(maskFindings(displayCell(row[c])));
        parts.push(`${h}: ${v}`);
      }
      return parts.join(' · ');
    };

    let previewed = 0;
    dataRows.forEach((r, i) => {
      const row = grid[r]!;
      const rowNo = r + 1;
      const fingerprint = prints[i]!;
      plan.counts.dataRows++;
      if (block.kind === SKIP) { plan.counts.skipped++; return; }
      const earlier = existing.rowLog.get(fingerprint);
      // The first rows of every table, not only of the first one.
      const wantPreview = previewed++ < limit;
      if (earlier === 'importert') {
        plan.counts.alreadyImported++;
        if (wantPreview) plan.preview.push({ row: rowNo, block: blockIndex, outcome: 'importert før', reason: 'Importert tidligere; hoppes over.', values: [] });
        return;
      }
      const shown: Array<[string, string]> = [];
      const ids: Partial<Record<FieldType, string>> = {};
      const setAside = (reason: string) => {
        volunteers.rollback();
        participants.rollback();
        plan.counts.setAside++;
        if (earlier !== 'satt til side') {
          plan.deviations.push({ row: rowNo, outcome: SET_ASIDE, reason, id: '', values: originalValues(row) });
          plan.log.push({ row: rowNo, fingerprint, outcome: 'satt til side', ids: '' });
        }
        // Read before the free text was scrubbed: scrubbed here, so the dialog shows no name either.
        if (wantPreview) plan.preview.push({ row: rowNo, block: blockIndex, outcome: 'settes til side', reason, values: shown.map(([k, x]) => [k, scrub(x)]) });
      };
      const first = row.find((v) => !isBlank(v));
      if (first !== undefined && SUM_WORDS.has(fold(cellText(first)))) return setAside('Ser ut som en sumrad, ikke en registrering.');

      // Read every mapped cell; the first unreadable one sets the row aside.
      const v: Values = {};
      const errors: string[] = [];
      const undated: string[] = [];
      for (const fs of fields as FieldSpec[]) {
        const c = block.mapping[fs.key];
        if (c === null || c === undefined) continue;
        const cell = row[c] ?? null;
        const p = parseField(fs.type, cell, today);
        if (!p.ok && fs.type === 'date' && parseLegacyBool(cell).ok) {
          // «ja» or «x» where a date belongs: it happened, the date is unknown. Kept in the note, not invented.
          if (parseLegacyBool(cell).ok && (parseLegacyBool(cell) as { value: boolean }).value) undated.push(`${fs.label}: ${cellText(cell)} (uten dato)`);
          defaults.add('«ja»/«x» i en datokolonne er skrevet i merknaden, siden datoen mangler.');
          continue;
        }
        // A contact detail is not quoted in the reason: Importavvik keeps no contact details.
        if (!p.ok) { errors.push(`${fs.label}: ${PERSONAL_TYPES.has(fs.type) ? p.reason.replace(/«[^»]*»/g, '«[skjult]»') : p.reason}`); continue; }
        v[fs.key] = p.value;
        if (fs.type === 'quitReason' || fs.type === 'endReason' || fs.type === 'recruitment') {
          if (p.value === 'Annet' && !isBlank(cell) && fold(cellText(cell)) !== 'annet') v[`${fs.key}Text`] = cellText(cell);
        }
        // Her own word where the add-on's is coarser: «permisjon» is «Godkjent», «avbrutt av deltaker» says who ended it.
        const said = fold(cellText(cell));
        if (fs.type === 'volunteerStatus' && /^(pa )?(pause|permisjon)/.test(said)) v.statusText = cellText(cell);
        if (fs.type === 'matchStatus' && /^avbrutt av (deltaker|frivillig)$/.test(said)) v.endedBy = said.endsWith('deltaker') ? 'Deltaker' : 'Frivillig';
        if (p.value !== null && fs.type !== 'volunteerName' && fs.type !== 'participantName') shown.push([fs.label, PERSONAL_TYPES.has(fs.type) ? String(p.value) : show(p.value)]);
      }
      if (errors.length > 0) return setAside(errors.join(' '));
      for (const fs of fields) if (fs.required && (v[fs.key] === null || v[fs.key] === undefined)) errors.push(`${fs.label} mangler.`);
      if (errors.length > 0) return setAside(errors.join(' '));

      // Free text: names replaced, and scanned like sidebar notes; risky text («Behov: ring 912…») is held back, not imported.
      let held: string | null = null;
      const heldReasons: string[] = [];
      for (const key of FREE_TEXT) {
        if (typeof v[key] !== 'string') continue;
        // Scanned before names are replaced: «kari@example.org» is an address before it is «[frivillig]@…».
        const raw = v[key] as string;
        const text = scrub(raw);
        v[key] = text;
        const findings = scanNote(raw);
        if (findings.length > 0 || (key === 'note' && text.length > R.NOTE_MAX)) {
          heldReasons.push(findings.length > 0 ? describeFindings(findings) : `Merknaden er ${text.length} tegn; høyst ${R.NOTE_MAX}.`);
          const kept = `${labels[key]}: ${scrub(maskFindings(raw))}`;
          held = held ? `${held} · ${kept}` : kept;
          v[key] = '';
        }
      }
      // The preview shows free text as it will be stored: names replaced, held text left out.
      for (const entry of shown) {
        const key = fields.find((fs) => fs.label === entry[0])?.key;
        if (key && FREE_TEXT.includes(key)) entry[1] = v[key] as string;
      }
      const extraNote = (key: string, label: string) => (typeof v[`${key}Text`] === 'string' ? `${label} (opprinnelig): ${scrub(v[`${key}Text`] as string)}` : '');
      const noteWith = (...extra: string[]) => [v.note as string | undefined, ...extra, ...undated].filter(Boolean).join(' ').slice(0, R.NOTE_MAX);

      let mainId = '';
      let problem: string | null = null;
      if (block.kind === 'volunteers') {
        const existingPerson = volunteers.find(v.name as string);
        const placeholder = existingPerson && !existingPerson.isNew && !filled.has(existingPerson.id) ? existing.placeholders.get(existingPerson.id) : undefined;
        if (existingPerson && (!existingPerson.isNew || existingPerson.full) && !placeholder) {
          ids.volunteerName = existingPerson.id;
          return setAside(existingPerson.isNew ? `Samme person som en rad over (${existingPerson.id}); bare den første importeres.` : `Finnes allerede som ${existingPerson.id}, så raden er ikke importert på nytt. Endringer må skrives inn for ${existingPerson.id} for hånd (sidepanelet eller arket Frivillige).`);
        }
        const person = placeholder ? existingPerson! : volunteers.getOrCreate(v.name as string);
        ids.volunteerName = person.id;
        const dates = ['courseDate', 'interviewDate', 'policeCertificateDate', 'nksDeclarationDate', 'shelterDeclarationDate'];
        let status = v.status as R.Volunteer['status'] | null;
        if (!status) {
          status = v.quitDate ? 'Sluttet' : dates.every((d) => v[d]) ? 'Godkjent' : dates.some((d) => v[d]) ? 'Under kartlegging' : 'Påmeldt';
          defaults.add('Status for frivillige uten status er utledet av datoene (sluttdato, kurs, samtale, politiattest, erklæringer).');
        }
        const record: R.Volunteer = {
          ...fill<Omit<R.Volunteer, 'id' | 'alias' | 'status' | 'note'>>(NO_VOLUNTEER, v), id: person.id, alias: initials(v.name as string), status,
          note: noteWith(extraNote('status', 'Status'), extraNote('quitReason', 'Sluttårsak'), extraNote('recruitmentSource', 'Rekruttert via')),
        };
        const info: R.ContactInfo = { volunteerId: person.id, name: cellText(v.name as string), phone: (v.phone as string) ?? '', email: (v.email as string) ?? '', preferredChannel: null };
        if (placeholder) {
          // Filled in, not replaced: what the leader typed into the placeholder since stays.
          const merged = { volunteer: fillIn(placeholder.volunteer, record), info: fillIn(placeholder.info ?? info, info) };
          if (placeholder.volunteer.status !== 'I kobling') merged.volunteer.status = record.status; // in a match she stays «I kobling»
          if (placeholder.volunteer.note.startsWith(PLACEHOLDER_NOTE)) merged.volunteer.note = record.note;
          problem = schemaErrors(R.VolunteerSchema, merged.volunteer, labels) ?? schemaErrors(R.ContactInfoSchema, merged.info, labels);
          if (!problem) {
            filled.add(person.id);
            plan.filledIn.push(merged);
            plan.log.push({ row: null, fingerprint: `u${person.id}`, outcome: FILLED_IN, ids: person.id });
            mainId = person.id;
            defaults.add('Frivillige som en tidligere import opprettet uten opplysninger, er fylt ut fra frivilliglisten (felt som alt var fylt inn, er beholdt).');
          }
        } else {
          problem = schemaErrors(R.VolunteerSchema, record, labels) ?? schemaErrors(R.ContactInfoSchema, info, labels);
          if (!problem) { person.full = true; fullVolunteers.set(person.id, { record, info }); mainId = person.id; }
        }
      } else if (block.kind === 'participants') {
        const existingPerson = participants.find(v.participant as string);
        if (existingPerson && (!existingPerson.isNew || existingPerson.full)) {
          ids.participantName = existingPerson.id;
          return setAside(existingPerson.isNew ? `Samme person som en rad over (${existingPerson.id}); bare den første importeres.` : `Finnes allerede som ${existingPerson.id}; ikke importert på nytt.`);
        }
        const person = participants.getOrCreate(v.participant as string);
        ids.participantName = person.id;
        if (!v.status) defaults.add('Status for deltakere uten status: Henvist.');
        const record: R.Participant = { ...fill<Omit<R.Participant, 'id' | 'status' | 'note'>>(NO_PARTICIPANT, v), id: person.id, status: (v.status as R.Participant['status']) ?? 'Henvist', note: noteWith() };
        problem = schemaErrors(R.ParticipantSchema, record, labels);
        if (!problem) { person.full = true; fullParticipants.set(person.id, record); mainId = person.id; }
      } else if (block.kind === 'matches') {
        const vol = volunteers.getOrCreate(v.volunteer as string);
        const par = participants.getOrCreate(v.participant as string);
        ids.volunteerName = vol.id;
        ids.participantName = par.id;
        const dup = pairIndex.get(`${vol.id}|${par.id}`);
        if (dup) return setAside(`Koblingen mellom ${vol.id} og ${par.id} finnes allerede (${dup.id}).`);
        let status = v.status as MatchStatus | null;
        if (!status) {
          status = v.endDate ? 'Avsluttet' : v.startDate ? 'Aktiv' : v.meetingDate ? 'Koblingsmøte avtalt' : 'Foreslått';
          defaults.add('Status for koblinger uten status er utledet av datoene (slutt, start, koblingsmøte).');
        }
        let months = (v.agreedMonths as number | null) ?? null;
        if (months === null && (status === 'Aktiv' || status === 'Pause' || (status === 'Avsluttet' && v.startDate))) {
          months = DEFAULT_MONTHS;
          defaults.add(`Avtalt lengde ${DEFAULT_MONTHS} måneder der den manglet.`);
        }
        let endReason = (v.endReason as R.Match['endReason']) ?? null;
        if (status === 'Avsluttet' && !endReason) { endReason = 'Annet'; defaults.add('Sluttårsak «Annet» for avsluttede koblinger uten årsak.'); }
        const start = (v.startDate as string) ?? null;
        const id = matchIds.take();
        const record: R.Match = {
          ...fill<Omit<R.Match, 'id' | 'volunteerId' | 'participantId' | 'status' | 'note'>>(NO_MATCH, v), id, volunteerId: vol.id, participantId: par.id, status,
          agreedMonths: months, plannedEnd: start && months ? addMonths(start, months) : null, endReason, note: noteWith(extraNote('endReason', 'Sluttårsak')),
        };
        problem = schemaErrors(R.MatchSchema, record, labels);
        if (problem) matchIds.giveBack(id);
        else { newMatches.set(id, record); indexMatch({ id, volunteerId: vol.id, participantId: par.id, status }); mainId = id; }
      } else {
        const vol = v.volunteer ? volunteers.getOrCreate(v.volunteer as string) : null;
        let match: ExistingMatch | undefined;
        let par: { id: string } | null = null;
        if (v.participant) {
          const raw = v.participant as string;
          // She is written differently than before («Fatma»): the volunteer's one open match from before this log is hers.
          const open = participants.find(raw) || !vol ? [] : (byVolunteer.get(vol.id) ?? []).filter((m) => !inferred.has(m.id) && OPEN.has(newMatches.get(m.id)?.status ?? m.status));
          if (open.length === 1) { match = open[0]; par = { id: match!.participantId }; }
          else if (open.length > 1) return setAside(`Deltakeren er ikke kjent fra før, og ${vol!.id} har flere åpne koblinger (${open.map((m) => m.id).join(', ')}), så vi vet ikke hvilken kontakten gjelder. Skriv deltakeren slik hun står i koblingslisten, eller før kontakten inn i sidepanelet.`);
          else if (ambiguous.has(participants.key(raw))) return setAside('Deltakerens navn passer på flere deltakere som er importert før. Skriv hele navnet, eller før kontakten inn i sidepanelet.');
          else par = participants.getOrCreate(raw);
        }
        if (vol) ids.volunteerName = vol.id;
        if (par) ids.participantName = par.id;
        if (!vol && !par) return setAside('Verken frivillig eller deltaker er oppgitt, så kontakten kan ikke knyttes til noen.');
        const date = v.date as IsoDate;
        let inferredId: string | null = null;
        if (match) { /* linked through the volunteer's one open match */ }
        else if (vol && par) {
          match = pairIndex.get(`${vol.id}|${par.id}`);
          if (!match) inferredId = matchIds.take();
        } else if (vol) {
          const ms = byVolunteer.get(vol.id) ?? [];
          if (ms.length === 1) match = ms[0];
        } else {
          const ms = byParticipant.get(par!.id) ?? [];
          if (ms.length !== 1) return setAside(`Deltakeren (${par!.id}) har ${ms.length === 0 ? 'ingen kobling' : 'flere koblinger'}, og frivillig er ikke oppgitt.`);
          match = ms[0];
        }
        if (!v.channel) defaults.add('Kanal «Telefon» der kanal manglet.');
        if (!v.kind) defaults.add('Type «Månedlig oppfølging» der type manglet.');
        const withWhom = (v.withWhom as R.Contact['withWhom']) ?? (vol ? 'Frivillig' : 'Deltaker');
        const id = contactIds.take();
        const matchId = match?.id ?? inferredId;
        const record: R.Contact = {
          ...fill<Pick<R.Contact, 'howItGoes' | 'meetingsSinceLast' | 'activities' | 'concern' | 'nextFollowUp'>>(NO_CONTACT, v), id, date, matchId,
          volunteerId: matchId ? null : vol!.id, withWhom, channel: (v.channel as R.Contact['channel']) ?? 'Telefon',
          kind: (v.kind as R.Contact['kind']) ?? 'Månedlig oppfølging', note: noteWith(), loggedBy: input.loggedBy, loggedAt: input.loggedAt,
        };
        problem = schemaErrors(R.ContactSchema, record, labels);
        if (problem) {
          contactIds.giveBack(id);
          if (inferredId) matchIds.giveBack(inferredId);
          return setAside(problem);
        }
        plan.contacts.push(record);
        mainId = id;
        if (inferredId) {
          indexMatch({ id: inferredId, volunteerId: vol!.id, participantId: par!.id, status: 'Aktiv' });
          inferred.add(inferredId);
          newMatches.set(inferredId, {
            ...NO_MATCH, id: inferredId, volunteerId: vol!.id, participantId: par!.id, status: 'Aktiv', startDate: date, agreedMonths: DEFAULT_MONTHS,
            note: `Opprettet ved import fra «${sheetName}»: startdato er første loggførte kontakt og lengden ${DEFAULT_MONTHS} måneder er antatt. Kontroller.`,
          });
          defaults.add(`Koblinger som bare finnes i kontaktloggen er opprettet som aktive, med første kontakt som startdato og ${DEFAULT_MONTHS} måneders lengde.`);
        } else if (match && inferred.has(match.id)) {
          const m = newMatches.get(match.id)!;
          m.startDate = minDate(m.startDate, date);
        }
        if (matchId && inferred.has(matchId)) lastContact.set(matchId, lastContact.has(matchId) && lastContact.get(matchId)! > date ? lastContact.get(matchId)! : date);
        if (matchId) shown.unshift(['Kobling', matchId]);
      }
      if (problem) return setAside(problem);

      volunteers.commit();
      participants.commit();
      if (ids.volunteerName) shown.unshift(['Frivillig', ids.volunteerName]);
      if (ids.participantName) shown.unshift(['Deltaker', ids.participantName]);
      plan.counts.imported++;
      plan.log.push({ row: rowNo, fingerprint, outcome: 'importert', ids: [mainId, ids.volunteerName, ids.participantName].filter((x, k, a) => x && a.indexOf(x) === k).join(', ') });
      if (held !== null) {
        plan.counts.heldNotes++;
        plan.deviations.push({ row: rowNo, outcome: NOTE_HELD, reason: `${heldReasons.join(' ')} Raden er importert uten teksten; fjern personopplysningene og skriv den inn for ${mainId} om den trengs.`, id: mainId, values: held });
      }
      if (wantPreview) plan.preview.push({ row: rowNo, block: blockIndex, outcome: 'importeres', reason: held !== null ? 'Merknaden holdes tilbake.' : '', values: shown });
    });
  });

  // An inferred match whose programme frame (12 months from the first contact) is over ended with the last contact.
  for (const id of inferred) {
    const m = newMatches.get(id)!;
    m.plannedEnd = addMonths(m.startDate!, DEFAULT_MONTHS);
    if (m.plannedEnd < today) {
      Object.assign(m, { status: 'Avsluttet', endDate: lastContact.get(id)!, endReason: 'Annet' });
      m.note = `Opprettet ved import fra «${sheetName}»: startdato er første og sluttdato siste loggførte kontakt; avsluttet fordi ${DEFAULT_MONTHS} måneder er gått. Kontroller.`;
      defaults.add(`Koblinger fra kontaktloggen der ${DEFAULT_MONTHS} måneder fra første kontakt er passert, er opprettet som avsluttet, med siste kontakt som sluttdato og sluttårsak «Annet».`);
    }
    plan.inferred.push({ id, status: m.status });
  }

  // New people: full records where the tab had a row for them, otherwise a minimal record to fill in.
  const statusOf = (ms: ExistingMatch[] | undefined) => (ms ?? []).map((m) => newMatches.get(m.id)?.status ?? m.status);
  for (const p of volunteers.created) {
    const full = fullVolunteers.get(p.id);
    if (full) { plan.volunteers.push(full.record); plan.contactInfo.push(full.info); continue; }
    const name = [...p.names].sort((a, b) => b.length - a.length)[0]!;
    const active = statusOf(byVolunteer.get(p.id)).some((s) => ACTIVE.has(s));
    plan.volunteers.push({
      ...NO_VOLUNTEER, id: p.id, alias: initials(name), status: active ? 'I kobling' : 'Godkjent',
      note: `${PLACEHOLDER_NOTE} «${sheetName}». Fyll inn screening og status.`,
    });
    plan.log.push({ row: null, fingerprint: `p${p.id}`, outcome: PLACEHOLDER, ids: p.id });
    plan.contactInfo.push({ volunteerId: p.id, name, phone: '', email: '', preferredChannel: null });
  }
  // Short forms of the full names on this tab, and whom each fits: logged only when it fits one person.
  const shortOwners = new Map<string, Set<string>>();
  for (const [key, p] of participants.byKey) if (isFullKey(key)) for (const sk of shortKeys(key)) (shortOwners.get(sk) ?? shortOwners.set(sk, new Set()).get(sk)!).add(p.id);
  for (const p of participants.created) {
    const full = fullParticipants.get(p.id);
    const key = participants.key([...p.names][0] ?? '');
    const forms = new Set([...[...p.names].map(nameKey), key]);
    if (isFullKey(key)) for (const sk of shortKeys(key)) if (shortOwners.get(sk)!.size === 1) forms.add(`~${sk}`);
    for (const form of forms) plan.log.push({ row: null, fingerprint: personFingerprint(input.salt, form), outcome: 'deltaker', ids: p.id });
    if (full) { plan.participants.push(full); continue; }
    const statuses = statusOf(byParticipant.get(p.id));
    plan.participants.push({
      ...NO_PARTICIPANT, id: p.id, status: statuses.some((s) => ACTIVE.has(s)) ? 'I kobling' : statuses.includes('Avsluttet') ? 'Avsluttet' : 'Venter på kobling',
      note: `Opprettet ved import fra «${sheetName}».`,
    });
  }
  for (const m of newMatches.values()) plan.matches.push(m);
  plan.defaults = [...defaults];
  return plan;
}
