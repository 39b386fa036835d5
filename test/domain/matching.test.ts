/** «Foreslå kobling»: exclusions with reasons, visible score terms, and the group's optimal set, worked by hand. */
import { participantProfile, readAvailability, unlistedItems, listCell, listedItems, volunteerProfile } from '../../src/domain/matching/profile';
import { suggestInput } from '../../src/domain/matching/candidates';
import { groupBest, scorePair, suggestMatches, type PairScore, type Weights } from '../../src/domain/matching/suggest';
import type { Participant, Volunteer } from '../../src/domain/records';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { INTERESTS } from '../../src/domain/vocabulary';
import { match, participant, volunteer } from './reminders/fixtures';

const TODAY = '2026-03-02';
const DEFAULTS: Weights = { weightInterests: DEFAULT_SETTINGS.weightInterests, weightAvailability: DEFAULT_SETTINGS.weightAvailability, weightArea: DEFAULT_SETTINGS.weightArea, weightAge: DEFAULT_SETTINGS.weightAge };
const ONLY_INTERESTS: Weights = { weightInterests: 3, weightAvailability: 0, weightArea: 0, weightAge: 0 };

/** An approved, free volunteer and a waiting participant; each case changes what it is about. */
const vol = (id: string, o: Partial<Volunteer> = {}): Volunteer => volunteer({ id, status: 'Godkjent', languages: 'Norsk', ...o });
const par = (id: string, o: Partial<Participant> = {}): Participant => participant({ id, status: 'Venter på kobling', languages: 'Norsk', referralDate: '2026-01-10', ...o });

function run(volunteers: Volunteer[], participants: Participant[], o: { matches?: ReturnType<typeof match>[]; weights?: Weights } = {}) {
  // As in the product: the server reads the candidates (approval, open matches), the page scores and assigns.
  return suggestMatches(suggestInput({ volunteers, participants, matches: o.matches ?? [], weights: o.weights ?? DEFAULTS, today: TODAY }));
}
const pairs = (list: PairScore[]) => list.map((s) => `${s.participantId}+${s.volunteerId}`);

