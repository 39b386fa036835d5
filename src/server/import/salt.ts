/**
 * The salt of Importlogg's participant fingerprints: random per spreadsheet, kept in document properties (which a
 * copy of the file keeps and a downloaded or exported copy does not), so Importlogg alone does not let anyone
 * confirm a guessed name. Fingerprints made before it existed were salted with the spreadsheet's id: they are
 * still recognised, and new ones are made with the random salt only.
 */
import type { Ports } from '../ports';

export const IMPORT_SALT_KEY = 'ressursvenn.import.salt';

export interface ImportSalts { salt: string; earlierSalts: string[] }

/**
 * `create`: the import itself, under its lock, makes the salt the first time. A preview only reads: until an
 * import has made it no fingerprint uses it, so the id stands in.
 */
export function importSalts(ports: Ports, spreadsheetId: string, create: boolean): ImportSalts {
  let salt = ports.properties.get(IMPORT_SALT_KEY);
  if (!salt && create) {
    salt = ports.uuid();
    ports.properties.set(IMPORT_SALT_KEY, salt);
  }
  return { salt: salt || spreadsheetId, earlierSalts: [spreadsheetId] };
}
