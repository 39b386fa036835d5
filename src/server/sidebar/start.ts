/**
 * «Kom i gang»: the sidebar's first page on a spreadsheet that is not ready yet. It opens in one round trip
 * (the checklist, and the first tab's data when there is nothing left to do), sets the sheets up from the
 * sidebar, and remembers which optional steps the leader chose to skip.
 */
import { SKIPPABLE_STEPS, startChecklist, type StartStepId } from '../../domain/onboarding';
import { IMPORT_LOG } from '../../sheets/importTables';
import { LEDGER, RUN_LOG } from '../../sheets/reminderTables';
import { loadSettings } from '../../sheets/settingsSheet';
import { DATA_TABLES, SETTINGS_SHEET } from '../../sheets/tables';
import type { Ports } from '../ports';
import { reminderStatus } from '../reminderSwitch';
import { setupMessage } from '../menuActions';
import { setupSheets } from '../setupSheets';
import { offerNorwegianLocale } from '../spreadsheetLocale';
import type { PageData, PageId, SidebarStart, SkipStepInput, StartPage } from './dto';
import { Refusal, type Ok } from './result';
import { openSession } from './session';
import { asObject } from './validate';

/** Document property: the optional steps the leader skipped (JSON array of step ids). */
export const START_SKIPPED_KEY = 'ressursvenn.start.skipped';

/** The sheets «Sett opp / oppdater arkene» makes; Kom i gang's first step is done when all of them exist. */
const REQUIRED_SHEETS = [SETTINGS_SHEET, ...DATA_TABLES.map((d) => d.sheetName), LEDGER.sheetName, RUN_LOG.sheetName];

function readSkipped(ports: Ports): string[] {
  try {
    const v = JSON.parse(ports.properties.get(START_SKIPPED_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function openStart(ports: Ports): Ok<StartPage> {
  const s = openSession(ports);
  const present = new Set(s.wb.ss.getSheets().map((sh) => sh.getName()));
  const sheetsReady = REQUIRED_SHEETS.every((n) => present.has(n));
  const { settings, shelters } = loadSettings(s.wb);
  const log = present.has(IMPORT_LOG.sheetName) ? s.wb.grid(IMPORT_LOG.sheetName) : null;
  const checklist = startChecklist({
    sheetsReady,
    associationName: settings.associationName,
    groupLeaderEmails: settings.groupLeaderEmails,
    nationalLeaderEmail: settings.nationalLeaderEmail,
    shelterCount: shelters.length,
    importedRows: Math.max(0, (log?.length ?? 0) - 1),
    remindersOn: sheetsReady && reminderStatus(ports, settings).on,
    skipped: readSkipped(ports),
  });
  return { ok: true, page: 'start', ...checklist };
}

/**
 * The sidebar's first call: the checklist, and, when it is complete, the data of the tab the sidebar opens on
 * (so a ready spreadsheet still opens in one round trip).
 */
export function openSidebar(ports: Ports, first: PageId, open: (page: PageId) => Ok<PageData>): Ok<SidebarStart> {
  const { ok: _, ...start } = openStart(ports);
  if (!start.complete) return { ok: true, start, first: null };
  const { ok: __, ...data } = open(first);
  return { ok: true, start, first: data as PageData };
}

/**
 * «Sett opp arkene» from Kom i gang: the menu item's use case (with its offer to set Norwegian / Europe/Oslo, so
 * this call runs with the UI), then the checklist again.
 */
export function setupFromSidebar(ports: Ports): Ok<{ message: string }> {
  const locale = offerNorwegianLocale(ports);
  return { ok: true, message: setupMessage(setupSheets(ports), locale) };
}

/** Skips an optional step (or takes the skip back). Only the skippable steps can be skipped. */
export function skipStartStep(ports: Ports, payload: SkipStepInput): Ok<{ message: string }> {
  const { step, skip } = asObject(payload);
  if (typeof step !== 'string' || !SKIPPABLE_STEPS.includes(step as StartStepId)) throw new Refusal('Dette steget kan ikke hoppes over.', { step: 'Ukjent eller påkrevd steg.' });
  if (typeof skip !== 'boolean') throw new Refusal('Velg om steget skal hoppes over.', { skip: 'Må være ja eller nei.' });
  ports.lock.withLock(() => {
    const now = new Set(readSkipped(ports));
    if (skip) now.add(step);
    else now.delete(step);
    ports.properties.set(START_SKIPPED_KEY, JSON.stringify([...now].sort()));
  });
  return { ok: true, message: skip ? 'Steget er hoppet over. Du kan gjøre det senere.' : 'Steget er tatt med igjen.' };
}
