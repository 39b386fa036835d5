import { allPauses, formatPauses, parsePauses, startPause, type PauseFields } from '../../src/domain/pauses';
import { MatchSchema } from '../../src/domain/records';
import { activeOn, pausedDuring, pausedOn } from '../../src/domain/report/timeline';
import { M0 } from './report/scenario';

describe('«Tidligere pauser» text', () => {
  test.each([
    ['', []],
    ['01.02.2026–15.03.2026 (Sykdom)', [{ from: '2026-02-01', to: '2026-03-15', reason: 'Sykdom' }]],
    // Month ends: the last day of a 28-day February, a leap day, the turn of the year.
    ['01.02.2026–28.02.2026 (Sykdom); 28.02.2026–01.03.2026', [{ from: '2026-02-01', to: '2026-02-28', reason: 'Sykdom' }, { from: '2026-02-28', to: '2026-03-01', reason: null }]],
    ['29.02.2028-31.03.2028 (annet)', [{ from: '2028-02-29', to: '2028-03-31', reason: 'Annet' }]],
    ['31.12.2026 — 1.1.2027 (Ferie/reise);', [{ from: '2026-12-31', to: '2027-01-01', reason: 'Ferie/reise' }]],
  ])('%j reads', (text, want) => {
    expect(parsePauses(text)).toEqual({ ok: true, pauses: want });
  });

  test('format writes en dashes and semicolons, and reads back the same', () => {
    const pauses = [{ from: '2026-02-01', to: '2026-03-15', reason: 'Sykdom' as const }, { from: '2026-06-01', to: '2026-06-30', reason: null }];
    const text = formatPauses(pauses);
    expect(text).toBe('01.02.2026–15.03.2026 (Sykdom); 01.06.2026–30.06.2026');
    expect(parsePauses(text)).toEqual({ ok: true, pauses });
  });

  test.each([
    ['01.02.2026–', 'en tidligere pause må ha en sluttdato'], // an open pause belongs in «Pause fra»
    ['01.02.2026– (Sykdom)', 'en tidligere pause må ha en sluttdato'],
    ['29.02.2026–15.03.2026', '«29.02.2026» er ikke en gyldig dato'],
    ['01.02.2026–31.04.2026', '«31.04.2026» er ikke en gyldig dato'],
    ['15.03.2026–01.02.2026', 'sluttdatoen er før startdatoen'],
    ['01.02.2026–15.03.2026 (Forkjølet)', '«Forkjølet» er ikke en pauseårsak'],
    ['februar 2026', 'kan ikke leses som en pause'],
    ['2026-02-01–2026-03-15', 'kan ikke leses som en pause'],
    ['01.02.2026–15.03.2026;;01.06.2026–30.06.2026', 'tom pause mellom to semikolon'],
    ['01.06.2026–30.06.2026; 01.02.2026–15.03.2026', 'starter før forrige pause sluttet (30.06.2026); eldste pause først'],
  ])('%j is refused: %s', (text, why) => {
    const r = parsePauses(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(why);
    expect(!r.ok && r.message).toContain('dd.mm.åååå–dd.mm.åååå (årsak)');
  });
});

const fields = (o: Partial<PauseFields>): PauseFields => ({ pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', ...o });

describe('a new pause moves the previous one', () => {
  test('a finished pause goes to the end of «Tidligere pauser»; the new one is open', () => {
    const r = startPause(fields({ pauseStart: '2026-06-01', pauseEnd: '2026-06-30', pauseReason: 'Ferie/reise', earlierPauses: '01.02.2026–15.03.2026 (Sykdom)' }), '2026-09-01', 'Annet');
    expect(r).toEqual({ ok: true, fields: { pauseStart: '2026-09-01', pauseEnd: null, pauseReason: 'Annet', earlierPauses: '01.02.2026–15.03.2026 (Sykdom); 01.06.2026–30.06.2026 (Ferie/reise)' } });
  });

  test('the first pause moves nothing', () => {
    expect(startPause(fields({}), '2026-02-01', 'Sykdom')).toEqual({ ok: true, fields: fields({ pauseStart: '2026-02-01', pauseReason: 'Sykdom' }) });
  });

  test.each([
    [fields({ pauseStart: '2026-02-01', pauseReason: 'Sykdom' }), '2026-06-01', 'Forrige pause (fra 01.02.2026) har ingen «Pause til».'],
    [fields({ pauseStart: '2026-02-01', pauseEnd: '2026-03-15' }), '2026-03-01', 'Ny pause kan ikke starte før forrige pause sluttet (15.03.2026).'],
    [fields({ earlierPauses: 'snart' }), '2026-03-01', '«Tidligere pauser» kan ikke leses'],
  ])('refused: %j from %s', (m, from, why) => {
    const r = startPause(m, from, 'Sykdom');
    expect(!r.ok && r.message).toContain(why);
  });
});

describe('the timeline sees every pause', () => {
  const match = (over: object) => MatchSchema.parse({ ...M0, id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', ...over });
  // Paused in February (until 1 March), again from June, still paused: the February pause lives in «Tidligere pauser».
  const m = match({ status: 'Pause', startDate: '2026-01-10', agreedMonths: 12, earlierPauses: '01.02.2026–01.03.2026 (Sykdom)', pauseStart: '2026-06-01', pauseReason: 'Ferie/reise' });

  test.each([
    ['2026-01-31', false],
    ['2026-02-01', true],
    ['2026-02-28', true], // February's last day
    ['2026-03-01', false], // «til» is the day it runs again
    ['2026-05-31', false],
    ['2026-06-01', true],
    ['2026-12-31', true], // the current pause is open
  ])('%s paused: %s', (d, paused) => {
    expect([pausedOn(m, d), activeOn(m, d)]).toEqual([paused, !paused]);
  });

  test.each([
    ['2026-02-01', '2026-02-28', true],
    ['2026-03-01', '2026-03-31', false],
    ['2026-04-01', '2026-04-30', false],
    ['2026-06-01', '2026-06-30', true],
  ])('paused during %s – %s: %s', (first, last, want) => {
    expect(pausedDuring(m, first, last)).toBe(want);
  });

  test('an ended match stops every pause at its end date', () => {
    const ended = match({ status: 'Avsluttet', startDate: '2026-01-10', agreedMonths: 12, earlierPauses: '01.02.2026–01.05.2026', endDate: '2026-03-10', endReason: 'Annet' });
    expect(pausedDuring(ended, '2026-04-01', '2026-04-30')).toBe(false);
    expect(pausedOn(ended, '2026-03-09')).toBe(true);
    expect(allPauses(ended)).toEqual([{ from: '2026-02-01', to: '2026-05-01', reason: null }]);
  });
});

describe('the match schema', () => {
  const base = { ...M0, id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', status: 'Aktiv', startDate: '2026-01-10', agreedMonths: 12 };
  test.each([
    ['01.02.2026–31.02.2026', '«31.02.2026» er ikke en gyldig dato'],
    ['01.02.2026–15.03.2026', null],
  ])('«Tidligere pauser» %j', (earlierPauses, why) => {
    const r = MatchSchema.safeParse({ ...base, earlierPauses });
    expect(r.success ? null : r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join(' ')).toEqual(why === null ? null : expect.stringContaining(`earlierPauses: «${earlierPauses}»: ${why}`));
  });

  test('an earlier pause may not end after the current one started', () => {
    const r = MatchSchema.safeParse({ ...base, status: 'Pause', earlierPauses: '01.02.2026–15.03.2026', pauseStart: '2026-03-01', pauseReason: 'Sykdom' });
    expect(!r.success && r.error.issues.map((i) => i.message)).toEqual(['Siste tidligere pause slutter 15.03.2026, etter «Pause fra» (01.03.2026).']);
  });
});
