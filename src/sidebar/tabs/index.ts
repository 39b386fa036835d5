/** The sidebar's tabs in order. A new page (e.g. an import wizard) is one more entry here and a PageId. */
import { followUpTab } from './followUp';
import { courseTab, inquiryTab } from './logbook';
import { matchTab } from './match';
import { participantTab } from './participant';
import { reportTab } from './report';
import { settingsTab } from './settings';
import { todayTab } from './today';
import type { Tab } from './tab';
import { volunteerTab } from './volunteer';

export const TABS: Tab[] = [todayTab, followUpTab, volunteerTab, participantTab, matchTab, inquiryTab, courseTab, reportTab, settingsTab];
