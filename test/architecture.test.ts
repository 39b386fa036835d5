/** The layering of the codebase, held by a test: imports point downwards and only src/gas names Apps Script. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(__dirname, '..', 'src');
const GAS_GLOBALS = /\b(SpreadsheetApp|MailApp|GmailApp|ScriptApp|LockService|PropertiesService|CacheService|Session|Utilities|HtmlService|UrlFetchApp|DriveApp|Logger)\s*\./;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const all = files(SRC).map((p) => ({ path: relative(SRC, p).replace(/\\/g, '/'), text: readFileSync(p, 'utf8') }));
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const imports = (text: string) => [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
/** A relative import that stays inside src/domain (subfolders such as domain/report may reach up to domain/). */
const insideDomain = (path: string, i: string) => i.startsWith('.') && relative(join(SRC, 'domain'), resolve(SRC, dirname(path), i)).split(/[\\/]/)[0] !== '..';

describe('architecture', () => {
  test('there is code to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  test('only src/gas names Apps Script globals', () => {
    const offenders = all.filter((f) => !f.path.startsWith('gas/') && GAS_GLOBALS.test(code(f.text))).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  test('src/domain is pure: imports only domain, zod, date-fns and munkres (the assignment); never reads the clock', () => {
    for (const f of all.filter((x) => x.path.startsWith('domain/'))) {
      for (const i of imports(f.text)) expect([f.path, i, insideDomain(f.path, i) || i.startsWith('zod') || i.startsWith('date-fns') || i === 'munkres']).toEqual([f.path, i, true]);
      expect([f.path, /new Date\(\)|Date\.now\(\)/.test(code(f.text))]).toEqual([f.path, false]);
    }
  });

  test('imports point downwards: sheets never import server, gas or main; server never imports gas', () => {
    for (const f of all) {
      const bad = imports(f.text).filter((i) =>
        (f.path.startsWith('sheets/') && /\.\.\/(server|gas|main|sidebar)/.test(i)) ||
        (f.path.startsWith('server/') && /\.\.\/(gas|main)/.test(i)) ||
        (f.path.startsWith('domain/') && !insideDomain(f.path, i) && i.startsWith('.')));
      expect([f.path, bad]).toEqual([f.path, []]);
    }
  });
});
