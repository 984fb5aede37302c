// When to remind the user to make a backup: the library lives in one browser profile and nowhere else.

/** How long a library may go without a backup before the options page reminds the user: 30 days. */
export const BACKUP_INTERVAL_MS = 30 * 24 * 60 * 60 * 1000;

/** The `settings` entry that records when the last backup was made on this browser (never exported). */
export const LAST_BACKUP_SETTING = 'lastBackupAt';

/**
 * Whether a backup is due: the library has gone more than 30 days without one, counted from the last backup
 * or, when none was ever made, from its oldest record (`firstRecordAt`: the first clip, note, KOL or area).
 * So a new library is not nagged minutes after its first clip, and an empty one (`firstRecordAt` undefined)
 * never is. A date "from the future" (the clock went back) is not due. `getBackupReminder` in
 * lib/repo/backup.ts reads both dates.
 */
export function isBackupDue(
  lastBackupAt: number | undefined,
  firstRecordAt: number | undefined,
  now: number,
): boolean {
  if (firstRecordAt === undefined) return false;
  const since = lastBackupAt !== undefined && Number.isFinite(lastBackupAt) ? lastBackupAt : firstRecordAt;
  return now - since > BACKUP_INTERVAL_MS;
}
