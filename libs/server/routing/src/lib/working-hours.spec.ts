import { addWorkingHours, localDay, workingHoursBetween, WorkingSchedule } from './working-hours';

const weekdays = [1, 2, 3, 4, 5];
const utc: WorkingSchedule = { timeZone: 'UTC', startHour: 9, endHour: 17, days: weekdays };
const stockholm: WorkingSchedule = { ...utc, timeZone: 'Europe/Stockholm' };
const newYork: WorkingSchedule = { ...utc, timeZone: 'America/New_York' };
const at = (iso: string) => new Date(iso);

describe('working-hours arithmetic', () => {
  it('adds hours inside one working day', () => {
    // Tuesday 10:00 UTC + 4h = 14:00.
    expect(addWorkingHours(at('2026-12-01T10:00:00Z'), 4, utc)).toEqual(at('2026-12-01T14:00:00Z'));
  });

  it('carries what is left of the day over to the next morning', () => {
    // Tuesday 15:00 + 4h: 2h on Tuesday, 2h on Wednesday from 09:00.
    expect(addWorkingHours(at('2026-12-01T15:00:00Z'), 4, utc)).toEqual(at('2026-12-02T11:00:00Z'));
  });

  it('skips the weekend', () => {
    // Friday 16:00 + 4h: 1h on Friday, 3h on Monday.
    expect(addWorkingHours(at('2026-12-04T16:00:00Z'), 4, utc)).toEqual(at('2026-12-07T12:00:00Z'));
  });

  it('starts counting at the next opening when asked outside working hours', () => {
    // Saturday noon and Tuesday 20:00: the clock starts Monday and Wednesday 09:00.
    expect(addWorkingHours(at('2026-12-05T12:00:00Z'), 4, utc)).toEqual(at('2026-12-07T13:00:00Z'));
    expect(addWorkingHours(at('2026-12-01T20:00:00Z'), 4, utc)).toEqual(at('2026-12-02T13:00:00Z'));
    // Before opening: from 09:00 the same day.
    expect(addWorkingHours(at('2026-12-01T06:00:00Z'), 1, utc)).toEqual(at('2026-12-01T10:00:00Z'));
  });

  it('counts in the organisation time zone', () => {
    // 15:00 UTC on a Tuesday in December is 16:00 in Stockholm (UTC+1): 1h left that day there,
    // then 3h from 09:00 Stockholm = 08:00 UTC on Wednesday.
    expect(addWorkingHours(at('2026-12-01T15:00:00Z'), 4, stockholm)).toEqual(
      at('2026-12-02T11:00:00Z'),
    );
    // The same instant is 10:00 in New York (UTC−5): all four hours the same day.
    expect(addWorkingHours(at('2026-12-01T15:00:00Z'), 4, newYork)).toEqual(
      at('2026-12-01T19:00:00Z'),
    );
  });

  it('treats a Friday evening in New York (Saturday in UTC) as the weekend', () => {
    // Friday 18:00 New York = Saturday 00:00 UTC: due Monday 13:00 New York = 18:00 UTC.
    expect(addWorkingHours(at('2026-12-05T00:00:00Z'), 4, newYork)).toEqual(
      at('2026-12-07T18:00:00Z'),
    );
  });

  it('keeps local working hours across a daylight-saving change', () => {
    // Stockholm moves to summer time on Sunday 29 March 2026: Friday 16:00 CET (15:00 UTC) + 4h
    // = Monday 12:00 CEST = 10:00 UTC.
    expect(addWorkingHours(at('2026-03-27T15:00:00Z'), 4, stockholm)).toEqual(
      at('2026-03-30T10:00:00Z'),
    );
  });

  it('honours other working days and hours', () => {
    const sundayToThursday: WorkingSchedule = {
      timeZone: 'Asia/Jerusalem',
      startHour: 8,
      endHour: 16,
      days: [7, 1, 2, 3, 4],
    };
    // Thursday 15:00 Jerusalem (13:00 UTC) + 2h: 1h Thursday, 1h Sunday from 08:00 (06:00 UTC).
    expect(addWorkingHours(at('2026-12-03T13:00:00Z'), 2, sundayToThursday)).toEqual(
      at('2026-12-06T07:00:00Z'),
    );
  });

  it('returns the start for no delay, and refuses a schedule without working time', () => {
    expect(addWorkingHours(at('2026-12-05T12:00:00Z'), 0, utc)).toEqual(at('2026-12-05T12:00:00Z'));
    expect(() => addWorkingHours(at('2026-12-05T12:00:00Z'), 1, { ...utc, days: [] })).toThrow();
  });

  it('measures working hours between two instants', () => {
    expect(workingHoursBetween(at('2026-12-04T16:00:00Z'), at('2026-12-07T12:00:00Z'), utc)).toBe(
      4,
    );
    expect(workingHoursBetween(at('2026-12-05T08:00:00Z'), at('2026-12-06T20:00:00Z'), utc)).toBe(
      0,
    );
    expect(workingHoursBetween(at('2026-12-07T12:00:00Z'), at('2026-12-04T16:00:00Z'), utc)).toBe(
      0,
    );
  });

  it('names the local day an instant falls on', () => {
    expect(localDay(at('2026-12-04T23:30:00Z'), 'UTC')).toBe('2026-12-04');
    expect(localDay(at('2026-12-04T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-12-05');
    expect(localDay(at('2026-12-05T03:00:00Z'), 'America/New_York')).toBe('2026-12-04');
  });
});
