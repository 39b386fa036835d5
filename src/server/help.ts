/**
 * The user guide in the product: a modal dialog (dist/Help.html, built from docs/brukerveiledning.md) opened at
 * a section. Least privilege: the guide travels inside the script, so no link leaves the spreadsheet and no
 * scope beyond script.container.ui (which the sidebar already needs) is asked for.
 */
import { HELP_TOPICS, headingSlug, isHelpTopic } from '../domain/help';
import type { Ports } from './ports';
import { Refusal } from './sidebar/result';

export const HELP_FILE = 'Help';
const WIDTH = 720;
const HEIGHT = 640;

export function showHelp(ports: Ports, topic: unknown): string {
  if (!isHelpTopic(topic)) throw new Refusal('Fant ikke den delen av brukerveiledningen.', { topic: 'Ukjent emne.' });
  ports.ui?.showDialog(HELP_FILE, 'Brukerveiledning', WIDTH, HEIGHT, { section: headingSlug(HELP_TOPICS[topic]) });
  return '';
}
