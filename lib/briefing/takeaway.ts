// One line on what a source means: the user's own note on it, else the first sentence of the abstract's conclusions.
import type { Note, Source } from '../model';

/** Longest takeaway shown; longer ones are cut at a word and end with an ellipsis. */
const MAX_TAKEAWAY = 280;

/** Labels of the concluding section of an abstract: Conclusion(s), Interpretation (Lancet), Conclusions and Relevance (JAMA)... */
const CONCLUSION_LABEL = /^(?:authors'?\s+)?(?:conclusions?|interpretations?)\b/i;

/** The same labels printed inline in an unstructured abstract ("... CONCLUSIONS: ..."), as PubMed flattens them. */
const INLINE_CONCLUSION =
  /(?:^|[.!?]\s+|\n)((?:CONCLUSIONS?(?: AND (?:RELEVANCE|IMPLICATIONS))?|INTERPRETATION|Conclusions?(?: and (?:Relevance|Implications))?|Interpretation))\s*[:.]\s+/;

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|vs|et al|approx|ca|cf|Fig|No|Dr|Prof|Ref|resp)|\b[A-Z])\.$/;

/** The first sentence of a text: up to the first ., ! or ? followed by a space and a capital, skipping abbreviations. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const boundary = /[.!?](?=\s+["'“([]?[\p{Lu}\d])/gu;
  for (let match = boundary.exec(flat); match; match = boundary.exec(flat)) {
    const upTo = flat.slice(0, match.index + 1);
    if (match[0] === '.' && ABBREVIATIONS.test(upTo)) continue;
    return upTo;
  }
  return flat;
}

/** Text shortened to `max` characters at a word boundary, with an ellipsis when cut. */
function bounded(text: string, max = MAX_TAKEAWAY): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}

/** The text of the abstract's conclusions: a labelled section, or what follows an inline label. */
export function conclusionsOf(source: Pick<Source, 'abstract'>): string | undefined {
  const sections = source.abstract?.sections ?? [];
  const labelled = sections.find((section) => section.label && CONCLUSION_LABEL.test(section.label.trim()));
  if (labelled?.text.trim()) return labelled.text.trim();
  for (const section of sections.length ? sections : [{ text: source.abstract?.text ?? '' }]) {
    const match = INLINE_CONCLUSION.exec(section.text);
    if (match) return section.text.slice(match.index + match[0].length).trim() || undefined;
  }
  return undefined;
}

/**
 * The user's note on the source (one linked to the KOL first, then the earliest; its first line), else the first
 * sentence of the abstract's conclusions; undefined when there is neither.
 */
export function takeawayFor(
  source: Source,
  notes: Note[],
  kolId: string,
): { text: string; from: 'note' | 'conclusions' } | undefined {
  const own = notes
    .filter((note) => note.sourceId === source.id && note.text.trim())
    .sort(
      (a, b) =>
        Number(b.kolIds.includes(kolId)) - Number(a.kolIds.includes(kolId)) ||
        a.createdAt - b.createdAt ||
        (a.id < b.id ? -1 : 1),
    );
  const note = own[0];
  if (note) {
    const firstLine = note.text.trim().split(/\n/)[0] ?? '';
    return { text: bounded(firstLine.replace(/\s+/g, ' ').trim()), from: 'note' };
  }
  const conclusions = conclusionsOf(source);
  return conclusions ? { text: bounded(firstSentence(conclusions)), from: 'conclusions' } : undefined;
}
