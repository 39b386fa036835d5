/** Invented records for the reminder rule tests: defaults that trigger nothing, overridden per case. */
import type { Contact, Match, Participant, Volunteer } from '../../../src/domain/records';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings';
import type { ReminderInput, Rows } from '../../../src/domain/reminders/types';

export const settings: Settings = { ...DEFAULT_SETTINGS, groupLeaderEmails: ['leder@example.org'], associationName: 'Testby' };

export function volunteer(o: Partial<Volunteer> = {}): Volunteer {
  return {
    id: 'F-001', alias: 'AB', birthYear: 1980, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '',
    recruitmentSource: null, registeredDate: '2025-09-01', courseDate: '2025-09-10', interviewDate: '2025-09-15', policeCertificateDate: '2025-09-20',
    nksDeclarationDate: '2025-09-20', shelterDeclarationDate: '2025-09-20', status: 'I kobling', quitDate: null, quitReason: null, note: '', ...o,
  };
}

export function participant(o: Partial<Participant> = {}): Participant {
  return { id: 'D-001', shelter: '', municipality: '', birthYear: 1990, languages: '', interpreterNeeded: false, interests: '', needs: '', childrenJoin: false, area: '', travel: null, availability: '',
    referralDate: '2025-10-01', status: 'I kobling', note: '', ...o };
}

export function match(o: Partial<Match> = {}): Match {
  return {
    id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', status: 'Aktiv', proposedDate: null, meetingDate: '2026-01-05', agreementSigned: true,
    startDate: '2026-01-05', agreedMonths: 9, plannedEnd: '2026-10-05', pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: null, endReason: null,
    endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false, note: '', ...o,
  };
}

let nextContact = 1;
export function contact(o: Partial<Contact> & { date: string }): Contact {
  return { id: `L-${String(nextContact++).padStart(5, '0')}`, matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging',
    howItGoes: 'Bra', meetingsSinceLast: 2, activities: '', concern: false, note: '', nextFollowUp: null, loggedBy: '', loggedAt: null, ...o };
}

export function rows<R>(records: R[], first = 2): Rows<R>[] {
  return records.map((record, i) => ({ row: first + i, record }));
}

export function input(today: string, o: { matches?: Match[]; contacts?: Contact[]; volunteers?: Volunteer[]; participants?: Participant[]; settings?: Partial<Settings> } = {}): ReminderInput {
  return {
    today,
    settings: { ...settings, ...o.settings },
    matches: rows(o.matches ?? []),
    contacts: rows(o.contacts ?? []),
    volunteers: rows(o.volunteers ?? []),
    participants: rows(o.participants ?? []),
  };
}
