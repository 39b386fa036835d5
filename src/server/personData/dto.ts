/** What the «Personvern: innsyn eller sletting» dialog gets from the server (JSON-safe). */

/** One row of hers: a title (sheet and ID) and its non-empty cells as [header, value]. */
export interface AccessRow { title: string; fields: Array<[string, string]> }
export interface AccessSection { sheet: string; rows: AccessRow[]; note?: string }

export interface AccessPageDto {
  personId: string;
  kind: 'volunteer' | 'participant';
  /** `dd.mm.åååå`, the day the page was made. */
  madeOn: string;
  associationName: string;
  intro: string[];
  sections: AccessSection[];
  /** Other people's rows whose text names her: where, never the text. */
  mentions: string[];
  /** Reports that count her: month and the figures' labels (counts only). */
  reports: Array<{ month: string; figures: string[] }>;
}

export interface ErasurePreviewDto {
  personId: string;
  /** Set when erasure is refused (open match, still active, unreadable row): nothing can be erased now. */
  refusal: string | null;
  erased: string[];
  stays: string[];
  versionHistory: string;
}

export interface ErasureRequest { personId: string; confirm: true }
export interface ErasureResultDto { personId: string; message: string; erased: string[]; versionHistory: string }

/** What the dialog opens with (the sidebar's button passes the person chosen there). */
export interface PrivacyDialogData { personId: string }
