/**
 * The whole import as one pure function: a tab's cells, the chosen tables on it (kind + column mapping), what
 * the spreadsheet already holds and today's date → the new records per table, the contact-info rows, the rows
 * set aside with a Norwegian reason, and the log that makes a second import skip what the first one did.
 * People become pseudonyms here: volunteers F- IDs (names only in the contact-info rows), participants D- IDs
 * (names nowhere; a salted fingerprint links later tabs to the same ID). Linear in the number of rows.
 *
 * The shape: shared state (people, IDs, match index: planning/state.ts), one reading of each row for every kind
 * (planning/row.ts), and one planner per kind that answers «imported» or «set aside, because …».
 */
import * as R from '../records';
import { SKIP, type ImportKind } from './fields';
import { hash53, rowFingerprints } from './fingerprint';
import { planContact } from './planning/contacts';
import type { KindPlanner, RowContext } from './planning/kind';
import { planMatch } from './planning/matches';
import { planParticipant } from './planning/participants';
import { finishInferred, finishPeople } from './planning/finish';
import { originalValues, readRow, tableContext, type Row, type TableContext } from './planning/row';
import { buildState, type PlanState } from './planning/state';
import { planVolunteer } from './planning/volunteers';
import { notAPerson } from './names';
import { cellText, fold, isBlank } from './text';
import { FLAGGED, NOT_A_LOG, NOT_IMPORTED, NOTE_HELD, SET_ASIDE, type Deviation, type ImportPlan, type PlanInput } from './planning/types';

export * from './planning/types';

const PLANNERS: Record<ImportKind, KindPlanner> = { volunteers: planVolunteer, participants: planParticipant, matches: planMatch, contacts: planContact };

const SUM_WORDS = new Set(['sum', 'sum totalt', 'totalt', 'total', 'i alt', 'antall']);

export function planImport(input: PlanInput): ImportPlan {
  const state = buildState(input);
  // Title and header rows, of each band when tables stand side by side.
  for (const roles of new Set([input.roles, ...input.blocks.map((b) => b.roles ?? input.roles)])) {
    for (const role of roles) if (role === 'title' || role === 'header') state.plan.counts.titleRows++;
  }
  input.blocks.forEach((block, blockIndex) => planTable(state, tableContext(input.grid, block), blockIndex));
  if (input.blocks.length === 0) notALog(state);
  finishInferred(state);
  finishPeople(state);
  state.plan.defaults = [...state.defaults];
  return state.plan;
}

function planTable(state: PlanState, table: TableContext, blockIndex: number): void {
  const { grid, sheetName } = state.input;
  const { block } = table;
  const roles = block.roles ?? state.input.roles;
  const dataRows: number[] = [];
  for (let r = block.headerRow + 1; r < block.end; r++) {
    if (roles[r] === 'data') dataRows.push(r);
    else if (roles[r] === 'blank') state.plan.counts.blank++;
  }
  // A table beside another one is fingerprinted by its own cells only.
  const prints = rowFingerprints(sheetName, dataRows.map((r) => (block.cols ? grid[r]!.slice(block.cols.first, block.cols.end) : grid[r]!)));
  if (block.kind === SKIP) {
    state.plan.counts.dataRows += dataRows.length;
    state.plan.counts.skipped += dataRows.length;
    const area = { top: block.headerRow + 1, left: table.first + 1, bottom: block.end, right: table.end };
    seen(state, NOT_IMPORTED, area, `Tabellen er valgt bort («Ikke importer»): ${dataRows.length} rader er ikke importert.`);
    return;
  }
  let previewed = 0;
  dataRows.forEach((r, i) => {
    state.plan.counts.dataRows++;
    // The first rows of every table, not only of the first one.
    planRow(state, table, { row: grid[r]!, rowNo: r + 1, fingerprint: prints[i]!, blockIndex, wantPreview: previewed++ < (state.input.previewLimit ?? 0) });
  });
}

/** A tab with content but no table the import knows (a statistics tab): named in Importavvik, nothing imported. */
function notALog(state: PlanState): void {
  const { grid } = state.input;
  let bottom = 0;
  let right = 0;
  grid.forEach((row, r) => row.forEach((v, c) => { if (!isBlank(v)) { bottom = r + 1; right = Math.max(right, c + 1); } }));
  if (bottom === 0) return;
  seen(state, NOT_A_LOG, { top: 1, left: 1, bottom, right }, 'Fanen har ingen tabell importen kjenner igjen (ingen rad med kolonnenavn som «Dato», «Navn» eller «Frivillig»), så ingenting er importert herfra. Er det en logg, oppgi overskriftsraden i importvinduet.');
}

/** Importavvik names what was seen and not imported, once (a second import of the tab does not repeat it). */
function seen(state: PlanState, outcome: typeof NOT_IMPORTED | typeof NOT_A_LOG, area: NonNullable<Deviation['area']>, reason: string): void {
  state.plan.counts.unusable++;
  const fingerprint = `t${hash53(`${state.input.sheetName}\u0001${outcome}\u0001${area.top}:${area.left}:${area.bottom}:${area.right}`)}`;
  if (state.input.existing.rowLog.has(fingerprint)) return;
  state.plan.deviations.push({ row: area.top, outcome, reason, id: '', values: '', area });
  state.plan.log.push({ row: area.top, fingerprint, outcome: 'satt til side', ids: '' });
}

