/**
 * The sidebar's calls are checked against src/main.ts at compile time: `npm run typecheck` fails if any
 * `@ts-expect-error` below stops being an error. The calls are never run.
 */
import { Form } from '../../src/sidebar/form';
import { call, openPage } from '../../src/sidebar/rpc';

const quit = { volunteerId: 'F-001', quitDate: '2026-11-20', quitReason: 'Flyttet' };

export function neverCalled(): void {
  // @ts-expect-error a function the server does not export
  void call('sidebarDeleteEverything');
  // @ts-expect-error a menu function is not an RPC
  void call('menuSetupSheets');
  // @ts-expect-error a payload of the wrong shape
  void call('sidebarSaveFollowUp', { date: 20261120 });
  // @ts-expect-error a page that does not exist
  void openPage('admin');
  void openPage('followUp').then((r) => (r.ok ? r.matches.map((m) => m.due) : r.fieldErrors));

  void call('sidebarQuitVolunteer', quit);
  // @ts-expect-error a field missing
  void call('sidebarQuitVolunteer', { volunteerId: 'F-001', quitDate: '2026-11-20' });
  // @ts-expect-error a field misspelt
  void call('sidebarQuitVolunteer', { ...quit, quitReson: 'Flyttet' });
  // @ts-expect-error a date sent as a boolean
  void call('sidebarQuitVolunteer', { ...quit, quitDate: true });
  // @ts-expect-error a match step field of the wrong kind
  void call('sidebarMatchAction', { matchId: 'K-001', action: 'activate', agreementSigned: 'ja' });
  // @ts-expect-error an action that does not exist
  void call('sidebarMatchAction', { matchId: 'K-001', action: 'explode' });
  // @ts-expect-error course participants as one string instead of a list
  void call('sidebarRegisterCourse', { date: '2026-11-19', place: '', participantIds: 'F-001', participantCount: null, note: '' });
  // @ts-expect-error the report's send without its confirmation
  void call('sidebarSendReport', { month: '2026-10' });
  // @ts-expect-error reminders switched with a word
  void call('sidebarSetReminders', { on: 'ja' });
  // @ts-expect-error a setting left out
  void call('sidebarSaveSettings', { settings: { associationName: 'X' }, shelters: [], version: '' });
  // @ts-expect-error the settings saved without the version they were loaded at
  void call('sidebarSaveSettings', { settings: {} as never, shelters: [] });
}

/** A form's values are typed by its fields, so a payload built from the wrong field fails too. */
export function formsAreTyped(): void {
  void new Form({
    fields: [
      { name: 'volunteerId', label: 'Frivillig', kind: 'select' },
      { name: 'quitDate', label: 'Dato', kind: 'date' },
      { name: 'quitReason', label: 'Årsak', kind: 'select' },
    ],
    submitLabel: 'Lagre',
    submit: (v) => call('sidebarQuitVolunteer', v),
    onSaved: (r) => r.message,
  });
  void new Form({
    fields: [
      { name: 'volunteerId', label: 'Frivillig', kind: 'select' },
      { name: 'quitDate', label: 'Sluttet', kind: 'checkbox' },
      { name: 'quitReason', label: 'Årsak', kind: 'select' },
    ],
    submitLabel: 'Lagre',
    // @ts-expect-error a checkbox's boolean where the payload wants a date
    submit: (v) => call('sidebarQuitVolunteer', v),
  });
  void new Form({
    fields: [{ name: 'volunteerId', label: 'Frivillig', kind: 'select' }],
    submitLabel: 'Lagre',
    // @ts-expect-error fields the form does not have
    submit: (v) => call('sidebarQuitVolunteer', { ...v, quitDate: v.quitDate, quitReason: null }),
  });
}

test('the typed RPC declarations compile (see npm run typecheck)', () => {
  expect(typeof neverCalled).toBe('function');
  expect(typeof formsAreTyped).toBe('function');
});
