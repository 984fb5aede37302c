// What the builder form holds while the user edits it, and the request it stands for.
import {
  BRIEFING_SECTIONS,
  type BriefingRequest,
  type BriefingSectionId,
  type BriefingWindowChoice,
} from './model';

/** The window choices the form offers, as one value per radio button. */
export type WindowOption = 'since-last' | '3' | '6' | '12' | 'custom';

/** The builder's fields as typed: objectives and questions are one per line. */
export interface BriefingDraft {
  window: WindowOption;
  customFrom: string;
  customTo: string;
  areaIds: string[];
  sections: BriefingSectionId[];
  meetingDate: string;
  objectives: string;
  questions: string;
}

/** Section names as the builder's checkboxes show them. */
export const SECTION_LABELS: Record<BriefingSectionId, string> = {
  objectives: 'Objectives and questions',
  'since-last': 'Since the last meeting',
  'own-work': "The KOL's own work",
  linked: 'Sources linked to the KOL',
  'area-news': 'New in their areas',
  insights: 'Insights and notes',
};

/** A new draft: every section, since the last meeting, no areas narrowed. */
export function emptyDraft(): BriefingDraft {
  return {
    window: 'since-last',
    customFrom: '',
    customTo: '',
    areaIds: [],
    sections: [...BRIEFING_SECTIONS],
    meetingDate: '',
    objectives: '',
    questions: '',
  };
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

function toWindow(draft: BriefingDraft): BriefingWindowChoice | undefined {
  if (draft.window === 'since-last') return { kind: 'since-last' };
  if (draft.window === 'custom') {
    if (!draft.customFrom || !draft.customTo || draft.customFrom > draft.customTo) return undefined;
    return { kind: 'custom', from: draft.customFrom, to: draft.customTo };
  }
  return { kind: 'months', months: Number(draft.window) as 3 | 6 | 12 };
}

/**
 * The request a draft stands for, or why there is none yet (custom dates missing or in the wrong order).
 * Sections keep the pack's order whatever order they were ticked in.
 */
export function draftToRequest(
  kolId: string,
  draft: BriefingDraft,
): { request: BriefingRequest } | { problem: string } {
  const window = toWindow(draft);
  if (!window) return { problem: 'Give both custom dates, the first on or before the second.' };
  return {
    request: {
      kolId,
      window,
      areaIds: [...new Set(draft.areaIds)],
      sections: BRIEFING_SECTIONS.filter((s) => draft.sections.includes(s)),
      ...(draft.meetingDate ? { meetingDate: draft.meetingDate } : {}),
      objectives: lines(draft.objectives),
      questions: lines(draft.questions),
    },
  };
}
