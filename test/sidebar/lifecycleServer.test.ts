/** Volunteer, participant, match, inquiry, course and settings use cases through the bundle, refusals included. */
import { expectRefused, sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const rows = (sheet: string) => sheetRecords(f.h, sheet);
const row = (sheet: string, id: string, key = 'ID') => rows(sheet).find((r) => r[key] === id)!;

const refused = (fn: string, payload: unknown) => expectRefused(f, fn, payload);

const volunteer = {
  alias: 'NY', birthYear: 1980, municipality: 'Eksempelby', languages: 'norsk', interests: '', availability: 'Kvelder', canMeetWithChildren: true, area: '', travel: null, notSuitableFor: '',
  recruitmentSource: 'Nettside', registeredDate: '2026-11-20', note: '', name: 'Nina Nyesen', phone: '400 00 099', email: 'nina@example.org', preferredChannel: 'SMS',
};

describe('Frivillig', () => {
  test('register: the volunteer row has no name; name and contact details go to Kontaktinfo only', () => {
    const r = f.rpc('sidebarRegisterVolunteer', volunteer);
    expect(r).toMatchObject({ ok: true, id: 'F-013' });
    expect(row('Frivillige', 'F-013')).toMatchObject({ 'Alias/initialer': 'NY', Status: 'Påmeldt', Fødselsår: 1980 });
    expect(JSON.stringify(row('Frivillige', 'F-013'))).not.toMatch(/Nina|400 00 099|nina@/);
    expect(row('Kontaktinfo', 'F-013', 'Frivillig-ID')).toMatchObject({ Navn: 'Nina Nyesen', Telefon: '400 00 099', 'E-post': 'nina@example.org', 'Foretrukket kontakt': 'SMS' });
  });

  test('a second group leader (not the one who ran setup) can register a volunteer and rerun setup', () => {
    f.h.emu.setUser('leder2@example.org');
    const r = f.rpc('sidebarRegisterVolunteer', { ...volunteer, phone: '+47 400 00 098' });
    expect(r).toMatchObject({ ok: true, id: 'F-013' });
    expect(row('Kontaktinfo', 'F-013', 'Frivillig-ID')).toMatchObject({ Navn: 'Nina Nyesen', Telefon: '+47 400 00 098' });
    f.h.call('menuSetupSheets');
    expect(JSON.stringify(f.h.emu.ui.alerts.at(-1))).toMatch(/Alle ark var allerede oppdatert/);
  });

  test.each([
    [{ alias: '' }, 'alias', 'Må fylles ut.'],
    [{ name: ' ' }, 'name', 'Må fylles ut.'],
    [{ email: 'nina@' }, 'email', 'Ugyldig e-postadresse.'],
    [{ birthYear: 1890 }, 'birthYear', 'Må være et helt år mellom 1920 og 2010.'],
    // The approval rule's age, with bounds from today (20.11.2026): no 16-year-old, nor one who turns 25 next year.
    [{ birthYear: 2010 }, 'birthYear', 'Født 2010: en frivillig må fylle 25 i år eller tidligere (født 2001 eller før).'],
    [{ birthYear: 2002 }, 'birthYear', 'Født 2002: en frivillig må fylle 25 i år eller tidligere (født 2001 eller før).'],
    [{ registeredDate: '2026-13-01' }, 'registeredDate', 'Må være en gyldig dato.'],
    [{ alias: 'Nina N' }, 'alias', 'Må ikke inneholde navnet; bruk initialer.'],
    [{ alias: 'NYESEN' }, 'alias', 'Må ikke inneholde navnet; bruk initialer.'],
  ])('register refuses %j', (patch, field, message) => {
    expect(refused('sidebarRegisterVolunteer', { ...volunteer, ...patch }).fieldErrors[field]).toBe(message);
  });

  test('screening: dates saved, status follows, missing steps named; then ready for a match', () => {
    const r1 = f.rpc('sidebarUpdateScreening', { volunteerId: 'F-012', registeredDate: '2026-11-03', courseDate: '2026-11-09', interviewDate: '2026-11-16', policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null });
    expect(r1.ok).toBe(true);
    expect(r1.message).toBe('Lagret. F-012 mangler: Politiattest ikke vist; Taushetserklæring med N.K.S. ikke signert; Taushetserklæring med krisesenteret ikke signert.');
    expect(row('Frivillige', 'F-012').Status).toBe('Under kartlegging');
    const r2 = f.rpc('sidebarUpdateScreening', { volunteerId: 'F-012', registeredDate: '2026-11-03', courseDate: '2026-11-09', interviewDate: '2026-11-16', policeCertificateDate: '2026-11-18', nksDeclarationDate: '2026-11-18', shelterDeclarationDate: '2026-11-19' });
    expect(r2.message).toBe('F-012 er klar for kobling (status «Godkjent»).');
    expect(f.rpc('sidebarOpen', 'match').eligibleVolunteers.map((v: any) => v.id)).toContain('F-012');
  });

  test.each([
    [{ volunteerId: 'F-099' }, /F-099 finnes ikke/],
    [{ volunteerId: 'F-008' }, /har sluttet/],
    [{ volunteerId: 'F-012', courseDate: '31.02.2026' }, /felt må rettes/],
  ])('screening refuses %j', (patch, message) => {
    expect(refused('sidebarUpdateScreening', { courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null, registeredDate: null, ...patch }).message).toMatch(message);
  });

  test('quit with reason; refused without reason, for someone in a running match, and twice', () => {
    expect(refused('sidebarQuitVolunteer', { volunteerId: 'F-009', quitDate: '2026-11-20', quitReason: null }).fieldErrors.quitReason).toBe('Må fylles ut.');
    expect(refused('sidebarQuitVolunteer', { volunteerId: 'F-001', quitDate: '2026-11-20', quitReason: 'Flyttet' }).message).toMatch(/åpne koblinger: K-001 \(Aktiv\)\. Avslutt eller avslå dem først/);
    expect(f.rpc('sidebarQuitVolunteer', { volunteerId: 'F-009', quitDate: '2026-11-20', quitReason: 'Flyttet' }).ok).toBe(true);
    expect(row('Frivillige', 'F-009')).toMatchObject({ Status: 'Sluttet', Sluttårsak: 'Flyttet' });
    expect(refused('sidebarQuitVolunteer', { volunteerId: 'F-009', quitDate: '2026-11-20', quitReason: 'Flyttet' }).message).toMatch(/allerede sluttet/);
  });
});

const participant = { shelter: 'Nordfjell krisesenter', municipality: 'Nordfjell', birthYear: 1990, languages: 'norsk', interpreterNeeded: false, interests: 'tur', needs: 'Aktiviteter, Helse', childrenJoin: false, area: '', travel: null, availability: '', referralDate: '2026-11-20', note: '' };

describe('Deltaker', () => {
  test('register a referral: no name or contact columns exist to fill', () => {
    expect(f.rpc('sidebarRegisterParticipant', { ...participant, name: 'Skal ikke lagres' })).toMatchObject({ ok: true, id: 'D-009' });
    expect(row('Deltakere', 'D-009')).toMatchObject({ Krisesenter: 'Nordfjell krisesenter', Status: 'Henvist', Behov: 'Aktiviteter, Helse' });
    expect(JSON.stringify(rows('Deltakere'))).not.toMatch(/Skal ikke lagres/);
  });

  test.each([
    [{ shelter: '' }, 'shelter', 'Må fylles ut.'],
    [{ shelter: 'Ukjent senter' }, 'shelter', '«Ukjent senter» står ikke i krisesenterlisten i Innstillinger.'],
    [{ referralDate: null }, 'referralDate', 'Må fylles ut.'],
  ])('refuses %j', (patch, field, message) => {
    expect(refused('sidebarRegisterParticipant', { ...participant, ...patch }).fieldErrors[field]).toBe(message);
  });
});

describe('Kobling', () => {
  test('open offers only eligible volunteers without an open match and waiting participants without one', () => {
    const r = f.rpc('sidebarOpen', 'match');
    expect(r.eligibleVolunteers.map((v: any) => v.id)).toEqual(['F-004', 'F-009']);
    expect(r.waitingParticipants.map((p: any) => p.id)).toEqual(['D-008']);
    expect(r.matches.find((m: any) => m.id === 'K-004').actions).toEqual(['schedule', 'activate', 'decline']);
  });

  test.each([
    [{ volunteerId: 'F-006' }, 'volunteerId', 'F-006 er ikke klar for kobling: Politiattest ikke vist; Taushetserklæring med N.K.S. ikke signert; Taushetserklæring med krisesenteret ikke signert.'],
    [{ volunteerId: 'F-010' }, 'volunteerId', 'F-010 er ikke klar for kobling: Under 25 år ved oppstart; Aktivitetskurs ikke fullført; Kartleggingssamtale ikke gjennomført; Politiattest ikke vist; Taushetserklæring med N.K.S. ikke signert; Taushetserklæring med krisesenteret ikke signert.'],
    [{ volunteerId: 'F-005' }, 'volunteerId', 'F-005 er allerede i kobling K-004 (Koblingsmøte avtalt).'],
    [{ volunteerId: 'F-099' }, 'volunteerId', 'F-099 finnes ikke i Frivillige.'],
    [{ participantId: 'D-004' }, 'participantId', 'D-004 har allerede kobling K-004 (Koblingsmøte avtalt).'],
    [{ participantId: 'D-005' }, 'participantId', 'D-005 venter ikke på kobling (status «Avsluttet»).'],
    [{ proposedDate: null }, 'proposedDate', 'Må fylles ut.'],
  ])('propose refuses %j', (patch, field, message) => {
    expect(refused('sidebarProposeMatch', { volunteerId: 'F-004', participantId: 'D-008', proposedDate: '2026-11-20', note: '', ...patch }).fieldErrors[field]).toBe(message);
  });

  test('the whole life: propose → meeting → active (planned end) → pause → resume → end → closure', () => {
    const step = (action: string, extra: object) => f.rpc('sidebarMatchAction', { matchId: 'K-009', action, ...extra });
    expect(f.rpc('sidebarProposeMatch', { volunteerId: 'F-004', participantId: 'D-008', proposedDate: '2026-11-20', note: '' })).toMatchObject({ ok: true, id: 'K-009' });
    expect(row('Deltakere', 'D-008').Status).toBe('Venter på kobling');
    expect(step('schedule', { meetingDate: '2026-11-25' }).match.status).toBe('Koblingsmøte avtalt');
    const a = step('activate', { startDate: '2027-01-31', agreedMonths: 9, agreementSigned: true });
    expect(a.match).toMatchObject({ status: 'Aktiv', plannedEnd: '2027-10-31' });
    expect(a.message).toMatch(/Planlagt slutt: 31\.10\.2027\./);
    expect([row('Frivillige', 'F-004').Status, row('Deltakere', 'D-008').Status]).toEqual(['I kobling', 'I kobling']);
    expect(step('pause', { pauseStart: '2027-03-01', pauseReason: 'Sykdom' }).match.status).toBe('Pause');
    expect(step('resume', { pauseEnd: '2027-03-20' }).match.status).toBe('Aktiv');
    expect(step('end', { endDate: '2027-10-31', endReason: 'Fullført periode', endedBy: 'Planlagt', newMatch: false, closureDate: null, evaluationSent: false, privateContactAfter: false }).match.status).toBe('Avsluttet');
    expect([row('Frivillige', 'F-004').Status, row('Deltakere', 'D-008').Status]).toEqual(['Godkjent', 'Avsluttet']);
    expect(step('closure', { closureDate: '2027-11-05', evaluationSent: true, privateContactAfter: true }).ok).toBe(true);
    expect(row('Koblinger', 'K-009')).toMatchObject({ Status: 'Avsluttet', 'Evaluering sendt': true, 'Privat kontakt etterpå': true, Pauseårsak: 'Sykdom' });
    expect(f.h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
  });

  test.each([
    ['K-007', 'activate', {}, /«Start koblingen» går bare fra status «Koblingsmøte avtalt»; koblingen har status «Foreslått»\. Mulig nå: «Avtal koblingsmøte», «Avslått/],
    ['K-001', 'resume', { pauseEnd: '2026-11-20' }, /går bare fra status «Pause»; koblingen har status «Aktiv»/],
    ['K-003', 'pause', { pauseStart: '2026-11-20', pauseReason: 'Sykdom' }, /går bare fra status «Aktiv»/],
    ['K-005', 'end', { endDate: '2026-11-20', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false }, /har status «Avsluttet»/],
    ['K-008', 'schedule', { meetingDate: '2026-11-25' }, /Den kan ikke endres mer\./],
    ['K-099', 'schedule', { meetingDate: '2026-11-25' }, /K-099 finnes ikke/],
    ['K-001', 'explode', {}, /Ukjent handling «explode»/],
    ['K-001', 'end', { endDate: '2026-11-20', endReason: null, endedBy: 'Deltaker', newMatch: false }, /Ett felt må rettes/],
    ['K-001', 'end', { endDate: '2026-01-01', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false }, /Ett felt må rettes/],
    ['K-004', 'activate', { startDate: '2026-11-22', agreedMonths: 13 }, /Ett felt må rettes/],
    ['K-004', 'activate', { startDate: '2026-11-01', agreedMonths: 12 }, /Ett felt må rettes/],
  ])('%s %s %j is refused', (matchId, action, extra, message) => {
    expect(refused('sidebarMatchAction', { matchId, action, ...extra }).message).toMatch(message);
  });

  describe('ending asks whether the participant waits for a new match', () => {
    const end = (newMatch: unknown) => ({ matchId: 'K-001', action: 'end', endDate: '2026-11-20', endReason: 'Annet', endedBy: 'Deltaker', newMatch });
    const propose = { volunteerId: 'F-001', participantId: 'D-001', proposedDate: '2026-11-21', note: '' };

    test('ja: she goes back to «Venter på kobling», the volunteer to «Godkjent», and both can be matched again', () => {
      const r = f.rpc('sidebarMatchAction', end(true));
      expect(r.message).toBe('Avslutt: K-001 har nå status «Avsluttet». D-001 venter på ny kobling.');
      expect([row('Frivillige', 'F-001').Status, row('Deltakere', 'D-001').Status]).toEqual(['Godkjent', 'Venter på kobling']);
      expect(r.page.waitingParticipants.map((p: any) => p.id)).toContain('D-001');
      expect(r.page.eligibleVolunteers.map((v: any) => v.id)).toContain('F-001');
      expect(f.rpc('sidebarProposeMatch', propose)).toMatchObject({ ok: true, id: 'K-009' });
    });

    test('nei: she is «Avsluttet» and not offered again; the volunteer is «Godkjent» and can be matched with someone else', () => {
      expect(f.rpc('sidebarMatchAction', end(false)).message).toBe('Avslutt: K-001 har nå status «Avsluttet». D-001 er avsluttet.');
      expect([row('Frivillige', 'F-001').Status, row('Deltakere', 'D-001').Status]).toEqual(['Godkjent', 'Avsluttet']);
      expect(refused('sidebarProposeMatch', propose).fieldErrors).toEqual({ participantId: 'D-001 venter ikke på kobling (status «Avsluttet»).' });
      expect(f.rpc('sidebarProposeMatch', { ...propose, participantId: 'D-008' })).toMatchObject({ ok: true, id: 'K-009' });
    });

    test.each([[undefined], [null], ['ja']])('no answer (%j) is refused at the question, nothing written', (answer) => {
      expect(refused('sidebarMatchAction', end(answer)).fieldErrors).toEqual({ newMatch: 'Svar ja eller nei.' });
    });
  });

  test('field messages of refused steps', () => {
    expect(refused('sidebarMatchAction', { matchId: 'K-001', action: 'end', endDate: '2026-01-01', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false }).fieldErrors).toEqual({ endDate: 'Sluttdato er før startdato.' });
    expect(refused('sidebarMatchAction', { matchId: 'K-004', action: 'activate', startDate: '2026-11-22', agreedMonths: 13 }).fieldErrors).toEqual({ agreedMonths: 'Avtalt lengde må være et helt antall måneder fra 9 til 12.' });
    expect(refused('sidebarMatchAction', { matchId: 'K-004', action: 'activate', startDate: '2026-11-01', agreedMonths: 12 }).fieldErrors).toEqual({ startDate: 'Startdato er før koblingsmøtet.' });
  });

  test('activation re-checks screening: a certificate removed by hand since the proposal is refused with the step named', () => {
    const grid = f.h.emu.sheetValues('Frivillige');
    const r = grid.findIndex((x) => x[0] === 'F-005') + 1;
    f.h.emu.typeByHand('Frivillige', r, grid[0]!.indexOf('Politiattest vist') + 1, [['']]);
    expect(refused('sidebarMatchAction', { matchId: 'K-004', action: 'activate', startDate: '2026-11-22', agreedMonths: 12 }).message).toBe('F-005 er ikke klar for kobling: Politiattest ikke vist.');
  });

  test('decline puts the participant back in the queue', () => {
    expect(f.rpc('sidebarMatchAction', { matchId: 'K-007', action: 'decline', endDate: '2026-11-20', endedBy: 'Deltaker' }).match.status).toBe('Avslått');
    expect(row('Deltakere', 'D-007').Status).toBe('Venter på kobling');
  });
});

describe('Henvendelse and Kurs', () => {
  test('log an inquiry; refuse a bad kind', () => {
    expect(f.rpc('sidebarLogInquiry', { date: '2026-11-20', kind: 'Krisesenter', from: 'Krisesenteret', municipality: 'Eksempelby', outcome: 'Venter', note: '' })).toMatchObject({ ok: true, id: 'H-0006' });
    expect(refused('sidebarLogInquiry', { date: '2026-11-20', kind: 'Sladder', from: '', municipality: '', outcome: null, note: '' }).fieldErrors.kind).toMatch(/«Sladder» er ikke en gyldig verdi/);
  });

  test('register a course: participants counted, course date noted on those without one', () => {
    const r = f.rpc('sidebarRegisterCourse', { date: '2026-11-19', place: 'Sanitetshuset', participantIds: ['F-007', 'F-010', 'F-001'], participantCount: null, note: '' });
    expect(r).toMatchObject({ ok: true, id: 'KU-003', message: 'Kurs KU-003 er registrert med 3 deltakere. Kursdato ført på 2 frivillige.' });
    expect(row('Kurs', 'KU-003')).toMatchObject({ 'Deltakere (frivillig-ID)': 'F-007, F-010, F-001', 'Antall deltakere': 3 });
    expect(row('Frivillige', 'F-007').Status).toBe('Under kartlegging');
  });

  test.each([
    [{ participantIds: ['F-077'] }, 'participantIds', 'Finnes ikke: F-077.'],
    [{ participantIds: ['F-001', 'F-002'], participantCount: 1 }, 'participantCount', 'Minst 2: så mange frivillige er valgt.'],
    [{ date: null }, 'date', 'Må fylles ut.'],
  ])('course refuses %j', (patch, field, message) => {
    expect(refused('sidebarRegisterCourse', { date: '2026-11-19', place: '', participantIds: [], participantCount: null, note: '', ...patch }).fieldErrors[field]).toBe(message);
  });
});

describe('Innstillinger', () => {
  const open = () => f.rpc('sidebarOpen', 'settings');

  test('open and save round trip: values and shelters written', () => {
    const page = open();
    expect(page.settings.groupLeaderEmails).toEqual(['leder@example.org', 'leder2@example.org']);
    const settings = { ...page.settings, followUpEveryDays: 21, associationName: '=HYPERLINK("x")' };
    const shelters = [...page.shelters.slice(1), { name: 'Sørby krisesenter', contactRole: 'leder', municipality: 'Sørby' }];
    const saved = f.rpc('sidebarSaveSettings', { settings, shelters, version: page.version });
    expect(saved).toMatchObject({ ok: true, message: 'Innstillingene er lagret (2 krisesentre).' });
    expect(saved.page.version).not.toBe(page.version);
    const again = open();
    expect(again.settings).toMatchObject({ followUpEveryDays: 21, associationName: '=HYPERLINK("x")' });
    expect(again.shelters.map((s: any) => s.name)).toEqual(['Nordfjell krisesenter', 'Sørby krisesenter']);
    expect(f.h.emu.sheetFormulas('Innstillinger').flat().filter((x) => x !== '')).toEqual([]);
    expect(f.rpc('sidebarOpen', 'followUp').defaultNext).toBe('2026-12-11');
  });

  test.each([
    [{ followUpEveryDays: 3 }, [], 'followUpEveryDays', 'Må være et helt tall fra 7 til 90.'],
    [{ groupLeaderEmails: ['ikke-en-adresse'] }, [], 'groupLeaderEmails', 'Ugyldig e-postadresse.'],
    [{ remindVolunteers: 'kanskje' }, [], 'remindVolunteers', 'Må være ja eller nei.'],
    [{}, [{ name: '', contactRole: 'x', municipality: '' }], 'shelters.0.name', 'Må fylles ut.'],
    [{}, [{ name: 'A', contactRole: '', municipality: '' }, { name: 'a', contactRole: '', municipality: '' }], 'shelters.1.name', '«a» står to ganger.'],
  ])('refuses %j %j', (patch, shelters, field, message) => {
    const page = open();
    expect(refused('sidebarSaveSettings', { settings: { ...page.settings, ...patch }, shelters, version: page.version }).fieldErrors[field]).toBe(message);
  });

  const changeByHand: Array<[string, (h: SidebarFixture['h']) => void]> = [
    ['a setting typed by hand', (h) => {
      const r = h.emu.sheetValues('Innstillinger').findIndex((x) => x[0] === 'Oppfølging hver (dager)') + 1;
      h.emu.typeByHand('Innstillinger', r, 2, [[45]]);
    }],
    ['another leader saving first', () => {
      const page = f.rpc('sidebarOpen', 'settings');
      expect(f.rpc('sidebarSaveSettings', { settings: page.settings, shelters: [], version: page.version }).ok).toBe(true);
    }],
  ];
  test.each(changeByHand)('a save is refused when Innstillinger changed since it was loaded (%s); nothing written', (_what, change) => {
    const page = open();
    change(f.h);
    const r = refused('sidebarSaveSettings', { settings: { ...page.settings, associationName: 'Min versjon' }, shelters: page.shelters, version: page.version });
    expect(r).toMatchObject({ message: 'Innstillingene er endret av noen andre siden du åpnet siden. Last inn på nytt og prøv igjen.', fieldErrors: {} });
    expect(open().settings.associationName).not.toBe('Min versjon');
  });

  test('a save without the loaded version is refused too', () => {
    const page = open();
    expect(refused('sidebarSaveSettings', { settings: page.settings, shelters: page.shelters }).message).toMatch(/^Innstillingene er endret av noen andre/);
  });
});

test('an unknown page is refused', () => {
  expect(f.rpc('sidebarOpen', 'admin')).toMatchObject({ ok: false, message: 'Ukjent side «admin».' });
});

test('the menu opens the sidebar from the built HTML file', () => {
  f.h.call('menuOpenSidebar');
  const s = f.h.emu.ui.sidebars.at(-1) as any;
  expect(JSON.stringify(s)).toMatch(/Ressursvenn/);
  expect(JSON.stringify(s)).toMatch(/role=\\"tablist\\"/);
});
