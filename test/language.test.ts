/**
 * The glossary, held over every user-visible string: the Norwegian text of src/ (string and template literals,
 * comments removed), the built pages and the user guide. One word per thing, natural bokmål, the real menu path,
 * no literal placeholder left for a leader to read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(p) && !/\.d\.ts$/.test(p) ? [p] : [];
});

/** String and template literals of a TypeScript file, comments removed (a rough lexer: enough for our code). */
function literals(text: string): string[] {
  const out: string[] = [];
  const re = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  for (const m of text.matchAll(re)) if (!m[0].startsWith('/')) out.push(m[0].slice(1, -1));
  return out;
}

const SOURCES: Array<{ where: string; text: string }> = [
  ...files(join(ROOT, 'src')).flatMap((p) => literals(readFileSync(p, 'utf8')).map((text) => ({ where: relative(ROOT, p), text }))),
  ...readFileSync(join(ROOT, 'docs', 'brukerveiledning.md'), 'utf8').split('\n').map((text, i) => ({ where: `docs/brukerveiledning.md:${i + 1}`, text })),
];
/** Only text a leader reads: it has a Norwegian letter or word, or a capitalised word and a space. */
const norwegian = SOURCES.filter((s) => /[æøåÆØÅ«»]|\b(og|ikke|er|til|på|med|som|en|et)\b/.test(s.text));

/** Forbidden → why, with the word to use. Case-insensitive, whole words. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/\btellet\b/i, 'bokmål: «talt» (ikke talt, ble talt)'],
  [/\bscreening(en)?\b/i, 'the product\'s word for the screening steps: «godkjenning» (status «Under kartlegging» → «Godkjent»)'],
  [/\bpåslått\b/i, '«Slått på av …»'],
  [/\bNKS\b|N\.K\.S(?!\.)/, 'the name is written «N.K.S.»'],
  [/‹[^›]*›|«<N»|\bNN\b/, 'a literal placeholder a leader would read'],
  [/menyen Ressursvenn/i, 'the real menu path: «Utvidelser → Ressursvenn → …»'],
  [/Kunne ikke nå serveren/i, 'only when the server was not reached, and then «Mistet forbindelsen …»'],
];

test('there is text to check', () => {
  expect(norwegian.length).toBeGreaterThan(300);
});

test.each(FORBIDDEN)('no user-visible string has %s', (re, why) => {
  const hits = norwegian.filter((s) => re.test(s.text)).map((s) => `${s.where}: ${s.text.slice(0, 120)} — ${why}`);
  expect(hits).toEqual([]);
});

test('every menu path starts at «Utvidelser → Ressursvenn»', () => {
  const paths = norwegian.flatMap((s) => [...s.text.matchAll(/(\p{L}+\s*(?:→|›|>)\s*)?Ressursvenn\s*(?:→|›|>)\s*\S/gu)].map((m) => ({ where: s.where, path: m[0] })));
  expect(paths.length).toBeGreaterThan(3);
  expect(paths.filter((p) => !/^Utvidelser → Ressursvenn → /.test(p.path))).toEqual([]);
});

/** Required: the programme's own words are the ones in use (a rename that lost one would show here). */
test.each(['kobling', 'frivillig', 'deltaker', 'oppfølging', 'avkoblingssamtale', 'kartleggingssamtale', 'politiattest', 'taushetserklæring', 'samarbeidsavtale', 'krisesenter', 'henvendelse', 'godkjenning', 'N.K.S.', 'talt'])('the glossary word «%s» is used', (word) => {
  expect(norwegian.some((s) => s.text.toLowerCase().includes(word.toLowerCase()))).toBe(true);
});
