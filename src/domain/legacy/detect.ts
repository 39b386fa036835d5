/**
 * Finds the tables on a tab and what they are: the header row (not always row 1: title rows, merged title
 * cells and blank rows come first), further tables below the first (a new header row), the kind of each table
 * and a proposed column for each field. One pass over the rows; header scoring looks at cells' text only.
 */
import { FIELDS, IMPORT_KINDS, KIND_TITLE_WORDS, type FieldSpec, type ImportKind } from './fields';
import { cellText, fold, isBlank, type SourceCell } from './text';

/** Field key → 0-based column index (null: not imported). */
export type Mapping = Record<string, number | null>;

export type RowRole = 'blank' | 'title' | 'header' | 'data';

export interface Block {
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  /** 0-based index one past the block's last row. */
  end: number;
  /** Title rows above the header, joined. */
  title: string;
  kind: ImportKind;
  mapping: Mapping;
  /** Side-by-side tables: the block's columns (0-based, end exclusive) and the row roles in them. */
  cols?: { first: number; end: number };
  roles?: RowRole[];
}

export interface Layout { blocks: Block[]; roles: RowRole[] }

/** Runs of columns with content, split by columns that are blank in every row: tables side by side. */
export function columnBands(grid: readonly (readonly SourceCell[])[]): Array<{ first: number; end: number }> {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const used: boolean[] = new Array(width).fill(false);
  for (const row of grid) row.forEach((v, c) => { if (!isBlank(v)) used[c] = true; });
  const bands: Array<{ first: number; end: number }> = [];
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    const first = c;
    while (c < width && used[c]) c++;
    bands.push({ first, end: c });
  }
  return bands;
}

/**
 * Every table on the tab: tables side by side (columns A–C and F–H, blank columns between, each with its own
 * header and titles) are read band by band, each band as if it were the only thing on the tab; otherwise the
 * tab is one band. A band without a header row of its own keeps the tab whole, so no column is cut off a table.
 */
export function findLayout(grid: readonly (readonly SourceCell[])[], sheetName = '', chosen: ReadonlyArray<number | null | undefined> = []): Layout {
  const bands = columnBands(grid).filter((b) => b.end - b.first >= 2);
  if (bands.length < 2 || chosen.some((h) => typeof h === 'number')) return findLayoutIn(grid, sheetName, chosen);
  const layouts = bands.map((band) => {
    const masked = grid.map((row) => row.map((v, c) => (c >= band.first && c < band.end ? v : null)));
    return { band, layout: findLayoutIn(masked, sheetName) };
  });
  if (layouts.some((l) => l.layout.blocks.length === 0)) return findLayoutIn(grid, sheetName, chosen);
  const blocks = layouts.flatMap(({ band, layout }) => layout.blocks.map((b) => ({ ...b, cols: band, roles: layout.roles })));
  return { blocks, roles: layouts[0]!.layout.roles };
}

const HEADER_SEARCH_ROWS = 30;
const ALL_SYNONYMS = new Set(IMPORT_KINDS.flatMap((k) => FIELDS[k].flatMap((fs) => fs.synonyms)));

/** 3: the header is a synonym; 2: it starts with one («dato for kontakt»); 1: contains one; 0: no match. */
export function headerScore(header: string, synonyms: readonly string[]): number {
  const h = fold(header);
  if (!h) return 0;
  let best = 0;
  for (const s of synonyms) {
    if (h === s) return 3;
    if (h.startsWith(`${s} `)) best = Math.max(best, 2);
    else if (h.length >= 5 && s.startsWith(h)) best = Math.max(best, 1); // an abbreviation: «Taushetserkl.»
    // Inside a longer header only a specific name counts: «Sted for status» is not a status column.
    else if ((s.length >= 6 || s.includes(' ')) && (h.includes(` ${s} `) || h.endsWith(` ${s}`))) best = Math.max(best, 1);
  }
  return best;
}

function isHeaderWord(v: SourceCell | undefined): boolean {
  if (typeof v !== 'string' || isBlank(v)) return false;
  const h = fold(v);
  if (ALL_SYNONYMS.has(h)) return true;
  const first = h.split(' ')[0]!;
  return ALL_SYNONYMS.has(first) || ALL_SYNONYMS.has(h.split(' ').slice(0, 2).join(' '));
}

function rowStats(row: readonly SourceCell[]): { nonBlank: number; texts: number; headerWords: number } {
  let nonBlank = 0, texts = 0, headerWords = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    nonBlank++;
    if (typeof v === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && !/^[+\d\s.,:/()-]+$/.test(v)) texts++;
    if (isHeaderWord(v)) headerWords++;
  }
  return { nonBlank, texts, headerWords };
}

function looksLikeHeader(s: { nonBlank: number; texts: number; headerWords: number }): boolean {
  return s.headerWords >= 2 && s.texts === s.nonBlank && s.headerWords * 5 >= s.nonBlank * 3;
}

