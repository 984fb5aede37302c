// Suggests therapeutic areas for a clip: those whose name or keywords occur in its title, abstract or keywords.
import type { TherapeuticArea } from '../model';
import { foldText } from '../text/fold';

/** A suggested area with the words that triggered it. */
export interface AreaSuggestion {
  areaId: string;
  reason: string;
}

/** The parts of a clip that say what it is about; the abstract may be plain or structured. */
export interface ClipTopic {
  title: string;
  abstract?: string | { text: string };
  keywords?: string[];
}

/** Folded words between single spaces, padded, so that a term is found as whole words with `includes`. */
const fold = (text: string) => ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

/** Areas whose name or a keyword occurs as whole words in the clip, most specific (deepest) first. */
export function suggestAreas(topic: ClipTopic, areas: TherapeuticArea[]): AreaSuggestion[] {
  const abstract = typeof topic.abstract === 'string' ? topic.abstract : (topic.abstract?.text ?? '');
  const text = fold([topic.title, abstract, ...(topic.keywords ?? [])].join(' \n '));
  const depth = (a: TherapeuticArea): number => {
    let d = 0;
    for (let p = a.parentId; p && d < 10; p = areas.find((x) => x.id === p)?.parentId) d++;
    return d;
  };
  return areas
    .flatMap((area) => {
      const terms = [area.name, ...area.keywords].map((t) => t.trim()).filter((t) => t.length > 1);
      const hits = terms.filter((t) => text.includes(fold(t)));
      return hits.length ? [{ area, hits }] : [];
    })
    .sort((a, b) => depth(b.area) - depth(a.area) || b.hits.length - a.hits.length)
    .map(({ area, hits }) => ({
      areaId: area.id,
      reason: `mentions ${hits
        .slice(0, 2)
        .map((h) => `"${h}"`)
        .join(', ')}`,
    }));
}
