// Calendar days in the user's time zone: the ISO day of a moment (meetings and follow-ups store it), and how a day is shown.

/** The local calendar day of a moment, ISO `yyyy-mm-dd`. */
export function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A moment (a capture, a backup) as the day it fell on, "24 Nov 2026", in the user's locale. */
export function formatDate(epochMs: number, locale?: string): string {
  return new Date(epochMs).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A day as "4 Mar 2025", read as a calendar day wherever the user is (noon avoids any time-zone shift). */
export function formatDay(iso: string, locale?: string): string {
  const time = new Date(`${iso}T12:00:00`).getTime();
  return Number.isNaN(time) ? iso : formatDate(time, locale);
}
