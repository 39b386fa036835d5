/**
 * The add-on menu. onOpen may run without authorisation (AuthMode NONE/LIMITED), so it reads nothing and only
 * builds the menu; every item names a top-level function exported from main.ts.
 */
import type { UiPort } from './ports';

export const MENU_ITEMS: ReadonlyArray<readonly [string, string] | null> = [
  ['Åpne Ressursvenn', 'menuOpenSidebar'],
  ['Sett opp / oppdater arkene', 'menuSetupSheets'],
  ['Kontroller data', 'menuCheckData'],
  ['Importer gammel logg', 'menuImportLegacy'],
  null,
  ['Lag månedsrapport', 'menuMonthlyReport'],
  ['Send månedsrapport til nasjonal prosjektleder', 'menuSendMonthlyReport'],
  ['Send til nasjonal oversikt på nytt', 'menuRetryNational'],
  null,
  ['Slå på påminnelser', 'menuEnableReminders'],
  ['Slå av påminnelser', 'menuDisableReminders'],
  ['Send påminnelser nå', 'menuRunReminders'],
  null,
  ['Slett gamle personopplysninger', 'menuPurgeOldData'],
  ['Personvern: innsyn eller sletting', 'menuPrivacy'],
  null,
  ['Hjelp', 'menuHelp'],
];

export function buildMenu(ui: UiPort): void {
  ui.addMenu(MENU_ITEMS);
}
