/**
 * «Slett gamle personopplysninger»: service calls of preview + purge on the emulator at 100 and 5,000 matches
 * (ended and running interleaved row by row; they must be equal), and the pure plan's time at 1x, 10x and 100x.
 */
import type * as R from '../src/domain/records';
import { planRetention, type RetentionInput } from '../src/domain/retention';
import { previewRetention, runRetention } from '../src/server/retention';
import { setupSheets } from '../src/server/setupSheets';
import { gasHarness } from '../test/support/harness';
import { typeLargeAssociation } from '../test/support/retentionData';
import { SAMPLE_NOW, typeSettings } from '../test/support/sampleAssociation';
import { timeIt } from './timeIt';

function calls(n: number): { total: number; setValues: number } {
  const h = gasHarness({ now: SAMPLE_NOW });
  try {
    h.run((p) => setupSheets(p));
    typeSettings(h.emu, {}, [['Senter', 'rolle', 'By']]);
    typeLargeAssociation(h.emu, n);
    h.emu.calls.reset();
    h.run((p) => previewRetention(p));
    h.run((p) => runRetention(p));
    return { total: h.emu.calls.total(), setValues: h.emu.calls.get('Range.setValues') };
  } finally {
    h.dispose();
  }
}

const pad = (n: number) => String(n).padStart(5, '0');

/** The same shape as typeLargeAssociation, as records: n of each, two log rows per match. */
export function input(n: number): RetentionInput {
  const rows = <T>(xs: T[]) => xs.map((record, i) => ({ row: i + 2, record }));
  const v: R.Volunteer[] = [];
  const p: R.Participant[] = [];
  const m: R.Match[] = [];
  const c: R.Contact[] = [];
  for (let i = 1; i <= n; i++) {
    const ended = i % 2 === 1;
    const day = `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    v.push({ id: `F-${pad(i)}`, alias: 'V', birthYear: 1980, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '', recruitmentSource: null, registeredDate: '2022-01-01', courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null, status: ended ? 'Sluttet' : 'I kobling', quitDate: ended ? '2023-04-15' : null, quitReason: null, note: 'x' });
    p.push({ id: `D-${pad(i)}`, shelter: '', municipality: '', birthYear: null, languages: '', interpreterNeeded: false, interests: '', needs: '', childrenJoin: false, area: '', travel: null, availability: '', referralDate: '2022-02-01', status: 'Avsluttet', note: 'x' });
    m.push({ id: `K-${pad(i)}`, volunteerId: `F-${pad(i)}`, participantId: `D-${pad(i)}`, status: ended ? 'Avsluttet' : 'Aktiv', proposedDate: null, meetingDate: null, agreementSigned: true, startDate: '2022-03-01', agreedMonths: 12, plannedEnd: null, pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: ended ? day : null, endReason: null, endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false, note: 'x' });
    for (let k = 0; k < 2; k++) c.push({ id: `L-${pad(2 * i + k)}`, date: day, matchId: `K-${pad(i)}`, volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Annet', howItGoes: null, meetingsSinceLast: 1, activities: 'tur', concern: false, note: 'x', nextFollowUp: null, loggedBy: '', loggedAt: null });
  }
  return {
    today: '2026-11-20', retentionMonths: 24, volunteers: rows(v), participants: rows(p), matches: rows(m), contacts: rows(c),
    inquiries: [], courses: [], contactInfo: v.map((x, i) => ({ row: i + 2, volunteerId: x.id })), unreadableMatchIds: new Set(),
  };
}

export function benchRetention(): void {
  console.log('«Slett gamle personopplysninger» service calls (preview + purge; ended and running matches interleaved):');
  for (const n of [100, 5000]) {
    const c = calls(n);
    console.log(`  ${String(n).padStart(5)} matches (${n * 2} log rows): ${c.total} calls, ${c.setValues} setValues`);
  }
  console.log('pure plan (planRetention):');
  for (const n of [500, 5000, 50000]) { // a large association, 10x, 100x
    const inp = input(n);
    const ms = timeIt(() => planRetention(inp));
    console.log(`  ${String(n).padStart(6)} matches, ${String(n * 5).padStart(7)} rows: ${ms.toFixed(1).padStart(7)} ms (${((ms / (n * 5)) * 1000).toFixed(2)} µs/row)`);
  }
}
