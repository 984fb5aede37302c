// The one error a backup or an import fails with: a plain-language message for the user and a code for the code.

/** Why a backup could not be read, made or imported. */
export type BackupErrorCode =
  /** The file holds nothing. */
  | 'empty'
  /** The JSON ends before the data does: a download or copy that did not finish. */
  | 'cut-off'
  /** Not valid JSON for another reason. */
  | 'damaged'
  /** Valid JSON, but not a Liaison backup. */
  | 'foreign'
  /** Made by a newer Liaison, with a backup format this version cannot read. */
  | 'newer'
  /** A Liaison backup whose records or counts are wrong; `problems` lists them. */
  | 'invalid'
  /** The browser has no room for the import; nothing was written. */
  | 'no-space'
  /** The database refused the write for another reason; nothing was written. */
  | 'write-failed';

/**
 * Thrown by every backup function, so that the settings page can show `message` as it is (it names the
 * problem in plain words) and decide what to offer from `code`.
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';

  constructor(
    readonly code: BackupErrorCode,
    message: string,
    /** Every problem found (the message names the first ones), for a "details" list. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }
}
