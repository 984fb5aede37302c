// The backup reminder: due once the library has gone 30 days without a backup, counted from the last backup or
// else from the first record; never for an empty library, nor when the clock went back.
import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, isBackupDue } from './reminder';

describe('isBackupDue', () => {
  const now = Date.UTC(2025, 5, 1);
  const monthAgo = now - BACKUP_INTERVAL_MS - 1;

  it('is not due for a library started minutes ago, nor for an empty one', () => {
    expect(isBackupDue(undefined, now - 5 * 60_000, now)).toBe(false);
    expect(isBackupDue(undefined, undefined, now)).toBe(false);
  });

  it('is due once a library never backed up has held data for over 30 days', () => {
    expect(isBackupDue(undefined, now - BACKUP_INTERVAL_MS, now)).toBe(false);
    expect(isBackupDue(undefined, monthAgo, now)).toBe(true);
    expect(isBackupDue(Number.NaN, monthAgo, now)).toBe(true);
  });

  it('counts from the last backup when there is one', () => {
    expect(isBackupDue(now - BACKUP_INTERVAL_MS, monthAgo - 1000, now)).toBe(false);
    expect(isBackupDue(monthAgo, monthAgo - 1000, now)).toBe(true);
  });

  it('is not due for dates in the future (the clock went back)', () => {
    expect(isBackupDue(now + 1000, monthAgo, now)).toBe(false);
    expect(isBackupDue(undefined, now + 1000, now)).toBe(false);
  });
});
