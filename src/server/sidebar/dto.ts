/**
 * The sidebar's payloads and page data: plain JSON (dates `yyyy-MM-dd`, optional values null). The page
 * imports these types only; the server checks every payload with the record schemas (validate.ts).
 */
import type { DueState } from '../../domain/followUpDue';
import type { MatchAction } from '../../domain/matchLifecycle';
import type { PrivacyFinding } from '../../domain/privacy';
import type { Contact, Inquiry, Match, Participant, Shelter, Volunteer } from '../../domain/records';
import type { ScreeningStep } from '../../domain/screening';
import type { Settings } from '../../domain/settings';

export type { PrivacyFinding };

export const PAGES = ['followUp', 'volunteer', 'participant', 'match', 'inquiry', 'course', 'settings'] as const;
export type PageId = (typeof PAGES)[number];

/** Sent with any payload holding free text: true once the leader has seen the privacy warning and keeps it. */
export interface Confirmable { confirmPrivacy?: boolean }

export type ContactSummary = Pick<Contact, 'id' | 'date' | 'withWhom' | 'channel' | 'kind' | 'howItGoes' | 'concern' | 'activities' | 'note' | 'nextFollowUp' | 'loggedBy'>;

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
  due: DueState;
  recent: ContactSummary[];
}

export interface FollowUpPage { page: 'followUp'; today: string; defaultNext: string; matches: FollowUpTarget[]; volunteers: FollowUpTarget[] }

export type FollowUpInput = Omit<Contact, 'id' | 'loggedBy' | 'loggedAt'> & Confirmable;

export interface VolunteerRow {
  id: string;
  alias: string;
  status: string;
  birthYear: number | null;
  dates: Pick<Volunteer, 'registeredDate' | 'courseDate' | 'interviewDate' | 'policeCertificateDate' | 'nksDeclarationDate' | 'shelterDeclarationDate'>;
  missing: ScreeningStep[];
  inRunningMatch: boolean;
}
export interface VolunteerPage { page: 'volunteer'; today: string; volunteers: VolunteerRow[] }

export type VolunteerInput = Pick<Volunteer, 'alias' | 'birthYear' | 'municipality' | 'languages' | 'interests' | 'availability' |
  'canMeetWithChildren' | 'recruitmentSource' | 'registeredDate' | 'note'> & { name: string; phone: string; email: string; preferredChannel: string | null } & Confirmable;
export type ScreeningInput = { volunteerId: string } & VolunteerRow['dates'];
export interface QuitInput { volunteerId: string; quitDate: string | null; quitReason: string | null }

export interface ParticipantPage { page: 'participant'; today: string; shelters: string[]; waiting: Array<Pick<Participant, 'id' | 'shelter' | 'status' | 'referralDate'>> }
export type ParticipantInput = Omit<Participant, 'id' | 'status'> & Confirmable;

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
}
export interface ProposeInput { volunteerId: string; participantId: string; proposedDate: string | null; note: string; confirmPrivacy?: boolean }
export type MatchActionInput = { matchId: string; action: MatchAction } & Partial<Pick<Match, 'meetingDate' | 'startDate' | 'agreedMonths' |
  'agreementSigned' | 'pauseStart' | 'pauseEnd' | 'pauseReason' | 'endDate' | 'endReason' | 'endedBy' | 'closureDate' | 'evaluationSent' | 'privateContactAfter'>>;

export interface InquiryPage { page: 'inquiry'; today: string; recent: Inquiry[] }
export type InquiryInput = Omit<Inquiry, 'id'> & Confirmable;

export interface CoursePage { page: 'course'; today: string; volunteers: Array<{ id: string; alias: string; courseDate: string | null }> }
export interface CourseInput { date: string; place: string; participantIds: string[]; participantCount: number | null; note: string; confirmPrivacy?: boolean }

export type EditableSettings = Settings;
export interface SettingsPage {
  page: 'settings';
  /** Labels, kinds and help from the domain, so the page need not bundle the settings schema. */
  defs: Array<{ key: keyof EditableSettings; label: string; kind: 'text' | 'emails' | 'email' | 'int' | 'bool'; help: string }>;
  settings: EditableSettings;
  shelters: Shelter[];
  problems: string[];
}
export interface SettingsInput { settings: EditableSettings; shelters: Shelter[] }

export type PageData = FollowUpPage | VolunteerPage | ParticipantPage | MatchPage | InquiryPage | CoursePage | SettingsPage;
export type PageDataOf<P extends PageId> = Extract<PageData, { page: P }>;

/** What a save returns besides ok: the row's ID and a sentence for the success message. */
export interface Saved { id: string; message: string }
