/**
 * «Legg til lokalforening»: the national project leader names an association and gets its key once, to give to
 * the group leader (Innstillinger › «Nasjonal oversikt: nøkkel»). Only the key's SHA-256 is stored: someone who
 * can read the national spreadsheet cannot deliver as that association.
 */
import { todayIn } from '../../sheets/cellDates';
import { appendAssociation, ensureNationalSheets, readAssociations } from '../../sheets/nationalSheets';
import { UserError } from '../errors';
import type { Ports } from '../ports';

export function addAssociation(ports: Ports, rawName: string): { name: string; key: string } {
  const name = rawName.trim();
  if (name.length < 2 || name.length > 100) throw new UserError('Navnet på lokalforeningen må ha 2–100 tegn.');
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    ensureNationalSheets(ss);
    if (readAssociations(ss).some((a) => a.name.toLowerCase() === name.toLowerCase())) throw new UserError(`«${name}» står allerede i Foreninger. Slett raden der for å lage en ny nøkkel.`);
    const key = ports.crypto.newKey();
    appendAssociation(ss, { name, keyHash: ports.crypto.sha256Hex(key), added: todayIn(ports.clock.now(), ss.getSpreadsheetTimeZone()) });
    return { name, key };
  });
}
