/**
 * `npm run bench`: service-call counts (which must not grow with rows), pure-code timings at 10x a large
 * association, and sizes of what clasp pushes. Prints a plain report; no thresholds here or in tests.
 */
import { benchBundle } from './bundle';
import { benchFoundation } from './foundation';
import { benchSidebar } from './sidebar';
import { benchReport } from './report';
import { benchReminders } from './reminders';
import { benchImport } from './import';
import { benchPrivacy } from './privacy';
import { benchRetention } from './retention';
import { benchSuggestions } from './suggestions';
import { benchNational } from './national';

async function main(): Promise<void> {
  const sections: Array<[string, () => Promise<void> | void]> = [
    ['Bundle', benchBundle],
    ['Foundation: setup, data check, read all tables', benchFoundation],
    ['Sidebar: follow-up page and «I dag»', benchSidebar],
    ['Monthly report', benchReport],
    ['Reminders: one daily run', benchReminders],
    ['Import of an old log (Importer gammel logg)', benchImport],
    ['Retention (Slett gamle personopplysninger)', benchRetention],
    ['Foreslå kobling (suggestions in the Kobling tab)', benchSuggestions],
    ['National overview (Nasjonal oversikt)', benchNational],
    ['Privacy requests (Personvern: innsyn eller sletting)', benchPrivacy],
  ];
  for (const [title, run] of sections) {
    console.log(`\n== ${title} ==`);
    await run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