/** Proposed column per field of a kind: best header score first, each column used once. */
export function proposeMapping(kind: ImportKind, header: readonly SourceCell[]): Mapping {
  const fields = FIELDS[kind];
  const pairs: Array<{ score: number; f: number; c: number }> = [];
  header.forEach((h, c) => {
    if (typeof h !== 'string') return;
    fields.forEach((fs, f) => {
      const score = headerScore(h, fs.synonyms);
      if (score > 0) pairs.push({ score, f, c });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.f - b.f || a.c - b.c);
  const mapping: Mapping = Object.fromEntries(fields.map((fs) => [fs.key, null]));
  const usedCols = new Set<number>();
  for (const p of pairs) {
    const key = fields[p.f]!.key;
    if (mapping[key] !== null || usedCols.has(p.c)) continue;
    mapping[key] = p.c;
    usedCols.add(p.c);
  }
  return mapping;
}

const SIGNATURE: Record<ImportKind, { all: string[]; any: string[] }> = {
  contacts: { all: ['date'], any: ['channel', 'withWhom', 'kind', 'howItGoes', 'nextFollowUp', 'activities', 'meetingsSinceLast', 'concern'] },
  volunteers: { all: ['name'], any: ['phone', 'email', 'courseDate', 'policeCertificateDate', 'interviewDate', 'registeredDate'] },
  matches: { all: ['volunteer', 'participant'], any: ['startDate', 'endDate', 'agreedMonths', 'meetingDate', 'proposedDate'] },
  participants: { all: ['participant'], any: ['shelter', 'referralDate', 'needs', 'interpreterNeeded'] },
};

/** How well a header (and the title above it) fits each kind; the best kind first. */
export function rankKinds(header: readonly SourceCell[], title: string): Array<{ kind: ImportKind; score: number; mapping: Mapping }> {
  const t = ` ${fold(title)} `;
  return IMPORT_KINDS.map((kind) => {
    const mapping = proposeMapping(kind, header);
    let score = 0;
    for (const fs of FIELDS[kind] as FieldSpec[]) {
      const c = mapping[fs.key];
      if (c !== null && c !== undefined) score += headerScore(cellText(header[c]), fs.synonyms);
      else if (fs.required) score -= 5;
    }
    const sig = SIGNATURE[kind];
    const has = (k: string) => mapping[k] !== null && mapping[k] !== undefined;
    if (sig.all.every(has) && sig.any.some(has)) score += 4;
    // The leader's own name for the table outweighs a shared column or two («Navn», «Telefon»).
    if (KIND_TITLE_WORDS[kind].some((w) => t.includes(` ${w} `))) score += 8;
    return { kind, score, mapping };
  }).sort((a, b) => b.score - a.score || IMPORT_KINDS.indexOf(a.kind) - IMPORT_KINDS.indexOf(b.kind));
}

/**
 * Every table in one band, each from its header row to the next table's title or header; the tab name helps rank
 * kinds. `chosen[i]` (0-based row) is the header row the leader chose for table i, in place of the detected one.
 */
function findLayoutIn(grid: readonly (readonly SourceCell[])[], sheetName = '', chosen: ReadonlyArray<number | null | undefined> = []): Layout {
  const stats = grid.map(rowStats);
  let roles: RowRole[] = stats.map((s) => (s.nonBlank === 0 ? 'blank' : 'data'));
  // The first row that reads as a header: titles above it are single cells or free text, not column names.
  let first = -1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS) && first < 0; r++) if (looksLikeHeader(stats[r]!)) first = r;
  // Many columns the add-on does not know («Adresse», «Yrke»): the text row with the most known names, if two or more.
  if (first < 0) {
    let best = 1;
    for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
      const st = stats[r]!;
      if (st.texts === st.nonBlank && st.headerWords > best) { best = st.headerWords; first = r; }
    }
  }
  let headers = first < 0 ? [] : [first];
  for (let r = 0; r < first; r++) if (roles[r] === 'data') roles[r] = 'title';
  if (first >= 0) roles[first] = 'header';
  for (let r = first + 1; first >= 0 && r < grid.length; r++) {
    // A later table is set off by a blank row above its header (or above its title); a data row never starts one.
    if (roles[r] === 'blank' || roles[r - 1] !== 'blank') continue;
    if (looksLikeHeader(stats[r]!)) {
      roles[r] = 'header';
      headers.push(r);
    } else if (stats[r]!.nonBlank === 1 && stats[r]!.texts === 1) {
      let n = r + 1;
      while (n < grid.length && roles[n] === 'blank') n++;
      if (n < grid.length && looksLikeHeader(stats[n]!)) {
        roles[r] = 'title';
        roles[n] = 'header';
        headers.push(n);
        r = n;
      }
    }
  }
  if (chosen.some((h) => typeof h === 'number' && h >= 0 && h < grid.length)) {
    chosen.forEach((h, i) => { if (typeof h === 'number' && h >= 0 && h < grid.length) headers[i] = h; });
    headers = [...new Set(headers.filter((h) => h !== undefined))].sort((a, b) => a - b);
    // Roles again around the chosen rows: titles above the first header, and a lone title above a later one.
    roles = stats.map((st, r) => (st.nonBlank === 0 ? 'blank' : r < headers[0]! ? 'title' : 'data'));
    headers.forEach((h, i) => {
      roles[h] = 'header';
      let t = h - 1;
      while (i > 0 && t > headers[i - 1]! + 1 && roles[t] === 'blank') t--;
      if (i > 0 && t > headers[i - 1]! + 1 && roles[t - 1] === 'blank' && stats[t]!.nonBlank === 1 && stats[t]!.texts === 1) roles[t] = 'title';
    });
  }
  if (headers.length === 0) return { blocks: [], roles };
  // Each table starts at its title rows and ends where the next one's title (or header) starts.
  const tops = headers.map((h, i) => {
    let top = h;
    while (top > 0 && (roles[top - 1] === 'title' || roles[top - 1] === 'blank') && (i === 0 || top - 1 > headers[i - 1]!)) top--;
    while (top < h && roles[top] === 'blank') top++;
    return top;
  });
  const blocks: Block[] = headers.map((h, i) => {
    const end = tops[i + 1] ?? grid.length;
    const top = tops[i]!;
    const title = grid.slice(top, h).flatMap((row) => row.filter((v) => !isBlank(v)).map(cellText)).join(' ');
    const best = rankKinds(grid[h]!, `${sheetName} ${title}`)[0]!;
    return { headerRow: h, end, title, kind: best.kind, mapping: best.mapping };
  });
  return { blocks, roles };
}
