/**
 * Demo step: «Åpne Ressursvenn» opens on «I dag» (screenshot); its line for K-002's overdue follow-up opens the
 * follow-up form filled in, one follow-up is logged (screenshot), and «I dag» is shown again without it.
 */
import { join } from 'node:path';
import { openSidebar } from '../../test/support/browser';
import { bundleRpc } from '../../test/support/sidebar';
import type { DemoStep } from './context';

export const sidebarFollowUp: DemoStep = {
  title: 'Sidebar: «I dag», then log a follow-up from it (headless Chromium)',
  async run(ctx) {
    const { h } = ctx;
    h.call('menuOpenSidebar');
    console.log(`Åpne Ressursvenn → sidebar «${String((h.emu.ui.sidebars.at(-1) as unknown as Record<string, unknown>).title ?? 'Ressursvenn')}» from dist/Sidebar.html`);
    const b = await openSidebar(bundleRpc(h), { height: 1400 });
    try {
      const p = b.page;
      // The old log and reminders come later in the demo, so Kom i gang still has steps left: it opens there.
      await p.getByRole('heading', { name: 'Kom i gang' }).waitFor();
      console.log(`Kom i gang: ${await p.locator('#panel > p').first().textContent()}`);
      await p.getByRole('tab', { name: 'I dag' }).click();
      await p.getByRole('heading', { name: /^I dag/ }).waitFor();
      const today = join(ctx.outDir, 'sidebar-i-dag.png');
      await p.screenshot({ path: today, fullPage: true });
      ctx.files.push([today, '«I dag», the first tab: counts, then what is due by the reminder rules (300 px, headless Chromium)']);
      console.log(`I dag: ${(await p.locator('h3').allTextContents()).join(' · ')}`);
      await p.getByRole('button', { name: 'Logg oppfølging (K-002)' }).click();
      await p.getByRole('button', { name: 'Lagre oppfølging' }).waitFor();
      console.log(`  «Logg oppfølging (K-002)» → Oppfølging with ${await p.getByLabel(/^Kobling eller frivillig/).inputValue()} chosen`);
      await p.getByLabel('Hvordan går det').selectOption('Greit');
      await p.getByLabel('Møter siden sist').fill('2');
      await p.getByLabel('Aktiviteter').fill('kafé');
      await p.getByLabel('Merknad').fill('Trygghet ved hjemmebesøk følges opp; de møtes ute inntil videre.');
      await p.getByRole('button', { name: 'Lagre oppfølging' }).click();
      const status = await p.getByRole('status').filter({ hasText: 'er lagret' }).textContent();
      console.log(`Lagre oppfølging → ${status}`);
      const last = h.emu.sheetDisplayValues('Kontaktlogg').at(-1)!;
      console.log(`  Kontaktlogg, last row: ${last.filter((c) => c !== '').join(' | ')}`);
      const file = join(ctx.outDir, 'sidebar-oppfolging.png');
      await p.screenshot({ path: file, fullPage: true });
      ctx.files.push([file, 'the sidebar after logging a follow-up (300 px, headless Chromium)']);
      await p.getByRole('button', { name: '← Tilbake til I dag' }).click();
      await p.getByRole('heading', { name: /^I dag/ }).waitFor();
      console.log(`  back on I dag: ${(await p.locator('h3').allTextContents()).join(' · ')}`);
      console.log(`  RPC calls: ${b.calls.map((c) => c[0]).join(', ')}`);
    } finally {
      await b.close();
    }
  },
};
