// Reads the byline beneath a title (or an editorial's signature) into authors: markers, e-mails and groups removed, degrees kept apart.
import type { Author } from '../model';
import { parseAuthor } from '../extract/authors';
import type { LayoutTitle } from './layout-title';
import type { PageText } from './page-text';
import { isStamp } from './page-furniture';
import type { TextLine } from './text-lines';

/** Degrees and honours printed after names; read apart from the name ("Lucas Porto Santos, ScD"). */
const DEGREE =
  /^(?:M\.?D\.?|Ph\.?D\.?|D\.?Phil|Sc\.?D|M\.?Sc|B\.?Sc|M\.?S|M\.?A|B\.?A|M\.?P\.?H|Dr\.?P\.?H|MBBS|MBChB|MB|BS|BCh|ChB|D\.?O|Pharm\.?D|R\.?N|N\.?P|PA-C|MBA|MSPH|MHS|MPhil|MRes|FRCP\w*|FRACP|FACP|FACC|FRCS\w*|MRCP\w*|FMedSci|FRS|FAHA|FESC|DrMed|Dr\.? med\.?|Prof\.?|Jr\.?|Sr\.?|II|III|IV)$/;

/** Words of institutions and addresses: a piece that holds one is an affiliation, not a name. */
const AFFILIATION =
  /\b(?:Universit\w*|Univ\.|Department|Dept\.?|Hospital|Institut\w*|Center|Centre|School|Faculty|College|Laborator\w*|Clinic\w*|Division|Unit|Foundation|Research|Medical|Health|Sciences?|Street|Road|Avenue|USA|UK|Inc\.?|Ltd\.?|GmbH|Corporation|Company|Correspond\w*|Email|E-mail|Tel\.?|Fax|Received|Accepted|Published|Abstract|Keywords?)\b/i;

/** A named group or consortium at the end of a byline: not an author ("for the ERSPC Investigators"). */
const GROUP =
  /^(?:for|on behalf of)\b|\b(?:group|investigators|consortium|network|collaborat\w*|committee|team|study group|writing group)\b/i;

/** Rows that end a byline: headings, dates, notes and the abstract. */
const BYLINE_END =
  /^(?:abstract|summary|a b s t r a c t|background|introduction|keywords?|key words|received|accepted|published|article history|article info|citation|correspond\w*|academic editor|edited by|doi\b|https?:|copyright|©|affiliations?:?$)/i;

/** Rows inside a byline that are skipped: e-mail lines and correspondence marks. */
const BYLINE_SKIP = /^(?:e-?mail|\*?\s*corresponding author|\*|†|‡)/i;

/** Lines on the same baseline, joined left to right: a byline broken into runs is one row again. */
export function rows(lines: readonly TextLine[]): TextLine[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const merged: TextLine[] = [];
  for (const line of sorted) {
    const row = merged.find(
      (candidate) =>
        Math.abs(candidate.y - line.y) < candidate.size * 0.35 && Math.abs(candidate.size - line.size) < 1,
    );
    if (!row) {
      merged.push({ ...line, parts: [...line.parts] });
      continue;
    }
    const before = line.x < row.x;
    row.text = before ? `${line.text} ${row.text}` : `${row.text} ${line.text}`;
    row.plain = before ? `${line.plain} ${row.plain}` : `${row.plain} ${line.plain}`;
    row.x = Math.min(row.x, line.x);
    row.right = Math.max(row.right, line.right);
  }
  return merged;
}

