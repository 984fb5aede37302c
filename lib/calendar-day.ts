// Calendar days (ISO `yyyy-mm-dd`) as meetings and follow-ups store them: today's, and for display.
import { formatDate } from './format';

/** The local calendar day of a moment, ISO `yyyy-mm-dd`. */
export function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A day as "4 Mar 2025", read as a calendar day wherever the user is (noon avoids any time-zone shift). */
export function formatDay(iso: string, locale?: string): string {
  const time = new Date(`${iso}T12:00:00`).getTime();
  return Number.isNaN(time) ? iso : formatDate(time, locale);
}
