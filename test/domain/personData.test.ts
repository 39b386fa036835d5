import { reportsCountingHer } from '../../src/domain/personData/countedIn';
import { ERASED_ALIAS, planErasure } from '../../src/domain/personData/erasure';
import { findFootprint, type PersonTables } from '../../src/domain/personData/footprint';
import type * as R from '../../src/domain/records';

const volunteer = (id: string, o: Partial<R.Volunteer> = {}): R.Volunteer => ({
  id, alias: 'Tulla', birthYear: 1980, municipality: 'By', languages: 'norsk', interests: 'tur', availability: 'kveld', canMeetWithChildren: false,
  recruitmentSource: null, registeredDate: '2025-03-10', courseDate: null, interviewDate: null, policeCertificateDate: null,
  nksDeclarationDate: null, shelterDeclarationDate: null, status: 'Sluttet', quitDate: '2025-09-05', quitReason: 'Tidsmangel', note: 'hennes merknad', area: 'Sentrum', travel: null, notSuitableFor: '', ...o,
});
const participant = (id: string, o: Partial<R.Participant> = {}): R.Participant => ({
  id, shelter: 'Senter', municipality: 'By', birthYear: 1990, languages: '', interpreterNeeded: false, interests: '', needs: 'Nettverk',
  childrenJoin: false, referralDate: '2025-04-01', status: 'Avsluttet', note: 'deltaker-merknad', area: '', travel: null, availability: '', ...o,
});
const match = (id: string, v: string, p: string, o: Partial<R.Match> = {}): R.Match => ({
  id, volunteerId: v, participantId: p, status: 'Avsluttet', proposedDate: '2025-04-10', meetingDate: '2025-04-20', agreementSigned: true,
  startDate: '2025-05-01', agreedMonths: 9, plannedEnd: '2026-02-01', pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: '2025-08-31',
  endReason: 'Annet', endedBy: 'Frivillig', closureDate: null, evaluationSent: false, privateContactAfter: false, note: 'koblings-merknad', ...o,
});
const contact = (id: string, o: Partial<R.Contact> = {}): R.Contact => ({
  id, date: '2025-06-01', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: 'Bra',
  meetingsSinceLast: 3, activities: 'tur', concern: false, note: '', nextFollowUp: null, loggedBy: 'leder@example.org', loggedAt: null, ...o,
});
const rows = <T>(...xs: T[]) => xs.map((record, i) => ({ row: i + 2, record }));

function tables(o: Partial<PersonTables> = {}): PersonTables {
  return {
    volunteers: rows(volunteer('F-001'), volunteer('F-002', { alias: 'Mira', status: 'I kobling', quitDate: null, quitReason: null })),
    participants: rows(participant('D-001'), participant('D-002', { status: 'I kobling' })),
    matches: rows(match('K-001', 'F-001', 'D-001'), match('K-002', 'F-002', 'D-002', { status: 'Aktiv', endDate: null, endReason: null, endedBy: null })),
    contacts: rows(contact('L-00001'), contact('L-00002', { matchId: 'K-002', note: 'Mira og Tulla møttes på kurs' }), contact('L-00003', { matchId: 'K-002', note: 'Se F-0011 og F-001.' })),
    inquiries: rows({ id: 'H-0001', date: '2025-03-01', kind: 'Frivillig interessert', from: 'Tullas venninne', municipality: '', outcome: null, note: '' }),
    courses: rows({ id: 'KU-001', date: '2025-03-20', place: 'Huset', participantIds: 'F-001, F-002', participantCount: 5, note: '' }),
    contactInfo: rows({ volunteerId: 'F-001', name: 'Tuva Testesen', phone: '400 00 001', email: 't@example.org', preferredChannel: null }),
    ledger: rows({ date: '2025-06-01', recipient: 'leder@example.org', key: 'follow-up:K-001:2025-06-01', code: 'K-001' }, { date: '2025-06-01', recipient: 'leder@example.org', key: 'x', code: 'K-002' }),
    importLog: [], importDeviations: [], ...o,
  };
}

