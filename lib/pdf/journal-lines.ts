// Finds the journal, year, volume and pages in the lines publishers print them: running heads, footers, mastheads and "cite this" notes.
import { parsePageDate, type PageDate } from '../extract/page-date';
import type { PageText } from './page-text';
import { isInMargin, isStamp } from './page-furniture';
import { cleanJournalName, readCitationText, type CitationParts } from './running-citation';
import type { TextLine } from './text-lines';

/** Notes that introduce a citation of the work itself. */
const CITE_NOTE =
  /^(?:published in final edited form as|citation|to cite this article|recommended citation|how to cite this article|cite this article(?: as)?|please cite this article(?: in press)? as|source)\s*:?\s*/i;

/** A masthead line that gives the volume under the journal's name ("Volume 2010, Article ID 157939"). */
const VOLUME_LINE = /^Volume\s+(\d+)(?:,?\s*(?:Issue|Number|No\.?)\s*(\d+))?(?:.*?\b((?:19|20)\d\d)\b)?/i;

/** The year a dated line gives when nothing better is printed: publication, then copyright, then acceptance. */
const DATED_LINES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:published(?: online)?|publication date|issued|revised|first published)\s*:?\s*(.{0,40})/i, 3],
  [/\b(?:initial u\.s\. approval|approval date)\s*:?\s*(.{0,30})/i, 2],
  [/(?:©|\(c\)|copyright(?:\s*©)?|\bC©)\s*((?:19|20)\d\d)\b/i, 2],
  [/\baccepted(?: for publication)?\s*:?\s*(.{0,40})/i, 1],
];

/** The citation found for the work, and how sure the place it came from is. */
export interface FoundCitation extends CitationParts {
  /** The dated line's year when no citation line gave one. */
  datedYear?: PageDate;
}

function fromNote(
  lines: readonly TextLine[],
  index: number,
  title: string | undefined,
): CitationParts | undefined {
  const text = lines
    .slice(index, index + 6)
    .map((line) => line.text)
    .join(' ')
    .replace(CITE_NOTE, '')
    .replace(/\s+/g, ' ');
  const squeezedTitle = title?.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  if (squeezedTitle && squeezedTitle.length > 10) {
    // "Authors (2016): Title, Journal, 126:…" — the journal follows the title.
    const letters = [...text]
      .map((char, i) => ({ char: char.toLowerCase(), i }))
      .filter(({ char }) => /[\p{L}\d]/u.test(char));
    const joined = letters.map((l) => l.char).join('');
    const at = joined.indexOf(squeezedTitle);
    if (at >= 0) {
      const end = letters[at + squeezedTitle.length - 1]!.i + 1;
      const after = text.slice(end).replace(/^[\s"”’'.,:;?!]+/, '');
      const parts = readCitationText(after);
      if (parts) return parts;
      const name = cleanJournalName(/^([^,:;(]{2,90})/.exec(after)?.[1] ?? '');
      if (name) {
        const year = /\(((?:19|20)\d\d)\)/.exec(text)?.[1];
        return { journal: name, ...(year ? { date: parsePageDate(year) } : {}) };
      }
    }
  }
  for (let start = 0; start < text.length; start = text.indexOf(' ', start + 1)) {
    if (start < 0) break;
    const parts = readCitationText(text.slice(start).trim());
    if (parts?.date) return parts;
    if (start > 400) break;
  }
  return undefined;
}

/**
 * The work's citation as its pages print it. Candidates, most trusted first: a "cite this article"
 * note, a running head or footer in a citation form ("Trials (2015) 16:50"), a masthead above the
 * title, a "Volume N" line under a journal name. Stamps are never read.
 */
export function findCitation(
  pages: readonly PageText[],
  titleAt: { page: number; y: number } | undefined,
  title?: string,
): FoundCitation {
  const found: FoundCitation = {};
  const merge = (parts: CitationParts | undefined): void => {
    if (!parts) return;
    for (const key of ['journal', 'date', 'volume', 'issue', 'pages'] as const) {
      if (found[key] === undefined && parts[key] !== undefined)
        (found as Record<string, unknown>)[key] = parts[key];
    }
  };
  const candidates: Array<{ parts: CitationParts; rank: number }> = [];
  for (const page of pages) {
    const lines = page.lines.filter((line) => !isStamp(line) && !line.rotated);
    lines.forEach((line, index) => {
      const aboveTitle = titleAt && page.page === titleAt.page && line.y > titleAt.y;
      if (CITE_NOTE.test(line.text)) {
        const parts = fromNote(lines, index, title);
        if (parts) candidates.push({ parts, rank: 0 });
        return;
      }
      const parts = readCitationText(line.text);
      if (parts && (isInMargin(line, page) || aboveTitle))
        candidates.push({ parts, rank: parts.date ? 1 : 2 });
      // A full citation (journal, year, volume and pages) printed anywhere on the first pages.
      else if (parts?.date && parts.volume && parts.pages && page.page <= (titleAt?.page ?? 1) + 1)
        candidates.push({ parts, rank: 2 });
      const volume = VOLUME_LINE.exec(line.text);
      const previous = lines[index - 1];
      if (volume && previous && (aboveTitle || isInMargin(line, page))) {
        const journal = cleanJournalName(previous.text);
        const year = volume[3] ?? (Number(volume[1]) > 1900 ? volume[1] : undefined);
        if (journal)
          candidates.push({
            parts: { journal, volume: volume[1], ...(year ? { date: parsePageDate(year) } : {}) },
            rank: 1,
          });
      }
    });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  for (const candidate of candidates) merge(candidate.parts);
  if (!found.date) found.datedYear = findDatedYear(pages);
  return found;
}

/** The year of the best dated line on the first pages (published, copyright, accepted), stamps excluded. */
export function findDatedYear(pages: readonly PageText[]): PageDate | undefined {
  let best: { date: PageDate; weight: number } | undefined;
  for (const line of pages.flatMap((page) => page.lines)) {
    if (isStamp(line)) continue;
    for (const [pattern, weight] of DATED_LINES) {
      const match = pattern.exec(line.text);
      const date = match?.[1]
        ? (parsePageDate(match[1]) ?? parsePageDate(/((?:19|20)\d\d)/.exec(match[1])?.[1]))
        : undefined;
      if (date && (!best || weight > best.weight))
        best = { date: { iso: String(date.year), year: date.year }, weight };
    }
  }
  return best?.date;
}
