/** «Logg oppfølging» on the server, through the built bundle on the emulator. */
import { holdLeaseElsewhere } from '../support/harness';
import { sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const valid = {
  date: '2026-11-20', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging',
  howItGoes: 'Bra', meetingsSinceLast: 3, activities: 'tur', concern: false, note: 'Alt vel.', nextFollowUp: '2026-12-20',
};

test('open returns the running matches with due state, last follow-up and recent contacts in one call', () => {
  f.h.emu.calls.reset();
  const r = f.rpc('sidebarOpen', 'followUp');
  expect(r.ok).toBe(true);
  expect(r.today).toBe('2026-11-20');
  expect(r.defaultNext).toBe('2026-12-20');
  const ids = r.matches.map((m: any) => m.id);
  expect(ids.sort()).toEqual(['K-001', 'K-002', 'K-003', 'K-004']);
  const k1 = r.matches.find((m: any) => m.id === 'K-001');
  expect(k1).toMatchObject({ volunteerId: 'F-001', alias: 'AB', status: 'Aktiv', monthsRun: 5, lastFollowUp: '2026-10-28', nextDue: '2026-11-27', due: 'ok' });
  expect(k1.recent.map((c: any) => c.id)).toEqual(['L-00007', 'L-00006', 'L-00005']);
  const k2 = r.matches.find((m: any) => m.id === 'K-002');
  expect(k2).toMatchObject({ lastFollowUp: '2026-10-01', due: 'overdue' });
  expect(r.matches[0].due).toBe('overdue');
  // Volunteers outside a running match, without those who quit.
  const vids = r.volunteers.map((v: any) => v.id);
  expect(vids).toContain('F-004');
  expect(vids).not.toContain('F-008');
  expect(vids).not.toContain('F-001');
  expect(f.h.emu.calls.get('Range.getValues')).toBe(4);
});

test('save appends one Kontaktlogg row with the next ID, who logged it and when, under the lock', () => {
  const r = f.rpc('sidebarSaveFollowUp', valid);
  expect(r).toMatchObject({ ok: true, id: 'L-00015' });
  expect(r.target).toMatchObject({ id: 'K-001', lastFollowUp: '2026-11-20', nextDue: '2026-12-20', due: 'ok' });
  const row = sheetRecords(f.h, 'Kontaktlogg').at(-1)!;
  expect(row).toMatchObject({ ID: 'L-00015', 'Koblings-ID': 'K-001', 'Frivillig-ID': 'F-001', 'Med hvem': 'Frivillig', Kanal: 'Telefon', 'Møter siden sist': 3, Bekymring: false, 'Logget av': 'leder@example.org' });
  expect(f.h.emu.sheetDisplayValues('Kontaktlogg').at(-1)).toEqual(expect.arrayContaining(['20.11.2026', '20.12.2026', '20.11.2026 09:00']));
  expect(f.h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
  expect(f.h.emu.locks.releasesWithUnflushedWrites()).toEqual([]);
});

test.each([
  [{ date: '' }, 'date', 'Må fylles ut.'],
  [{ date: '2026-02-31' }, 'date', 'Må være en gyldig dato.'],
  [{ withWhom: '' }, 'withWhom', 'Må fylles ut.'],
  [{ channel: 'Brevdue' }, 'channel', '«Brevdue» er ikke en gyldig verdi. Gyldige verdier: Telefon, SMS, E-post, Møte, Video.'],
  [{ meetingsSinceLast: 'mange' }, 'meetingsSinceLast', 'Må være et tall.'],
  [{ meetingsSinceLast: 61 }, 'meetingsSinceLast', 'Må være et helt tall fra 0 til 60.'],
  [{ note: 'x'.repeat(2001) }, 'note', 'Høyst 2000 tegn.'],
  [{ matchId: null }, 'matchId', 'Velg en kobling eller en frivillig.'],
  [{ nextFollowUp: '2026-11-01' }, 'nextFollowUp', 'Neste oppfølging er før datoen for denne kontakten.'],
  [{ matchId: 'K-099' }, 'matchId', 'Finnes ikke.'],
  [{ matchId: 'K-005' }, 'matchId', 'Status «Avsluttet».'],
  [{ matchId: null, volunteerId: 'F-008' }, 'volunteerId', 'Har sluttet.'],
])('refuses %j: %s → %s, and writes nothing', (patch, field, message) => {
  const before = f.h.emu.sheetValues('Kontaktlogg').length;
  const r = f.rpc('sidebarSaveFollowUp', { ...valid, ...patch });
  expect(r.ok).toBe(false);
  expect(r.fieldErrors[field]).toBe(message);
  expect(r.message).toMatch(/\S/);
  expect(f.h.emu.sheetValues('Kontaktlogg').length).toBe(before);
});

test('a payload that is not an object is refused as such, not read as a blank form', () => {
  const r = f.rpc('sidebarSaveFollowUp', 'DROP TABLE');
  expect(r).toMatchObject({ ok: false, message: 'Ugyldig forespørsel: siden sendte tekst, ikke et skjema med felt. Last inn siden på nytt. Ingenting ble lagret.', fieldErrors: {} });
});

test('a note with a national ID number, a phone number or an email is held back until confirmed', () => {
  const note = 'Ring 912 34 567 eller skriv til ola@example.org, fnr 01010112345 stemmer ikke, 15076500565 gjør.';
  const r = f.rpc('sidebarSaveFollowUp', { ...valid, note });
  expect(r.ok).toBe(false);
  expect(r.privacy[0].field).toBe('note');
  expect(r.privacy[0].findings.map((x: any) => x.kind).sort()).toEqual(['e-postadresse', 'fødselsnummer', 'telefonnummer']);
  expect(r.fieldErrors.note).toMatch(/fødselsnummer/);
  expect(sheetRecords(f.h, 'Kontaktlogg').length).toBe(14);
  const confirmed = f.rpc('sidebarSaveFollowUp', { ...valid, note, confirmPrivacy: true });
  expect(confirmed.ok).toBe(true);
});

test('formula and HTML payloads are stored as text, never as a formula', () => {
  const payloads = ['=IMPORTXML("http://x","//a")', '<img src=x onerror=alert(1)>'];
  for (const note of payloads) expect(f.rpc('sidebarSaveFollowUp', { ...valid, note, activities: '+SUM(A1)' }).ok).toBe(true);
  // Plain-text cells hold the text exactly as typed; no cell became a formula.
  const rows = sheetRecords(f.h, 'Kontaktlogg').slice(-2);
  expect(rows.map((r) => r.Merknad)).toEqual(payloads);
  expect(rows.map((r) => r.Aktiviteter)).toEqual(['+SUM(A1)', '+SUM(A1)']);
  expect(f.h.emu.sheetFormulas('Kontaktlogg').flat().filter((x) => x !== '')).toEqual([]);
  // Read back, the texts are exactly what was typed.
  const recent = f.rpc('sidebarOpen', 'followUp').matches.find((m: any) => m.id === 'K-001').recent;
  expect(recent.slice(0, 2).map((c: any) => c.note).sort()).toEqual([...payloads].sort());
  expect(recent[0].activities).toBe('+SUM(A1)');
});

test('IDs: two saves get distinct IDs; a row deleted by hand never gives its ID back', () => {
  const a = f.rpc('sidebarSaveFollowUp', valid);
  const b = f.rpc('sidebarSaveFollowUp', valid);
  expect([a.id, b.id]).toEqual(['L-00015', 'L-00016']);
  // Another leader's row typed in meanwhile is seen by the fresh read under the lock.
  f.h.emu.typeByHand('Kontaktlogg', 18, 1, [['L-00040']]);
  f.h.emu.typeByHand('Kontaktlogg', 18, 2, [['19.11.2026']]);
  expect(f.rpc('sidebarSaveFollowUp', valid).id).toBe('L-00041');
  // The last row is deleted by hand: its number stays used.
  const last = f.h.emu.sheetValues('Kontaktlogg').length;
  f.h.emu.typeByHand('Kontaktlogg', last, 1, [Array(15).fill('')]);
  expect(f.rpc('sidebarSaveFollowUp', valid).id).toBe('L-00042');
});

test('while another leader holds the lock the save says «prøv igjen» and writes nothing', () => {
  const release = holdLeaseElsewhere(f.h.emu);
  const before = f.h.emu.sheetValues('Kontaktlogg').length;
  const r = f.rpc('sidebarSaveFollowUp', valid);
  expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/prøv igjen/) });
  expect(f.h.emu.sheetValues('Kontaktlogg').length).toBe(before);
  release();
  expect(f.rpc('sidebarSaveFollowUp', valid).ok).toBe(true);
});

