/** The README stays true: its sheet reference is the generated one, its API table names every export. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSheetReference } from '../scripts/sheetReference';
import * as main from '../src/main';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  test('starts with the demo command and the test command', () => {
    const block = /```bash\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    expect(block[0]).toMatch(/^npm ci && npm run demo\b/);
    expect(block[1]).toMatch(/^npm ci && npm test\b/);
  });

  test('sheet reference is current (run `npm run docs` after changing tables)', () => {
    expect(readme).toBe(withSheetReference(readme));
  });

  test('server API table lists every export of src/main.ts, and nothing else', () => {
    const section = readme.split('<!-- server-api:start -->')[1]!.split('<!-- server-api:end -->')[0]!;
    const listed = [...section.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(main).sort());
  });
});
