// Regular-expression sources for calendar dates with a day or a month, the date elements Safe Harbor removes.

const MONTH =
  '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:19|20)\\d{2}';

/**
 * A date that has a day or a month: "03/14/1948", "14.3.48", "1948-03-14", "March 14, 1948", "14 Mar 1948", "March 1948", "14 March".
 * A bare year is not matched, because Safe Harbor lets the year stay (ages over 89 are caught separately).
 */
export const DATE_SOURCE = [
  `\\d{1,2}[/.-]\\d{1,2}[/.-](?:${YEAR}|\\d{2})`,
  `${YEAR}-\\d{1,2}-\\d{1,2}`,
  `${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`,
  `${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`,
  `${MONTH},?\\s+${YEAR}`,
  `\\d{1,2}/\\d{1,2}`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|');

/** Only the dates that carry a day and a month in full, for dates found without a label ("collapsed on 3 April"). */
export const DAY_MONTH_SOURCE = [
  `\\d{1,2}[/.-]\\d{1,2}[/.-](?:${YEAR}|\\d{2})`,
  `${YEAR}[/.-]\\d{1,2}[/.-]\\d{1,2}`,
  `${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`,
  `${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|');
