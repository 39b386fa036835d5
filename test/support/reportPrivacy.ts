/**
 * The report's privacy line, written out in the test's own words (independent of src/domain/report/published.ts):
 * counts of people by an attribute must never show 1 … threshold−1, and a list of such counts must never hide
 * exactly one (the shown total minus the others would give it back). Used on the email's text part, the
 * attachment and the national overview.
 */

/** The headings in the email under which each line counts people by an attribute (from the issue's list). */
export const PEOPLE_HEADINGS = ['Sluttårsak', 'Aktive frivillige etter alder', 'Deltakere etter krisesenter', 'Deltakere etter kommune', 'Deltakere etter alder', 'Deltakernes behov'];
/** Figures that split «Avsluttede koblinger» by reason: protected as a pair. */
export const PROTECTED_SPLIT_LABELS = ['Avsluttet som planlagt', 'Avsluttet tidlig'];

const isSmall = (v: string, t: number) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) < t;
const isHidden = (v: string) => !/^\d+$/.test(v);

/**
 * Lines of the email's text part that break the line: a small count under a people heading, a block of such
 * counts with exactly one hidden, or a protected split shown small.
 */
export function leaksInEmailText(text: string, t: number): string[] {
  const out: string[] = [];
  let block: { heading: string; values: string[] } | null = null;
  const close = () => {
    if (block && block.values.filter(isHidden).length === 1) out.push(`${block.heading}: exactly one value hidden (${block.values.join(', ')})`);
    block = null;
  };
  for (const line of text.split('\n')) {
    const sub = /^ {4}(.+): (.+)$/.exec(line);
    if (sub && block) {
      (block as { values: string[] }).values.push(sub[2]!);
      if (isSmall(sub[2]!, t)) out.push(`${(block as { heading: string }).heading} › ${line.trim()}`);
      continue;
    }
    close();
    const heading = /^([^:]+):$/.exec(line);
    if (heading && PEOPLE_HEADINGS.includes(heading[1]!)) block = { heading: heading[1]!, values: [] };
    const fig = /^([^:]+): (.+)$/.exec(line);
    if (fig && PROTECTED_SPLIT_LABELS.includes(fig[1]!) && isSmall(fig[2]!, t)) out.push(line);
  }
  close();
  return out;
}

/** The same line over machine-readable rows (attachment, national table): figure key, value, protected flag. */
export function leaksInRows(rows: ReadonlyArray<{ figure: string; category: string | null; value: number | null }>, t: number): string[] {
  const peopleKeys = ['volunteers.quitByReason', 'volunteers.byAge', 'matches.endedByReason', 'participants.byShelter', 'participants.byMunicipality', 'participants.byAge', 'participants.needs', 'matches.endedPlanned', 'matches.endedEarly'];
  return rows.filter((r) => peopleKeys.includes(r.figure) && r.value !== null && r.value > 0 && r.value < t).map((r) => `${r.figure}${r.category ? ` › ${r.category}` : ''} = ${r.value}`);
}
