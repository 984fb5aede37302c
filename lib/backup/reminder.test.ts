// The backup reminder: due when never made or older than 30 days, not when the clock went back.
import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, isBackupDue } from './reminder';

describe('isBackupDue', () => {
  const now = Date.UTC(2025, 5, 1);
  it('is due when no backup was ever made, or the last is over 30 days old', () => {
    expect(isBackupDue(undefined, now)).toBe(true);
    expect(isBackupDue(now - BACKUP_INTERVAL_MS - 1, now)).toBe(true);
    expect(isBackupDue(Number.NaN, now)).toBe(true);
  });
  it('is not due within 30 days, nor for a backup dated in the future', () => {
    expect(isBackupDue(now - BACKUP_INTERVAL_MS, now)).toBe(false);
    expect(isBackupDue(now, now)).toBe(false);
    expect(isBackupDue(now + 1000, now)).toBe(false);
  });
});
