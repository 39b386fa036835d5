/**
 * The menu item «Slett gamle personopplysninger»: the counts first, the leader confirms, then the purge. Both
 * dialogs say that Google's version history still holds the old values, and what to do about it.
 */
import { withDialog } from './menuActions';
import type { Ports } from './ports';
import { describeCounts, previewRetention, runRetention } from './retention';

const TITLE = 'Slett gamle personopplysninger';

export const VERSION_HISTORY_NOTE =
  'Merk: Googles versjonslogg tar fortsatt vare på de gamle verdiene, og alle som kan redigere filen, kan se dem under '
  + 'Fil → Versjonslogg → Se versjonslogg. Versjonsloggen til et Google-regneark kan ikke slettes bit for bit. '
  + 'Vil dere bli kvitt den: lag en kopi etter slettingen (Fil → Lag en kopi; kopien har ingen versjonslogg), '
  + 'del kopien med gruppelederne, slå på påminnelser i kopien, og slett originalen og tøm papirkurven.';

export function runPurgeOldData(ports: Ports): void {
  withDialog(ports, TITLE, () => {
    const preview = previewRetention(ports);
    const rule = `Lagringstiden er ${preview.retentionMonths} måneder etter avslutning (Innstillinger).`;
    if (preview.total === 0) return `Ingenting å slette. ${rule}`;
    const question = [
      rule,
      'Dette slettes (datoer, statuser, tall og bekymringsflagg blir stående, så statistikken endres ikke):',
      ...describeCounts(preview.counts).map((l) => `• ${l}`),
      '',
      VERSION_HISTORY_NOTE,
      '',
      'Slette nå? Det kan ikke angres i arket.',
    ].join('\n');
    if (!ports.ui?.confirm(TITLE, question)) return '';
    const done = runRetention(ports);
    const lines = describeCounts(done.counts);
    return [
      lines.length > 0 ? `Slettet:\n${lines.map((l) => `• ${l}`).join('\n')}` : 'Ingenting ble slettet (noen andre slettet det samme i mellomtiden).',
      'Antallene står i arket Kjørelogg.',
      '',
      VERSION_HISTORY_NOTE,
    ].join('\n');
  });
}
