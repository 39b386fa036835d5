/**
 * Demo step: «Slett gamle personopplysninger» two years on (the clock moved to January 2029): the counts and the
 * version-history note the leader confirms, what was blanked, the Kjørelogg row, and a second run with nothing left.
 */
import type { DemoStep } from './context';

export const retention: DemoStep = {
  title: 'Retention: purge notes and contact details of matches ended more than 24 months ago',
  run(ctx) {
    const { h } = ctx;
    const now = h.emu.clock.now();
    h.emu.clock.set(new Date('2029-01-15T08:00:00Z'));
    try {
      h.emu.ui.answerNext('YES');
      h.call('menuPurgeOldData');
      const [ask, done] = h.emu.ui.alerts.slice(-2);
      console.log(`Clock moved to 2029-01-15. The confirmation asked:\n  ${ask!.prompt.split('\n').filter((l) => l.startsWith('•') || l.startsWith('Lagringstiden')).join('\n  ')}`);
      console.log(`  (and: ${ask!.prompt.split('\n').find((l) => l.startsWith('Merk:'))!.slice(0, 110)}…)`);
      console.log(`Answer «Ja» → ${done!.prompt.split('\n').filter((l) => l.startsWith('•')).join('; ')}`);
      console.log(`Kjørelogg: ${String(h.emu.sheetValues('Kjørelogg').at(-1)![4])}`);
      h.call('menuPurgeOldData');
      console.log(`Second run → ${h.emu.ui.alerts.at(-1)!.prompt}`);
    } finally {
      h.emu.clock.set(now);
    }
  },
};