test('a match ended by hand in the sheet is no longer offered and a stale save is refused', () => {
  const rows = f.h.emu.sheetValues('Koblinger');
  const header = rows[0]!.map(String);
  const r = rows.findIndex((x) => x[0] === 'K-002') + 1;
  f.h.emu.typeByHand('Koblinger', r, header.indexOf('Status') + 1, [['Avsluttet']]);
  f.h.emu.typeByHand('Koblinger', r, header.indexOf('Sluttdato') + 1, [['19.11.2026']]);
  f.h.emu.typeByHand('Koblinger', r, header.indexOf('Sluttårsak') + 1, [['Annet']]);
  // Offered only for its closure conversation (no closure date yet), after the running matches.
  const listed = f.rpc('sidebarOpen', 'followUp').matches;
  expect(listed.at(-1)).toMatchObject({ id: 'K-002', status: 'Avsluttet', closurePending: true, nextDue: null });
  expect(listed.filter((m: any) => !m.closurePending).map((m: any) => m.id)).not.toContain('K-002');
  const saved = f.rpc('sidebarSaveFollowUp', { ...valid, matchId: 'K-002' });
  expect(saved).toMatchObject({ ok: false, fieldErrors: { matchId: 'Status «Avsluttet».' } });
  // The closure conversation may still be logged, and fills in the match's closure date.
  const closure = f.rpc('sidebarSaveFollowUp', { ...valid, matchId: 'K-002', kind: 'Avkoblingssamtale' });
  expect(closure).toMatchObject({ ok: true, target: null, message: 'Oppfølgingen er lagret som L-00015 (K-002). Avkoblingssamtalen 20.11.2026 er ført på K-002.' });
  expect(sheetRecords(f.h, 'Koblinger').find((x) => x.ID === 'K-002')!.Avkoblingssamtale).toBeInstanceOf(Date);
  expect(f.rpc('sidebarOpen', 'followUp').matches.map((m: any) => m.id)).not.toContain('K-002');
  expect(f.h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
});

test('a closure conversation for a match that has its closure date keeps that date', () => {
  const before = sheetRecords(f.h, 'Koblinger').find((x) => x.ID === 'K-005');
  const r = f.rpc('sidebarSaveFollowUp', { ...valid, matchId: 'K-005', kind: 'Avkoblingssamtale' });
  expect(r).toMatchObject({ ok: true, message: 'Oppfølgingen er lagret som L-00015 (K-005).' });
  expect(sheetRecords(f.h, 'Koblinger').find((x) => x.ID === 'K-005')).toEqual(before);
});

test.each([['2026-11-21'], ['2026-12-01']])('a follow-up dated %s (after today) is refused at the date; nothing written', (date) => {
  const before = JSON.stringify(f.h.emu.sheetValues('Kontaktlogg'));
  expect(f.rpc('sidebarSaveFollowUp', { ...valid, date })).toMatchObject({ ok: false, fieldErrors: { date: 'Datoen kan ikke være etter i dag.' } });
  expect(JSON.stringify(f.h.emu.sheetValues('Kontaktlogg'))).toBe(before);
});

test('an unexpected service failure is reported in Norwegian and logged', () => {
  f.h.emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets failed while accessing document');
  const r = f.rpc('sidebarSaveFollowUp', valid);
  expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Google hadde en feil\./) });
  expect(r.message).not.toMatch(/Service|failed/);
  expect(f.h.emu.logs.some((l) => JSON.stringify(l).includes('Service Spreadsheets failed'))).toBe(true);
});

