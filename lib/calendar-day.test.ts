// Calendar days: the local day of a moment, and a stored day shown unchanged whatever the time zone.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, localDay } from './calendar-day';

describe('calendar days', () => {
  it('reads the local day of a moment and shows a stored day unchanged by time zones', () => {
    expect(localDay(new Date(2025, 2, 4, 23, 59).getTime())).toBe('2025-03-04');
    expect(formatDay('2025-03-04', 'en-GB')).toBe('4 Mar 2025');
    expect(formatDay('not a day')).toBe('not a day');
    expect(formatDate(new Date(2025, 2, 4, 23, 59).getTime(), 'en-GB')).toBe('4 Mar 2025');
  });
});
