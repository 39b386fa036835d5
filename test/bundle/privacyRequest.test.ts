/** «Personvern: innsyn eller sletting» through the built dist/Code.js on the emulator. */
import { bundleHarness, type BundleHarness } from '../support/harness';
import { everything, HER, MENTIONS, typePrivacyAssociation } from '../support/privacyData';
import { SAMPLE_CONTACT_INFO, SAMPLE_NOW, SAMPLE_VOLUNTEERS } from '../support/sampleAssociation';
import { bundleRpc, workbookSnapshot } from '../support/sidebar';

function fixture(): BundleHarness {
  const h = bundleHarness({ now: SAMPLE_NOW });
  typePrivacyAssociation(h);
  return h;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const rpc = (h: BundleHarness) => bundleRpc(h);
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
};
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** The past months' reports, as the sheets «Månedsrapport …» show them. */
function pastReports(h: BundleHarness): Record<string, string> {
  const out: Record<string, string> = {};
  for (const month of ['2025-06', '2025-07', '2025-09', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-06', '2026-10']) {
    const r = rpc(h)('sidebarGenerateReport', { month }) as Any;
    expect(r.ok).toBe(true);
    out[month] = JSON.stringify(h.emu.sheetValues(r.sheet));
  }
  return out;
}

describe('Innsyn (access)', () => {
  test('the page for a volunteer lists her rows in every sheet and nothing of anyone else; it writes nothing', () => {
    const h = fixture();
    const before = workbookSnapshot(h);
    const writes = h.emu.writes.length;
    const page = rpc(h)('privacyAccess', { personId: ' f-008 ' }) as Any;
    expect(workbookSnapshot(h)).toBe(before);
    expect(h.emu.writes.length).toBe(writes);

    const rows = Object.fromEntries(page.sections.map((s: Any) => [s.sheet, s.rows.map((r: Any) => r.title)]));
    expect(rows).toEqual({
      Frivillige: ['F-008'], Kontaktinfo: ['Kontaktopplysninger'], Koblinger: ['K-005'], Kontaktlogg: ['L-00013', 'L-00020', 'L-00021'],
      Kurs: ['KU-003'], Henvendelser: [], Varsellogg: ['01.03.2026', '01.03.2026'], Importlogg: ['Gammel logg rad 4'], Importavvik: ['Gammel logg rad 4'],
    });
    const json = JSON.stringify(page);
    for (const s of [HER.name, HER.phone, HER.email, ...HER.texts, 'ringer alltid etter jobb', '20.03.2026', 'Tidsmangel']) expect(json).toContain(s);
    expect(page.mentions).toEqual([
      'Kontaktlogg rad 18 (15.06.2026): «Merknad» nevner henne ved navn eller alias.',
      'Henvendelser rad 7 (02.06.2025): «Merknad» nevner henne ved navn eller alias.',
      'Kurs rad 4 (20.06.2025): «Merknad» nevner henne ved ID.',
    ]);
    // Counted in reports: counts only, from her first month on.
    const months = page.reports.map((r: Any) => r.month);
    expect(months[0]).toBe('juni 2025');
    expect(months).toContain('mars 2026');
    expect(page.reports.find((r: Any) => r.month === 'mars 2026').figures).toEqual(expect.arrayContaining(['Frivillige som sluttet', 'Avsluttede koblinger']));

    // Nothing of anyone else: no other volunteer's name, alias, contact detail or note, no other person's ID, no leader's address.
    const others = SAMPLE_CONTACT_INFO.flatMap((c) => [c.Navn, c.Telefon, c['E-post']].map(String));
    for (const s of [...others, 'leder@example.org', MENTIONS.byName, MENTIONS.inquiry, MENTIONS.byId]) expect(json).not.toContain(s);
    for (const v of SAMPLE_VOLUNTEERS.filter((v) => v.ID !== HER.id)) {
      expect(json).not.toMatch(word(String(v['Alias/initialer'])));
      expect(json).not.toMatch(word(String(v.ID)));
    }
    for (const id of ['D-005', 'D-001', 'D-003', 'K-001', 'K-006', 'L-00022', 'H-0006']) expect(json).not.toMatch(word(id));
  });

  test('the page for a participant says it holds no name, because none is stored', () => {
    const h = fixture();
    const page = rpc(h)('privacyAccess', { personId: 'D-005' }) as Any;
    expect(page.intro.join(' ')).toContain('Siden inneholder ikke noe navn: navn på deltakere lagres ikke i regnearket.');
    expect(page.sections.find((s: Any) => s.sheet === 'Koblinger').rows.map((r: Any) => r.title)).toEqual(['K-005']);
    expect(JSON.stringify(page)).not.toMatch(word(HER.id));
    expect(JSON.stringify(page)).not.toContain(HER.name);
  });

  test('an unknown or malformed ID is refused in Norwegian, naming the field', () => {
    const h = fixture();
    expect(thrown(() => rpc(h)('privacyAccess', { personId: 'F-777' }))).toContain('Fant ingenting om F-777');
    expect(thrown(() => rpc(h)('privacyAccess', { personId: 'Oda' }))).toContain('personId: Må være en frivillig-ID (F-001) eller en deltaker-ID (D-001).');
  });
});

describe('Sletting (erasure)', () => {
  test('the preview says what goes and what stays, writes nothing; cancelling (no erase call) leaves every cell', () => {
    const h = fixture();
    const before = workbookSnapshot(h);
    const writes = h.emu.writes.length;
    const p = rpc(h)('privacyPreviewErasure', { personId: HER.id }) as Any;
    expect(p.refusal).toBeNull();
    expect(p.erased).toEqual([
      'Frivillige: alias byttes med «Slettet»; merknad, språk, interesser, tilgjengelighet, område og «Ikke aktuell for» tømmes',
      'Kontaktinfo: 1 rad (navn, telefon, e-post, foretrukket kontakt)',
      'Koblinger: 1 merknad (K-005)',
      'Kontaktlogg: 2 rader (merknad og aktiviteter)',
      'Importavvik: 1 rad (opprinnelige verdier)',
      'Tekster i andres rader som nevner henne ved navn eller alias: 2 (navnet byttes med «[frivillig]»)',
    ]);
    expect(p.stays.join('\n')).toContain('Varsellogg: 2 rader');
    expect(p.versionHistory).toContain('Fil → Versjonslogg → Se versjonslogg');
    expect(workbookSnapshot(h)).toBe(before);
    expect(h.emu.writes.length).toBe(writes);
    // Without the confirmation the erasure itself is refused, and writes nothing either.
    expect(thrown(() => rpc(h)('privacyErase', { personId: HER.id }))).toContain('confirm');
    expect(workbookSnapshot(h)).toBe(before);
  });

  test('erasure leaves no name, alias, contact detail or note of hers anywhere, and every past report unchanged', () => {
    const h = fixture();
    const reportsBefore = pastReports(h);
    const all = everything(h);
    for (const s of [HER.name, HER.phone, HER.email, ...HER.texts, 'Oda']) expect(all).toContain(s);

    const r = rpc(h)('privacyErase', { personId: HER.id, confirm: true }) as Any;
    expect(r.message).toContain('Opplysningene om F-008 er slettet');

    const after = everything(h);
    for (const s of [HER.name, HER.phone, HER.email, ...HER.texts, 'ringer alltid etter jobb', 'Oda', 'Påfunnsen']) expect(after).not.toContain(s);
    expect(after).not.toMatch(word(HER.alias));
    // Other people's texts keep what is theirs; her name became the role word, her ID stays (a pseudonym).
    expect(after).toContain('QR møtte [frivillig] på kurset og hilste fra henne');
    expect(after).toContain('[frivillig]s søster ringte om kurs');
    expect(after).toContain(MENTIONS.byId);
    // Counts only in Kjørelogg.
    const log = h.emu.sheetValues('Kjørelogg').at(-1)!.map(String).join(' | ');
    expect(log).toContain('Personvern: sletting for F-008 (rader per ark): Frivillige 1; Koblinger 1; Kontaktlogg 2; Kontaktinfo 1; Importavvik 1; nevnt hos andre 2.');
    // Dates, statuses and counts stay: the same reports for every past month.
    expect(pastReports(h)).toEqual(reportsBefore);
    // A second erasure finds nothing more and writes nothing.
    const snap = workbookSnapshot(h);
    expect((rpc(h)('privacyErase', { personId: HER.id, confirm: true }) as Any).message).toContain('Ingenting mer å slette');
    expect(workbookSnapshot(h)).toBe(snap);
  });

  test('an open match is refused with the reason, in the preview and in the erasure, and nothing is written', () => {
    const h = fixture();
    const before = workbookSnapshot(h);
    const p = rpc(h)('privacyPreviewErasure', { personId: 'F-001' }) as Any;
    expect(p.refusal).toBe('Koblingen K-001 er åpen (Aktiv). Avslutt koblingen først, så kan hun slettes.');
    expect(thrown(() => rpc(h)('privacyErase', { personId: 'D-001', confirm: true }))).toBe('Koblingen K-001 er åpen (Aktiv). Avslutt koblingen først, så kan hun slettes.');
    expect(thrown(() => rpc(h)('privacyErase', { personId: 'F-004', confirm: true }))).toContain('F-004 står som «Godkjent». Registrer at hun har sluttet');
    expect(workbookSnapshot(h)).toBe(before);
  });

  test('a participant: her notes go, her name fingerprints in Importlogg go, the report counts stay', () => {
    const h = fixture();
    h.emu.typeByHand('Importlogg', 4, 1, [['', '', 'd1xyz', 'deltaker', 'D-005', '01.04.2026']]);
    const reportsBefore = pastReports(h);
    const p = rpc(h)('privacyPreviewErasure', { personId: 'D-005' }) as Any;
    expect(p.erased).toEqual(expect.arrayContaining(['Importlogg: 1 navneavtrykk', 'Koblinger: 1 merknad (K-005)']));
    rpc(h)('privacyErase', { personId: 'D-005', confirm: true });
    expect(everything(h)).not.toContain('d1xyz');
    expect(pastReports(h)).toEqual(reportsBefore);
  });
});

describe('menu and sidebar', () => {
  test('the menu item opens the dialog; the sidebar button opens it for the person chosen there', () => {
    const h = fixture();
    h.call('onOpen', [{ authMode: 'LIMITED' }]);
    expect(h.emu.ui.menuHandlers()).toContain('menuPrivacy');
    h.call('menuPrivacy');
    expect(h.emu.ui.dialogs.at(-1)!.title).toBe('Personvern: innsyn eller sletting');
    expect(h.emu.ui.dialogs.at(-1)!.html).not.toContain('id="dialog-data"');
    const r = rpc(h)('sidebarOpenPrivacy', { personId: 'F-008' }) as Any;
    expect(r).toEqual({ ok: true, message: 'Personvern for F-008 er åpnet i et eget vindu.' });
    expect(h.emu.ui.dialogs.at(-1)!.html).toContain('<script type="application/json" id="dialog-data">{"personId":"F-008"}</script>');
    expect((rpc(h)('sidebarOpenPrivacy', { personId: '' }) as Any).ok).toBe(false);
  });
});
