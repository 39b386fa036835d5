/**
 * The pictures of the user guide (docs/brukerveiledning.md), made by `npm run demo` into docs/img/ and committed
 * with the guide, so the Markdown (and a PDF made from it) shows them and they never go stale unnoticed:
 * test/guide.test.ts fails when the guide names a picture that is not in this list, or the list one the demo
 * did not write.
 */
export const GUIDE_IMG_DIR = 'docs/img';

export const GUIDE_IMAGES = {
  'kom-i-gang.png': 'Kom i gang on a fresh spreadsheet, before setup',
  'sidepanel-i-dag.png': 'the «I dag» tab',
  'sidepanel-oppfolging.png': 'the «Oppfølging» tab',
  'sidepanel-frivillig.png': 'the «Frivillig» tab',
  'sidepanel-deltaker.png': 'the «Deltaker» tab',
  'sidepanel-kobling.png': 'the «Kobling» tab',
  'sidepanel-henvendelse.png': 'the «Henvendelse» tab',
  'sidepanel-kurs.png': 'the «Kurs» tab',
  'sidepanel-rapport.png': 'the «Rapport» tab',
  'sidepanel-innstillinger.png': 'the «Innstillinger» tab',
  'import-dialog.png': 'the import dialog with a preview',
  'paminnelse-epost.png': 'a reminder digest email',
  'rapport-epost.png': 'the monthly report email',
} as const;
export type GuideImage = keyof typeof GUIDE_IMAGES;