describe('hard exclusions, each with its reason', () => {
  test.each<[string, Partial<Volunteer>, Partial<Participant>, string[]]>([
    ['no common language', { languages: 'Norsk, Engelsk' }, { languages: 'Arabisk' }, ['ingen felles språk (D-001: arabisk; F-001: norsk, engelsk)']],
    ['children along, she cannot meet with children', { canMeetWithChildren: false }, { childrenJoin: true }, ['barn blir med, men F-001 kan ikke møte med barn']],
    ['the leader marked «ikke aktuell»', { notSuitableFor: 'D-004, D-001' }, {}, ['merket «ikke aktuell for D-001»']],
    ['two at once: both reasons shown', { languages: 'Polsk', canMeetWithChildren: false }, { childrenJoin: true }, ['ingen felles språk (D-001: norsk; F-001: polsk)', 'barn blir med, men F-001 kan ikke møte med barn']],
  ])('%s', (_, v, p, reasons) => {
    const r = run([vol('F-001', v)], [par('D-001', p)]);
    expect(r.participants[0]!.excluded).toEqual([{ volunteerId: 'F-001', reasons }]);
    expect(r.participants[0]!.ranked).toEqual([]);
    expect(r.groupBest).toEqual([]);
    expect(r.unassigned).toEqual(['D-001']);
  });

  test.each<[string, Partial<Volunteer>, Partial<Participant>]>([
    ['a language not filled in is unknown, not a mismatch', { languages: '' }, { languages: 'Arabisk' }],
    ['languages compared case-insensitively', { languages: 'norsk' }, { languages: 'Engelsk, NORSK' }],
    ['children along and she can meet with children', { canMeetWithChildren: true }, { childrenJoin: true }],
    ['a mark for another participant', { notSuitableFor: 'D-010' }, {}],
  ])('possible: %s', (_, v, p) => {
    const r = run([vol('F-001', v)], [par('D-001', p)]);
    expect(r.participants[0]!.excluded).toEqual([]);
    expect(pairs(r.participants[0]!.ranked)).toEqual(['D-001+F-001']);
  });

  test('a pair that declined before is not suggested again; the others still are', () => {
    const declined = match({ id: 'K-003', status: 'Avslått', volunteerId: 'F-001', participantId: 'D-001', endDate: '2026-02-01', startDate: null, agreedMonths: null, plannedEnd: null });
    const r = run([vol('F-001'), vol('F-002')], [par('D-001')], { matches: [declined] });
    expect(r.participants[0]!.excluded).toEqual([{ volunteerId: 'F-001', reasons: ['en av dem har sagt nei til denne koblingen før'] }]);
    expect(pairs(r.groupBest)).toEqual(['D-001+F-002']);
  });

  test('not approved (the screening rule) and already in an open match: out for everyone, with reasons; quit: not listed', () => {
    const busy = match({ id: 'K-002', volunteerId: 'F-002', participantId: 'D-009', status: 'Foreslått', startDate: null, agreedMonths: null, plannedEnd: null, meetingDate: null });
    const r = run([
      vol('F-001', { courseDate: null, status: 'Under kartlegging' }),
      vol('F-002'),
      vol('F-003', { birthYear: 2003 }),
      vol('F-004', { status: 'Sluttet', quitDate: '2026-01-01', quitReason: 'Flyttet' }),
      vol('F-005'),
    ], [par('D-001')], { matches: [busy] });
    expect(r.unavailable).toEqual([
      { volunteerId: 'F-001', reasons: ['ikke godkjent', 'aktivitetskurs ikke fullført'] },
      { volunteerId: 'F-002', reasons: ['allerede i kobling K-002 (Foreslått)'] },
      { volunteerId: 'F-003', reasons: ['ikke godkjent', 'under 25 år ved oppstart'] },
    ]);
    expect(pairs(r.participants[0]!.ranked)).toEqual(['D-001+F-005']);
  });

  test('only waiting participants without an open match get suggestions, longest waiting first', () => {
    const proposed = match({ id: 'K-002', volunteerId: 'F-009', participantId: 'D-002', status: 'Foreslått', startDate: null, agreedMonths: null, plannedEnd: null, meetingDate: null });
    const r = run([vol('F-001')], [
      par('D-001', { referralDate: '2026-02-01' }), par('D-002'), par('D-003', { status: 'I kobling' }),
      par('D-004', { status: 'Henvist', referralDate: '2025-12-01' }), par('D-005', { referralDate: null }),
    ], { matches: [proposed] });
    expect(r.participants.map((p) => p.participantId)).toEqual(['D-004', 'D-001', 'D-005']);
  });
});

