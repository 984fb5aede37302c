// Reads a running head, footer or citation line ("Trials (2015) 16:50", "PAIN 155 (2014) 2461–2470") into journal, year, volume and pages.
import { parsePageDate, type PageDate } from '../extract/page-date';

/** What one citation line gives. */
export interface CitationParts {
  journal?: string;
  date?: PageDate;
  volume?: string;
  issue?: string;
  pages?: string;
}

const YEAR = '((?:19|20)\\d\\d)';
const VOLUME = '([A-Za-z]?\\d{1,5}|x{2,4})';
const PAGES = '([A-Za-z]{0,2}\\d+(?:\\s*[-–]\\s*[A-Za-z]{0,2}\\d+)?|x{2,4}\\s*[-–]\\s*x{2,4})';
/** A journal name as mastheads and running heads print it: words, abbreviations with dots, "&", no sentence. */
const NAME = "([\\p{L}][\\p{L}\\d'’&.:\\- ]{1,90}?)";

/** One citation form: its pattern and the capture group of each part. */
interface CitationForm {
  pattern: RegExp;
  parts: Partial<Record<'journal' | 'year' | 'volume' | 'issue' | 'pages', number>>;
  examples: string[];
}

/** The forms publishers print, most specific first; the first that matches is read. */
export const CITATION_FORMS: readonly CitationForm[] = [
  {
    examples: ['Dhaka Univ. J. Pharm. Sci. 8(1): 7-10, 2009 (June)'],
    pattern: new RegExp(
      `^${NAME}\\s+${VOLUME}\\s*\\(([^()]{1,12})\\)\\s*:\\s*${PAGES}\\s*,\\s*${YEAR}\\b`,
      'u',
    ),
    parts: { journal: 1, volume: 2, issue: 3, pages: 4, year: 5 },
  },
  {
    examples: ['PAIN 155 (2014) 2461–2470', 'EUROPEAN UROLOGY xxx (xxxx) xxx–xxx'],
    pattern: new RegExp(`^${NAME},?\\s+${VOLUME}\\s+\\((?:${YEAR}|x{4})\\)\\s+${PAGES}`, 'u'),
    parts: { journal: 1, volume: 2, year: 3, pages: 4 },
  },
  {
    examples: ['Trials (2015) 16:50', 'International Psychogeriatrics (2014), 26:1, 147–154'],
    pattern: new RegExp(
      `^${NAME}\\s*\\(${YEAR}\\)[,;.]?\\s*${VOLUME}(?:\\s*\\(([^()]{1,12})\\))?\\s*[:,]\\s*(?:\\d+\\s*,\\s*)?${PAGES}`,
      'u',
    ),
    parts: { journal: 1, year: 2, volume: 3, issue: 4, pages: 5 },
  },
  {
    examples: [
      'N Engl J Med 2009;360:1320-8',
      'Immunology. 2022;165:141–142',
      'Trauma Manag Outcomes 2010, 4:1',
      'J Clin Oncol. 2014 Jan 10;32(2):123-30',
    ],
    pattern: new RegExp(
      `^${NAME}[.,]?\\s+${YEAR}(?:\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{1,2})?)?\\s*[;,.:]?\\s*${VOLUME}(?:\\s*\\(([^()]{1,12})\\))?\\s*[:,]\\s*${PAGES}`,
      'u',
    ),
    parts: { journal: 1, year: 2, volume: 3, issue: 4, pages: 5 },
  },
  {
    examples: ['Mountain Research and Development , August 2021, Vol. 41, No. 3 (August 2021), pp. P1-P3'],
    pattern: new RegExp(
      `^${NAME}\\s*,\\s*(?:\\p{L}+\\.?\\s+)?(?:\\d{1,2},?\\s+)?${YEAR}\\s*,\\s*Vol\\.?\\s*(\\d+)(?:\\s*,\\s*No\\.?\\s*(\\d+))?(?:.*?\\bpp?\\.\\s*([\\w-]+))?`,
      'u',
    ),
    parts: { journal: 1, year: 2, volume: 3, issue: 4, pages: 5 },
  },
  {
    examples: ['Journal of Neuroscience, 2016; Early Online: 1–8'],
    pattern: new RegExp(`^${NAME},\\s+${YEAR}\\s*;`, 'u'),
    parts: { journal: 1, year: 2 },
  },
  {
    examples: ['PeerJ Comput. Sci. 3:e118', 'PLoS ONE 9(12): e115884'],
    pattern: new RegExp(
      `^${NAME}\\s+${VOLUME}(?:\\s*\\(([^()]{1,12})\\))?\\s*:\\s*(e\\d+|\\d+(?:\\s*[-–]\\s*\\d+)?)\\b`,
      'u',
    ),
    parts: { journal: 1, volume: 2, issue: 3, pages: 4 },
  },
  {
    examples: ['Proceedings of Machine Learning for Healthcare 2017 JMLR W&C Track Volume 68'],
    pattern: new RegExp(`^(Proceedings of [\\p{L}\\d'’&.:\\- ]{3,90}?)\\s+${YEAR}\\b`, 'u'),
    parts: { journal: 1, year: 2 },
  },
  {
    examples: ['European Urology, Corrected proof. doi:10...', 'Journal, In press'],
    pattern: new RegExp(
      `^${NAME},\\s+(?:corrected proof|in press|article in press|accepted manuscript)\\b`,
      'iu',
    ),
    parts: { journal: 1 },
  },
  {
    examples: ['Nature Medicine | Vol 26 | March 2020 | 123–130'],
    pattern: new RegExp(
      `^${NAME}\\s*\\|\\s*Vol(?:ume)?\\.?\\s*${VOLUME}\\s*\\|\\s*(?:\\p{L}+\\.?\\s+)?${YEAR}\\s*\\|\\s*${PAGES}`,
      'iu',
    ),
    parts: { journal: 1, volume: 2, year: 3, pages: 4 },
  },
  {
    examples: ['Cell 180, 1–13, March 19, 2020'],
    pattern: new RegExp(`^${NAME}\\s+${VOLUME},\\s*${PAGES},\\s*\\p{L}+\\.?\\s+\\d{1,2},\\s*${YEAR}\\b`, 'u'),
    parts: { journal: 1, volume: 2, pages: 3, year: 4 },
  },
  {
    examples: ['Therapeutic Advances in X 2020, Vol. 12(3) 123–130'],
    pattern: new RegExp(
      `^${NAME}\\s+${YEAR},\\s*Vol\\.?\\s*${VOLUME}(?:\\s*\\(([^()]{1,12})\\))?\\s+${PAGES}`,
      'u',
    ),
    parts: { journal: 1, year: 2, volume: 3, issue: 4, pages: 5 },
  },
  {
    examples: [
      'PLOS ONE | DOI:10.1371/journal.pone.0115884 December 31, 2014',
      'Frontiers in Immunology | www.frontiersin.org',
    ],
    pattern: new RegExp(`^${NAME}\\s*\\|\\s*(?:DOI|https?:|www\\.)`, 'iu'),
    parts: { journal: 1 },
  },
];