describe('due as in the reminders', () => {
  test('paused and meeting-scheduled matches are listed for logging, never due; Aktiv from its start date', () => {
    const r = f.rpc('sidebarOpen', 'followUp');
    const byId = new Map(r.matches.map((m: any) => [m.id, m]));
    // K-003 paused since 01.10 with its last follow-up 20.09: the reminders do not chase it, nor does the list.
    expect(byId.get('K-003')).toMatchObject({ status: 'Pause', due: 'paused', nextDue: null, lastFollowUp: '2026-09-20' });
    expect(byId.get('K-004')).toMatchObject({ status: 'Koblingsmøte avtalt', due: 'meeting', nextDue: null });
    // Running ones first, by due state; then the meeting, then the paused.
    expect(r.matches.map((m: any) => m.id)).toEqual(['K-002', 'K-001', 'K-004', 'K-003']);
  });

  test('same-date contacts: the later row is the last (date, then row), in the due state and the recent list', () => {
    const direct = { ...valid, matchId: null, volunteerId: 'F-001', nextFollowUp: '2026-11-25', note: 'Først.' };
    expect(f.rpc('sidebarSaveFollowUp', direct)).toMatchObject({ ok: true, id: 'L-00015' });
    expect(f.rpc('sidebarSaveFollowUp', valid)).toMatchObject({ ok: true, id: 'L-00016' });
    const k1 = f.rpc('sidebarOpen', 'followUp').matches.find((m: any) => m.id === 'K-001');
    // L-00016 (row after L-00015) is the last follow-up: its 20.12 is the next date, not L-00015's 25.11.
    expect(k1).toMatchObject({ lastFollowUp: '2026-11-20', nextDue: '2026-12-20', due: 'ok' });
    expect(f.rpc('sidebarSaveFollowUp', { ...valid, note: 'Igjen.' })).toMatchObject({ ok: true, id: 'L-00017' });
    const again = f.rpc('sidebarOpen', 'followUp').matches.find((m: any) => m.id === 'K-001');
    expect(again.recent.map((c: any) => c.id)).toEqual(['L-00017', 'L-00016', 'L-00007']);
  });
});
