/**
 * Strict validation rules refuse a script write that breaks them (Sheets, and the emulator). A save must not
 * fail because of cells it only passes over: rows a leader typed wrong before the rule existed (or pasted in).
 */
import { sheetRecords, sidebarFixture } from '../support/sidebar';

test('a course for volunteers on both sides of a broken row saves, and the broken row is left exactly as it was', () => {
  const f = sidebarFixture({ withBadRows: true }); // row 17: F-015 with status «Aktivv», typed by hand
  const added = f.rpc('sidebarRegisterVolunteer', {
    alias: 'NY', birthYear: 1980, municipality: 'Eksempelby', languages: 'norsk', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '',
    recruitmentSource: 'Nettside', registeredDate: '2026-11-19', note: '', name: 'Nina Nyesen', phone: '', email: 'nina@example.org', preferredChannel: 'E-post',
  });
  expect(added.ok).toBe(true);
  const rows = () => sheetRecords(f.h, 'Frivillige');
  const brokenBefore = rows().find((r) => r.Status === 'Aktivv');
  expect(brokenBefore).toBeDefined();
  // F-007 sits above the broken rows, the new volunteer below them: one block would pass over «Aktivv».
  const r = f.rpc('sidebarRegisterCourse', { date: '2026-11-19', place: '', participantIds: ['F-007', added.id], participantCount: null, note: '' });
  expect(r).toMatchObject({ ok: true });
  expect(rows().find((x) => x.ID === 'F-007')!.Status).toBe('Under kartlegging');
  expect(rows().find((x) => x.ID === added.id)!.Status).toBe('Under kartlegging');
  expect(rows().find((x) => x.Status === 'Aktivv')).toEqual(brokenBefore);
});

test('a rule the leader put on one of our columns that refuses the value: the answer names the sheet and the cell', () => {
  const f = sidebarFixture();
  const sheet = f.h.emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Kontaktlogg')!;
  const col = f.h.emu.sheetValues('Kontaktlogg')[0]!.indexOf('Møter siden sist') + 1;
  const rule = f.h.emu.globals.SpreadsheetApp.newDataValidation().requireNumberBetween(0, 2).setAllowInvalid(false).build();
  sheet.getRange(2, col, 500, 1).setDataValidation(rule);
  const r = f.rpc('sidebarSaveFollowUp', {
    date: '2026-11-20', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging',
    howItGoes: 'Bra', meetingsSinceLast: 3, activities: 'tur', concern: false, note: 'Alt vel.', nextFollowUp: '2026-12-20',
  });
  expect(r).toMatchObject({ ok: false });
  expect(r.message).toMatch(/^Arket «Kontaktlogg», celle [A-Z]+\d+, har en regel for gyldige verdier \(Data → Datavalidering\) som ikke godtar det som skulle lagres\./);
});
