/** A sidebar tab: its page id (what sidebarOpen loads), its label, and how it draws the loaded data. */
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
}

export interface Tab<P extends PageId = PageId> {
  id: P;
  label: string;
  /**
   * `show` draws the page again from the data a save returned with it (no second round trip), with `message`;
   * null when the save went through but its page could not be read: then the page is opened again.
   */
  render(panel: HTMLElement, data: PageDataOf<P>, show: (data: PageDataOf<P> | null, message: string) => void, nav: Nav): void;
}

export function defineTab<P extends PageId>(tab: Tab<P>): Tab {
  return tab as unknown as Tab;
}
