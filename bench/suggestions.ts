/**
 * «Foreslå kobling»: service calls to open the Kobling page (which carries the suggestions) with the sample and with
 * 60 approved volunteers × 30 waiting participants (they must be equal), its emulator wall time, and the pure
 * computation the page runs on the answer (exclusions, scores, the munkres assignment) at that size and at 10x.
 */
import { suggestInput } from '../src/domain/matching/candidates';
import { suggestMatches } from '../src/domain/matching/suggest';
import type { Participant, Volunteer } from '../src/domain/records';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import { AVAILABILITY, INTERESTS, LANGUAGES } from '../src/domain/vocabulary';
import { typeRows } from '../test/support/sampleAssociation';
import { sidebarFixture } from '../test/support/sidebar';
import { timeIt } from './timeIt';

const pad = (n: number) => String(n).padStart(3, '0');
/** A deterministic spread of the matching fields, so pairs differ and some are excluded. */
const pickN = (list: readonly string[], i: number, n: number) => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 3) % list.length]!).filter((x, k, a) => a.indexOf(x) === k).join(', ');
const kommune = (i: number) => ['Eksempelby', 'Nordfjell', 'Sørvik'][i % 3]!;

function measure(volunteers: number, participants: number): { calls: number; ms: number; pairs: number } {
  const { h, rpc } = sidebarFixture();
  const screened = { 'Kurs fullført': '12.01.2026', Kartleggingssamtale: '19.01.2026', 'Politiattest vist': '26.01.2026', 'Taushetserklæring N.K.S.': '26.01.2026', 'Taushetserklæring krisesenter': '02.02.2026' };
  typeRows(h.emu, 'Frivillige', Array.from({ length: volunteers }, (_, i) => ({
    ID: `F-${pad(100 + i)}`, 'Alias/initialer': 'BV', Fødselsår: 1960 + (i % 35), Kommune: kommune(i), Språk: `Norsk, ${LANGUAGES[i % LANGUAGES.length]}`,
    Interesser: pickN(INTERESTS, i, 3), Tilgjengelighet: pickN(AVAILABILITY, i, 2), 'Kan møte med barn': i % 2 === 0, 'Påmeldt dato': '05.01.2026', ...screened, Status: 'Godkjent',
  })));
  typeRows(h.emu, 'Deltakere', Array.from({ length: participants }, (_, i) => ({
    ID: `D-${pad(100 + i)}`, Krisesenter: 'Krisesenteret i Eksempelby', Kommune: kommune(i + 1), Fødselsår: 1975 + (i % 25), Språk: i % 5 === 0 ? 'Arabisk' : 'Norsk',
    Interesser: pickN(INTERESTS, i + 2, 3), Tilgjengelighet: pickN(AVAILABILITY, i + 1, 1), 'Barn blir med': i % 4 === 0, 'Henvist dato': '01.10.2026', Status: 'Venter på kobling',
  })));
  h.emu.calls.reset();
  const t = process.hrtime.bigint();
  const page = rpc('sidebarOpen', 'match');
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (!page.ok) throw new Error(page.message);
  return { calls: h.emu.calls.total(), ms, pairs: suggestMatches(page.suggestions).groupBest.length };
}

function records(volunteers: number, participants: number): { volunteers: Volunteer[]; participants: Participant[] } {
  const v: Volunteer[] = Array.from({ length: volunteers }, (_, i) => ({
    id: `F-${String(i + 1).padStart(4, '0')}`, alias: 'BV', birthYear: 1960 + (i % 35), municipality: kommune(i), languages: `Norsk, ${LANGUAGES[i % LANGUAGES.length]}`,
    interests: pickN(INTERESTS, i, 3), availability: pickN(AVAILABILITY, i, 2), canMeetWithChildren: i % 2 === 0, recruitmentSource: null, registeredDate: '2026-01-05',
    courseDate: '2026-01-12', interviewDate: '2026-01-19', policeCertificateDate: '2026-01-26', nksDeclarationDate: '2026-01-26', shelterDeclarationDate: '2026-02-02',
    status: 'Godkjent', quitDate: null, quitReason: null, note: '', area: '', travel: i % 3 === 0 ? 'Nabokommuner' : null, notSuitableFor: '',
  }));
  const p: Participant[] = Array.from({ length: participants }, (_, i) => ({
    id: `D-${String(i + 1).padStart(4, '0')}`, shelter: 'Krisesenteret i Eksempelby', municipality: kommune(i + 1), birthYear: 1975 + (i % 25), languages: i % 5 === 0 ? 'Arabisk' : 'Norsk',
    interpreterNeeded: false, interests: pickN(INTERESTS, i + 2, 3), needs: '', childrenJoin: i % 4 === 0, referralDate: '2026-10-01', status: 'Venter på kobling', note: '',
    area: '', travel: null, availability: pickN(AVAILABILITY, i + 1, 1),
  }));
  return { volunteers: v, participants: p };
}

export function benchSuggestions(): void {
  const small = measure(0, 0);
  const large = measure(60, 30);
  console.log('service calls to open Kobling (suggestions included)   sample   +60 approved × 30 waiting');
  console.log(`  sidebarOpen('match')                                ${String(small.calls).padStart(6)} ${String(large.calls).padStart(26)}`);
  console.log(`emulator wall time, 60 × 30: ${large.ms.toFixed(0)} ms for the whole call (${large.pairs} pairs in the group's best set; not a threshold)`);
  const weights = { weightInterests: DEFAULT_SETTINGS.weightInterests, weightAvailability: DEFAULT_SETTINGS.weightAvailability, weightArea: DEFAULT_SETTINGS.weightArea, weightAge: DEFAULT_SETTINGS.weightAge };
  for (const [nv, np] of [[60, 30], [600, 300]] as const) {
    const input = suggestInput({ ...records(nv, np), matches: [], weights, today: '2026-11-20' });
    const r = suggestMatches(input);
    const ms = timeIt(() => suggestMatches(input));
    console.log(`suggestMatches ${nv} volunteers × ${np} participants: ${ms.toFixed(1)} ms (best of 5; ${r.groupBest.length} pairs, ${r.participants.reduce((n, x) => n + x.excluded.length, 0)} pairs excluded)`);
  }
}
