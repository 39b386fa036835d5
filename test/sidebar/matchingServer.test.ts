/** The matching fields' saves through the bundle: only listed values, only these fields written, and the suggestions follow. */
import { suggestMatches } from '../../src/domain/matching/suggest';
import { expectRefused, sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const row = (sheet: string, id: string) => sheetRecords(f.h, sheet).find((r) => r.ID === id)!;
const volunteerFields = { languages: 'Norsk, Fransk', interests: 'Kultur', availability: 'Kvelder', municipality: 'Eksempelby', area: 'Sentrum', travel: 'Hele regionen', canMeetWithChildren: false, notSuitableFor: '' };
const participantFields = { languages: 'Fransk', interests: 'Kultur, Kafé', availability: 'Kvelder', municipality: 'Eksempelby', area: '', travel: null, childrenJoin: false };

describe('matching fields', () => {
  test('a volunteer\'s save writes exactly her matching fields, in the lists\' spelling', () => {
    const before = row('Frivillige', 'F-009');
    const r = f.rpc('sidebarUpdateVolunteerMatching', { ...volunteerFields, volunteerId: 'F-009', languages: 'fransk; NORSK', notSuitableFor: 'D-008' });
    expect(r).toMatchObject({ ok: true, id: 'F-009', message: 'Koblingsopplysningene for F-009 er lagret.' });
    const after = row('Frivillige', 'F-009');
    expect(after).toMatchObject({ Språk: 'Norsk, Fransk', Interesser: 'Kultur', Tilgjengelighet: 'Kvelder', Kommune: 'Eksempelby', 'Bydel/område': 'Sentrum', 'Kan reise': 'Hele regionen', 'Ikke aktuell for': 'D-008' });
    const unchanged = Object.keys(before).filter((k) => !['Språk', 'Interesser', 'Tilgjengelighet', 'Kommune', 'Bydel/område', 'Kan reise', 'Kan møte med barn', 'Ikke aktuell for'].includes(k));
    expect(Object.fromEntries(unchanged.map((k) => [k, after[k]]))).toEqual(Object.fromEntries(unchanged.map((k) => [k, before[k]])));
    // The answer carries the page drawn after the save.
    expect(r.page.volunteers.find((v: { id: string }) => v.id === 'F-009').matching.notSuitableFor).toBe('D-008');
  });

  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an interest outside the list', { interests: 'Tur, strikking' }, 'interests', /«strikking» står ikke på listen/],
    ['a language outside the list', { languages: 'Norsk, klingon' }, 'languages', /«klingon» står ikke på listen/],
    ['a time outside the list', { availability: 'kveld' }, 'availability', /«kveld» står ikke på listen/],
    ['a travel value outside its dropdown', { travel: 'Langt' }, 'travel', /er ikke en gyldig verdi/],
    ['«Ikke aktuell for» that is not participant IDs', { notSuitableFor: 'F-002' }, 'notSuitableFor', /Skriv ID-er som D-001/],
  ])('refused, nothing written: %s', (_, patch, field, message) => {
    const r = expectRefused(f, 'sidebarUpdateVolunteerMatching', { ...volunteerFields, volunteerId: 'F-009', ...patch });
    expect(r.fieldErrors[field]).toMatch(message);
  });

  test('an unknown volunteer or participant is refused at her ID', () => {
    expect(expectRefused(f, 'sidebarUpdateVolunteerMatching', { ...volunteerFields, volunteerId: 'F-999' }).fieldErrors).toEqual({ volunteerId: 'Finnes ikke.' });
    expect(expectRefused(f, 'sidebarUpdateParticipantMatching', { ...participantFields, participantId: 'D-999' }).fieldErrors).toEqual({ participantId: 'Finnes ikke.' });
  });

  test('a participant\'s save writes her fields; the Kobling page\'s suggestions follow', () => {
    // D-008 speaks French only now: F-009 (norsk, engelsk) is out for her, with the reason.
    const r = f.rpc('sidebarUpdateParticipantMatching', { ...participantFields, participantId: 'D-008' });
    expect(r).toMatchObject({ ok: true, id: 'D-008' });
    expect(row('Deltakere', 'D-008')).toMatchObject({ Språk: 'Fransk', Interesser: 'Kafé, Kultur', Tilgjengelighet: 'Kvelder', Status: 'Venter på kobling', Behov: 'Aktiviteter' });
    const page = f.rpc('sidebarOpen', 'match');
    // The page computes the suggestions from what the server sent with it.
    const d8 = suggestMatches(page.suggestions).participants.find((p) => p.participantId === 'D-008')!;
    expect(d8.excluded).toContainEqual({ volunteerId: 'F-009', reasons: ['ingen felles språk (D-008: fransk; F-009: norsk, engelsk)'] });
    expect(d8.ranked).toEqual([]);
  });

  test('registering keeps to the lists too', () => {
    const r = expectRefused(f, 'sidebarRegisterParticipant', { shelter: 'Nordfjell krisesenter', referralDate: '2026-11-20', birthYear: null, interpreterNeeded: false, needs: '', note: '', ...participantFields, interests: 'fjellklatring' });
    expect(r.fieldErrors.interests).toMatch(/«fjellklatring» står ikke på listen/);
  });
});
