/**
 * One daily reminder run at a large association (150 matches, 5,000 contacts) and at 10x that: the service
 * calls must be equal (one read per table, one write per email sent, two for the Koblinger column, one run-log
 * row). Also the time of the pure rules (evaluate + digest) on records, without the emulator.
 */
import { addDays } from '../src/domain/calendar';
import type { Contact, Match, Participant, Volunteer } from '../src/domain/records';
import { composeDigest } from '../src/domain/reminders/digest';
import { evaluate } from '../src/domain/reminders/due';
import { digestItems } from '../src/domain/reminders/ledger';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import { runReminders } from '../src/server/runReminders';
import { setupSheets } from '../src/server/setupSheets';
import { gasHarness } from '../test/support/harness';
import { SAMPLE_NOW, SAMPLE_TODAY, typeRows, typeSettings } from '../test/support/sampleAssociation';
import { timeIt } from './timeIt';

const pad = (n: number, d: number) => String(n).padStart(d, '0');
const no = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Matches started over the past year, with follow-ups spread over them; some overdue, some ending, a few concerns. */
export function association(matches: number, contacts: number) {
  const m = Array.from({ length: matches }, (_, i) => {
    const start = addDays(SAMPLE_TODAY, -((i * 7) % 360) - 5);
    return { i, start };
  });
  return {
    volunteers: m.map(({ i }) => ({ ID: `F-${pad(i + 1, 3)}`, 'Alias/initialer': `V${i}`, Fødselsår: 1970, 'Påmeldt dato': '01.01.2025', 'Kurs fullført': '10.01.2025', Kartleggingssamtale: '12.01.2025', 'Politiattest vist': '15.01.2025', 'Taushetserklæring N.K.S.': '15.01.2025', 'Taushetserklæring krisesenter': '16.01.2025', Status: 'I kobling' })),
    participants: m.map(({ i }) => ({ ID: `D-${pad(i + 1, 3)}`, Krisesenter: 'Krisesenteret i Eksempelby', 'Henvist dato': '01.01.2025', Status: 'I kobling' })),
    matches: m.map(({ i, start }) => ({ ID: `K-${pad(i + 1, 3)}`, 'Frivillig-ID': `F-${pad(i + 1, 3)}`, 'Deltaker-ID': `D-${pad(i + 1, 3)}`, Status: 'Aktiv', Koblingsmøte: no(start), Startdato: no(start), 'Avtalt lengde (mnd)': 12 })),
    contacts: Array.from({ length: contacts }, (_, k) => {
      const { i, start } = m[k % matches]!;
      const date = addDays(start, Math.min(Math.floor(k / matches) * 9 + 1, 300));
      return { ID: `L-${pad(k + 1, 5)}`, Dato: no(date > SAMPLE_TODAY ? SAMPLE_TODAY : date), 'Koblings-ID': `K-${pad(i + 1, 3)}`, 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', Bekymring: k % 997 === 0 };
    }),
  };
}

interface Calls { calls: number; sent: number; items: number; io: string }

/** Service calls of the first run ever (everything is new) and of the next day's run (the steady state). */
function measureCalls(matches: number, contacts: number): [Calls, Calls] {
  const h = gasHarness({ now: SAMPLE_NOW });
  try {
    h.run((p) => setupSheets(p));
    typeSettings(h.emu, { 'Gruppeledere (e-post)': 'leder@example.org' }, []);
    const a = association(matches, contacts);
    typeRows(h.emu, 'Frivillige', a.volunteers);
    typeRows(h.emu, 'Deltakere', a.participants);
    typeRows(h.emu, 'Koblinger', a.matches);
    typeRows(h.emu, 'Kontaktlogg', a.contacts);
    const once = (): Calls => {
      h.emu.calls.reset();
      const s = h.run((p) => runReminders(p), 'trigger');
      const io = Object.entries(h.emu.calls.snapshot()).filter(([k]) => /getValues|setValues|setBackgrounds|sendEmail|insertRows/.test(k)).map(([k, v]) => `${k} ${v}`).join(', ');
      return { calls: h.emu.calls.total(), sent: s.sent, items: s.items, io };
    };
    const first = once();
    h.emu.clock.advance(24 * 3600_000);
    return [first, once()];
  } finally {
    h.dispose();
  }
}

export function records(matches: number, contacts: number) {
  const start = (i: number) => addDays(SAMPLE_TODAY, -((i * 7) % 360) - 5);
  const v: Volunteer[] = []; const p: Participant[] = []; const m: Match[] = []; const c: Contact[] = [];
  for (let i = 0; i < matches; i++) {
    v.push({ id: `F-${pad(i + 1, 3)}`, alias: 'x', birthYear: 1970, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '', recruitmentSource: null, registeredDate: '2025-01-01', courseDate: '2025-01-10', interviewDate: '2025-01-12', policeCertificateDate: '2025-01-15', nksDeclarationDate: '2025-01-15', shelterDeclarationDate: '2025-01-16', status: 'I kobling', quitDate: null, quitReason: null, note: '' });
    p.push({ id: `D-${pad(i + 1, 3)}`, shelter: '', municipality: '', birthYear: null, languages: '', interpreterNeeded: false, interests: '', needs: '', childrenJoin: false, area: '', travel: null, availability: '', referralDate: '2025-01-01', status: 'I kobling', note: '' });
    m.push({ id: `K-${pad(i + 1, 3)}`, volunteerId: `F-${pad(i + 1, 3)}`, participantId: `D-${pad(i + 1, 3)}`, status: 'Aktiv', proposedDate: null, meetingDate: start(i), agreementSigned: true, startDate: start(i), agreedMonths: 12, plannedEnd: null, pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: null, endReason: null, endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false, note: '' });
  }
  for (let k = 0; k < contacts; k++) {
    const i = k % matches;
    const d = addDays(start(i), Math.min(Math.floor(k / matches) * 9 + 1, 300));
    c.push({ id: `L-${pad(k + 1, 5)}`, date: d > SAMPLE_TODAY ? SAMPLE_TODAY : d, matchId: m[i]!.id, volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: null, meetingsSinceLast: null, activities: '', concern: k % 997 === 0, note: '', nextFollowUp: null, loggedBy: '', loggedAt: null });
  }
  const rows = <R>(xs: R[]) => xs.map((record, j) => ({ row: j + 2, record }));
  return { today: SAMPLE_TODAY, settings: { ...DEFAULT_SETTINGS, groupLeaderEmails: ['leder@example.org'] }, volunteers: rows(v), participants: rows(p), matches: rows(m), contacts: rows(c) };
}


export function benchReminders(): void {
  const sizes: Array<[string, number, number]> = [['large (150 matches, 5,000 contacts)', 150, 5_000], ['10x (1,500 matches, 50,000 contacts)', 1_500, 50_000]];
  console.log('service calls of one daily run (one group leader):');
  for (const [label, m, c] of sizes) {
    const [first, next] = measureCalls(m, c);
    for (const [when, r] of [['first run', first], ['next day', next]] as const) {
      console.log(`  ${label.padEnd(38)} ${when.padEnd(9)} ${String(r.calls).padStart(4)} calls, ${r.sent} email(s), ${String(r.items).padStart(4)} items  [${r.io}]`);
    }
  }
  console.log('pure rules (evaluate + digest selection + compose), best of 5:');
  for (const [label, m, c] of sizes) {
    const input = records(m, c);
    let items = 0;
    const ms = timeIt(() => {
      const ev = evaluate(input);
      const chosen = digestItems(ev.due, undefined, SAMPLE_TODAY);
      composeDigest({ today: SAMPLE_TODAY, associationName: 'X', spreadsheetId: 'id', gids: {} }, chosen);
      items = chosen.length;
    });
    console.log(`  ${label.padEnd(38)} ${ms.toFixed(1).padStart(7)} ms  (${items} items due)`);
  }
}
