/**
 * The national mode's menu and its items. Only the national build (src/national.ts) shows it: the association's
 * menu (server/menu.ts) never names a national item, and this one never names an association item.
 */
import { ASSOCIATIONS_SHEET, ensureNationalSheets, NATIONAL_SHEETS } from '../../sheets/nationalSheets';
import { withDialog } from '../menuActions';
import type { Ports, UiPort } from '../ports';
import { addAssociation } from './associations';
import { refreshOverview } from './overview';
import { monthName } from '../../domain/report/month';

export const NATIONAL_MENU_ITEMS: ReadonlyArray<readonly [string, string] | null> = [
  ['Sett opp nasjonal oversikt', 'menuNationalSetup'],
  ['Legg til lokalforening (lag nøkkel)', 'menuAddAssociation'],
  null,
  ['Oppdater nasjonal oversikt', 'menuRefreshNational'],
];

export function buildNationalMenu(ui: UiPort): void {
  ui.addMenu(NATIONAL_MENU_ITEMS);
}

export function runNationalSetup(ports: Ports): void {
  withDialog(ports, 'Sett opp nasjonal oversikt', () => {
    ports.lock.withLock(() => ensureNationalSheets(ports.spreadsheet()));
    return `Arkene ${NATIONAL_SHEETS.join(', ')} finnes. Publiser skriptet som nettapp (Distribuer › Ny distribusjon › Nettapp, kjør som deg, tilgang: alle), `
      + 'og gi adressen til gruppelederne sammen med nøkkelen fra «Legg til lokalforening».';
  });
}

export function runAddAssociation(ports: Ports): void {
  withDialog(ports, 'Legg til lokalforening', () => {
    const name = ports.ui?.prompt('Legg til lokalforening', 'Navnet på lokalforeningen, slik det skal stå i oversikten:');
    if (name === null || name === undefined) return '';
    const a = addAssociation(ports, name);
    return `«${a.name}» står nå i ${ASSOCIATIONS_SHEET}. Nøkkelen vises bare denne ene gangen; gi den til gruppelederen, som skriver den i Innstillinger › «Nasjonal oversikt: nøkkel»:\n\n${a.key}`;
  });
}

export function runRefreshNational(ports: Ports): void {
  withDialog(ports, 'Oppdater nasjonal oversikt', () => {
    const s = refreshOverview(ports);
    const missing = s.missing.length === 0 ? 'Alle har rapportert.' : `Mangler: ${s.missing.join(', ')}.`;
    return `${monthName(s.lastMonth)}: ${s.reported} av ${s.registered} lokalforeninger har rapportert. ${missing}`;
  });
}
