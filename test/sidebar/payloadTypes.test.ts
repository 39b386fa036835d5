/**
 * Every RPC of Code.js (the sidebar's and the import dialog's) refuses a payload of the wrong shape with a
 * Norwegian message and writes nothing: no value, format, note or validation (the emulator's write log), no
 * property, no trigger, no mail. A payload of the wrong type is never read as blank (a month given as a number
 * would otherwise make the previous month's report, `shelters` as a string would wipe the shelter list).
 */
import { bundleRpc, sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

/**
 * Service methods that change something (Sheets, triggers, mail). Properties are compared by content instead: the
 * lock's lease is a property set and deleted again within every locked call (src/gas/ports.ts).
 */
const MUTATING = /\.(set|insert|delete|append|clear|new|create|remove|add|copy|hide|show|protect|sort|merge|send|activate|moveTo)/;

function mutatingCalls(): Record<string, number> {
  return Object.fromEntries(Object.entries(f.h.emu.calls.snapshot()).filter(([k]) => MUTATING.test(k) && !k.startsWith('Properties.')));
}

interface Snapshot { writes: number; calls: Record<string, number>; properties: string; mail: number; triggers: string; sheets: string }
function snapshot(): Snapshot {
  return {
    writes: f.h.emu.writes.length,
    calls: mutatingCalls(),
    properties: JSON.stringify([f.h.emu.documentProperties(), f.h.emu.scriptProperties(), f.h.emu.userProperties()]),
    mail: f.h.emu.mail.sent.length,
    triggers: JSON.stringify(f.h.emu.triggers.list()),
    sheets: JSON.stringify(f.h.emu.sheetNames().map((n) => [n, f.h.emu.sheetValues(n)])),
  };
}

/**
 * The message a refused call shows: a sidebar RPC answers a Fail, a dialog's call (import, privacy) throws;
 * either way the message is the Norwegian one written for it, never the unexpected-error fallback or zod's English.
 */
function refusal(fn: string, payload: unknown): string {
  let result: { ok?: boolean; message?: string; fieldErrors?: Record<string, string> } | null;
  try {
    result = f.h.call(fn, JSON.parse(JSON.stringify([payload]))) as typeof result;
  } catch (e) {
    return norwegian(fn, (e as Error).message);
  }
  expect([fn, result?.ok]).toEqual([fn, false]);
  return norwegian(fn, [result!.message, ...Object.entries(result!.fieldErrors ?? {}).map(([k, m]) => `${k}: ${m}`)].join(' | '));
}

function norwegian(fn: string, message: string): string {
  expect([fn, message]).toEqual([fn, expect.not.stringMatching(/Noe gikk galt|Invalid|[Ee]xpected|received|is not a function|^$/)]);
  return message;
}

const NOT_AN_OBJECT: unknown[] = [null, [], ['K-001'], 'tekst', 42, true];

const endK1 = { matchId: 'K-001', action: 'end', endDate: '2026-11-20', endReason: 'Annet', endedBy: 'Deltaker', newMatch: true };
const followUp = {
  date: '2026-11-20', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging',
  howItGoes: 'Bra', meetingsSinceLast: 3, activities: 'tur', concern: false, note: 'Alt vel.', nextFollowUp: '2026-12-20',
};
const course = { date: '2026-11-19', place: 'Sanitetshuset', participantIds: ['F-007'], participantCount: null, note: '' };
const volunteer = {
  alias: 'NY', birthYear: 1980, municipality: 'Eksempelby', languages: 'norsk', interests: '', availability: 'Kvelder', canMeetWithChildren: true, area: '', travel: null, notSuitableFor: '',
  recruitmentSource: 'Nettside', registeredDate: '2026-11-20', note: '', name: 'Nina Nyesen', phone: '', email: '', preferredChannel: null,
};

/** Payloads whose object is right but one key has the wrong type; each must be refused naming that key. */
const WRONG_FIELD: Array<[string, () => unknown, RegExp]> = [
  ['sidebarSaveSettings', () => ({ ...settingsPayload(), shelters: 'Nordfjell krisesenter' }), /shelters: Må være en liste/],
  ['sidebarSaveSettings', () => ({ ...settingsPayload(), shelters: ['Nordfjell krisesenter'] }), /shelters\.0: /],
  ['sidebarSaveSettings', () => ({ ...settingsPayload(), settings: 'alt' }), /settings: /],
  ['sidebarSaveSettings', () => ({ ...settingsPayload(), version: 7 }), /version: /],
  ['sidebarMatchAction', () => ({ ...endK1, action: null }), /action: /],
  ['sidebarMatchAction', () => ({ ...endK1, action: [] }), /action: /],
  ['sidebarMatchAction', () => ({ ...endK1, action: ['end'] }), /action: /],
  ['sidebarMatchAction', () => ({ ...endK1, matchId: ['K-001'] }), /matchId: /],
  ['sidebarMatchAction', () => ({ ...endK1, newMatch: 'ja' }), /newMatch: /],
  ['sidebarGenerateReport', () => ({ month: 202610 }), /month: Må være en måned/],
  ['sidebarGenerateReport', () => ({ month: ['2026-10'] }), /month: Må være en måned/],
  ['sidebarSendReport', () => ({ month: 202610, confirmed: true }), /month: Må være en måned/],
  ['sidebarSendReport', () => ({ month: '2026-10', confirmed: 'ja' }), /Bekreft/],
  ['sidebarSetReminders', () => ({ on: 'true' }), /on: /],
  ['sidebarRegisterCourse', () => ({ ...course, participantIds: 'F-007' }), /participantIds: Må være en liste/],
  ['sidebarRegisterCourse', () => ({ ...course, participantIds: [7] }), /participantIds: /],
  ['sidebarSaveFollowUp', () => ({ ...followUp, confirmPrivacy: 'ja' }), /confirmPrivacy: /],
  ['sidebarSaveFollowUp', () => ({ ...followUp, date: 20261120 }), /date: /],
  ['sidebarRegisterVolunteer', () => ({ ...volunteer, birthYear: [1980] }), /birthYear: /],
  ['sidebarUpdateScreening', () => ({ volunteerId: ['F-012'], registeredDate: '2026-11-03', courseDate: '2026-11-09', interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null }), /volunteerId: /],
  ['sidebarQuitVolunteer', () => ({ volunteerId: { id: 'F-004' }, quitDate: '2026-11-20', quitReason: 'Flyttet' }), /volunteerId: /],
  ['sidebarProposeMatch', () => ({ volunteerId: 'F-004', participantId: 'D-008', proposedDate: '2026-11-20', note: 5 }), /note: /],
  ['sidebarOpen', () => ['followUp'], /Ukjent side/],
  ['sidebarOpen', () => 7, /Ukjent side/],
  ['importPreview', () => ({ sheetName: 5 }), /sheetName/],
  ['importRun', () => ({ sheetName: 'Gammel logg', blocks: 'alle' }), /blocks/],
  ['importDeleteSource', () => ['Gammel logg'], /Oppgi fanen/],
];

function settingsPayload(): { settings: unknown; shelters: unknown; version: unknown } {
  const page = bundleRpc(f.h)('sidebarOpen', 'settings');
  return { settings: page.settings, shelters: page.shelters, version: page.version };
}

/** Every google.script.run entry point of Code.js: the sidebar's and the dialogs' (import, privacy). */
function rpcNames(): string[] {
  return Object.keys(f.h.ctx).filter((k) => /^(sidebar|import|privacy)[A-Z]/.test(k) && typeof (f.h.ctx as Record<string, unknown>)[k] === 'function').sort();
}

test('the table covers every RPC of the bundle', () => {
  const covered = new Set(WRONG_FIELD.map(([fn]) => fn));
  const notObject = rpcNames().filter((fn) => fn !== 'sidebarOpen' && fn !== 'importDeleteSource');
  for (const fn of notObject) covered.add(fn);
  expect(rpcNames().length).toBeGreaterThan(10);
  expect(rpcNames().filter((fn) => !covered.has(fn))).toEqual([]);
});

/** Kom i gang's buttons that take no payload at all, and the two whose argument is a name (the «?»'s topic, the first tab's page id; refused by name like sidebarOpen). */
const NO_PAYLOAD = ['sidebarOpenImport', 'sidebarSetupSheets', 'sidebarShowHelp', 'sidebarStart'];
const OBJECT_RPCS = () => rpcNames().filter((fn) => fn !== 'sidebarOpen' && fn !== 'importDeleteSource' && !NO_PAYLOAD.includes(fn));

test.each(NOT_AN_OBJECT.map((p) => [JSON.stringify(p), p]))('a payload that is not an object (%s) is refused by every RPC that takes one; nothing is written', (_label, payload) => {
  const names = OBJECT_RPCS();
  expect(names.length).toBeGreaterThan(10);
  for (const fn of names) {
    const before = snapshot();
    const message = refusal(fn, payload);
    // The sidebar's saves and the import dialog say it in one sentence (api.ts, import/rpc.ts); the privacy
    // dialog's calls refuse in their own Norwegian words.
    if (/^(sidebar(?!Open)|import)/.test(fn)) expect([fn, message]).toEqual([fn, expect.stringMatching(/^Ugyldig forespørsel/)]);
    expect([fn, snapshot()]).toEqual([fn, before]);
  }
});

test.each(WRONG_FIELD.map(([fn, make, expected], i) => [`${fn} #${i}`, fn, make, expected] as const))('%s: a key of the wrong type is refused and nothing is written', (_label, fn, make, expected) => {
  const payload = make();
  const before = snapshot();
  expect(refusal(fn, payload)).toMatch(expected);
  expect(snapshot()).toEqual(before);
});

test('the valid payloads of the table are accepted (the refusals above are about the wrong key alone)', () => {
  const rpc = bundleRpc(f.h);
  expect(rpc('sidebarSaveSettings', settingsPayload())).toMatchObject({ ok: true });
  expect(rpc('sidebarGenerateReport', { month: '2026-10' })).toMatchObject({ ok: true, month: '2026-10' });
  expect(rpc('sidebarRegisterCourse', course)).toMatchObject({ ok: true });
  expect(rpc('sidebarSaveFollowUp', { ...followUp, confirmPrivacy: false })).toMatchObject({ ok: true });
  expect(rpc('sidebarRegisterVolunteer', volunteer)).toMatchObject({ ok: true });
  expect(rpc('sidebarMatchAction', endK1)).toMatchObject({ ok: true });
});
