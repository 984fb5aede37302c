// How long what a user types may be when it is saved: notes, highlight notes, meeting summaries, KOL fields.
//
// Generous for real use (a 20,000-character note is ten pages) and well inside what a backup accepts
// (lib/backup/record-schemas.ts BACKUP_LIMITS; a test checks it), so anything Liaison saves can be backed up
// and restored. Text over a limit is refused with a message, never cut silently.

/** Upper bounds, in characters (UTF-16 code units, as `String.length` counts). */
export const TEXT_LIMITS = {
  /** A note, a highlight's note. */
  note: 20_000,
  /** One follow-up of a meeting: a line, not a document. */
  followUp: 2_000,
  /** What was discussed in a meeting. */
  meetingSummary: 20_000,
  /** A KOL's name. */
  kolName: 300,
  /** One-line KOL fields: credentials, specialty, institution, country, tier, ORCID, NPI, CRM id, one name variant. */
  kolLine: 300,
  /** How many name variants a KOL may have. */
  kolNameVariants: 100,
  /** A KOL's scientific interests and notes. */
  kolText: 20_000,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Why `text` cannot be saved as `what` ("This note"), or undefined when it fits. Says how long it is and
 * what to do, so that the user shortens it instead of losing the end.
 */
export function describeTooLong(text: string, limit: number, what: string): string | undefined {
  if (text.length <= limit) return undefined;
  return `${what} is ${count(text.length)} characters long; the limit is ${count(limit)}. Shorten it, or split it in two.`;
}

/** Throws the message of `describeTooLong` when `text` is over `limit`: for repo functions, before anything is written. */
export function assertFits(text: string, limit: number, what: string): void {
  const problem = describeTooLong(text, limit, what);
  if (problem) throw new RangeError(problem);
}
