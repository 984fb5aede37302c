// The therapeutic area form: name, parent, keywords for suggestions, and a colour for chips.
import type { TherapeuticArea } from '../lib/model';

/** An area placed in the tree, as the repo lists them. */
interface AreaNode {
  area: TherapeuticArea;
  depth: number;
}

/** What the form edits. */
export interface AreaDraft {
  name: string;
  parentId: string;
  keywords: string;
  color: string;
}

/** Calm, distinguishable chip colours. */
export const AREA_COLORS = [
  '#0e5a78',
  '#2f7d4f',
  '#8a4fb0',
  '#b0573a',
  '#b08900',
  '#3a63b0',
  '#a8326e',
  '#4f6b73',
];

interface Props {
  draft: AreaDraft;
  parents: AreaNode[];
  error?: string;
  submitLabel: string;
  onChange: (draft: AreaDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}

/** Creates or edits an area; the parent saves. */
export function AreaForm({ draft, parents, error, submitLabel, onChange, onSubmit, onCancel }: Props) {
  const set = (patch: Partial<AreaDraft>) => onChange({ ...draft, ...patch });
  return (
    <form
      class="form area-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div class="form-grid">
        <div class="field">
          <label for="area-name">Name</label>
          <input
            id="area-name"
            value={draft.name}
            placeholder="e.g. Non-small cell lung cancer"
            onInput={(e) => set({ name: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="area-parent">Inside</label>
          <select
            id="area-parent"
            value={draft.parentId}
            onChange={(e) => set({ parentId: e.currentTarget.value })}
          >
            <option value="">(top level)</option>
            {parents.map((n) => (
              <option key={n.area.id} value={n.area.id}>
                {'\u00a0\u00a0'.repeat(n.depth)}
                {n.area.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field">
        <label for="area-keywords">Keywords</label>
        <input
          id="area-keywords"
          value={draft.keywords}
          placeholder="NSCLC, non-small cell, EGFR, ALK"
          aria-describedby="area-keywords-hint"
          onInput={(e) => set({ keywords: e.currentTarget.value })}
        />
        <span class="field-hint" id="area-keywords-hint">
          Separated by commas. A clip whose title, abstract or keywords contain one is suggested for this
          area.
        </span>
      </div>
      <fieldset class="color-choice">
        <legend>Colour</legend>
        {AREA_COLORS.map((c) => (
          <label key={c} class="color-option" style={{ background: c }}>
            <input
              type="radio"
              name="area-color"
              value={c}
              checked={draft.color === c}
              onChange={() => set({ color: c })}
            />
            <span class="sr-only">{c}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="btn btn-primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