/** Words that start lines looking like citations but are not journal names. */
const NOT_A_JOURNAL =
  /^(?:vol(?:ume)?|no|issue|page|pp?|copyright|received|accepted|published|revised|available|doi|citation|cite|editor|figure|fig|table|see|ref|reference)\b/i;

/** A journal name cleaned of a leading "Author et al." and trailing punctuation; undefined when it is not a name. */
export function cleanJournalName(raw: string): string | undefined {
  const dotted = raw
    .replace(/^.{0,80}?\bet al\.?,?\s+(?:\(\d{4}\)[,.]?\s*)?/, '')
    .replace(/^(?:Source|Journal|Citation)\s*:\s*/i, '')
    .replace(/[\s,;:|]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A final dot is the sentence's, unless the name is abbreviated throughout ("PeerJ Comput. Sci.").
  const name = /\p{L}\.\s/u.test(dotted) ? dotted : dotted.replace(/\.+$/, '');
  if (name.length < 2 || name.length > 100 || NOT_A_JOURNAL.test(name) || /^\p{Ll}/u.test(name))
    return undefined;
  if (/https?:|www\.|@|\b\d{3,}\b/.test(name) || name.split(' ').length > 12) return undefined;
  // A sentence is not a name: most words of a name are capitalised or abbreviated.
  const words = name.split(' ').filter((word) => /\p{L}/u.test(word));
  const small = words.filter(
    (word) => /^\p{Ll}/u.test(word) && !/^(?:of|and|the|for|in|on|de|des|der|la|le|et|&)$/.test(word),
  );
  return small.length === 0 ? name : undefined;
}

/** A citation line's parts by the first form that matches it; undefined when none does. */
export function readCitationText(text: string): CitationParts | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  for (const form of CITATION_FORMS) {
    const match = form.pattern.exec(line);
    if (!match) continue;
    const part = (key: keyof CitationForm['parts']): string | undefined => {
      const index = form.parts[key];
      const value = index === undefined ? undefined : match[index]?.trim();
      return value && !/^x+$/i.test(value) && !/^x+\s*[-–]/i.test(value) ? value : undefined;
    };
    const journal = cleanJournalName(part('journal') ?? '');
    if (!journal) continue;
    const parts: CitationParts = { journal };
    const year = part('year');
    if (year) parts.date = parsePageDate(year);
    const volume = part('volume');
    if (volume) parts.volume = volume;
    const issue = part('issue');
    if (issue) parts.issue = issue;
    const pages = part('pages');
    if (pages) parts.pages = pages.replace(/\s+/g, '');
    return parts;
  }
  return undefined;
}
