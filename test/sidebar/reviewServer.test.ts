/**
 * The sidebar's second round through the bundle: the report and reminder RPCs, quitting with any open match,
 * match steps that check every row before writing, course dates in one write, and screening dates in the future.
 */
import { expectRefused, sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const row = (sheet: string, id: string) => sheetRecords(f.h, sheet).find((r) => r.ID === id)!;
const refused = (fn: string, payload: unknown) => expectRefused(f, fn, payload);
/** Types a value into one cell of an existing row, as a leader would. */
function typeCell(sheet: string, id: string, header: string, value: string | number): void {
  const grid = f.h.emu.sheetValues(sheet);
  f.h.emu.typeByHand(sheet, grid.findIndex((x) => x[0] === id) + 1, grid[0]!.indexOf(header) + 1, [[value]]);
}

describe('quit', () => {
  test.each([
    ['F-001', 'K-001 (Aktiv)'],
    ['F-003', 'K-003 (Pause)'],
    ['F-005', 'K-004 (Koblingsmøte avtalt)'],
    ['F-011', 'K-007 (Foreslått)'],
  ])('%s with open match %s is refused, the match named', (volunteerId, match) => {
    const r = refused('sidebarQuitVolunteer', { volunteerId, quitDate: '2026-11-20', quitReason: 'Flyttet' });
    expect(r.message).toBe(`${volunteerId} har åpne koblinger: ${match}. Avslutt eller avslå dem først (fanen Kobling).`);
    expect(r.fieldErrors.volunteerId).toBe(`Åpne koblinger: ${match}.`);
  });

  test('ended and declined matches do not bind her', () => {
    // F-004's only match K-008 was declined; F-009's K-006 ended.
    expect(f.rpc('sidebarQuitVolunteer', { volunteerId: 'F-004', quitDate: '2026-11-20', quitReason: 'Flyttet' }).ok).toBe(true);
    expect(f.rpc('sidebarQuitVolunteer', { volunteerId: 'F-009', quitDate: '2026-11-20', quitReason: 'Flyttet' }).ok).toBe(true);
  });
});

describe('screening dates', () => {
  const none = { registeredDate: '2026-11-03', courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null };
  test.each([
    [{ courseDate: '2026-11-21' }, ['courseDate']],
    [{ interviewDate: '2027-01-01', policeCertificateDate: '2026-12-01' }, ['interviewDate', 'policeCertificateDate']],
    [{ registeredDate: '2026-11-21' }, ['registeredDate']],
  ])('a date after today (20.11.2026) is refused per field: %j', (patch, fields) => {
    const r = refused('sidebarUpdateScreening', { volunteerId: 'F-012', ...none, ...patch });
    expect(r.fieldErrors).toEqual(Object.fromEntries(fields.map((x) => [x, 'Datoen kan ikke være etter i dag.'])));
  });

  test('today itself is accepted', () => {
    expect(f.rpc('sidebarUpdateScreening', { volunteerId: 'F-012', ...none, courseDate: '2026-11-20' }).ok).toBe(true);
    expect(row('Frivillige', 'F-012')['Kurs fullført']).toBeInstanceOf(Date);
  });
});

describe('a refused match step writes nothing', () => {
  test.each([
    ['activate: the participant row fails validation', 'K-004', 'activate', { startDate: '2026-11-22', agreedMonths: 12 }, 'Deltakere', 'D-004', /D-004 finnes ikke i Deltakere \(eller raden har feil/],
    ['decline: the participant row fails validation', 'K-007', 'decline', { endDate: '2026-11-20', endedBy: 'Deltaker' }, 'Deltakere', 'D-007', /D-007 finnes ikke i Deltakere/],
    ['end: the participant row fails validation', 'K-001', 'end', { endDate: '2026-11-20', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false }, 'Deltakere', 'D-001', /D-001 finnes ikke i Deltakere/],
  ])('%s', (_what, matchId, action, extra, sheet, id, message) => {
    typeCell(sheet, id, 'Fødselsår', 1800);
    expect(refused('sidebarMatchAction', { matchId, action, ...extra }).message).toMatch(message);
  });

  test('end: the volunteer row gone wrong refuses too, and the match keeps its status', () => {
    typeCell('Frivillige', 'F-001', 'Status', 'Aktivv');
    refused('sidebarMatchAction', { matchId: 'K-001', action: 'end', endDate: '2026-11-20', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false });
    expect(row('Koblinger', 'K-001').Status).toBe('Aktiv');
  });
});

describe('course dates in one write', () => {
  const course = (ids: string[]) => ({ date: '2026-11-19', place: '', participantIds: ids, participantCount: null, note: '' });
  const writes = (ids: string[]) => {
    const fx = sidebarFixture();
    fx.h.emu.calls.reset();
    expect(fx.rpc('sidebarRegisterCourse', course(ids)).ok).toBe(true);
    return { setValues: fx.h.emu.calls.get('Range.setValues'), total: fx.h.emu.calls.total(), fx };
  };

  test('service calls do not grow with the number of volunteers on the course', () => {
    const one = writes(['F-010']);
    const many = writes(['F-006', 'F-007', 'F-010', 'F-011', 'F-012', 'F-001', 'F-002']);
    expect(many.setValues).toBe(one.setValues);
    expect(many.total).toBe(one.total);
    const frivillige = sheetRecords(many.fx.h, 'Frivillige');
    // Only those without a course date got one; the others keep theirs.
    for (const id of ['F-007', 'F-010']) expect(frivillige.find((r) => r.ID === id)!['Kurs fullført']).toEqual(new Date('2026-11-18T23:00:00Z')); // midnight in Oslo;
  });

  test('rows between the first and last participant are left exactly as they were, a hand-typed bad row included', () => {
    typeCell('Frivillige', 'F-008', 'Fødselsår', 'ukjent');
    const before = f.h.emu.sheetValues('Frivillige');
    expect(f.rpc('sidebarRegisterCourse', course(['F-007', 'F-010'])).message).toMatch(/Kursdato ført på 2 frivillige\./);
    const after = f.h.emu.sheetValues('Frivillige');
    const changed = after.flatMap((r, i) => r.map((v, j) => [i, j, v] as const)).filter(([i, j, v]) => String(v) !== String(before[i]![j])).map(([i, j]) => `${after[i]![0]}:${after[0]![j]}`);
    expect(changed.sort()).toEqual(['F-007:Kurs fullført', 'F-007:Status', 'F-010:Kurs fullført', 'F-010:Status']);
    expect(row('Frivillige', 'F-008').Fødselsår).toBe('ukjent');
  });
});

describe('Rapport', () => {
  test('open: the previous month by default, this month and the twelve before it offered, the recipient', () => {
    const page = f.rpc('sidebarOpen', 'report');
    expect(page).toMatchObject({ ok: true, defaultMonth: '2026-10', recipient: 'prosjektleder@example.org' });
    expect(page.months.map((m: any) => m.month)).toEqual(['2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05', '2026-04', '2026-03', '2026-02', '2026-01', '2025-12', '2025-11']);
    expect(page.months[1].label).toBe('oktober 2026');
    expect(page.months[0].label).toBe('november 2026 (hittil)');
  });

  test('send: the current, unfinished month is refused and nothing is recorded', () => {
    expect(refused('sidebarSendReport', { month: '2026-11', confirmed: true }).message).toBe('Måneden er ikke slutt ennå; send rapporten for 2026-11 etter månedsslutt.');
    expect(f.h.emu.mail.sent).toEqual([]);
  });

  test('generate: the sheet, headline figures and the rows not counted', () => {
    const fx = sidebarFixture({ withBadRows: true });
    const r = fx.rpc('sidebarGenerateReport', { month: null });
    expect(r).toMatchObject({ ok: true, month: '2026-10', sheet: 'Rapport 2026-10', message: 'Rapporten for oktober 2026 står i arket «Rapport 2026-10».' });
    expect(fx.h.emu.sheetNames()).toContain('Rapport 2026-10');
    expect(r.headline.find((x: any) => x.label === 'Aktive koblinger ved månedsslutt')).toEqual({ label: 'Aktive koblinger ved månedsslutt', value: '2' });
    // The hand-typed volunteer rows: a birth year of 1890, 31.02, F-004 a second time, status «Aktivv».
    expect(r.notCounted).toEqual([{ sheet: 'Frivillige', rows: [14, 15, 16, 17] }]);
    expect(r.notCountedRows).toBe(4);
  });

  test.each([
    [{ month: '2026-12' }, 'desember 2026 har ikke begynt ennå.'],
    [{ month: 'oktober' }, '«oktober» er ikke en måned. Skriv ÅÅÅÅ-MM, for eksempel 2026-10.'],
  ])('generate refuses %j', (payload, message) => {
    expect(refused('sidebarGenerateReport', payload)).toMatchObject({ message });
  });

  test('send: refused without the page\'s confirmation; with it, one email to the national project leader', () => {
    expect(refused('sidebarSendReport', { month: '2026-10' }).message).toBe('Bekreft at rapporten skal sendes. Ingenting ble sendt.');
    expect(refused('sidebarSendReport', { month: '2026-10', confirmed: 'ja' }).message).toMatch(/^Bekreft/);
    expect(f.h.emu.mail.sent).toEqual([]);
    const r = f.rpc('sidebarSendReport', { month: '2026-10', confirmed: true });
    expect(r).toMatchObject({ ok: true, to: 'prosjektleder@example.org', message: 'Rapporten for oktober 2026 er sendt til prosjektleder@example.org.' });
    expect(f.h.emu.mail.sent.map((m) => m.to)).toEqual(['prosjektleder@example.org']);
    expect(f.h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
  });
});

describe('reminders switch', () => {
  const state = () => f.rpc('sidebarOpen', 'settings').reminders;
  test('off → on → off: the settings page shows the state, one daily trigger while on', () => {
    expect(state()).toMatchObject({ on: false, hour: 7, triggers: 0 });
    const on = f.rpc('sidebarSetReminders', { on: true });
    expect(on).toMatchObject({ ok: true, reminders: { on: true, triggers: 1 } });
    expect(on.message).toMatch(/^Påminnelser er slått på: hver dag kl\. 07 \(Europe\/Oslo\) til leder@example\.org, leder2@example\.org/);
    expect(f.rpc('sidebarSetReminders', { on: true }).reminders.triggers).toBe(1);
    expect(f.h.emu.triggers.list()).toHaveLength(1);
    expect(state()).toMatchObject({ on: true, triggers: 1 });
    expect(f.rpc('sidebarSetReminders', { on: false })).toMatchObject({ ok: true, reminders: { on: false, triggers: 0 } });
    expect(f.h.emu.triggers.list()).toHaveLength(0);
    expect(state().on).toBe(false);
  });

  test('a payload that is not on or off is refused and installs nothing', () => {
    expect(f.rpc('sidebarSetReminders', { on: 'ja' })).toMatchObject({ ok: false, fieldErrors: { on: 'Må være på eller av.' } });
    expect(f.h.emu.triggers.list()).toHaveLength(0);
  });
});
