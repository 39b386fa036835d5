/** Blobs, chart images, mail attachments and UrlFetchApp/ContentService: strict where Google is. */
import { createEmulator } from './index';
import { pdfText, PNG_SIGNATURE, renamed } from './blob';

describe('blobs', () => {
  const emu = createEmulator();
  const U = emu.globals.Utilities;

  test.each([
    ['Rapport.2026-10', 'application/pdf', 'Rapport.pdf'],
    ['rapport', 'application/pdf', 'rapport.pdf'],
    ['graf.png', 'image/jpeg', 'graf.jpg'],
  ])('getAs renames %s to %s → %s', (name, type, out) => {
    expect(renamed(name, type)).toBe(out);
  });

  test('HTML converts to a PDF holding its text; other conversions throw', () => {
    const pdf = U.newBlob('<h1>Månedsrapport – oktober</h1><p>A &amp; B</p>', 'text/html', 'r.html').getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('r.pdf');
    expect(Buffer.from(pdf.getBytes()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(Buffer.from(pdf.getBytes()))).toEqual(['Månedsrapport – oktober', 'A & B']);
    expect(() => U.newBlob('a,b', 'text/csv', 'x.csv').getAs('image/png')).toThrow('Converting from text/csv to image/png is not supported.');
    expect(() => U.newBlob(5 as never)).toThrow("don't match the method signature");
  });

  test("a chart's image is a PNG drawn from its data as it is now", () => {
    const sh = emu.globals.SpreadsheetApp.getActiveSpreadsheet()!.getActiveSheet();
    sh.getRange(1, 1, 3, 2).setValues([['Måned', 'Aktive'], ['jan', 2], ['feb', 5]]);
    sh.insertChart(sh.newChart().asColumnChart().addRange(sh.getRange(1, 1, 3, 2)).setNumHeaders(1).setPosition(1, 4, 0, 0).setOption('title', 'Aktive').build());
    const chart = sh.getCharts()[0]!;
    const a = Buffer.from(chart.getAs('image/png').getBytes());
    expect(a.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    sh.getRange(3, 2).setValue(1);
    expect(Buffer.from(chart.getBlob().getBytes()).equals(a)).toBe(false);
    expect(() => chart.getAs('text/csv')).toThrow('is not supported');
  });
});

describe('mail attachments', () => {
  test('attachments and inline images are recorded; a non-blob is refused', () => {
    const emu = createEmulator();
    const blob = emu.globals.Utilities.newBlob('a,b\r\n', 'text/csv', 'x.csv');
    emu.globals.MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', attachments: [blob], inlineImages: { chart: blob } });
    expect(emu.mail.sent[0]!.attachments.map((x) => [x.name, x.contentType, x.bytes.toString()])).toEqual([['x.csv', 'text/csv', 'a,b\r\n']]);
    expect(Object.keys(emu.mail.sent[0]!.inlineImages)).toEqual(['chart']);
    expect(() => emu.globals.MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', attachments: ['x'] })).toThrow("don't match the method signature");
  });
});

describe('UrlFetchApp to a web app', () => {
  const url = 'https://script.google.com/macros/s/EXAMPLE/exec';
  test('routes a POST, follows the redirect, throws on an error code unless muted, and needs its scope', () => {
    const emu = createEmulator();
    emu.web.route(url, (req) => ({ code: 200, body: `got ${req.body}`, mimeType: 'application/json' }));
    const F = emu.globals.UrlFetchApp;
    expect(F.fetch(url, { method: 'post', payload: '{"a":1}', contentType: 'application/json' }).getContentText()).toBe('got {"a":1}');
    expect(F.fetch(url, { method: 'post', payload: 'x', followRedirects: false }).getResponseCode()).toBe(302);
    emu.web.failOn(1, { status: 500, body: 'oops' });
    expect(() => F.fetch(url, { method: 'post', payload: 'x' })).toThrow('Request failed for script.google.com returned code 500');
    emu.web.failOn(1, { status: 503 });
    expect(F.fetch(url, { method: 'post', payload: 'x', muteHttpExceptions: true }).getResponseCode()).toBe(503);
    emu.web.failOn(1, { throws: 'Address unavailable: https://script.google.com' });
    expect(() => F.fetch(url, { method: 'post', payload: 'x' })).toThrow('Address unavailable');
    expect(() => F.fetch('https://elsewhere.example/', {})).toThrow('DNS error');
    const narrow = createEmulator({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => narrow.globals.UrlFetchApp.fetch(url)).toThrow('Required permissions: https://www.googleapis.com/auth/script.external_request');
  });

  test('ContentService makes a JSON text output', () => {
    const C = createEmulator().globals.ContentService;
    const out = C.createTextOutput('{"ok":true}').setMimeType(C.MimeType.JSON);
    expect([out.getContent(), out.getMimeType()]).toEqual(['{"ok":true}', 'application/json']);
    expect(() => C.createTextOutput('x').setMimeType('image/png')).toThrow("don't match");
  });
});
