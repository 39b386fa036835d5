/**
 * The user guide stays true to the product: every section the product links to exists, and every picture it
 * names is one `npm run demo` makes (scripts/demo/guideImages.ts) and is committed in docs/img/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDE_IMAGES, GUIDE_IMG_DIR } from '../scripts/demo/guideImages';
import { HELP_TOPICS, headingSlug } from '../src/domain/help';
import { TABS } from '../src/sidebar/tabs';
import { startTab } from '../src/sidebar/tabs/start';

const ROOT = join(__dirname, '..');
const GUIDE = readFileSync(join(ROOT, 'docs', 'brukerveiledning.md'), 'utf8');
const headings = [...GUIDE.matchAll(/^#{1,4}\s+(.+?)\s*$/gm)].map((m) => m[1]!);

test('the guide is titled as the issue asks and every help topic is one of its headings', () => {
  expect(headings[0]).toBe('Brukerveiledning for gruppeledere');
  for (const [topic, heading] of Object.entries(HELP_TOPICS)) expect([topic, headings.includes(heading)]).toEqual([topic, true]);
});

test('every sidebar tab (Kom i gang too) has a help topic', () => {
  for (const tab of [startTab, ...TABS]) expect([tab.id, tab.help in HELP_TOPICS]).toEqual([tab.id, true]);
});

test('headings have distinct anchors, and every link inside the guide points at one', () => {
  const slugs = headings.map(headingSlug);
  expect(new Set(slugs).size).toBe(slugs.length);
  const links = [...GUIDE.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect([l, slugs.includes(l)]).toEqual([l, true]);
});

test('every picture the guide names is made by the demo and committed', () => {
  const named = [...GUIDE.matchAll(/!\[[^\]]*\]\(img\/([^)]+)\)/g)].map((m) => m[1]!);
  expect(named.length).toBeGreaterThan(5);
  for (const n of named) {
    expect([n, n in GUIDE_IMAGES]).toEqual([n, true]);
    expect([n, existsSync(join(ROOT, GUIDE_IMG_DIR, n))]).toEqual([n, true]);
  }
});
