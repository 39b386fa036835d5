/**
 * «Skriv ut samarbeidsavtale» through the built bundle: the agreement opens in a modal dialog with the
 * programme's rules and the match's agreed length, three copies, and nothing that names or reaches a person.
 */
import { sheetRecords, sidebarFixture, workbookSnapshot, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

function print(matchId: unknown): { result: any; html: string | null } { // eslint-disable-line @typescript-eslint/no-explicit-any
  const before = f.h.emu.ui.dialogs.length;
  const result = f.rpc('sidebarPrintAgreement', { matchId });
  const dialog = f.h.emu.ui.dialogs.length > before ? f.h.emu.ui.dialogs.at(-1)! : null;
  return { result, html: dialog ? dialog.html : null };
}

/** The page as text, tags removed (what the paper says). */
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('an active match: a modal dialog with the rules, the agreed length and planned end, three copies', () => {
  const before = workbookSnapshot(f.h);
  const { result, html } = print('K-002');
  expect(result).toEqual({ ok: true, message: 'Samarbeidsavtalen for K-002 er åpnet i et eget vindu: skriv den ut derfra (tre eksemplarer).' });
  expect(f.h.emu.ui.dialogs.at(-1)).toMatchObject({ title: 'Samarbeidsavtale', modal: true, width: 760, height: 640 });
  const t = text(html!);
  for (const rule of ['9–12 måneder', 'avslutte koblingen når vi vil', 'gått 12 måneder', '2–4 ganger i måneden', 'skal ikke koste penger',
    'låner ikke penger', 'gir ikke gaver', 'alkohol eller andre rusmidler', 'settes koblingen på pause eller avsluttes', 'taushetserklæring', 'ikke terapeut']) {
    expect([rule, t.includes(rule)]).toEqual([rule, true]);
  }
  // K-002: 10 months from 10.02.2026, planned end 10.12.2026 (as in Koblinger).
  expect(t).toContain('koblingen skal vare i 10 måneder , fra 10.02.2026 til 10.12.2026');
  expect(t).toContain('Eksemplar 1 av 3: for deltakeren');
  expect(t).toContain('Eksemplar 2 av 3: for den frivillige');
  expect(t).toContain('Eksemplar 3 av 3: for gruppelederen · kobling K-002');
  expect(t.match(/Dato og underskrift, deltaker/g)).toHaveLength(3);
  expect(t).toContain('Eksempelby Sanitetsforening');
  expect(html).toContain('onclick="window.print()"');
  expect(workbookSnapshot(f.h)).toBe(before);
});

test('no name, contact detail, alias or person code of anyone: the paper is filled in by hand', () => {
  const pages = ['K-001', 'K-002', 'K-003', 'K-004', 'K-007'].map((id) => print(id).html!);
  const words: string[] = [];
  for (const r of sheetRecords(f.h, 'Kontaktinfo')) for (const k of ['Navn', 'Telefon', 'E-post']) if (r[k]) words.push(String(r[k]));
  for (const r of sheetRecords(f.h, 'Frivillige')) words.push(String(r.ID));
  for (const r of sheetRecords(f.h, 'Deltakere')) words.push(String(r.ID));
  expect(words.length).toBeGreaterThan(20);
  for (const html of pages) {
    for (const w of words) expect([w, html.includes(w)]).toEqual([w, false]);
    // Aliases are initials such as «CD»: as a word of their own.
    for (const r of sheetRecords(f.h, 'Frivillige')) expect([r['Alias/initialer'], new RegExp(`\\b${String(r['Alias/initialer'])}\\b`).test(text(html))]).toEqual([r['Alias/initialer'], false]);
    // The match code appears once, on the leader's copy.
    expect(text(html).match(/\bK-\d{3}\b/g)).toHaveLength(1);
  }
  expect(f.h.emu.mail.sent).toEqual([]);
});

test('a match not started yet: blanks for the length and dates, to fill in at the match meeting', () => {
  const t = text(print('K-004').html!);
  expect(t).toContain('koblingen skal vare i måneder, fra til (planlagt slutt)');
  expect(t).not.toMatch(/\d{2}\.\d{2}\.\d{4}/);
});

test.each<[string, unknown, RegExp]>([
  ['an ended match', 'K-005', /^Koblingen K-005 har status «Avsluttet»/],
  ['a match that does not exist', 'K-099', /^Koblingen K-099 finnes ikke/],
  ['no match chosen', null, /^Velg en kobling: /],
  ['a payload of the wrong type', 5, /^Velg en kobling: /],
])('refused: %s (no dialog, nothing written)', (_name, matchId, message) => {
  const before = workbookSnapshot(f.h);
  const { result, html } = print(matchId);
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(message);
  expect(html).toBeNull();
  expect(workbookSnapshot(f.h)).toBe(before);
});