/** Whether a piece of a byline is a person's name: two to six capitalised words or initials, no digits. */
export function isPersonName(piece: string): boolean {
  if (/\d|@|[()[\]{}|/\\]/.test(piece) || AFFILIATION.test(piece) || GROUP.test(piece)) return false;
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  const particle = /^(?:van|von|der|den|de|da|das|do|dos|di|del|della|la|le|du|bin|al|el|ten|ter|y|e)$/;
  return words.every(
    (word) =>
      particle.test(word) || /^[\p{Lu}][\p{L}'’‐-]*\.?$|^(?:\p{Lu}\.){1,3}-?(?:\p{Lu}\.)?$/u.test(word),
  );
}

/** A byline as one string split into people, with trailing degrees kept apart and groups dropped. */
export function splitByline(text: string): Author[] {
  const cleaned = text
    .replace(/\([^()]*@[^()]*\)/g, ' ')
    .replace(/\S*@\S*/g, ' ')
    .replace(/[*†‡§¶#⇑✉⁎]/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
  const separator = cleaned.includes(';') ? /\s*;\s*|\s+and\s+|\s*&\s*/ : /\s*,\s*|\s+and\s+|\s*&\s*/;
  const authors: Author[] = [];
  for (const raw of cleaned.split(separator)) {
    const piece = raw.replace(/^(?:and|by)\s+/i, '').trim();
    if (!piece) continue;
    // "Name, MD, ScD" within a ";" list, or a degree after a comma in a "," list.
    const [printed = '', ...rest] = piece.split(/\s*,\s*/);
    // Affiliation numbers printed in the line's own size stick to the name ("Xavier Neves da Silva1").
    const name = printed.replace(/(?<=\p{L})\d+$/u, '').trim();
    const degrees = rest.filter((part) => part.split(/\s+/).every((word) => DEGREE.test(word)));
    if (DEGREE.test(piece.replace(/\s+/g, '')) || piece.split(/\s+/).every((word) => DEGREE.test(word))) {
      const last = authors.at(-1);
      if (last) last.degrees = [last.degrees, piece].filter(Boolean).join(', ');
      continue;
    }
    if (GROUP.test(piece)) break;
    if (!isPersonName(name)) continue;
    const author = parseAuthor(name);
    if (!author) continue;
    if (degrees.length > 0) author.degrees = degrees.join(', ');
    authors.push(author);
  }
  return authors;
}

/**
 * The authors printed beneath a title: the rows under it that read as lists of names (markers,
 * e-mails and "(email)" notes removed), skipping affiliation and e-mail rows between author rows in
 * the same type, and stopping at the abstract, dates or a paragraph of body text.
 */
export function findBylineAuthors(page: PageText, title: LayoutTitle, bodySize: number): Author[] {
  const last = title.lines.at(-1)!;
  const below = rows(
    page.lines.filter((line) => !line.rotated && !isStamp(line) && line.y < last.y - last.size * 0.3),
  );
  let authorFont: { font: string; size: number } | undefined;
  let text = '';
  let skipped = 0;
  for (const row of below) {
    const plain = row.plain.trim();
    if (!plain || /^[.\s…·_-]+$/.test(plain)) continue;
    if (BYLINE_END.test(plain)) break;
    if (authorFont && (row.font !== authorFont.font || Math.abs(row.size - authorFont.size) > 0.5)) {
      if (++skipped > 12) break;
      continue;
    }
    if (BYLINE_SKIP.test(plain)) continue;
    if (row.size >= title.size * 0.98 || row.size < bodySize * 0.75) {
      if (authorFont) continue;
      break;
    }
    const found = splitByline(plain);
    // Pieces that could be names: degrees and affiliation numbers between commas do not count.
    const pieces = plain
      .split(/[,;]|\band\b/)
      .map((p) => p.trim())
      .filter(
        (p) => p && !/^[\d\s*†‡]+$/.test(p) && !p.split(/\s+/).every((word) => DEGREE.test(word)),
      ).length;
    const continuation = authorFont && /^\p{Lu}\p{Ll}+(?:\s|,|$)/u.test(plain) && found.length >= pieces / 3;
    if (found.length === 0 || (found.length < pieces / 2 && !continuation)) {
      if (authorFont) continue;
      if (text) break;
      // The first row under the title may be a subtitle or a label; look one row further.
      if (++skipped > 2) break;
      continue;
    }
    authorFont ??= { font: row.font, size: row.size };
    const names = plain.replace(/\([^()]*@[^()]*\)|\S*@\S*/g, ' ').trim();
    // A ";" list breaks names across rows ("Larissa" / "Xavier Neves da Silva"); a "," list does not.
    const joiner = /[,;]$/.test(text) || text.includes(';') ? ' ' : ', ';
    text = text ? `${text}${joiner}${names}` : names;
    skipped = 0;
  }
  return text ? splitByline(text.replace(/([a-z])-\s*,\s+([a-z])/g, '$1$2')) : [];
}

/**
 * An editorial's author signed at the end of the text: a short line that is one name, directly above
 * an affiliation or e-mail line, before the references. Used only when there is no byline.
 */
export function findSignature(page: PageText): Author[] {
  const lines = page.lines;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (/^r\s?e\s?f\s?e\s?r\s?e\s?n\s?c\s?e\s?s$/i.test(line.text)) break;
    if (line.text.length > 40 || !isPersonName(line.plain)) continue;
    if (!AFFILIATION.test(next.text) || Math.abs(next.y - line.y) > line.size * 3) continue;
    const author = parseAuthor(line.plain);
    return author ? [author] : [];
  }
  return [];
}
