/**
 * The monthly report: service calls of «Lag månedsrapport» on the emulator at a large association and at 10x
 * (they must be equal), and the pure computation's time at 1x, 10x and 100x (it must grow linearly).
 */
import { computeMonthlyReport, type ReportInput } from '../src/domain/report/compute';
import type * as R from '../src/domain/records';
import { generateMonthlyReport } from '../src/server/monthlyReport';
import { setupSheets } from '../src/server/setupSheets';
import { gasHarness } from '../test/support/harness';
import { SAMPLE_NOW, typeRows } from '../test/support/sampleAssociation';
import { timeIt } from './timeIt';

const pad = (n: number, d: number) => String(n).padStart(d, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const no = (s: string) => `${s.slice(8)}.${s.slice(5, 7)}.${s.slice(0, 4)}`;

/** A large association: `n` volunteers, participants and matches spread over two years, 10 contacts per match. */
function records(n: number) {
  const volunteers: R.Volunteer[] = [];
  const participants: R.Participant[] = [];
  const matches: R.Match[] = [];
  const contacts: R.Contact[] = [];
  for (let i = 0; i < n; i++) {
    const y = 2025 + (i % 2);
    const m = 1 + (i % 12);
    const start = iso(y, m, 1 + (i % 28));
    volunteers.push({ id: `F-${pad(i + 1, 3)}`, alias: `V${i}`, birthYear: 1960 + (i % 40), municipality: 'Eksempelby', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '', recruitmentSource: null, registeredDate: iso(y - 1, m, 1), courseDate: iso(y - 1, m, 5), interviewDate: iso(y - 1, m, 8), policeCertificateDate: iso(y - 1, m, 10), nksDeclarationDate: iso(y - 1, m, 10), shelterDeclarationDate: iso(y - 1, m, 12), status: i % 10 === 0 ? 'Sluttet' : 'I kobling', quitDate: i % 10 === 0 ? iso(2026, 1 + (i % 9), 15) : null, quitReason: i % 10 === 0 ? 'Tidsmangel' : null, note: '' });
    participants.push({ id: `D-${pad(i + 1, 3)}`, shelter: `Senter ${i % 5}`, municipality: `Kommune ${i % 20}`, birthYear: i % 7 === 0 ? null : 1970 + (i % 35), languages: '', interpreterNeeded: false, interests: '', needs: 'Sosialt nettverk, Aktiviteter', childrenJoin: false, area: '', travel: null, availability: '', referralDate: iso(y, m, 1), status: 'I kobling', note: '' });
    const ended = i % 3 === 0;
    matches.push({ id: `K-${pad(i + 1, 3)}`, volunteerId: `F-${pad(i + 1, 3)}`, participantId: `D-${pad(i + 1, 3)}`, status: ended ? 'Avsluttet' : i % 4 === 0 ? 'Pause' : 'Aktiv', proposedDate: null, meetingDate: null, agreementSigned: true, startDate: start, agreedMonths: 12, plannedEnd: null, pauseStart: i % 4 === 0 ? iso(2026, 6, 1) : null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: ended ? iso(2026, 1 + (i % 9), 20) > start ? iso(2026, 1 + (i % 9), 20) : null : null, endReason: ended ? 'Fullført periode' : null, endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false, note: '' });
    for (let k = 0; k < 10; k++) contacts.push({ id: `L-${pad(i * 10 + k + 1, 5)}`, date: iso(2026, 1 + k, 10), matchId: `K-${pad(i + 1, 3)}`, volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: 'Bra', meetingsSinceLast: k % 5, activities: '', concern: false, note: '', nextFollowUp: null, loggedBy: '', loggedAt: null });
  }
  for (const m of matches) if (m.status === 'Avsluttet' && m.endDate === null) { m.status = 'Aktiv'; m.endReason = null; }
  return { volunteers, participants, matches, contacts };
}

function input(n: number): ReportInput {
  const r = records(n);
  const rows = <T>(xs: T[]) => xs.map((record, i) => ({ row: i + 2, record }));
  return { month: '2026-06', settings: { followUpEveryDays: 30, overdueAfterDays: 45 }, volunteers: rows(r.volunteers), participants: rows(r.participants), matches: rows(r.matches), contacts: rows(r.contacts), inquiries: [], courses: [], notCounted: [] };
}

function calls(n: number): number {
  const h = gasHarness({ now: SAMPLE_NOW });
  try {
    h.run((p) => setupSheets(p));
    const r = records(n);
    typeRows(h.emu, 'Frivillige', r.volunteers.map((v) => ({ ID: v.id, 'Alias/initialer': v.alias, Fødselsår: v.birthYear ?? '', 'Påmeldt dato': no(v.registeredDate!), 'Kurs fullført': no(v.courseDate!), Kartleggingssamtale: no(v.interviewDate!), 'Politiattest vist': no(v.policeCertificateDate!), 'Taushetserklæring N.K.S.': no(v.nksDeclarationDate!), 'Taushetserklæring krisesenter': no(v.shelterDeclarationDate!), Status: v.status, 'Sluttet dato': v.quitDate ? no(v.quitDate) : '' })));
    typeRows(h.emu, 'Deltakere', r.participants.map((p) => ({ ID: p.id, Kommune: p.municipality, Fødselsår: p.birthYear ?? '', Behov: p.needs, 'Henvist dato': no(p.referralDate!), Status: p.status })));
    typeRows(h.emu, 'Koblinger', r.matches.map((m) => ({ ID: m.id, 'Frivillig-ID': m.volunteerId, 'Deltaker-ID': m.participantId, Status: m.status, Startdato: no(m.startDate!), 'Avtalt lengde (mnd)': 12, 'Pause fra': m.pauseStart ? no(m.pauseStart) : '', Sluttdato: m.endDate ? no(m.endDate) : '', Sluttårsak: m.endReason ?? '' })));
    typeRows(h.emu, 'Kontaktlogg', r.contacts.map((c) => ({ ID: c.id, Dato: no(c.date), 'Koblings-ID': c.matchId!, 'Med hvem': c.withWhom, Kanal: c.channel, Type: c.kind, 'Møter siden sist': c.meetingsSinceLast! })));
    h.run((p) => generateMonthlyReport(p, '2026-06'));
    h.emu.calls.reset();
    h.run((p) => generateMonthlyReport(p, '2026-06'));
    return h.emu.calls.total();
  } finally {
    h.dispose();
  }
}


export function benchReport(): void {
  const large = 300;
  console.log(`«Lag månedsrapport» service calls (regenerating, 10 contacts per match):`);
  console.log(`  ${large} volunteers/participants/matches: ${calls(large)}`);
  console.log(`  ${large * 10} (10x):                        ${calls(large * 10)}`);
  console.log('pure computation (computeMonthlyReport, incl. the 12-month trend):');
  for (const n of [large, large * 10, large * 100]) {
    const inp = input(n);
    const ms = timeIt(() => computeMonthlyReport(inp));
    console.log(`  ${String(n).padStart(6)} matches, ${String(n * 10).padStart(7)} contacts: ${ms.toFixed(1).padStart(7)} ms (${((ms / (n * 13)) * 1000).toFixed(2)} µs/row)`);
  }
}
