// The popup's form for the passage selected on the page: note, KOL and area links, insight category; saved as a highlight.
import { useState } from 'preact/hooks';
import { Banner } from '../../components/Banner';
import type { ChipOption, ChipSuggestion } from '../../components/ChipInput';
import { ClipLinks, type KolChipSuggestion } from '../../components/ClipLinks';
import { ComplianceWarning } from '../../components/ComplianceWarning';
import type { HighlightSelectors } from '../../lib/anchor';
import { describeSaveError } from '../../lib/clipper';
import type { ComplianceFinding } from '../../lib/compliance';
import type { ExtractedPage, InsightCategory, LinkChoice, Source } from '../../lib/model';
import { liveEnv, openDatabase } from '../../lib/repo/database';
import { clipAndHighlight, saveHighlight } from '../../lib/repo/highlights';

const db = openDatabase();

interface Props {
  selection: HighlightSelectors;
  /** The source in the library, or the page to clip first (a promise while its full text is read). */
  target: { source: Source } | { page: ExtractedPage | Promise<ExtractedPage> };
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
  kolSuggestions: KolChipSuggestion[];
  areaSuggestions: ChipSuggestion[];
  restrictedTerms: string[];
  onSaved: (source: Source) => void;
  onCancel: () => void;
}

/** Highlight with note: the passage as selected, then the same links and note as a clip. */
export function HighlightForm(props: Props) {
  const { selection, target, restrictedTerms } = props;
  const [note, setNote] = useState('');
  const [category, setCategory] = useState<InsightCategory | ''>('');
  const [kols, setKols] = useState<LinkChoice[]>([]);
  const [areas, setAreas] = useState<LinkChoice[]>([]);
  const [findings, setFindings] = useState<ComplianceFinding[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  async function save(confirmed = false) {
    if (saving) return;
    // The note goes through the same compliance check as every other note (loaded on save, as in the popup).
    const found = confirmed
      ? []
      : (await import('../../lib/compliance')).checkText(note, { restrictedTerms });
    setFindings(found);
    if (found.length > 0) return;
    setSaving(true);
    setError(undefined);
    const annotation = { note, category: category || undefined, kols, areas };
    try {
      if ('source' in target) {
        await saveHighlight(db, target.source.id, selection, annotation, liveEnv);
        props.onSaved(target.source);
      } else {
        const { source } = await clipAndHighlight(db, await target.page, selection, annotation, liveEnv);
        props.onSaved(source);
      }
    } catch (e) {
      setError(describeSaveError(e));
    } finally {
      setSaving(false);
    }
  }

  const passage = selection.exact.trim();
  return (
    <form
      class="popup-form highlight-form"
      data-testid="highlight-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div class="field">
        <span class="chip-input-label">Selected passage</span>
        <blockquote class="popup-passage popup-passage-selected" data-testid="highlight-passage">
          {passage.length > 400 ? `${passage.slice(0, 399)}…` : passage}
        </blockquote>
      </div>
      <ClipLinks
        kolOptions={props.kolOptions}
        areaOptions={props.areaOptions}
        kolSuggestions={props.kolSuggestions}
        areaSuggestions={props.areaSuggestions}
        kols={kols}
        areas={areas}
        note={note}
        category={category}
        onKols={setKols}
        onAreas={setAreas}
        onNote={(value) => {
          setNote(value);
          setFindings([]);
        }}
        onCategory={setCategory}
        onSubmitShortcut={() => void save()}
      />
      {findings.length > 0 && <ComplianceWarning findings={findings} onConfirm={() => void save(true)} />}
      {error && (
        <Banner tone="danger" title="Not saved">
          {error}
        </Banner>
      )}
      <button type="submit" class="btn btn-primary btn-block" disabled={saving}>
        {saving ? 'Saving…' : 'Save highlight'}
      </button>
      <button type="button" class="btn btn-quiet btn-block" onClick={props.onCancel}>
        {'source' in target ? 'Not now' : 'Clip the whole page instead'}
      </button>
    </form>
  );
}
