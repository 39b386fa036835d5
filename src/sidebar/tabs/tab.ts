/** A sidebar tab: its page id (what sidebarOpen loads), its label, and how it draws the loaded data. */
import type { PageDataOf, PageId } from '../../server/sidebar/dto';

export interface Tab<P extends PageId = PageId> {
  id: P;
  label: string;
  /**
   * `show` draws the page again from the data a save returned with it (no second round trip), with `message`;
   * null when the save went through but its page could not be read: then the page is opened again.
   */
  render(panel: HTMLElement, data: PageDataOf<P>, show: (data: PageDataOf<P> | null, message: string) => void): void;
}

export function defineTab<P extends PageId>(tab: Tab<P>): Tab {
  return tab as unknown as Tab;
}
