/**
 * The sidebar's payloads and page data: plain JSON (dates `yyyy-MM-dd`, optional values null). The page
 * imports these types only; the server checks every payload with the record schemas (validate.ts).
 */
import type { DueState } from '../../domain/followUpDue';
import type { SuggestInput } from '../../domain/matching/candidates';
import type { MatchAction } from '../../domain/matchLifecycle';
import type { PrivacyFinding } from '../../domain/privacy';
import type { TodayItem } from '../../domain/reminders/actions';
import type { Contact, ContactInfo, Course, Inquiry, Match, Participant, Shelter, Volunteer } from '../../domain/records';
import type { StartStep, StartStepId } from '../../domain/onboarding';
import type { ScreeningStep } from '../../domain/screening';
import type { Settings } from '../../domain/settings';
import type { GenerateSummary, SendSummary } from '../monthlyReport';
import type { ReminderStatus } from '../reminderSwitch';

export type { PrivacyFinding };

export const PAGES = ['today', 'followUp', 'volunteer', 'participant', 'match', 'inquiry', 'course', 'report', 'settings', 'start'] as const;
export type PageId = (typeof PAGES)[number];

/**
 * A form's payload for record fields, as the page sends it: a blank is null, and a number or date field may
 * hold the text as typed (the server refuses it at its field). Keys and kinds are fixed, so a payload of the
 * wrong shape fails the type check; the values themselves are checked by the server (validate.ts).
 */
type Wire<V> = [NonNullable<V>] extends [boolean] ? boolean
  : [NonNullable<V>] extends [number] ? number | string | null
  : [NonNullable<V>] extends [readonly unknown[]] ? string[]
  : string | null;
export type Draft<T> = { [K in keyof T]: Wire<T[K]> };

/** Sent with any payload holding free text: true once the leader has seen the privacy warning and keeps it. */
export interface Confirmable { confirmPrivacy?: boolean }

export type ContactSummary = Pick<Contact, 'id' | 'date' | 'withWhom' | 'channel' | 'kind' | 'howItGoes' | 'concern' | 'activities' | 'note' | 'nextFollowUp' | 'loggedBy'>;

export type TargetDue = DueState | 'paused' | 'meeting';

export interface FollowUpTarget {
  /** A match ID (K-…) or, for a volunteer outside a running match, her volunteer ID (F-…). */
  id: string;
  volunteerId: string;
  alias: string;
  participantId: string | null;
  status: string;
  startDate: string | null;
  monthsRun: number | null;
  lastFollowUp: string | null;
  nextDue: string | null;
  /** The follow-up state of an «Aktiv» match or a volunteer; a paused match, or one whose meeting is set, is never due. */
  due: TargetDue;
  recent: ContactSummary[];
  /** An ended match whose closure conversation («Avkoblingssamtale») is not recorded yet: listed so it can be logged. */
  closurePending: boolean;
}

export interface FollowUpPage { page: 'followUp'; today: string; defaultNext: string; matches: FollowUpTarget[]; volunteers: FollowUpTarget[] }

export type FollowUpInput = Draft<Omit<Contact, 'id' | 'loggedBy' | 'loggedAt'>> & Confirmable;

export interface VolunteerRow {
  id: string;
  alias: string;
  status: string;
  birthYear: number | null;
  dates: Pick<Volunteer, 'registeredDate' | 'courseDate' | 'interviewDate' | 'policeCertificateDate' | 'nksDeclarationDate' | 'shelterDeclarationDate'>;
  missing: ScreeningStep[];
  inRunningMatch: boolean;
  matching: VolunteerMatching;
}
/** The optional matching fields («Foreslå kobling»): categories only. */
export type VolunteerMatching = Pick<Volunteer, 'languages' | 'interests' | 'availability' | 'municipality' | 'area' | 'travel' | 'canMeetWithChildren' | 'notSuitableFor'>;
export type ParticipantMatching = Pick<Participant, 'languages' | 'interests' | 'availability' | 'municipality' | 'area' | 'travel' | 'childrenJoin'>;
export type VolunteerMatchingInput = Draft<VolunteerMatching & { volunteerId: string }>;
export type ParticipantMatchingInput = Draft<ParticipantMatching & { participantId: string }>;
export interface VolunteerPage { page: 'volunteer'; today: string; volunteers: VolunteerRow[] }

export type VolunteerInput = Draft<Pick<Volunteer, 'alias' | 'birthYear' | 'recruitmentSource' | 'registeredDate' | 'note'> & VolunteerMatching & Pick<ContactInfo, 'name' | 'phone' | 'email' | 'preferredChannel'>> & Confirmable;
export type ScreeningInput = Draft<{ volunteerId: string } & VolunteerRow['dates']>;
export type QuitInput = Draft<Pick<Volunteer, 'quitDate' | 'quitReason'> & { volunteerId: string }>;

export interface ParticipantPage {
  page: 'participant';
  today: string;
  shelters: string[];
  waiting: Array<Pick<Participant, 'id' | 'shelter' | 'status' | 'referralDate'>>;
  /** Everyone not ended or withdrawn, with her matching fields (to edit them). */
  current: Array<Pick<Participant, 'id' | 'shelter' | 'status'> & { matching: ParticipantMatching }>;
}
export type ParticipantInput = Draft<Omit<Participant, 'id' | 'status'>> & Confirmable;

