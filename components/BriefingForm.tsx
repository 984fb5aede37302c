// The briefing builder's choices: KOL, time window, areas, sections, meeting date, objectives and questions.
import { SECTION_LABELS, type BriefingDraft } from '../lib/briefing/builder-draft';
import { BRIEFING_SECTIONS } from '../lib/briefing/model';
import { BriefingWindowField } from './BriefingWindowField';
import { ChipInput, type ChipOption } from './ChipInput';

interface Props {
  kolOptions: ChipOption[];
  kolId?: string;
  areaOptions: ChipOption[];
  draft: BriefingDraft;
  windowHint: string;
  /** Why the draft does not make a pack yet (custom dates), shown under the form. */
  problem?: string;
  onKolChange: (kolId: string) => void;
  onChange: (draft: BriefingDraft) => void;
}

/** Every choice of the builder; the page renders the preview from what this reports. */
export function BriefingForm({
  kolOptions,
  kolId,
  areaOptions,
  draft,
  windowHint,
  problem,
  onKolChange,
  onChange,
}: Props) {
  const set = (patch: Partial<BriefingDraft>) => onChange({ ...draft, ...patch });
  const toggleSection = (id: (typeof BRIEFING_SECTIONS)[number], on: boolean) =>
    set({ sections: on ? [...draft.sections, id] : draft.sections.filter((s) => s !== id) });
  return (
    <form class="briefing-form" onSubmit={(e) => e.preventDefault()} aria-label="Briefing choices">
      <div class="form-grid">
        <div class="field">
          <label for="briefing-kol">KOL</label>
          <select id="briefing-kol" value={kolId ?? ''} onChange={(e) => onKolChange(e.currentTarget.value)}>
            <option value="" disabled>
              Choose a KOL
            </option>
            {kolOptions.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
                {k.detail ? ` (${k.detail})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="briefing-meeting-date">Meeting date</label>
          <input
            id="briefing-meeting-date"
            type="date"
            value={draft.meetingDate}
            onInput={(e) => set({ meetingDate: e.currentTarget.value })}
          />
        </div>
      </div>
      <BriefingWindowField
        value={draft.window}
        customFrom={draft.customFrom}
        customTo={draft.customTo}
        windowHint={windowHint}
        onChange={set}
      />
      <ChipInput
        label="Narrow to therapeutic areas (optional)"
        options={areaOptions}
        selected={draft.areaIds}
        placeholder="All of the KOL's areas"
        onAdd={(id) => set({ areaIds: [...draft.areaIds, id] })}
        onRemove={(id) => set({ areaIds: draft.areaIds.filter((x) => x !== id) })}
      />
      <fieldset class="briefing-fieldset">
        <legend>Sections</legend>
        <div class="briefing-choices">
          {BRIEFING_SECTIONS.map((id) => (
            <label class="checkbox" key={id}>
              <input
                type="checkbox"
                checked={draft.sections.includes(id)}
                onChange={(e) => toggleSection(id, e.currentTarget.checked)}
              />
              {SECTION_LABELS[id]}
            </label>
          ))}
        </div>
        <p class="field-hint">The header with the marking and the numbered references are always included.</p>
      </fieldset>
      <div class="briefing-texts">
        <div class="field">
          <label for="briefing-objectives">Objectives (one per line)</label>
          <textarea
            id="briefing-objectives"
            rows={4}
            value={draft.objectives}
            onInput={(e) => set({ objectives: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="briefing-questions">Questions to ask (one per line)</label>
          <textarea
            id="briefing-questions"
            rows={4}
            value={draft.questions}
            onInput={(e) => set({ questions: e.currentTarget.value })}
          />
        </div>
      </div>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
