/**
 * The entry point: exactly the functions Apps Script calls (simple triggers, menu items, the sidebar's and the
 * import dialog's google.script.run calls, the time-driven trigger). The build turns each export into a
 * top-level `function` in Code.js. Each one only builds the ports and hands over to a use case.
 */
import { gasPorts, uiPort } from './gas/ports';
import { deleteSource } from './server/import/deleteSource';
import type { DeleteResultDto, ImportPreviewDto, ImportRequest, ImportResultDto } from './server/import/dto';
import { previewImport } from './server/import/previewImport';
import { dialogCall } from './server/import/rpc';
import { runImport } from './server/import/runImport';
import type { HelpTopic } from './domain/help';
import { showHelp } from './server/help';
import { buildMenu } from './server/menu';
import type { AccessPageDto, ErasurePreviewDto, ErasureRequest, ErasureResultDto, PrivacyDialogData } from './server/personData/dto';
import { openPrivacyDialog, openPrivacyFromSidebar, privacyAccessFor, privacyEraseFor, privacyPreviewFor } from './server/personData/dialog';
import { openImportDialog, runCheckData, runSetupSheets, showImportDialog, withDialog } from './server/menuActions';
import { runDisableReminders, runEnableReminders, runRemindersNow } from './server/reminderMenu';
import { runMonthlyReport, runSendMonthlyReport } from './server/reportActions';
import { runPurgeOldData } from './server/retentionMenu';
import { runRemindersLogged } from './server/runReminders';
import { retryNationalLogged, runRetryNational } from './server/national/retry';
import { api, openPage, startSidebar, uiCall, type Result } from './server/sidebar/api';
import { rpc } from './server/sidebar/result';
import type * as D from './server/sidebar/dto';

const SIDEBAR_FILE = 'Sidebar';

// ---- Simple triggers ----

/** Simple trigger: builds the menu only (runs in AuthMode NONE/LIMITED; must read nothing). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(uiPort());
}

/** Add-on install: the same menu right away, without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// ---- Menu items ----

/** Menu: «Sett opp / oppdater arkene». */
export function menuSetupSheets(): void {
  runSetupSheets(gasPorts({ withUi: true }));
}

/** Menu: «Kontroller data». */
export function menuCheckData(): void {
  runCheckData(gasPorts({ withUi: true }));
}

/** Menu: «Åpne Ressursvenn» — the sidebar (300 px), which loads its first page with sidebarOpen. */
export function menuOpenSidebar(): void {
  uiPort().showSidebar(SIDEBAR_FILE, 'Ressursvenn');
}

// ---- Sidebar (google.script.run) ----
// Each returns a JSON-safe Result; the page's calls are type-checked against these.
const rpcPorts = () => gasPorts({ withUi: false });

export function sidebarOpen<P extends D.PageId>(page: P): Result<D.PageDataOf<P>> {
  return openPage(rpcPorts(), page);
}
export function sidebarSaveFollowUp(input: D.FollowUpInput) {
  return api.saveFollowUp(rpcPorts(), input);
}
export function sidebarRegisterVolunteer(input: D.VolunteerInput) {
  return api.registerVolunteer(rpcPorts(), input);
}
export function sidebarUpdateScreening(input: D.ScreeningInput) {
  return api.updateScreening(rpcPorts(), input);
}
export function sidebarQuitVolunteer(input: D.QuitInput) {
  return api.quitVolunteer(rpcPorts(), input);
}
export function sidebarRegisterParticipant(input: D.ParticipantInput) {
  return api.registerParticipant(rpcPorts(), input);
}
export function sidebarUpdateVolunteerMatching(input: D.VolunteerMatchingInput) {
  return api.updateVolunteerMatching(rpcPorts(), input);
}
export function sidebarUpdateParticipantMatching(input: D.ParticipantMatchingInput) {
  return api.updateParticipantMatching(rpcPorts(), input);
}
export function sidebarProposeMatch(input: D.ProposeInput) {
  return api.proposeMatch(rpcPorts(), input);
}
export function sidebarMatchAction(input: D.MatchActionInput) {
  return api.matchAction(rpcPorts(), input);
}
export function sidebarLogInquiry(input: D.InquiryInput) {
  return api.logInquiry(rpcPorts(), input);
}
export function sidebarRegisterCourse(input: D.CourseInput) {
  return api.registerCourse(rpcPorts(), input);
}
export function sidebarSaveSettings(input: D.SettingsInput) {
  return api.saveSettings(rpcPorts(), input);
}
export function sidebarGenerateReport(input: D.ReportInput) {
  return api.generateReport(rpcPorts(), input);
}
export function sidebarSendReport(input: D.SendReportInput) {
  return api.sendReport(rpcPorts(), input);
}
export function sidebarSaveReportText(input: D.ReportTextInput) {
  return api.saveReportText(rpcPorts(), input);
}
export function sidebarSetReminders(input: D.RemindersInput) {
  return api.setReminders(rpcPorts(), input);
}
/** «Skriv ut samarbeidsavtale»: opens a modal dialog, so this one call runs with the UI. */
export function sidebarPrintAgreement(input: D.AgreementInput) {
  return api.printAgreement(gasPorts({ withUi: true }), input);
}

// ---- Kom i gang and help (sidebar) ----

