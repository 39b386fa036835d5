import { MatchSchema, VolunteerSchema } from '../../src/domain/records';

const volunteer = {
  id: 'F-001', alias: 'AB', birthYear: 1980, municipality: 'Eksempelby', languages: '', interests: '', availability: '',
  canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '', recruitmentSource: null, registeredDate: '2026-01-02', courseDate: null, interviewDate: null,
  policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null, status: 'Påmeldt', quitDate: null,
  quitReason: null, note: '',
};

const match = {
  id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', status: 'Aktiv', proposedDate: null, meetingDate: '2026-01-10',
  agreementSigned: true, startDate: '2026-01-15', agreedMonths: 9, plannedEnd: '2026-10-15', pauseStart: null, pauseEnd: null,
  pauseReason: null, earlierPauses: '', endDate: null, endReason: null, endedBy: null, closureDate: null, evaluationSent: false,
  privateContactAfter: false, note: '',
};

function messages(r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }): string[] {
  return r.success ? [] : r.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
}

describe('record schemas', () => {
  test('a valid volunteer passes', () => {
    expect(VolunteerSchema.safeParse(volunteer).success).toBe(true);
  });

  test.each([
    [{ birthYear: 1890 }, 'birthYear: Må være et helt år mellom 1920 og 2010.'],
    [{ birthYear: 2030 }, 'birthYear: Må være et helt år mellom 1920 og 2010.'],
    [{ status: 'Aktivv' }, 'status: «Aktivv» er ikke en gyldig verdi. Gyldige verdier: Påmeldt, Under kartlegging, Godkjent, I kobling, Sluttet.'],
    [{ id: 'F-1' }, 'id: Må være en ID som F-001.'],
    [{ alias: '' }, 'alias: Må fylles ut.'],
    [{ status: 'Sluttet' }, 'quitDate: Status er «Sluttet», men sluttdato mangler.'],
  ])('volunteer %j → %s', (patch, message) => {
    expect(messages(VolunteerSchema.safeParse({ ...volunteer, ...patch }))).toContain(message);
  });

  test('a valid active match passes', () => {
    expect(messages(MatchSchema.safeParse(match))).toEqual([]);
  });

  test.each([
    [{ agreedMonths: 13 }, 'agreedMonths: Avtalt lengde må være et helt antall måneder fra 9 til 12.'],
    [{ plannedEnd: '2026-10-16' }, 'plannedEnd: Planlagt slutt stemmer ikke med startdato + 9 måneder (2026-10-15).'],
    [{ startDate: null, plannedEnd: null }, 'startDate: Status er «Aktiv», men startdato mangler.'],
    [{ status: 'Avsluttet' }, 'endDate: Status er «Avsluttet», men sluttdato mangler.'],
    [{ status: 'Pause' }, 'pauseStart: Status er «Pause», men «Pause fra» mangler.'],
    [{ endDate: '2026-01-01', status: 'Avsluttet', endReason: 'Annet' }, 'endDate: Sluttdato er før startdato.'],
  ])('match %j → %s', (patch, message) => {
    expect(messages(MatchSchema.safeParse({ ...match, ...patch }))).toContain(message);
  });
});
