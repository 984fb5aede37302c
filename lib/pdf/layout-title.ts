// Finds the title on a page from its layout: the largest-type block near the top that is not furniture.
import { mostCommonSize, type PageText } from './page-text';
import { isInMargin, isStamp } from './page-furniture';
import type { TextLine } from './text-lines';

/** Lines that sit above or beside a title in large type but are labels, not the title. */
export const NOT_TITLE: readonly RegExp[] = [
  /^(?:original|research|review|short|brief|special|invited|clinical|systematic|feature|focus|perspective|opinion|case|methods?)?\s*(?:article|research|report|review|communication|paper|study|note|letter|commentary|editorial|protocol|trial|perspective|correspondence|abstract|investigation|contribution|study protocol)s?(?:\s+open access)?$/i,
  /^(?:open access|editorial|review|research|correspondence|commentary|debate|methodology|erratum|corrigendum|letters?|viewpoint|highlights?|cover story)$/i,
  /^(?:volume|vol\.|issue|no\.|article|page)\s*\d/i,
  /https?:|www\.|\bdoi\b|©|\bissn\b|journal homepage|available (?:online|at)|contents lists available/i,
  /^(?:abstract|summary|introduction|background|keywords?)$/i,
];

/** Whether a line is spelled out letter by letter ("A bs t r ac t", "T h e n e w e ng l a n d"). */
export function isLetterSpaced(text: string): boolean {
  const tokens = text.split(' ');
  return tokens.length >= 4 && tokens.filter((token) => token.length <= 2).length / tokens.length > 0.6;
}

/** Letters and digits only, lower case: a masthead compared with a journal name across spacing and case. */
function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
}

/** A line that is furniture or a stamp, and so never part of a title. */
function isFurniture(line: TextLine, page: PageText, journal: string | undefined): boolean {
  const text = line.text.replace(/[\s*†‡§⁎]+$/, '');
  if (line.rotated || isStamp(line) || isLetterSpaced(text)) return true;
  const bare = (name: string): string => squeezed(name).replace(/^the/, '');
  if (journal && bare(text) === bare(journal)) return true;
  return isInMargin(line, page) && line.y - page.bottom < page.height * 0.5;
}

/** Whether a line is a label ("Research Article", "Open Access") rather than words of a title. */
function isLabel(line: TextLine): boolean {
  const text = line.text.replace(/[\s*†‡§⁎]+$/, '');
  return NOT_TITLE.some((pattern) => pattern.test(text));
}

/** A block without the label lines at its edges that are set in another font than the block's own. */
function trimLabels(block: readonly TextLine[]): TextLine[] {
  const fonts = new Map<string, number>();
  for (const line of block) fonts.set(line.font, (fonts.get(line.font) ?? 0) + line.text.length);
  const main = [...fonts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const trimmed = [...block];
  const isEdgeLabel = (line: TextLine | undefined): boolean =>
    !!line && isLabel(line) && (line.font !== main || trimmed.length === 1);
  while (isEdgeLabel(trimmed[0])) trimmed.shift();
  while (isEdgeLabel(trimmed.at(-1))) trimmed.pop();
  return trimmed;
}

/** The size of most of these lines' text: the body text the title must stand out from. */
export const bodySize = mostCommonSize;

/** A title found on a page: its text, its lines (so authors can be read beneath) and its size. */
export interface LayoutTitle {
  text: string;
  lines: TextLine[];
  size: number;
  page: number;
}

/** Lines of one size stacked closely under each other, from the top down. */
function blocks(lines: readonly TextLine[]): TextLine[][] {
  const result: TextLine[][] = [];
  for (const line of lines) {
    const block = result.find((candidate) => {
      const last = candidate.at(-1)!;
      const sameSize = Math.abs(last.size - line.size) <= Math.max(0.6, last.size * 0.06);
      const gap = last.y - line.y;
      const overlaps = line.x < last.right + last.size && line.right > last.x - last.size;
      return sameSize && gap > 0 && gap <= last.size * 2 && overlaps;
    });
    if (block) block.push(line);
    else result.push([line]);
  }
  return result;
}

/**
 * The title of a page: the block in the largest type (at least 15% larger than the document's body text) in the
 * top two thirds of the page, that is not a label ("Original Article"), a masthead in spaced letters,
 * the journal's name or a stamp. Undefined when nothing on the page stands out by size.
 */
export function findLayoutTitle(page: PageText, body: number, journal?: string): LayoutTitle | undefined {
  const candidates = page.lines
    .filter((line) => !isFurniture(line, page, journal))
    .filter((line) => line.y - page.bottom > page.height * 0.3)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const ranked = blocks(candidates)
    .map(trimLabels)
    .filter((block) => block.length > 0)
    .filter((block) => block[0]!.size >= body * 1.15 && block.map((l) => l.text).join(' ').length >= 8)
    // A short line in capitals alone is a masthead ("PAIN", "THE LANCET"); a poster's title in capitals is longer.
    .filter(
      (block) => block.length > 1 || /\p{Ll}/u.test(block[0]!.text) || block[0]!.text.split(/\s+/).length > 3,
    )
    .sort((a, b) => b[0]!.size - a[0]!.size || b[0]!.y - a[0]!.y);
  const best = ranked[0];
  if (!best) return undefined;
  const text = best
    .map((line) => line.text)
    .join(' ')
    .replace(/\s*[*†‡§⁎]+$/, '')
    .replace(/(\p{L})- (\p{Ll})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, lines: best, size: best[0]!.size, page: page.page };
}