/** The sidebar's first call: Kom i gang's checklist, and the first tab's data once the checklist is done. */
export function sidebarStart(first: D.PageId): Result<D.SidebarStart> {
  return startSidebar(rpcPorts(), first);
}
/** Kom i gang: «Sett opp arkene» from the sidebar (the menu item's use case, with its locale question: UI). */
export function sidebarSetupSheets() {
  return api.setupSheets(gasPorts({ withUi: true }), {});
}
/** Kom i gang: skip an optional step (the import, reminders), or take the skip back. */
export function sidebarSkipStartStep(input: D.SkipStepInput) {
  return api.skipStartStep(rpcPorts(), input);
}
/** Kom i gang: the import dialog, opened from the sidebar. */
export function sidebarOpenImport(): Result<{ message: string }> {
  return uiCall(gasPorts({ withUi: true }), 'sidebarOpenImport', showImportDialog);
}
/** A tab's «?»: the user guide in a dialog, at the tab's section. */
export function sidebarShowHelp(topic: HelpTopic): Result<{ message: string }> {
  return uiCall(gasPorts({ withUi: true }), 'sidebarShowHelp', (ports) => showHelp(ports, topic));
}

// ---- More menu items: report, reminders, retention, import ----

/** Menu: «Lag månedsrapport» (asks for the month; blank = the previous one). */
export function menuMonthlyReport(): void {
  runMonthlyReport(gasPorts({ withUi: true }));
}

/** Menu: «Send månedsrapport til nasjonal prosjektleder» (asks for the month, then for confirmation). */
export function menuSendMonthlyReport(): void {
  runSendMonthlyReport(gasPorts({ withUi: true }));
}

/** Menu: «Slå på påminnelser» (one daily trigger; idempotent). */
export function menuEnableReminders(): void {
  runEnableReminders(gasPorts({ withUi: true }));
}

/** Menu: «Slå av påminnelser». */
export function menuDisableReminders(): void {
  runDisableReminders(gasPorts({ withUi: true }));
}

/** Menu: «Send påminnelser nå» (the daily run on demand; the ledger keeps it from repeating itself). */
export function menuRunReminders(): void {
  runRemindersNow(gasPorts({ withUi: true }));
}

/** Menu: «Slett gamle personopplysninger» (counts, confirmation with the version-history note, then the purge). */
export function menuPurgeOldData(): void {
  runPurgeOldData(gasPorts({ withUi: true }));
}

/** Menu: «Send til nasjonal oversikt på nytt» (the months whose delivery was lost or refused). */
export function menuRetryNational(): void {
  runRetryNational(gasPorts({ withUi: true }));
}

/** Menu: «Hjelp» (the user guide in a dialog, from the top). */
export function menuHelp(): void {
  const ports = gasPorts({ withUi: true });
  withDialog(ports, 'Hjelp', () => showHelp(ports, 'guide'));
}

/** Menu: «Importer gammel logg» (opens the import dialog). */
export function menuImportLegacy(): void {
  openImportDialog(gasPorts({ withUi: true }));
}

// ---- Time-driven trigger ----

/** Time-driven trigger installed by «Slå på påminnelser». */
export function runDailyReminders(e?: { triggerUid?: string }): void {
  const ports = gasPorts({ withUi: false, triggerUid: e?.triggerUid });
  runRemindersLogged(ports);
  retryNationalLogged(ports); // a national delivery that was lost or refused is tried again once a day
}

// ---- Import dialog (google.script.run) ----

/** Import dialog: tabs, detected tables, mapping and preview of a tab ({sheetName?, blocks?}). Reads only. Typed for the page; validated here. */
export function importPreview(request: ImportRequest): ImportPreviewDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'importPreview', () => previewImport(ports, request));
}

/** Import dialog: imports the tab with the chosen kinds and mappings. */
export function importRun(request: ImportRequest): ImportResultDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'importRun', () => runImport(ports, request));
}

/** Import dialog: deletes an imported source tab, after the leader confirmed it in the dialog. */
export function importDeleteSource(sheetName: string): DeleteResultDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'importDeleteSource', () => deleteSource(ports, sheetName));
}

// ---- Personvern: innsyn eller sletting (menu, sidebar button, dialog) ----

/** Menu: «Personvern: innsyn eller sletting» (the dialog; the leader types the ID there). */
export function menuPrivacy(): void {
  openPrivacyDialog(gasPorts({ withUi: true }), null);
}

/** Sidebar (volunteer and participant tabs): the same dialog for the person chosen there. */
export function sidebarOpenPrivacy(input: PrivacyDialogData): Result<{ message: string }> {
  const ports = gasPorts({ withUi: true });
  return rpc(ports, 'sidebarOpenPrivacy', () => openPrivacyFromSidebar(ports, input));
}

/** Privacy dialog: the access page for one person ({personId}). Reads only. */
export function privacyAccess(request: PrivacyDialogData): AccessPageDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'privacyAccess', () => privacyAccessFor(ports, request));
}

/** Privacy dialog: what an erasure would blank and keep, or why it is refused. Reads only. */
export function privacyPreviewErasure(request: PrivacyDialogData): ErasurePreviewDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'privacyPreviewErasure', () => privacyPreviewFor(ports, request));
}

/** Privacy dialog: erases one person after the leader confirmed ({personId, confirm: true}). */
export function privacyErase(request: ErasureRequest): ErasureResultDto {
  const ports = gasPorts({ withUi: false });
  return dialogCall(ports, 'privacyErase', () => privacyEraseFor(ports, request));
}
