/** The docs stay true: the README opens with the two commands, the reference's sheet section is the generated
 * one, its server API table names every export, and every relative link between the docs resolves. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REFERENCE, withSheetReference } from '../scripts/sheetReference';
import * as main from '../src/main';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const reference = readFileSync(join(ROOT, REFERENCE), 'utf8');

/** GitHub's heading anchors (lower case, punctuation dropped, spaces to hyphens) and explicit `<a id>` ones. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    out.add(m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'));
  }
  for (const m of markdown.matchAll(/<a id="([^"]+)"><\/a>/g)) out.add(m[1]!);
  return out;
}

describe('README and docs', () => {
  test('the README starts with the demo command and the test command', () => {
    const block = /```bash\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    expect(block[0]).toMatch(/^npm ci && npm run demo\b/);
    expect(block[1]).toMatch(/^npm ci && npm test\b/);
  });

  test('the sheet reference is current (run `npm run docs` after changing tables)', () => {
    expect(reference).toBe(withSheetReference(reference));
  });

  test('the server API table lists every export of src/main.ts, and nothing else', () => {
    const section = reference.split('<!-- server-api:start -->')[1]!.split('<!-- server-api:end -->')[0]!;
    const listed = [...section.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(main).sort());
  });

  test.each(['README.md', 'docs/reference.md', 'docs/architecture.md'])('every relative link in %s resolves', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = m[1]!;
      if (/^[a-z]+:/.test(href)) continue;
      const [path, anchor] = href.split('#') as [string, string | undefined];
      const target = path ? join(ROOT, dirname(file), path) : join(ROOT, file);
      if (!existsSync(target)) { broken.push(href); continue; }
      if (anchor && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
