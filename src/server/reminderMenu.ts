/** The reminder menu items: switch on, switch off, run now; each answers in a dialog. */
import { withDialog } from './menuActions';
import type { Ports } from './ports';
import { disableReminders, enableReminders, ownerText } from './reminderSwitch';
import { runReminders } from './runReminders';

export function runEnableReminders(ports: Ports): void {
  withDialog(ports, 'Påminnelser', () => {
    const s = enableReminders(ports);
    return `Påminnelser er slått på. De sendes hver dag kl. ${String(s.hour).padStart(2, '0')} (${s.timeZone}) til ${s.recipients.join(', ')}, bare når noe er nytt. ${ownerText(s)} `
      + 'Hver kjøring står i arket Kjørelogg, og kolonnen «Neste frist» i Koblinger oppdateres. Mottakerne leses fra Innstillinger ved hver kjøring; '
      + 'endrer du timen i sidepanelet, flyttes påminnelsen dit. Bare den som slo dem på, kan slå dem av.';
  });
}

export function runDisableReminders(ports: Ports): void {
  withDialog(ports, 'Påminnelser', () => {
    disableReminders(ports);
    return 'Påminnelser er slått av. Ingen e-post sendes før du slår dem på igjen.';
  });
}

export function runRemindersNow(ports: Ports): void {
  withDialog(ports, 'Send påminnelser nå', () => runReminders(ports).message);
}
