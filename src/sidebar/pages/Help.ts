/**
 * The help dialog: the user guide (docs/brukerveiledning.md, bundled at build time) drawn as a page and
 * scrolled to the section the server named in the dialog's data (a tab's «?»), or from the top («Hjelp»).
 */
import guide from 'guide:brukerveiledning';
import { renderMarkdown } from '../markdown';

const main = document.getElementById('guide')!;
main.append(renderMarkdown(guide));

function openSection(): void {
  const data = document.getElementById('dialog-data');
  let section = '';
  try {
    section = String((JSON.parse(data?.textContent ?? '{}') as { section?: unknown }).section ?? '');
  } catch {
    section = '';
  }
  const target = section ? document.getElementById(section) : null;
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

// The data block is appended after the page by the server, so it is parsed after this script ran.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', openSection);
else openSection();
