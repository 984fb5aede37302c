// A count with its noun in the right number, the one counting rule of every message ("1 KOL", "2 KOLs").

/** "1 note", "3 notes", "1 briefing record": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
