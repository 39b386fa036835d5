/**
 * «Nasjonal oversikt» end to end on the emulator, both builds as Apps Script runs them: a national spreadsheet
 * (dist-national/Code.js, its doPost published as a web app) and three associations (dist/Code.js) with different
 * data. Eksempelby sends October and November — November twice, the first try lost on the way and retried by the
 * daily run —, Fjordby sends October late (in December, with a wrong key first), Nordvik never sends.
 */
import { parseCsv } from '../../src/domain/report/attachment';
import { bundleHarness, connectWebApp, nationalHarness, type BundleHarness } from '../support/harness';
import { leaksInRows } from '../support/reportPrivacy';
import { SAMPLE_CONTACT_INFO, SAMPLE_CONTACTS, SAMPLE_MATCHES, SAMPLE_PARTICIPANTS, SAMPLE_SETTINGS, SAMPLE_VOLUNTEERS, typeRows, typeSampleAssociation, typeSettings } from '../support/sampleAssociation';

const URL = 'https://script.google.com/macros/s/AKfycbNationalOverviewExample/exec';
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

function lastAlert(h: BundleHarness): string {
  return h.emu.ui.alerts.at(-1)?.prompt ?? '';
}

function addAssociation(national: BundleHarness, name: string): string {
  national.emu.ui.answerNext({ button: 'OK', text: name });
  national.call('menuAddAssociation');
  const key = /\b[0-9a-f]{64}\b/.exec(lastAlert(national))?.[0];
  if (!key) throw new Error(`no key in: ${lastAlert(national)}`);
  return key;
}

function association(name: string, key: string, national: BundleHarness, now: Date, extra?: (h: BundleHarness) => void): BundleHarness {
  const h = bundleHarness({ now, spreadsheetName: name, spreadsheetId: `1Assoc${name.replace(/\W/g, '')}`.padEnd(44, '0') });
  h.call('menuSetupSheets');
  typeSampleAssociation(h.emu);
  extra?.(h);
  typeSettings(h.emu, { ...SAMPLE_SETTINGS, Lokalforening: name, 'Send til nasjonal oversikt': 'Ja', 'Nasjonal oversikt: adresse': URL, 'Nasjonal oversikt: nøkkel': key }, []);
  connectWebApp(h, national, URL);
  return h;
}

function send(h: BundleHarness, month: string): { ok: boolean; message: string } {
  return h.call('sidebarSendReport', [{ month, confirmed: true }]) as { ok: boolean; message: string };
}

const kjorelogg = (h: BundleHarness) => h.emu.sheetValues('Kjørelogg').slice(1).map((r) => String(r[4]));
/** The association's own published rows for a month, from the CSV attached to its last email for that month. */
function attachmentRows(h: BundleHarness, month: string) {
  const mail = [...h.emu.mail.sent].reverse().find((m) => m.subject.includes(month === '2026-10' ? 'oktober 2026' : 'november 2026'))!;
  return parseCsv(mail.attachments.find((a) => a.name!.endsWith('.csv'))!.bytes.toString('utf8'));
}

