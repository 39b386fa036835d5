/**
 * A new Google spreadsheet starts with one empty tab («Ark1», «Sheet1» in English). When the first setup has
 * made the add-on's sheets, that tab is removed so the add-on's sheets come first. Only a tab with the default
 * name, nothing in it, and not one of the add-on's own, is touched: a tab the leader typed into stays.
 */
import type { Spreadsheet } from '../sheets/workbook';
import { isOwnSheet } from './import/source';

const DEFAULT_FIRST_TAB = /^(Ark|Sheet)\s?1$/i;

/** Removes the untouched default tab; returns its name, or null when there was none to remove. */
export function removeBlankDefaultTab(ss: Spreadsheet): string | null {
  const sheets = ss.getSheets();
  const blank = sheets.find((s) => DEFAULT_FIRST_TAB.test(s.getName()) && !isOwnSheet(s.getName()) && s.getLastRow() === 0 && s.getLastColumn() === 0);
  if (!blank || sheets.length < 2) return null;
  const name = blank.getName();
  ss.deleteSheet(blank);
  return name;
}