describe('score terms, each visible', () => {
  const score = (v: Partial<Volunteer>, p: Partial<Participant>, w: Weights = DEFAULTS) => scorePair(participantProfile(par('D-001', p)), volunteerProfile(vol('F-001', v)), w);

  test('the issue example: shared interests, both evenings, same municipality, close in age', () => {
    const s = score(
      { interests: 'Tur, Kafé, Lesing', availability: 'Kvelder', municipality: 'Eksempelby', birthYear: 1975 },
      { interests: 'kafé, tur, Trening', availability: 'Kvelder, Helger', municipality: 'eksempelby', birthYear: 1990 },
    );
    // interests 3 × 2/3 = 2; availability 3 × 1/2 = 1.5; area 2 × 0.75 = 1.5; age 15 years: 2 × 10/20 = 1.
    expect(s.terms).toEqual([
      { factor: 'interests', points: 2, text: 'felles interesser: kafé, tur' },
      { factor: 'availability', points: 1.5, text: 'begge kvelder' },
      { factor: 'area', points: 1.5, text: 'samme kommune' },
      { factor: 'age', points: 1, text: 'aldersforskjell ca. 15 år' },
    ]);
    expect(s.points).toBe(6);
  });

  test.each<[string, Partial<Volunteer>, Partial<Participant>, number, string]>([
    ['same part of town', { municipality: 'Eksempelby', area: 'Sentrum' }, { municipality: 'Eksempelby', area: 'sentrum' }, 2, 'samme bydel'],
    ['same municipality, part of town unknown', { municipality: 'Eksempelby', area: 'Sentrum' }, { municipality: 'Eksempelby' }, 1.5, 'samme kommune'],
    ['same municipality, other part of town, neither travels', { municipality: 'By', area: 'Nord', travel: 'Nærområdet' }, { municipality: 'By', area: 'Sør', travel: 'Nærområdet' }, 0.5, 'samme kommune, ulik bydel'],
    ['other municipality, one travels to neighbours', { municipality: 'Ås', travel: 'Nabokommuner' }, { municipality: 'Ski' }, 0.8, 'ulik kommune – kan reise'],
    ['other municipality, neither travels far', { municipality: 'Ås', travel: 'Hele kommunen' }, { municipality: 'Ski' }, 0, 'ulik kommune'],
    ['municipality unknown', { municipality: '' }, { municipality: 'Ski' }, 0, 'område ikke oppgitt'],
  ])('area: %s', (_, v, p, points, text) => {
    expect(score(v, p).terms.find((t) => t.factor === 'area')).toEqual({ factor: 'area', points, text });
  });

  test.each<[number | null, number, string]>([
    [1990, 2, 'aldersforskjell ca. 0 år'],
    [1985, 2, 'aldersforskjell ca. 5 år'],
    [1980, 1.5, 'aldersforskjell ca. 10 år'],
    [1965, 0, 'aldersforskjell ca. 25 år'],
    [1950, 0, 'aldersforskjell ca. 40 år'],
    [null, 0, 'alder ikke oppgitt'],
  ])('age: volunteer born %s, participant 1990', (birthYear, points, text) => {
    expect(score({ birthYear }, { birthYear: 1990 }).terms.find((t) => t.factor === 'age')).toEqual({ factor: 'age', points, text });
  });

  test.each<[string, string, string, number, string]>([
    ['all her times', 'Hverdager dagtid, Kvelder', 'Hverdager dagtid, Kvelder, Helger', 3, 'begge på dagtid og kvelder'],
    ['older free text read by keyword', 'kveld', 'kvelder og helg', 3, 'begge kvelder'],
    ['none in common', 'Helger', 'Kvelder', 0, 'ingen felles tid'],
    ['not filled in', 'Helger', '', 0, 'tid ikke oppgitt'],
  ])('availability: %s', (_, p, v, points, text) => {
    expect(score({ availability: v }, { availability: p }).terms.find((t) => t.factor === 'availability')).toEqual({ factor: 'availability', points, text });
  });

  test('«annet» is not a shared interest; three or more give the full weight', () => {
    expect(score({ interests: 'Annet' }, { interests: 'annet' }).terms[0]).toEqual({ factor: 'interests', points: 0, text: 'interesser ikke oppgitt' });
    expect(score({ interests: 'Tur, Kafé, Kultur, Musikk' }, { interests: 'Tur, Kafé, Kultur, Musikk' }).terms[0]!.points).toBe(3);
    expect(score({ interests: 'Tur' }, { interests: 'Kafé' }).terms[0]).toEqual({ factor: 'interests', points: 0, text: 'ingen felles interesser' });
  });

  test('a factor weighted 0 is switched off and not shown', () => {
    const s = score({ interests: 'Tur' }, { interests: 'Tur' }, ONLY_INTERESTS);
    expect(s.terms.map((t) => t.factor)).toEqual(['interests']);
    expect(s.points).toBe(1);
  });
});

