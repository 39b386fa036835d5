/** Google's own failures, as the wording real users met them, each told in Norwegian with what to do. */
import { GOOGLE_ERROR_TEXT, googleErrorKind, looksEnglish, stripErrorPrefix, userFacingError } from '../../src/domain/googleErrors';
import { UNKNOWN_ERROR, unexpectedErrorMessage } from '../../src/server/errors';

// Messages as reported from real add-ons (sidebar failure handlers and server exceptions).
test.each([
  ['ScriptError: Authorization is required to perform that action.', 'auth'],
  ["ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.", 'accounts'],
  ['Exception: Service invoked too many times for one day: email.', 'quota'],
  ['Exceeded maximum execution time', 'timeout'],
  ['Exception: Service Spreadsheets failed while accessing document with id 1abc.', 'service'],
  ["We're sorry, a server error occurred. Please wait a bit and try again.", 'service'],
  ['NetworkError: Connection failure due to HTTP 0', 'network'],
  ['Ugyldig forespørsel: sheetName: Må fylles ut.', null],
] as const)('%s → %s', (message, kind) => {
  expect(googleErrorKind(message)).toBe(kind);
});

test('every kind says what to do, in Norwegian, without Google\'s English words', () => {
  for (const text of Object.values(GOOGLE_ERROR_TEXT)) {
    expect(looksEnglish(text)).toBe(false);
    expect(text).toMatch(/prøv igjen|Logg ut|Velg/i);
  }
});

test.each([
  ['Error: Arket «Koblinger» finnes ikke.', 'Arket «Koblinger» finnes ikke.'],
  ['Exception: Ugyldig forespørsel', 'Ugyldig forespørsel'],
  ['ScriptError: Authorization is required to perform that action.', GOOGLE_ERROR_TEXT.auth],
  ['TypeError: Cannot read properties of undefined (reading "x")', 'FALLBACK'],
  ['', 'FALLBACK'],
])('userFacingError(%j)', (message, expected) => {
  expect(userFacingError(message, 'FALLBACK')).toBe(expected);
});

test('the prefixes Google puts before a message are removed', () => {
  expect(stripErrorPrefix('Exception: x')).toBe('x');
  expect(stripErrorPrefix('ScriptError: x')).toBe('x');
  expect(stripErrorPrefix('Koblinger: x')).toBe('Koblinger: x');
});

test('the server never passes an unknown English message on; a known Google failure is told in Norwegian', () => {
  expect(unexpectedErrorMessage(new TypeError('Cannot read properties of undefined'))).toBe(UNKNOWN_ERROR);
  expect(unexpectedErrorMessage(new Error('Exception: Service invoked too many times for one day: email.'))).toBe(GOOGLE_ERROR_TEXT.quota);
});
