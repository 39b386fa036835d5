/** The sidebar's server API: each RPC a use case wrapped so refusals and errors come back as JSON results. */
import type { Ports } from '../ports';
import type * as D from './dto';
import { PAGES } from './dto';
import { printAgreement } from './agreement';
import { openFollowUp, saveFollowUp } from './followUp';
import { logInquiry, openCourses, openInquiries, registerCourse } from './logbook';
import { matchAction, openMatches, proposeMatch } from './matches';
import { updateParticipantMatching, updateVolunteerMatching } from './matchingFields';
import { openParticipants, registerParticipant } from './participants';
import { generateReport, openReport, saveReportText, sendReport, setReminders } from './report';
import { Refusal, rpc, type Ok, type Result } from './result';
import { openSettings, saveSettings } from './settings';
import { openToday } from './today';
import { openSidebar, openStart, setupFromSidebar, skipStartStep } from './start';
import { requireObject } from './validate';
import { openVolunteers, quitVolunteer, registerVolunteer, updateScreening } from './volunteers';

export type { Result };

const OPENERS: { [P in D.PageId]: (ports: Ports) => Ok<D.PageDataOf<P>> } = {
  today: openToday,
  followUp: openFollowUp,
  volunteer: openVolunteers,
  participant: openParticipants,
  match: openMatches,
  inquiry: openInquiries,
  course: openCourses,
  report: openReport,
  settings: openSettings,
  start: openStart,
};

/** The sidebar's first call: Kom i gang's checklist, with the first tab's data once the checklist is done. */
export function startSidebar(ports: Ports, first: D.PageId): Result<D.SidebarStart> {
  return rpc(ports, 'sidebarStart', () => {
    if (!PAGES.includes(first)) throw new Refusal(`Ukjent side «${String(first)}».`);
    return openSidebar(ports, first, (page) => OPENERS[page](ports) as Ok<D.PageData>);
  });
}

/** Everything one page needs, in one round trip. */
export function openPage<P extends D.PageId>(ports: Ports, page: P): Result<D.PageDataOf<P>> {
  return rpc(ports, 'sidebarOpen', () => {
    if (!PAGES.includes(page)) throw new Refusal(`Ukjent side «${String(page)}».`);
    return OPENERS[page](ports);
  });
}

/** A sidebar call that opens a dialog (import, help): nothing to return but whether it opened. */
export function uiCall(ports: Ports, name: string, fn: (ports: Ports) => string): Result<{ message: string }> {
  return rpc(ports, name, () => ({ ok: true, message: fn(ports) }));
}

type Save<I, O> = (ports: Ports, input: I) => Result<O>;
/** Every save takes one object: anything else (null, a list, a text) is refused before the use case reads it. */
const save = <I, O>(name: string, fn: (ports: Ports, input: I) => Ok<O>): Save<I, O> => (ports, input) => rpc(ports, name, () => {
  requireObject(input);
  return fn(ports, input);
});

/**
 * A save that also returns its page as it is after the save, so the page redraws from the answer: one round
 * trip per save (the page is read after the lock is released, like any opening of it). The save is committed
 * by then: should reading the page fail, the answer is still the save's (page null, the page reloads itself),
 * never a failure the leader would retry into a duplicate.
 */
const saveThenOpen = <I, O extends { message: string }, P extends D.PageId>(name: string, fn: (ports: Ports, input: I) => Ok<O>, page: P): Save<I, O & { page: D.PageDataOf<P> | null }> =>
  (ports, input) => rpc(ports, name, () => {
    requireObject(input);
    const saved = fn(ports, input);
    try {
      const { ok: _, ...data } = OPENERS[page](ports);
      return { ...saved, page: data as unknown as D.PageDataOf<P> };
    } catch (e) {
      ports.log(`${name}: lagret, men siden kunne ikke leses: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return { ...saved, page: null, message: `${saved.message} Last inn siden på nytt.` };
    }
  });

export const api = {
  saveFollowUp: save('sidebarSaveFollowUp', saveFollowUp),
  registerVolunteer: saveThenOpen('sidebarRegisterVolunteer', registerVolunteer, 'volunteer'),
  updateScreening: saveThenOpen('sidebarUpdateScreening', updateScreening, 'volunteer'),
  quitVolunteer: saveThenOpen('sidebarQuitVolunteer', quitVolunteer, 'volunteer'),
  registerParticipant: saveThenOpen('sidebarRegisterParticipant', registerParticipant, 'participant'),
  updateVolunteerMatching: saveThenOpen('sidebarUpdateVolunteerMatching', updateVolunteerMatching, 'volunteer'),
  updateParticipantMatching: saveThenOpen('sidebarUpdateParticipantMatching', updateParticipantMatching, 'participant'),
  proposeMatch: saveThenOpen('sidebarProposeMatch', proposeMatch, 'match'),
  matchAction: saveThenOpen('sidebarMatchAction', matchAction, 'match'),
  logInquiry: saveThenOpen('sidebarLogInquiry', logInquiry, 'inquiry'),
  registerCourse: saveThenOpen('sidebarRegisterCourse', registerCourse, 'course'),
  saveSettings: saveThenOpen('sidebarSaveSettings', saveSettings, 'settings'),
  generateReport: save('sidebarGenerateReport', generateReport),
  sendReport: save('sidebarSendReport', sendReport),
  saveReportText: save('sidebarSaveReportText', saveReportText),
  setReminders: save('sidebarSetReminders', setReminders),
  /** Not a save: opens the printable agreement in a dialog (reads two sheets, writes nothing). */
  printAgreement: save('sidebarPrintAgreement', printAgreement),
  setupSheets: saveThenOpen('sidebarSetupSheets', setupFromSidebar, 'start'),
  skipStartStep: saveThenOpen('sidebarSkipStartStep', skipStartStep, 'start'),
};
