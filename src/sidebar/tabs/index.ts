/** The sidebar's tabs in order. A new page (e.g. an import wizard) is one more entry here and a PageId. */
import { followUpTab } from './followUp';
import type { Tab } from './tab';

export const TABS: Tab[] = [followUpTab];
