/**
 * The entry point: exactly the functions Apps Script calls (menu items, simple triggers, sidebar RPC, time
 * triggers). The build turns each export into a top-level `function` in Code.js. Nothing else lives here.
 */
import { gasPorts, uiPort } from './gas/ports';
import { buildMenu } from './server/menu';
import { deleteSource } from './server/import/deleteSource';
import type { DeleteResultDto, ImportPreviewDto, ImportResultDto } from './server/import/dto';
import { previewImport } from './server/import/previewImport';
import { dialogCall } from './server/import/rpc';
import { runImport } from './server/import/runImport';
import { openImportDialog, runCheckData, runSetupSheets } from './server/menuActions';

/** Simple trigger: builds the menu only (runs in AuthMode NONE/LIMITED; must read nothing). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(uiPort());
}

/** Add-on install: the same menu right away, without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: «Sett opp / oppdater arkene». */
export function menuSetupSheets(): void {
  runSetupSheets(gasPorts({ withUi: true }));
}

/** Menu: «Kontroller data». */
export function menuCheckData(): void {
  runCheckData(gasPorts({ withUi: true }));
}

/** Menu: «Importer gammel logg» (opens the import dialog). */
export function menuImportLegacy(): void {
  openImportDialog(gasPorts({ withUi: true }));
}

/** Import dialog: tabs, detected tables, mapping and preview of a tab ({sheetName?, blocks?}). Reads only. */
export function importPreview(request: unknown): ImportPreviewDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'importPreview', () => previewImport(ports, request));
}

/** Import dialog: imports the tab with the chosen kinds and mappings. */
export function importRun(request: unknown): ImportResultDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'importRun', () => runImport(ports, request));
}

/** Import dialog: deletes an imported source tab, after the leader confirmed it in the dialog. */
export function importDeleteSource(sheetName: unknown): DeleteResultDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'importDeleteSource', () => deleteSource(ports, sheetName));
}
