import { DEFAULT_SETTINGS, parseSettings, SETTING_DEFS } from '../../src/domain/settings';

const label = (key: string) => SETTING_DEFS.find((d) => d.key === key)!.label;

describe('settings', () => {
  test('blank sheet gives the defaults', () => {
    expect(parseSettings(new Map())).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('typed values are read; lists split on semicolons', () => {
    const raw = new Map<string, unknown>([
      [label('groupLeaderEmails'), 'leder1@example.org; leder2@example.org'],
      [label('followUpEveryDays'), 21],
      [label('remindVolunteers'), 'ja'],
      [label('overdueAfterDays'), '40'],
    ]);
    const { settings, problems } = parseSettings(raw);
    expect(problems).toEqual([]);
    expect(settings.groupLeaderEmails).toEqual(['leder1@example.org', 'leder2@example.org']);
    expect(settings.followUpEveryDays).toBe(21);
    expect(settings.overdueAfterDays).toBe(40);
    expect(settings.remindVolunteers).toBe(true);
  });

  test('an invalid value falls back to its default and is reported in Norwegian', () => {
    const { settings, problems } = parseSettings(new Map<string, unknown>([
      [label('groupLeaderEmails'), 'ikke-en-adresse'],
      [label('reminderHour'), 25],
    ]));
    expect(settings.groupLeaderEmails).toEqual([]);
    expect(settings.reminderHour).toBe(7);
    expect(problems.map((p) => p.key)).toEqual(['groupLeaderEmails', 'reminderHour']);
    expect(problems[1]!.message).toBe('Må være et helt tall fra 0 til 23.');
  });
});
