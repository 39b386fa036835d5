/** The sidebar's server API: each RPC a use case wrapped so refusals and errors come back as JSON results. */
import type { Ports } from '../ports';
import type * as D from './dto';
import { PAGES } from './dto';
import { openFollowUp, saveFollowUp } from './followUp';
import { logInquiry, openCourses, openInquiries, registerCourse } from './logbook';
import { matchAction, openMatches, proposeMatch } from './matches';
import { openParticipants, registerParticipant } from './participants';
import { generateReport, openReport, sendReport, setReminders } from './report';
import { Refusal, rpc, type Ok, type Result } from './result';
import { openSettings, saveSettings } from './settings';
import { openVolunteers, quitVolunteer, registerVolunteer, updateScreening } from './volunteers';

export type { Result };

const OPENERS: { [P in D.PageId]: (ports: Ports) => Ok<D.PageDataOf<P>> } = {
  followUp: openFollowUp,
  volunteer: openVolunteers,
  participant: openParticipants,
  match: openMatches,
  inquiry: openInquiries,
  course: openCourses,
  report: openReport,
  settings: openSettings,
};

/** Everything one page needs, in one round trip. */
export function openPage<P extends D.PageId>(ports: Ports, page: P): Result<D.PageDataOf<P>> {
  return rpc(ports, 'sidebarOpen', () => {
    if (!PAGES.includes(page)) throw new Refusal(`Ukjent side «${String(page)}».`);
    return OPENERS[page](ports);
  });
}

type Save<I, O> = (ports: Ports, input: I) => Result<O>;
const save = <I, O>(name: string, fn: (ports: Ports, input: I) => Ok<O>): Save<I, O> => (ports, input) => rpc(ports, name, () => fn(ports, input));

export const api = {
  saveFollowUp: save('sidebarSaveFollowUp', saveFollowUp),
  registerVolunteer: save('sidebarRegisterVolunteer', registerVolunteer),
  updateScreening: save('sidebarUpdateScreening', updateScreening),
  quitVolunteer: save('sidebarQuitVolunteer', quitVolunteer),
  registerParticipant: save('sidebarRegisterParticipant', registerParticipant),
  proposeMatch: save('sidebarProposeMatch', proposeMatch),
  matchAction: save('sidebarMatchAction', matchAction),
  logInquiry: save('sidebarLogInquiry', logInquiry),
  registerCourse: save('sidebarRegisterCourse', registerCourse),
  saveSettings: save('sidebarSaveSettings', saveSettings),
  generateReport: save('sidebarGenerateReport', generateReport),
  sendReport: save('sidebarSendReport', sendReport),
  setReminders: save('sidebarSetReminders', setReminders),
};