describe('the best set for the whole group', () => {
  const scoreMap = (list: Array<[string, string, number]>) => new Map(list.map(([p, v, points]) => [`${p}|${v}`, { participantId: p, volunteerId: v, points, terms: [] }]));

  test('each participant\'s personal best differs from the group optimum (scores given)', () => {
    // Both like F-001 best (10 and 9). Together: D-001+F-002 and D-002+F-001 = 17 beats 10 + 1 = 11.
    const s = scoreMap([['D-001', 'F-001', 10], ['D-001', 'F-002', 8], ['D-002', 'F-001', 9], ['D-002', 'F-002', 1]]);
    expect(pairs(groupBest(['D-001', 'D-002'], ['F-001', 'F-002'], s))).toEqual(['D-001+F-002', 'D-002+F-001']);
  });

  test('nobody is left out to raise the others\' total: as many pairs as possible first', () => {
    // D-001 can only have F-001 (1 point). D-002 + F-001 alone would be 10, but both matched (1 + 0) is better.
    const s = scoreMap([['D-001', 'F-001', 1], ['D-002', 'F-001', 10], ['D-002', 'F-002', 0]]);
    expect(pairs(groupBest(['D-001', 'D-002'], ['F-001', 'F-002'], s))).toEqual(['D-001+F-001', 'D-002+F-002']);
  });

  test('more participants than volunteers: the best use of the one volunteer; no pairs when nothing is possible', () => {
    const s = scoreMap([['D-001', 'F-001', 2], ['D-002', 'F-001', 5], ['D-003', 'F-001', 4]]);
    expect(pairs(groupBest(['D-001', 'D-002', 'D-003'], ['F-001'], s))).toEqual(['D-002+F-001']);
    expect(groupBest(['D-001'], ['F-001'], new Map())).toEqual([]);
    expect(groupBest([], ['F-001'], s)).toEqual([]);
  });

  test('from records: both prefer F-001, the group set gives F-001 to D-002, and an exclusion is never paired', () => {
    // Interests only (3 points for three in common): D-001 has tur+kafé with F-001 (2) and trening with F-002 (1);
    // D-002 has tur+kafé+lesing with F-001 (3) and nothing with F-002 (0). Personal best of both: F-001.
    // Group: D-001+F-002 and D-002+F-001 = 1 + 3 = 4 beats D-001+F-001 and D-002+F-002 = 2 + 0.
    const volunteers = [vol('F-001', { interests: 'Tur, Kafé, Lesing' }), vol('F-002', { interests: 'Trening' })];
    const participants = [par('D-001', { interests: 'Tur, Kafé, Trening' }), par('D-002', { interests: 'Tur, Kafé, Lesing', referralDate: '2026-01-20' })];
    const r = run(volunteers, participants, { weights: ONLY_INTERESTS });
    expect(r.participants.map((p) => `${p.participantId}: ${pairs(p.ranked).map((x) => x.split('+')[1]).join(' > ')}`)).toEqual(['D-001: F-001 > F-002', 'D-002: F-001 > F-002']);
    expect(pairs(r.groupBest)).toEqual(['D-001+F-002', 'D-002+F-001']);
    expect(r.groupBest.map((s) => s.points)).toEqual([1, 3]);

    // The leader marks F-001 «ikke aktuell for D-002»: the group set must work around it.
    const marked = run([{ ...volunteers[0]!, notSuitableFor: 'D-002' }, volunteers[1]!], participants, { weights: ONLY_INTERESTS });
    expect(pairs(marked.groupBest)).toEqual(['D-001+F-001', 'D-002+F-002']);
  });
});

describe('list cells', () => {
  test('reading, checking and writing a list cell', () => {
    expect([...readAvailability('Hverdager dagtid, Helger')]).toEqual(['Hverdager dagtid', 'Helger']);
    expect(unlistedItems('Tur, strikking, KAFÉ', INTERESTS)).toEqual(['strikking']);
    expect(listCell(['kafé', 'Tur'], INTERESTS)).toBe('Tur, Kafé');
    expect(listedItems('tur; kafé, strikking', INTERESTS)).toEqual(['Tur', 'Kafé']);
  });
});
