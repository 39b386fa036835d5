/**
 * «Kom i gang»: the first-day checklist, worked out from what the spreadsheet already holds. Pure: the caller
 * reads the facts (sheets present, settings, shelters, import log, reminder switch, skipped steps).
 */

export const START_STEPS = ['setup', 'associationName', 'groupLeaderEmails', 'nationalLeaderEmail', 'shelters', 'import', 'reminders'] as const;
export type StartStepId = (typeof START_STEPS)[number];

/** Steps an association may do without: not every association has an old log, or wants daily emails. */
export const SKIPPABLE_STEPS: readonly StartStepId[] = ['import', 'reminders'];

export interface StartFacts {
  /** Every sheet the add-on needs exists. */
  sheetsReady: boolean;
  associationName: string;
  groupLeaderEmails: readonly string[];
  nationalLeaderEmail: string;
  shelterCount: number;
  /** Rows recorded in Importlogg (an import has run). */
  importedRows: number;
  remindersOn: boolean;
  skipped: readonly string[];
}

export interface StartStep {
  id: StartStepId;
  done: boolean;
  /** Done because the leader chose to skip it (only the skippable steps). */
  skipped: boolean;
  /** Why the step's button cannot be used yet; null when it can. */
  blockedBy: string | null;
}

export interface StartChecklist { steps: StartStep[]; complete: boolean }

function isDone(id: StartStepId, f: StartFacts): boolean {
  switch (id) {
    case 'setup': return f.sheetsReady;
    case 'associationName': return f.sheetsReady && f.associationName.trim() !== '';
    case 'groupLeaderEmails': return f.sheetsReady && f.groupLeaderEmails.length > 0;
    case 'nationalLeaderEmail': return f.sheetsReady && f.nationalLeaderEmail.trim() !== '';
    case 'shelters': return f.sheetsReady && f.shelterCount > 0;
    case 'import': return f.importedRows > 0;
    case 'reminders': return f.remindersOn;
  }
}

function blockedBy(id: StartStepId, f: StartFacts): string | null {
  if (id === 'setup') return null;
  if (!f.sheetsReady) return 'Sett opp arkene først.';
  if (id === 'reminders' && f.groupLeaderEmails.length === 0) return 'Fyll inn gruppeledernes e-post først: påminnelsene trenger en mottaker.';
  return null;
}

export function startChecklist(f: StartFacts): StartChecklist {
  const steps = START_STEPS.map((id): StartStep => {
    const done = isDone(id, f);
    const skipped = !done && SKIPPABLE_STEPS.includes(id) && f.skipped.includes(id);
    return { id, done: done || skipped, skipped, blockedBy: done || skipped ? null : blockedBy(id, f) };
  });
  return { steps, complete: steps.every((s) => s.done) };
}
