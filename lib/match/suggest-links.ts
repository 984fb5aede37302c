// The links the popup suggests before the user types: KOLs among the authors, areas named in the text.
import type { Author, AuthorPosition, Kol, LinkChoice, TherapeuticArea } from '../model';
import { suggestAreas, type ClipTopic } from './area-suggest';
import { matchAuthorsToKols } from './kol-match';

const POSITION_WORDS: Record<AuthorPosition, string> = {
  first: 'first author',
  last: 'last author',
  'co-author': 'co-author',
};

/** A suggested link, ready to show (`reason`) and to store when accepted (`choice`). */
export interface LinkSuggestion {
  id: string;
  reason: string;
  choice: LinkChoice;
}

/** Suggestions for a clip; nothing is linked until the user accepts one. */
export function suggestLinks(
  clip: ClipTopic & { authors: Author[] },
  kols: Kol[],
  areas: TherapeuticArea[],
): { kols: LinkSuggestion[]; areas: LinkSuggestion[] } {
  return {
    kols: matchAuthorsToKols(clip.authors, kols).map((m) => ({
      id: m.kolId,
      reason: `${m.reason} · ${POSITION_WORDS[m.position]}`,
      choice: { targetId: m.kolId, origin: 'author-match', position: m.position },
    })),
    areas: suggestAreas(clip, areas).map((s) => ({
      id: s.areaId,
      reason: s.reason,
      choice: { targetId: s.areaId, origin: 'suggestion' },
    })),
  };
}

/**
 * The link to record when the user adds a KOL: the suggestion as offered when they accepted it, else a
 * manual link that still notes the author position when the KOL is among the authors.
 */
export function kolLinkChoice(
  kolId: string,
  how: 'manual' | 'suggestion',
  suggestions: LinkSuggestion[],
): LinkChoice {
  const suggested = suggestions.find((s) => s.id === kolId)?.choice;
  if (how === 'suggestion' && suggested) return suggested;
  return {
    targetId: kolId,
    origin: 'manual',
    ...(suggested?.position ? { position: suggested.position } : {}),
  };
}
