// Linking a clip: KOL and area chips with suggestions, and the note with its insight category.
import { INSIGHT_LABELS } from '../lib/insight-labels';
import { kolLinkChoice } from '../lib/match/suggest-links';
import type { InsightCategory, LinkChoice } from '../lib/model';
import { ChipInput, type ChipOption, type ChipSuggestion } from './ChipInput';

/** A KOL suggestion also carries the author position it came from. */
export interface KolChipSuggestion extends ChipSuggestion {
  choice: LinkChoice;
}

interface Props {
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
  kolSuggestions: KolChipSuggestion[];
  areaSuggestions: ChipSuggestion[];
  kols: LinkChoice[];
  areas: LinkChoice[];
  note: string;
  category: InsightCategory | '';
  onKols: (kols: LinkChoice[]) => void;
  onAreas: (areas: LinkChoice[]) => void;
  onNote: (note: string) => void;
  onCategory: (category: InsightCategory | '') => void;
  onSubmitShortcut: () => void;
}

/** The part of the popup where a clip is tied to people, topics and an insight. */
export function ClipLinks(props: Props) {
  const { kolOptions, areaOptions, kolSuggestions, areaSuggestions, kols, areas, note, category } = props;
  const addKol = (id: string, how: 'manual' | 'suggestion') =>
    props.onKols([...kols, kolLinkChoice(id, how, kolSuggestions)]);
  return (
    <div class="clip-links">
      <ChipInput
        label="KOLs"
        options={kolOptions}
        selected={kols.map((k) => k.targetId)}
        suggestions={kolSuggestions}
        placeholder="Type a KOL's name"
        emptyHint="No KOL by that name. Add KOLs in the library."
        onAdd={addKol}
        onRemove={(id) => props.onKols(kols.filter((k) => k.targetId !== id))}
      />
      <ChipInput
        label="Therapeutic areas"
        options={areaOptions}
        selected={areas.map((a) => a.targetId)}
        suggestions={areaSuggestions}
        placeholder="Type an area"
        emptyHint="No such area. Add areas in the library."
        onAdd={(id, how) =>
          props.onAreas([...areas, { targetId: id, origin: how === 'suggestion' ? 'suggestion' : 'manual' }])
        }
        onRemove={(id) => props.onAreas(areas.filter((a) => a.targetId !== id))}
      />
      <div class="field">
        <label for="note">Note</label>
        <textarea
          id="note"
          rows={3}
          value={note}
          placeholder="Why this matters, for whom…"
          onInput={(event) => props.onNote(event.currentTarget.value)}
          onKeyDown={(event) =>
            (event.ctrlKey || event.metaKey) && event.key === 'Enter' && props.onSubmitShortcut()
          }
        />
      </div>
      <div class="field">
        <label for="note-category">Insight category</label>
        <select
          id="note-category"
          value={category}
          onChange={(event) => props.onCategory(event.currentTarget.value as InsightCategory | '')}
        >
          <option value="">None</option>
          {Object.entries(INSIGHT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
