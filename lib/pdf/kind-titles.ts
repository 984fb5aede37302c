// Titles of documents whose first page sets no title apart by size: a label names its product in a fixed place.
import type { PageText } from './page-text';

/** Where non-article documents print their title; the first row whose pattern finds a line gives it. */
export const KIND_TITLE_RULES: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  {
    pattern: /^\p{Lu}[\p{Lu}\d -]{1,40}[®™]?\s*\([\p{Ll}\d][\p{L}\d ,-]{2,80}\)\s.{0,120}$/u,
    why: 'US prescribing information: "VEKLURY® (remdesivir) for injection, for intravenous use"',
  },
];

/** A protocol's title after its label ("Protocol Title: A Phase 3 …", "Official Title: …"). */
const PROTOCOL_TITLE =
  /^(?:protocol title|official title|study title|title of (?:the )?(?:study|trial|protocol)|full title)\s*:\s*(.{10,})$/i;

/** Headings after which the product's name is the next line (EU SmPC section 1). */
const NAME_HEADING = /^1\.\s*NAME OF THE MEDICINAL PRODUCT$/i;

/**
 * The title of a protocol printed after a "Protocol Title:" label, or of a label: in US prescribing information the line "BRAND® (generic) dosage form" under the
 * Highlights heading, in an SmPC the line under "1. NAME OF THE MEDICINAL PRODUCT". Undefined for
 * documents that are neither.
 */
export function findKindTitle(pages: readonly PageText[]): string | undefined {
  const lines = pages.slice(0, 2).flatMap((page) => page.lines);
  const labelled = lines.findIndex((line) => PROTOCOL_TITLE.test(line.text.trim()));
  if (labelled >= 0) {
    const head = lines[labelled]!;
    let title = PROTOCOL_TITLE.exec(head.text.trim())?.[1] ?? '';
    // The title runs on over the next lines in the same type, up to the next label.
    for (const next of lines.slice(labelled + 1, labelled + 5)) {
      if (
        Math.abs(next.size - head.size) > 0.5 ||
        /^[\p{L} ]{2,40}:/u.test(next.text) ||
        head.y - next.y > head.size * 6
      )
        break;
      title += ` ${next.text.trim()}`;
    }
    return title.trim();
  }
  const isLabel = lines.some((line) =>
    /HIGHLIGHTS OF PRESCRIBING INFORMATION|SUMMARY OF PRODUCT CHARACTERISTICS/.test(line.text),
  );
  if (!isLabel) return undefined;
  const heading = lines.findIndex((line) => NAME_HEADING.test(line.text.trim()));
  if (heading >= 0 && lines[heading + 1]) return lines[heading + 1]!.text.trim();
  for (const rule of KIND_TITLE_RULES) {
    const line = lines.find((candidate) => rule.pattern.test(candidate.text.trim()));
    if (line) return line.text.trim();
  }
  return undefined;
}