interface SourceRow { row: Row; rowNo: number; fingerprint: string; blockIndex: number; wantPreview: boolean }

function planRow(state: PlanState, table: TableContext, src: SourceRow): void {
  const { plan } = state;
  const { row, rowNo, fingerprint, blockIndex, wantPreview } = src;
  const earlier = state.input.existing.rowLog.get(fingerprint);
  if (earlier === 'importert') {
    plan.counts.alreadyImported++;
    if (wantPreview) plan.preview.push({ row: rowNo, block: blockIndex, outcome: 'importert før', reason: 'Importert tidligere; hoppes over.', values: [] });
    return;
  }
  const setAside = (reason: string, shown: Array<[string, string]>) => {
    state.volunteers.rollback();
    state.participants.rollback();
    plan.counts.setAside++;
    if (earlier !== 'satt til side') {
      plan.deviations.push({ row: rowNo, outcome: SET_ASIDE, reason, id: '', values: originalValues(state, table, row) });
      plan.log.push({ row: rowNo, fingerprint, outcome: 'satt til side', ids: '' });
    }
    // Read before the free text was scrubbed: scrubbed here, so the dialog shows no name either.
    if (wantPreview) plan.preview.push({ row: rowNo, block: blockIndex, outcome: 'settes til side', reason, values: shown.map(([k, x]) => [k, state.scrub(x)]) });
  };
  const first = row.slice(table.first, table.end).find((v) => !isBlank(v));
  if (first !== undefined && SUM_WORDS.has(fold(cellText(first)))) return setAside('Ser ut som en sumrad, ikke en registrering.', []);
  const legend = first !== undefined && typeof first === 'string' ? notAPerson(first) : null;
  if (legend && /tegnforklaring|sum|overskrift/.test(legend)) return setAside(`Ser ut som ${legend.replace(/, ikke en person$/, '')}, ikke en registrering.`, []);

  const read = readRow(state, table, row);
  if (!read.ok) return setAside(read.reason, read.shown);
  const { v, shown, kept, held, heldReasons, namesRemoved } = read.row;
  const flags: string[] = [...read.row.flags, ...namesRemoved.map((label) => `Navn fjernet fra merknad (${label}).`)];
  const ctx: RowContext = {
    state, table, v, ids: {}, shown, flag: (text) => { if (!flags.includes(text)) flags.push(text); },
    person: (role, raw) => {
      const w = state.who(role, raw);
      if (!w.ok) return w;
      const person = (role === 'volunteer' ? state.volunteers : state.participants).getOrCreate(w.raw);
      if (w.short) ctx.flag(`${role === 'volunteer' ? 'Frivillig' : 'Deltaker'} er skrevet med kortform og knyttet til ${person.id}; kontroller at det er riktig person.`);
      return { ok: true, person };
    },
    noteWith: (...extra) => [v.note as string | undefined, ...extra, ...kept].filter(Boolean).join(' ').slice(0, R.NOTE_MAX),
    extraNote: (key, label) => (typeof v[`${key}Text`] === 'string' ? `${label} (opprinnelig): ${state.scrub(v[`${key}Text`] as string)}` : ''),
  };
  const outcome = PLANNERS[table.block.kind as ImportKind](ctx);
  if ('setAside' in outcome) return setAside(outcome.setAside, shown);

  const mainId = outcome.imported;
  const { volunteer, participant } = ctx.ids;
  state.volunteers.commit();
  state.participants.commit();
  if (volunteer) shown.unshift(['Frivillig', volunteer]);
  if (participant) shown.unshift(['Deltaker', participant]);
  plan.counts.imported++;
  if (read.row.unmappedKept) plan.counts.unmappedKept++;
  if (read.row.heldNoNames) plan.counts.heldNoNames++;
  plan.log.push({ row: rowNo, fingerprint, outcome: 'importert', ids: [mainId, volunteer, participant].filter((x, k, a) => x && a.indexOf(x) === k).join(', ') });
  // One Importavvik line per row: a held note says so first, and what else to check after it.
  if (held !== null) {
    plan.counts.heldNotes++;
    const reason = `${heldReasons.join(' ')} Raden er importert uten teksten; fjern personopplysningene og skriv den inn for ${mainId} om den trengs.`;
    plan.deviations.push({ row: rowNo, outcome: NOTE_HELD, reason: [reason, ...flags].join(' '), id: mainId, values: held });
  } else if (flags.length > 0) {
    plan.counts.flagged++;
    plan.deviations.push({ row: rowNo, outcome: FLAGGED, reason: flags.join(' '), id: mainId, values: originalValues(state, table, row) });
  }
  if (wantPreview) plan.preview.push({ row: rowNo, block: blockIndex, outcome: 'importeres', reason: [held !== null ? 'Merknaden holdes tilbake.' : '', ...flags].filter(Boolean).join(' '), values: shown });
}
