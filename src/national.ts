/**
 * The national mode's entry point: the same add-on's code, built separately (dist-national/) for the national
 * project leader's spreadsheet, so neither spreadsheet ever shows the other's sheets, menu or settings. It exports
 * the national menu, its items, and doPost — the web app that associations deliver their months to.
 */
import { gasPorts, jsonOutput, uiPort } from './gas/ports';
import { buildNationalMenu, runAddAssociation, runNationalSetup, runRefreshNational } from './server/national/menu';
import { receiveDelivery } from './server/national/receive';

/** Simple trigger: builds the national menu only (reads nothing). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildNationalMenu(uiPort());
}

/** Menu: «Sett opp nasjonal oversikt». */
export function menuNationalSetup(): void {
  runNationalSetup(gasPorts({ withUi: true }));
}

/** Menu: «Legg til lokalforening (lag nøkkel)». */
export function menuAddAssociation(): void {
  runAddAssociation(gasPorts({ withUi: true }));
}

/** Menu: «Oppdater nasjonal oversikt» (who is missing changes as the months pass). */
export function menuRefreshNational(): void {
  runRefreshNational(gasPorts({ withUi: true }));
}

/** Web app: an association's month, as JSON; answers JSON { ok, message, … }. */
export function doPost(e?: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  const ports = gasPorts({ withUi: false });
  try {
    return jsonOutput(JSON.stringify(receiveDelivery(ports, e?.postData?.contents ?? '')));
  } catch (err) {
    ports.log(`doPost: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return jsonOutput(JSON.stringify({ ok: false, message: 'Den nasjonale oversikten kunne ikke ta imot leveransen nå. Prøv igjen senere.' }));
  }
}
