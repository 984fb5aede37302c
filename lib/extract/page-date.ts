// Turns the date formats of scholarly meta tags and bylines into ISO dates, without the clock.

/** A date as precise as the page gives it. */
export interface PageDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  year: number;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Years a publication can plausibly carry; anything else is a page number or a typo. */
const MIN_YEAR = 1600;
const MAX_YEAR = 2200;

/**
 * Reads the date forms found in meta tags and citations ("2022/09/01", "2020-03-03T10:00Z",
 * "2015 Mar 12", "July 11, 2019", "12 June 2014", "2019"), because publishers agree on none of them.
 */
export function parsePageDate(raw: string | null | undefined): PageDate | undefined {
  const text = (raw ?? '').trim();
  if (!text) return undefined;
  const numeric = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])/.exec(text);
  if (numeric?.[2]) return build(Number(numeric[1]), numeric[2], numeric[3]);
  // 03/12/2015: month first as in US pages (new PubMed's citation_date), unless the first part is > 12.
  const slashed = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])/.exec(text);
  if (slashed) {
    const [, a = '', b = '', year = ''] = slashed;
    return Number(a) > 12 ? build(Number(year), b, a) : build(Number(year), a, b);
  }
  const yearFirst = /\b(\d{4})\s+([a-z]{3,9})\.?(?:\s+(\d{1,2}))?\b/i.exec(text);
  if (yearFirst && monthOf(yearFirst[2]))
    return build(Number(yearFirst[1]), monthOf(yearFirst[2]), yearFirst[3]);
  const dayFirst = /\b(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i.exec(text);
  if (dayFirst && monthOf(dayFirst[2])) return build(Number(dayFirst[3]), monthOf(dayFirst[2]), dayFirst[1]);
  const monthFirst = /\b([a-z]{3,9})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b/i.exec(text);
  if (monthFirst && monthOf(monthFirst[1]))
    return build(Number(monthFirst[3]), monthOf(monthFirst[1]), monthFirst[2]);
  const yearOnly = /\b(1[6-9]\d\d|2[01]\d\d)\b/.exec(text);
  if (yearOnly) return build(Number(yearOnly[1]));
  return undefined;
}

/** The month number of an English month name or abbreviation ("Mar", "Sept", "March"). */
function monthOf(name: string | undefined): string | undefined {
  const lower = name?.toLowerCase() ?? '';
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index >= 0 ? String(index + 1) : undefined;
}

function build(year: number, month?: string, day?: string): PageDate | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const m = month === undefined ? NaN : Number(month);
  if (!(m >= 1 && m <= 12)) return { iso: String(year), year };
  const d = day === undefined ? NaN : Number(day);
  const mm = String(m).padStart(2, '0');
  if (!(d >= 1 && d <= 31)) return { iso: `${year}-${mm}`, year };
  return { iso: `${year}-${mm}-${String(d).padStart(2, '0')}`, year };
}