describe('three associations and the national overview', () => {
  const national = nationalHarness({ now: at('2026-11-02') });
  national.call('onOpen', [{ authMode: 'LIMITED' }]);
  national.call('menuNationalSetup');
  const keys = { eksempelby: addAssociation(national, 'Eksempelby'), fjordby: addAssociation(national, 'Fjordby'), nordvik: addAssociation(national, 'Nordvik') };

  // Fjordby: the sample with more inquiries and one course more (different figures).
  const fjordExtra = (h: BundleHarness) => {
    typeRows(h.emu, 'Henvendelser', [
      { ID: 'H-0101', Dato: '05.10.2026', Type: 'Frivillig interessert', Fra: 'Nettsiden', Kommune: 'Fjordby', Resultat: 'Registrert' },
      { ID: 'H-0102', Dato: '12.10.2026', Type: 'Krisesenter', Fra: 'Fjordsenteret', Kommune: 'Fjordby', Resultat: 'Venter' },
      { ID: 'H-0103', Dato: '03.11.2026', Type: 'Frivillig interessert', Fra: 'Nettsiden', Kommune: 'Fjordby', Resultat: 'Registrert' },
    ]);
  };
  const eks = association('Eksempelby', keys.eksempelby, national, at('2026-11-02'));
  const fjord = association('Fjordby', 'f'.repeat(64), national, at('2026-12-03'), fjordExtra); // a wrong key at first
  const nordvik = association('Nordvik', keys.nordvik, national, at('2026-12-03'));

  const results: Record<string, { ok: boolean; message: string }> = {};
  results.eksOct = send(eks, '2026-10');
  // 1 December: the first November delivery is lost (no connection, three times), then retried by the daily run.
  eks.emu.clock.set(at('2026-12-01'));
  national.emu.clock.set(at('2026-12-01'));
  eks.emu.web.failOn(1, { throws: 'Address unavailable: https://script.google.com' });
  eks.emu.web.failOn(2, { throws: 'Address unavailable: https://script.google.com' });
  eks.emu.web.failOn(3, { throws: 'Address unavailable: https://script.google.com' });
  results.eksNovLost = send(eks, '2026-11');
  const afterLost = kjorelogg(eks).at(-1)!;
  eks.call('runDailyReminders', [{ triggerUid: 'none' }], 'trigger');
  const afterRetry = kjorelogg(eks).at(-1)!;
  // The same day she corrects November (one more inquiry) and sends again: replaced, never duplicated.
  typeRows(eks.emu, 'Henvendelser', [{ ID: 'H-0006', Dato: '25.11.2026', Type: 'Frivillig interessert', Fra: 'Nettsiden', Kommune: 'Eksempelby', Resultat: 'Registrert' }]);
  eks.emu.ui.answerNext({ button: 'OK', text: '2026-11' }, 'YES'); // «allerede sendt – send på nytt?» → yes
  eks.call('menuSendMonthlyReport');
  results.eksNovAgain = { ok: true, message: lastAlert(eks) };
  // 3 December: Fjordby, late, with a wrong key first (refused), then the right one.
  national.emu.clock.set(at('2026-12-03'));
  results.fjordRefused = send(fjord, '2026-10');
  const fjordRefusedLog = kjorelogg(fjord).at(-1)!;
  typeSettings(fjord.emu, { 'Nasjonal oversikt: nøkkel': keys.fjordby }, []);
  fjord.emu.ui.answerNext();
  fjord.call('menuRetryNational');
  const fjordRetryAlert = lastAlert(fjord);
  results.fjordNov = send(fjord, '2026-11');
  national.call('menuRefreshNational');

  const data = national.emu.sheetValues('Nasjonale tall');
  const header = data[0]!.map(String);
  const col = (name: string) => header.indexOf(name);
  const stored = data.slice(1).map((r) => ({
    association: String(r[col('Lokalforening')]), month: String(r[col('Måned')]), figure: String(r[col('Tall-ID')]),
    category: r[col('Kategori')] === '' ? null : String(r[col('Kategori')]), value: r[col('Verdi')] === '' ? null : Number(r[col('Verdi')]),
    base: r[col('Grunnlag')] === '' ? null : Number(r[col('Grunnlag')]),
  }));
  const overview = national.emu.sheetValues('Nasjonal oversikt');

  test('every send reached the national project leader by email; the lost delivery shows in Kjørelogg and is retried', () => {
    expect(results.eksOct!.message).toContain('levert til nasjonal oversikt');
    expect(results.eksNovLost!.ok).toBe(true); // the email went
    expect(results.eksNovLost!.message).toContain('ble ikke levert til nasjonal oversikt (ingen forbindelse');
    expect(afterLost).toMatch(/^Nasjonal oversikt: Tallene for november 2026 ble ikke levert/);
    expect(afterRetry).toMatch(/^Nasjonal oversikt: Tallene for november 2026 er levert/);
    expect(results.eksNovAgain!.message).toContain('erstattet');
  });

  test('a refused key is visible to the sender and nothing is stored for it; the retry with the right key goes through', () => {
    expect(results.fjordRefused!.message).toContain('Ukjent nøkkel');
    expect(fjordRefusedLog).toContain('Ukjent nøkkel');
    expect(fjordRetryAlert).toContain('Tallene for oktober 2026 er levert');
    expect(stored.filter((r) => r.association === 'Fjordby').map((r) => r.month)).toEqual(expect.arrayContaining(['2026-10', '2026-11']));
  });

  test('the table holds exactly the associations\' own figures, once per association, month and figure', () => {
    const keyOf = (r: { association: string; month: string; figure: string; category: string | null }) => `${r.association}|${r.month}|${r.figure}|${r.category ?? ''}`;
    expect(new Set(stored.map(keyOf)).size).toBe(stored.length);
    const expected = [
      ...attachmentRows(eks, '2026-10'), ...attachmentRows(eks, '2026-11'), ...attachmentRows(fjord, '2026-10'), ...attachmentRows(fjord, '2026-11'),
    ].map((r) => ({ association: String(r.association), month: String(r.month), figure: String(r.figure), category: r.category as string | null, value: r.value as number | null, base: r.base as number | null }));
    const byKey = (rows: typeof stored) => [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    expect(byKey(stored)).toEqual(byKey(expected));
    expect(stored.some((r) => r.association === 'Nordvik')).toBe(false);
    // The corrected November counts the added inquiry.
    expect(stored.find((r) => r.association === 'Eksempelby' && r.month === '2026-11' && r.figure === 'inquiries.total')!.value)
      .toBe((attachmentRows(eks, '2026-11').find((r) => r.figure === 'inquiries.total')!.value as number));
  });

  test('national totals add up, month by month', () => {
    const months = overview.find((r) => r[0] === 'Tall')!;
    const colOf = (label: string) => months.indexOf(label);
    for (const [figure, label] of [['inquiries.total', 'Henvendelser'], ['matches.activeAtMonthEnd', 'Aktive koblinger ved månedsslutt'], ['volunteers.registered', 'Nye påmeldte frivillige'], ['followUps.logged', 'Oppfølginger logget']] as const) {
      const row = overview.find((r) => r[0] === label)!;
      for (const [m, name] of [['2026-10', 'oktober 2026'], ['2026-11', 'november 2026']]) {
        const sum = stored.filter((r) => r.figure === figure && r.month === m && r.category === null).reduce((n, r) => n + r.value!, 0);
        expect([figure, m, row[colOf(name!)]]).toEqual([figure, m, sum]);
      }
    }
    const share = overview.find((r) => r[0] === 'Aktive koblinger fulgt opp')!;
    const parts = stored.filter((r) => r.figure === 'followUps.activeFollowedUp' && r.month === '2026-10');
    expect(share[colOf('oktober 2026')]).toBeCloseTo(parts.reduce((n, r) => n + (r.value ?? 0), 0) / parts.reduce((n, r) => n + (r.base ?? 0), 0));
    expect(overview.find((r) => r[0] === 'Lokalforeninger som har rapportert')!.slice(colOf('oktober 2026'), colOf('november 2026') + 1)).toEqual(['2', '2']);
    expect(months[colOf('november 2026') + 1]).toBe('Definisjon');
    expect(overview.find((r) => r[0] === 'Henvendelser')![colOf('november 2026') + 1]).toBe('Rader i Henvendelser med dato i måneden.');
  });

  test('the association that never sent is listed as missing last month; a chart per headline figure', () => {
    expect(national.emu.sheetValues('Mangler rapport').slice(1)).toEqual([['Nordvik', 'ingen ennå']]);
    expect(overview.flat().join('\n')).toContain('Mangler rapport for november 2026: Nordvik');
    const charts = national.emu.sheetCharts('Nasjonal oversikt');
    expect(charts.map((c) => c.options.title)).toEqual(expect.arrayContaining(['Aktive koblinger ved månedsslutt, hele landet, siste 12 måneder', 'Nye koblinger, hele landet, siste 12 måneder']));
    expect(charts.every((c) => c.ranges.length === 2 && c.ranges[1]!.numRows === 13)).toBe(true);
  });

  test('no protected count under the threshold, and no ID, alias, name or note anywhere in the national spreadsheet', () => {
    expect(leaksInRows(stored, 3)).toEqual([]);
    expect(stored.some((r) => r.category !== null && r.value === null)).toBe(true); // protected counts were withheld, not dropped silently
    const all = national.emu.sheetNames().flatMap((s) => national.emu.sheetValues(s).flat().map(String)).join('\n');
    expect(all).not.toMatch(/\b(?:F|D|K|L|H|KU)-\d{3,}\b/);
    const words = [...SAMPLE_VOLUNTEERS.map((v) => String(v['Alias/initialer'])), ...SAMPLE_CONTACT_INFO.flatMap((c) => String(c.Navn).split(' ')).filter((w) => w.length >= 3)];
    for (const w of words) expect([w, new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(all)]).toEqual([w, false]);
    const notes = [...SAMPLE_MATCHES, ...SAMPLE_CONTACTS, ...SAMPLE_PARTICIPANTS].map((r) => r.Merknad).filter((n): n is string => typeof n === 'string' && n !== '');
    for (const n of notes) expect([n, all.includes(n)]).toEqual([n, false]);
    // Keys are never stored, only their SHA-256.
    for (const k of Object.values(keys)) expect(all.includes(k)).toBe(false);
  });

  test('the modes never mix: national sheets and menu only in the national spreadsheet, and the reverse', () => {
    expect(national.emu.sheetNames().sort()).toEqual(['Foreninger', 'Mangler rapport', 'Nasjonal oversikt', 'Nasjonale tall', expect.any(String)].sort());
    expect(national.emu.ui.menuHandlers()).toEqual(['menuNationalSetup', 'menuAddAssociation', 'menuRefreshNational']);
    for (const h of [eks, fjord, nordvik]) {
      expect(h.emu.sheetNames().filter((s) => ['Foreninger', 'Mangler rapport', 'Nasjonal oversikt', 'Nasjonale tall'].includes(s))).toEqual([]);
      h.call('onOpen', [{ authMode: 'LIMITED' }]);
      expect(h.emu.ui.menuHandlers().filter((f) => /National|AddAssociation/.test(f) && f !== 'menuRetryNational')).toEqual([]);
      expect(typeof h.ctx.doPost).toBe('undefined');
    }
    expect(typeof national.ctx.sidebarOpen).toBe('undefined');
    expect(national.emu.sheetNames()).not.toContain('Innstillinger');
  });

  test('Nordvik, with sending off by default, sends nothing to the national overview', () => {
    const h = bundleHarness({ now: at('2026-12-03') });
    h.call('menuSetupSheets');
    typeSampleAssociation(h.emu);
    connectWebApp(h, national, URL);
    const r = send(h, '2026-11');
    expect(r.ok).toBe(true);
    expect(h.emu.web.log).toEqual([]);
    expect(r.message).not.toContain('nasjonal oversikt');
  });
});
