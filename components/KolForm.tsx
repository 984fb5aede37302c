// The KOL profile form: professional data only, ORCID and NPI checked, areas chosen with chips.
import type { KolFieldError, KolInput } from '../lib/kol-input';
import { ChipInput, type ChipOption } from './ChipInput';

interface Props {
  value: KolInput;
  errors: KolFieldError[];
  areaOptions: ChipOption[];
  tiers: string[];
  saving: boolean;
  submitLabel: string;
  onChange: (value: KolInput) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

type TextField =
  'name' | 'credentials' | 'specialty' | 'institution' | 'country' | 'tier' | 'orcid' | 'npi' | 'crmId';

/** Text fields in display order, with their labels and hints. */
const TEXT_FIELDS: { field: TextField; label: string; hint?: string; required?: boolean }[] = [
  { field: 'name', label: 'Name', required: true, hint: 'As you would address them, e.g. Jane A. Smith' },
  { field: 'credentials', label: 'Credentials', hint: 'MD, PhD, FRCP…' },
  { field: 'specialty', label: 'Specialty' },
  { field: 'institution', label: 'Institution' },
  { field: 'country', label: 'Country' },
  { field: 'tier', label: 'Tier', hint: "Your team's own tiers, e.g. Tier 1, National, Regional" },
  { field: 'orcid', label: 'ORCID iD', hint: '0000-0002-1825-0097 or the orcid.org link' },
  { field: 'npi', label: 'NPI', hint: 'US National Provider Identifier, 10 digits' },
  { field: 'crmId', label: 'CRM id', hint: 'The id of this KOL in your CRM (Veeva, Salesforce…)' },
];

/** Edits a KOL; the parent validates and saves. */
export function KolForm({
  value,
  errors,
  areaOptions,
  tiers,
  saving,
  submitLabel,
  onChange,
  onSubmit,
  onCancel,
}: Props) {
  const errorOf = (field: keyof KolInput) => errors.find((e) => e.field === field)?.message;
  const set = (patch: Partial<KolInput>) => onChange({ ...value, ...patch });
  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <p class="banner banner-info form-notice">
        Professional information only. Do not record personal contact details, opinions about the person, or
        anything about patients.
      </p>
      <div class="form-grid">
        {TEXT_FIELDS.map(({ field, label, hint, required }) => (
          <div class="field" key={field}>
            <label for={`kol-${field}`}>
              {label}
              {required && ' (required)'}
            </label>
            <input
              id={`kol-${field}`}
              value={value[field] ?? ''}
              list={field === 'tier' ? 'kol-tiers' : undefined}
              aria-invalid={errorOf(field) ? true : undefined}
              aria-describedby={
                errorOf(field) ? `kol-${field}-error` : hint ? `kol-${field}-hint` : undefined
              }
              onInput={(event) => set({ [field]: event.currentTarget.value })}
            />
            {errorOf(field) ? (
              <span class="field-error" id={`kol-${field}-error`}>
                {errorOf(field)}
              </span>
            ) : (
              hint && (
                <span class="field-hint" id={`kol-${field}-hint`}>
                  {hint}
                </span>
              )
            )}
          </div>
        ))}
      </div>
      <datalist id="kol-tiers">
        {tiers.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div class="field">
        <label for="kol-variants">Name variants in author lists</label>
        <textarea
          id="kol-variants"
          rows={3}
          value={value.nameVariants.join('\n')}
          aria-describedby="kol-variants-hint"
          onInput={(event) => set({ nameVariants: event.currentTarget.value.split('\n') })}
        />
        <span class="field-hint" id="kol-variants-hint">
          One per line, e.g. Smith JA · J. A. Smith · Smith, Jane A. Used to suggest this KOL when you clip
          their papers.
        </span>
        {errorOf('nameVariants') && <span class="field-error">{errorOf('nameVariants')}</span>}
      </div>
      <ChipInput
        label="Therapeutic areas"
        options={areaOptions}
        selected={value.areaIds}
        placeholder="Type to add an area"
        emptyHint="No such area. Create it under Therapeutic areas."
        onAdd={(id) => set({ areaIds: [...value.areaIds, id] })}
        onRemove={(id) => set({ areaIds: value.areaIds.filter((x) => x !== id) })}
      />
      <div class="field">
        <label for="kol-interests">Scientific interests</label>
        <textarea
          id="kol-interests"
          rows={2}
          value={value.interests ?? ''}
          onInput={(event) => set({ interests: event.currentTarget.value })}
        />
        {errorOf('interests') && <span class="field-error">{errorOf('interests')}</span>}
      </div>
      <div class="field">
        <label for="kol-notes">Notes</label>
        <textarea
          id="kol-notes"
          rows={3}
          value={value.notes ?? ''}
          onInput={(event) => set({ notes: event.currentTarget.value })}
        />
        {errorOf('notes') && <span class="field-error">{errorOf('notes')}</span>}
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
