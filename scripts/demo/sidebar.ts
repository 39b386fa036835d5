/** Demo step: «Åpne Ressursvenn», then one follow-up logged through the sidebar in headless Chromium, with a screenshot. */
import { join } from 'node:path';
import { openSidebar } from '../../test/support/browser';
import { bundleRpc } from '../../test/support/sidebar';
import type { DemoStep } from './context';

export const sidebarFollowUp: DemoStep = {
  title: 'Sidebar: log a follow-up (headless Chromium)',
  async run(ctx) {
    const { h } = ctx;
    h.call('menuOpenSidebar');
    console.log(`Åpne Ressursvenn → sidebar «${String((h.emu.ui.sidebars.at(-1) as unknown as Record<string, unknown>).title ?? 'Ressursvenn')}» from dist/Sidebar.html`);
    const b = await openSidebar(bundleRpc(h), { height: 1400 });
    try {
      const p = b.page;
      await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-002');
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
      console.log(`  RPC calls: ${b.calls.map((c) => c[0]).join(', ')}`);
    } finally {
      await b.close();
    }
  },
};
