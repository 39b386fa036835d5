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
import { rowFingerprints } from './fingerprint';
import { planContact } from './planning/contacts';
import type { KindPlanner, RowContext } from './planning/kind';
import { planMatch } from './planning/matches';
import { planParticipant } from './planning/participants';
import { finishInferred, finishPeople } from './planning/finish';
import { originalValues, readRow, tableContext, type Row, type TableContext } from './planning/row';
import { buildState, type PlanState } from './planning/state';
import { planVolunteer } from './planning/volunteers';
import { cellText, fold, isBlank } from './text';
import { FLAGGED, NOTE_HELD, SET_ASIDE, type ImportPlan, type PlanInput } from './planning/types';

export * from './planning/types';

const PLANNERS: Record<ImportKind, KindPlanner> = { volunteers: planVolunteer, participants: planParticipant, matches: planMatch, contacts: planContact };

const SUM_WORDS = new Set(['sum', 'sum totalt', 'totalt', 'total', 'i alt', 'antall']);

export function planImport(input: PlanInput): ImportPlan {
  const state = buildState(input);
  const { grid, roles } = input;
  for (let r = 0; r < grid.length; r++) if (roles[r] === 'title' || roles[r] === 'header') state.plan.counts.titleRows++;
  input.blocks.forEach((block, blockIndex) => planTable(state, tableContext(state, block), blockIndex));
  finishInferred(state);
  finishPeople(state);
  state.plan.defaults = [...state.defaults];
  return state.plan;
}

function planTable(state: PlanState, table: TableContext, blockIndex: number): void {
  const { grid, roles, sheetName } = state.input;
  const { block } = table;
  const dataRows: number[] = [];
  for (let r = block.headerRow + 1; r < block.end; r++) {
    if (roles[r] === 'data') dataRows.push(r);
    else if (roles[r] === 'blank') state.plan.counts.blank++;
  }
  const prints = rowFingerprints(sheetName, dataRows.map((r) => grid[r]!));
  let previewed = 0;
  dataRows.forEach((r, i) => {
    state.plan.counts.dataRows++;
    if (block.kind === SKIP) { state.plan.counts.skipped++; return; }
    // The first rows of every table, not only of the first one.
    planRow(state, table, { row: grid[r]!, rowNo: r + 1, fingerprint: prints[i]!, blockIndex, wantPreview: previewed++ < (state.input.previewLimit ?? 0) });
  });
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
  const first = row.find((v) => !isBlank(v));
  if (first !== undefined && SUM_WORDS.has(fold(cellText(first)))) return setAside('Ser ut som en sumrad, ikke en registrering.', []);

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
