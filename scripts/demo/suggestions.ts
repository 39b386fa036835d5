/**
 * Demo step: a suggestion round (D-008 has the demo's hand-typed K-009, so D-009 and D-010 wait). Two new referrals
 * and a newly approved volunteer are typed in; the Kobling tab's
 * «Foreslå kobling» shows the group's best set next to each participant's own list, with every term and
 * exclusion (screenshot); «Velg» fills the propose form (screenshot). Nothing is proposed: the leader decides.
 */
import { join } from 'node:path';
import { openSidebar } from '../../test/support/browser';
import { typeSuggestionRound } from '../../test/support/sampleAssociation';
import { bundleRpc } from '../../test/support/sidebar';
import type { DemoStep } from './context';

export const suggestionRound: DemoStep = {
  title: 'Sidebar: «Foreslå kobling», a suggestion round (headless Chromium)',
  async run(ctx) {
    const { h } = ctx;
    typeSuggestionRound(h.emu);
    console.log('Typed in: referrals D-009 and D-010, volunteer F-017 approved. Waiting without an open match: D-009, D-010.');
    const b = await openSidebar(bundleRpc(h), { height: 1400 });
    try {
      const p = b.page;
      // The sidebar opens on Kom i gang while the demo's old log and reminders are still to come; the tabs are there.
      await p.getByRole('heading', { name: 'Kom i gang' }).waitFor();
      await p.getByRole('tab', { name: 'Kobling' }).click();
      await p.locator('#suggestions > summary').click();
      const d10 = p.locator('details.participant-suggestions', { hasText: 'D-010' });
      await d10.locator('summary').click();
      for (const li of await p.getByRole('list', { name: 'Best for hele gruppen' }).locator('li').all()) {
        console.log(`  best for the group: ${(await li.locator('p').allTextContents()).join(' — ')}`);
      }
      console.log(`  D-010's own list: ${(await d10.locator('ol > li > p:first-child').allTextContents()).join(' | ')}; ruled out for her: ${(await d10.locator('ul > li').allTextContents()).join(' | ')}`);
      const view = join(ctx.outDir, 'sidebar-foresla-kobling.png');
      await p.locator('#suggestions').screenshot({ path: view });
      ctx.files.push([view, '«Foreslå kobling»: the group\'s best set, D-010\'s own list with the volunteers ruled out for her, and why (300 px)']);
      await p.getByRole('button', { name: 'Velg D-009 + F-017' }).first().click();
      const form = join(ctx.outDir, 'sidebar-foresla-kobling-valgt.png');
      await p.locator('#propose').screenshot({ path: form });
      ctx.files.push([form, '«Velg» on D-009 + F-017 fills the propose form; nothing is saved until the leader proposes it']);
      console.log(`  «Velg D-009 + F-017» → propose form: ${await p.getByLabel(/^Frivillig \(klar for kobling\)/).inputValue()} + ${await p.getByLabel(/^Deltaker \(venter\)/).inputValue()}; RPC calls: ${b.calls.map((c) => c[0]).join(', ')}`);
    } finally {
      await b.close();
    }
  },
};