describe('findFootprint', () => {
  test('her rows in every table, and the other rows naming her by name, alias or ID (a whole token only)', () => {
    const f = findFootprint('F-001', tables())!;
    expect([f.volunteer?.row, f.contactInfo.map((r) => r.row), f.matches.map((r) => r.record.id), f.contacts.map((r) => r.record.id), f.courses.map((r) => r.record.id), f.ledger.map((r) => r.record.code)])
      .toEqual([2, [2], ['K-001'], ['L-00001'], ['KU-001'], ['K-001']]);
    expect(f.mentions).toEqual([
      { table: 'contacts', row: 3, field: 'note', byName: true },
      { table: 'contacts', row: 4, field: 'note', byName: false },
      { table: 'inquiries', row: 2, field: 'from', byName: true },
    ]);
  });
  test.each([
    ['an unknown ID', 'F-009'],
    ['not an ID', 'Tulla'],
  ])('%s: nothing', (_w, id) => {
    expect(findFootprint(id, tables())).toBeNull();
  });
  test('a participant: no names known, found by ID only', () => {
    const f = findFootprint('D-001', tables())!;
    expect([f.participant?.row, f.matches.map((r) => r.record.id), f.names, f.courses]).toEqual([2, ['K-001'], [], []]);
  });
});

describe('planErasure', () => {
  test.each([
    ['in an open match', 'F-002', {}, 'Koblingen K-002 er åpen (Aktiv). Avslutt koblingen først, så kan hun slettes.'],
    ['a volunteer who has not quit', 'F-001', { volunteers: rows(volunteer('F-001', { status: 'Godkjent', quitDate: null, quitReason: null })) }, 'F-001 står som «Godkjent». Registrer at hun har sluttet (fanen Frivillig) først, så slutter påminnelsene om henne.'],
    ['a participant waiting', 'D-001', { participants: rows(participant('D-001', { status: 'Venter på kobling' })) }, 'D-001 står som «Venter på kobling». Sett status til «Trukket seg» eller «Avsluttet» først, så slutter påminnelsene om henne.'],
  ] as const)('refused %s', (_w, id, o, reason) => {
    const t = tables(o as Partial<PersonTables>);
    expect(planErasure(findFootprint(id, t)!, t)).toEqual({ ok: false, reason });
  });
  test('an unreadable row of hers refuses too', () => {
    const t = tables();
    expect(planErasure(findFootprint('F-001', t)!, t, ['Rad 9 i Kontaktlogg kan ikke leses.'])).toEqual({ ok: false, reason: 'Rad 9 i Kontaktlogg kan ikke leses. Rett raden først (menyen «Kontroller data»), så kan hun slettes.' });
  });
  test('her texts and contact details; her names in others\' texts become the role word; her ID stays', () => {
    const t = tables();
    const r = planErasure(findFootprint('F-001', t)!, t);
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.blank).toEqual({ volunteers: [2], participants: [], matches: [2], contacts: [2], contactInfo: [2], importLog: [], importDeviations: [] });
    expect(r.plan.alias).toEqual({ row: 2 });
    expect(r.plan.rewrites).toEqual([
      { table: 'contacts', row: 3, field: 'note', text: 'Mira og [frivillig] møttes på kurs' },
      { table: 'inquiries', row: 2, field: 'from', text: '[frivillig]s venninne' },
    ]);
    expect(ERASED_ALIAS).toBe('Slettet');
  });
  test('already erased: nothing left to plan', () => {
    const t = tables({
      volunteers: rows(volunteer('F-001', { alias: ERASED_ALIAS, note: '', languages: '', interests: '', availability: '', area: '' })),
      matches: rows(match('K-001', 'F-001', 'D-001', { note: '' })), contacts: rows(contact('L-00001', { activities: '' })), contactInfo: [],
    });
    const r = planErasure(findFootprint('F-001', t)!, t);
    expect(r.ok && [r.plan.alias, Object.values(r.plan.blank).flat(), r.plan.rewrites]).toEqual([null, [], []]);
  });
});

describe('reportsCountingHer (fixed dates: registered 10 Mar 2025, course 20 Mar, match May–Aug, quit 5 Sep)', () => {
  const t = tables();
  const f = findFootprint('F-001', t)!;
  const input = { settings: { followUpEveryDays: 30, overdueAfterDays: 45 }, ...t, notCounted: [] };
  const byMonth = Object.fromEntries(reportsCountingHer(input, f, '2025-01', '2025-12').map((m) => [m.month, m.figures]));
  test.each([
    ['2025-01', undefined],
    ['2025-03', ['Nye påmeldte frivillige', 'Kursdeltakere']],
    ['2025-09', ['Frivillige som sluttet', 'Sluttårsak']],
    ['2025-10', undefined],
  ])('%s', (month, figures) => {
    expect(byMonth[month]).toEqual(figures);
  });
  test('the months of her match count her in the match figures, never a course she was not on', () => {
    expect(byMonth['2025-05']).toEqual(expect.arrayContaining(['Nye koblinger', 'Aktive koblinger ved månedsslutt']));
    expect(byMonth['2025-08']).toEqual(expect.arrayContaining(['Avsluttede koblinger']));
    for (const figures of Object.values(byMonth)) expect(figures).not.toContain('Kurs holdt');
  });
});
