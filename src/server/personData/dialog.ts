/**
 * The «Personvern: innsyn eller sletting» dialog: opened from the menu (the leader types the ID) or from the
 * sidebar's volunteer and participant tabs (the person chosen there). Its calls are validated here.
 */
import * as z from 'zod/mini';
import '../../domain/zod';
import { personKind } from '../../domain/personData/footprint';
import { parseRequest } from '../import/rpc';
import type { Ports } from '../ports';
import { Refusal, type Ok } from '../sidebar/result';
import { accessPage } from './access';
import type { AccessPageDto, ErasurePreviewDto, ErasureResultDto, PrivacyDialogData } from './dto';
import { erasePerson, previewErasure } from './erasure';

export const PRIVACY_FILE = 'Privacy';
export const PRIVACY_TITLE = 'Personvern: innsyn eller sletting';
const WIDTH = 820;
const HEIGHT = 680;

const personId = z.string().check(z.trim(), z.toUpperCase(), z.refine((s) => personKind(s) !== null, 'Må være en frivillig-ID (F-001) eller en deltaker-ID (D-001).'));
const PersonRequest = z.object({ personId });
const EraseRequest = z.object({ personId, confirm: z.literal(true, { error: 'Slettingen må bekreftes.' }) });

export function openPrivacyDialog(ports: Ports, data: PrivacyDialogData | null): void {
  ports.ui?.showDialog(PRIVACY_FILE, PRIVACY_TITLE, WIDTH, HEIGHT, data ?? undefined);
}

/** The sidebar's button: the dialog for the person chosen in the form. */
export function openPrivacyFromSidebar(ports: Ports, input: unknown): Ok<{ message: string }> {
  const r = PersonRequest.safeParse(input ?? {});
  if (!r.success) throw new Refusal('Velg en person først.', { personId: r.error.issues[0]?.message ?? 'Ugyldig ID.' });
  openPrivacyDialog(ports, { personId: r.data.personId });
  return { ok: true, message: `Personvern for ${r.data.personId} er åpnet i et eget vindu.` };
}

export function privacyAccessFor(ports: Ports, request: unknown): AccessPageDto {
  return accessPage(ports, parseRequest(PersonRequest, request).personId);
}

export function privacyPreviewFor(ports: Ports, request: unknown): ErasurePreviewDto {
  return previewErasure(ports, parseRequest(PersonRequest, request).personId);
}

export function privacyEraseFor(ports: Ports, request: unknown): ErasureResultDto {
  return erasePerson(ports, parseRequest(EraseRequest, request).personId);
}