export interface MatchRow {
  id: string;
  volunteerId: string;
  alias: string;
  participantId: string;
  status: Match['status'];
  meetingDate: string | null;
  startDate: string | null;
  agreedMonths: number | null;
  plannedEnd: string | null;
  actions: MatchAction[];
}
export interface MatchPage {
  page: 'match';
  today: string;
  eligibleVolunteers: Array<{ id: string; alias: string }>;
  waitingParticipants: Array<{ id: string; shelter: string; referralDate: string | null }>;
  matches: MatchRow[];
  /** What «Foreslå kobling» computes from, in the page (src/domain/matching/suggest.ts). */
  suggestions: SuggestInput;
}
export type ProposeInput = Draft<Pick<Match, 'volunteerId' | 'participantId' | 'proposedDate' | 'note'>> & Confirmable;
/**
 * The step's own fields only; a field left out keeps its value in the sheet. `newMatch` is the end step's
 * question whether the participant should wait for a new match (required there: true or false).
 */
export type MatchActionInput = { matchId: string; action: MatchAction; newMatch?: boolean | null } & Partial<Draft<Pick<Match, 'meetingDate' | 'startDate' | 'agreedMonths' |
  'agreementSigned' | 'pauseStart' | 'pauseEnd' | 'pauseReason' | 'endDate' | 'endReason' | 'endedBy' | 'closureDate' | 'evaluationSent' | 'privateContactAfter'>>>;

/** «Skriv ut samarbeidsavtale» for this match. */
export interface AgreementInput { matchId: string }

export interface InquiryPage { page: 'inquiry'; today: string; recent: Inquiry[] }
export type InquiryInput = Draft<Omit<Inquiry, 'id'>> & Confirmable;

export interface CoursePage { page: 'course'; today: string; volunteers: Array<{ id: string; alias: string; courseDate: string | null }> }
export type CourseInput = Draft<Pick<Course, 'date' | 'place' | 'participantCount' | 'note'> & { participantIds: string[] }> & Confirmable;

export type EditableSettings = Settings;
export interface SettingsPage {
  page: 'settings';
  /** Labels, kinds and help from the domain, so the page need not bundle the settings schema. */
  defs: Array<{ key: keyof EditableSettings; label: string; kind: 'text' | 'emails' | 'email' | 'int' | 'bool'; help: string }>;
  settings: EditableSettings;
  shelters: Shelter[];
  problems: string[];
  reminders: ReminderState;
  /** Innstillinger as loaded (settingsVersion); sent back with the save, which is refused if the sheet changed since. */
  version: string;
}
/** Each setting as the form holds it (checked by its own schema on the server); every key must be there. */
export type SettingsDraft = Record<keyof EditableSettings, string | number | boolean | string[] | null>;
export interface SettingsInput { settings: SettingsDraft; shelters: Array<Draft<Shelter>>; version: string }

export type ReminderState = ReminderStatus;
export interface RemindersInput { on: boolean }

export interface ReportPage {
  page: 'report';
  today: string;
  /** The previous month, `yyyy-MM`. */
  defaultMonth: string;
  /** Newest first: this month and the twelve before it. */
  months: Array<{ month: string; label: string }>;
  /** Innstillinger's «Nasjonal prosjektleder (e-post)»; '' when not filled in. */
  recipient: string;
}
/** A blank month means the previous one. */
export interface ReportInput { month: string | null }
export interface SendReportInput extends ReportInput { confirmed: boolean }
/** The three free-text sections, as typed in the Rapport tab. */
export interface ReportTextInput extends ReportInput { goodStories: string; challenges: string; wishes: string }
export type ReportResult = GenerateSummary & { message: string };
export type ReportSent = SendSummary & { message: string };

/** «I dag»: what needs the leader today (the reminders' rules), and the numbers she would otherwise count. */
export interface TodayPage {
  page: 'today';
  today: string;
  overview: { active: number; paused: number; endingSoon: number; volunteersWaiting: number; participantsWaiting: number };
  /** How far ahead «endingSoon» looks. */
  endingWithinDays: number;
  items: TodayItem[];
}

/** «Kom i gang»: the first-day checklist (shown until every step is done or skipped). */
export interface StartPage { page: 'start'; steps: StartStep[]; complete: boolean }
export interface SkipStepInput { step: StartStepId; skip: boolean }
/** The sidebar's first call: the checklist, and the first tab's data when the checklist is complete. */
export interface SidebarStart { start: StartPage; first: PageData | null }

export type PageData = TodayPage | FollowUpPage | VolunteerPage | ParticipantPage | MatchPage | InquiryPage | CoursePage | ReportPage | SettingsPage | StartPage;
export type PageDataOf<P extends PageId> = Extract<PageData, { page: P }>;

/** What a save returns besides ok: the row's ID and a sentence for the success message. */
export interface Saved { id: string; message: string }
