/**
 * The failures Google itself reports (authorisation, several signed-in accounts, a service that failed, a
 * timeout, a quota, a lost connection), told in Norwegian with what to do. Apps Script gives these no codes, only
 * English text, so they are recognised by the wording seen in real reports (docs/architecture.md lists them).
 * Used by the server for what it catches and by the sidebar and import dialog for what never reached our code.
 */

export type GoogleErrorKind = 'auth' | 'accounts' | 'quota' | 'timeout' | 'service' | 'network';

export const GOOGLE_ERROR_TEXT: Record<GoogleErrorKind, string> = {
  auth: 'Google må få lov til å kjøre Ressursvenn. Velg et punkt under Utvidelser → Ressursvenn i menyen, svar ja når Google spør, og prøv igjen.',
  accounts: 'Du er logget inn med flere Google-kontoer, og Google blander dem. Logg ut av de andre kontoene, eller åpne regnearket i et privat vindu med bare denne kontoen.',
  quota: 'Google har nådd grensen for hva Ressursvenn kan gjøre i dag (for eksempel antall e-poster). Prøv igjen i morgen.',
  timeout: 'Google svarte ikke i tide. Vent et minutt og prøv igjen, men se først i arket om noe ble lagret.',
  service: 'Google hadde en feil. Vent et minutt og prøv igjen, men se først i arket om noe ble lagret.',
  network: 'Mistet forbindelsen til Google. Sjekk internettforbindelsen og prøv igjen.',
};

/** Most specific first: a multi-account failure says PERMISSION_DENIED inside a «server error» sentence. */
const PATTERNS: ReadonlyArray<readonly [GoogleErrorKind, RegExp]> = [
  ['accounts', /PERMISSION_DENIED|multiple accounts|flere kontoer/i],
  ['auth', /authori[sz]ation is required|required permissions|do not have permission to call|autorisasjon/i],
  ['quota', /too many times|quota|limit exceeded|rate limit/i],
  ['timeout', /exceeded maximum execution time|timed? ?out|deadline exceeded|maksimal kjøretid/i],
  ['network', /NetworkError|connection failure|failed to fetch|network error/i],
  ['service', /service .*(failed|error|unavailable)|server error|internal error|temporarily unavailable|try again later|backend error/i],
];

export function googleErrorKind(message: string): GoogleErrorKind | null {
  for (const [kind, re] of PATTERNS) if (re.test(message)) return kind;
  return null;
}

/** «Exception: …», «ScriptError: …», «Error: …»: the prefixes Google puts before a message. */
export function stripErrorPrefix(message: string): string {
  return message.replace(/^(?:(?:Script|Type|Reference|Range)?Error|Exception|Unntak|Feil)\s*:\s*/i, '').trim();
}

/** Our own Norwegian messages pass; Google's known failures are told in Norwegian; anything else is not shown. */
export function userFacingError(message: string, fallback: string): string {
  const kind = googleErrorKind(message);
  if (kind) return GOOGLE_ERROR_TEXT[kind];
  const text = stripErrorPrefix(message);
  return looksEnglish(text) ? fallback : text;
}

/** A message we did not write: plain ASCII with English function words (ours are Norwegian sentences). */
export function looksEnglish(text: string): boolean {
  return text === '' || (!/[æøåÆØÅ«»]/.test(text) && /\b(the|is|was|not|cannot|failed|error|exception|undefined|null|of|to|at)\b/i.test(text));
}
