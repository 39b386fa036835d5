/** A sidebar tab: its page id (what sidebarOpen loads), its label, and how it draws the loaded data. */
import type { PageDataOf, PageId } from '../../server/sidebar/dto';

export interface Tab<P extends PageId = PageId> {
  id: P;
  label: string;
  /** `reload` opens the page again (one round trip) after a save that changes the lists, showing `message`. */
  render(panel: HTMLElement, data: PageDataOf<P>, reload: (message?: string) => void): void;
}

export function defineTab<P extends PageId>(tab: Tab<P>): Tab {
  return tab as unknown as Tab;
}
