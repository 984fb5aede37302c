// ISO dates (yyyy, yyyy-mm, yyyy-mm-dd) in briefing packs: UTC calendar arithmetic, and how a pack words a date.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The UTC day of an instant, ISO `yyyy-mm-dd`. */
export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The same day `months` calendar months earlier, clamped to the month's last day (31 May - 3 months = 28 Feb). */
export function subtractMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDay(target.getTime());
}

/** Whether text is an ISO date: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`, with a real month and day. */
export function isIsoDate(text: string | undefined): text is string {
  const match = text?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const dayOfMonth = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || dayOfMonth < 1) return false;
  return dayOfMonth <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
}

/** The first and last day of the period an ISO date names: "2025" is the whole year, "2025-04" the month. */
export function periodOf(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return { first: date, last: date };
  if (m !== undefined) return { first: `${y}-${m}-01`, last: isoDay(Date.UTC(Number(y), Number(m), 0)) };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** The earlier or later of two ISO days (plain string comparison is chronological for ISO dates). */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);
export const earlierDay = (a: string, b: string): string => (a < b ? a : b);

/** "May 15, 2025", "May 2025" or "2025": AMA's date wording. */
export function formatAmaDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (!month) return y ?? date;
  return d === undefined ? `${month} ${y}` : `${month} ${Number(d)}, ${y}`;
}

/** "5 Mar 2025", "Mar 2025" or "2025": how the pack shows a date in its text. */
export function formatShortDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1]?.slice(0, 3);
  if (!month) return y ?? date;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
