import { guardText } from '../../src/sheets/guard';

describe('formula-injection guard', () => {
  test.each([
    ['=IMPORTXML("http://x","//a")', `'=IMPORTXML("http://x","//a")`],
    ['+47 912 34 567', `'+47 912 34 567`],
    ['-1', `'-1`],
    ['@kari', `'@kari`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1', `'\r=1`],
    ['Vanlig tekst = ok', 'Vanlig tekst = ok'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(guardText(input)).toBe(expected);
  });
});

describe('guard in plain-text cells', () => {
  test('text is left exactly as typed: the plain-text format is what makes it inert', () => {
    expect(guardText('=IMPORTXML("http://x","//a")', 'plainText')).toBe('=IMPORTXML("http://x","//a")');
    expect(guardText("'sitat", 'plainText')).toBe("'sitat");
  });
});

