/** A sidebar tab: its page id (what sidebarOpen loads), its label, its guide section, and how it draws the loaded data. */
import type { HelpTopic } from '../../domain/help';
import type { ItemAction } from '../../domain/reminders/actions';
import type { PageDataOf, PageId } from '../../server/sidebar/dto';

/** A form to open already filled in, as a line of «I dag» asks for it. */
export type Intent = ItemAction;

/** The tab each kind of intent opens. */
export const PAGE_OF_INTENT: Record<Intent['kind'], PageId> = { 'follow-up': 'followUp', match: 'match', propose: 'match', report: 'report' };

export interface Nav {
  /** What the tab was opened for (its form filled in from it); null when opened by its own button. */
  intent: Intent | null;
  /** Opens the tab an intent belongs to, with the intent (one round trip, as any tab). */
  go(intent: Intent): void;
  /** Opens a tab by its page id, with the focus in the field named `focusField` (Kom i gang's steps). */
  open(page: PageId, focusField?: string): void;
}

export interface Tab<P extends PageId = PageId> {
  id: P;
  label: string;
  /** The section of the user guide its «?» opens (a heading in docs/brukerveiledning.md, see domain/help.ts). */
  help: HelpTopic;
  /**
   * `show` draws the page again from the data a save returned with it (no second round trip), with `message`;
   * null when the save went through but its page could not be read: then the page is opened again.
   */
  render(panel: HTMLElement, data: PageDataOf<P>, show: (data: PageDataOf<P> | null, message: string) => void, nav: Nav): void;
}

export function defineTab<P extends PageId>(tab: Tab<P>): Tab {
  return tab as unknown as Tab;
}
