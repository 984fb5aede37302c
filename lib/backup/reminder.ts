// When to remind the user to make a backup: the library lives in one browser profile and nowhere else.

/** How old the last backup may get before the options page reminds the user: 30 days. */
export const BACKUP_INTERVAL_MS = 30 * 24 * 60 * 60 * 1000;

/** The `settings` entry that records when the last backup was made on this browser (never exported). */
export const LAST_BACKUP_SETTING = 'lastBackupAt';

/**
 * Whether a backup is due: never made, or made more than 30 days ago. A backup "from the future" (the
 * clock went back) is not due. Whether the library holds anything worth backing up is the caller's
 * question: `getBackupReminder` in lib/repo/backup.ts asks both.
 */
export function isBackupDue(lastBackupAt: number | undefined, now: number): boolean {
  if (lastBackupAt === undefined || !Number.isFinite(lastBackupAt)) return true;
  return now - lastBackupAt > BACKUP_INTERVAL_MS;
}
