// The popup's form for the passage selected on the page: note, KOL and area links, insight category; saved as a highlight.
import { useState } from 'preact/hooks';
import { Banner } from '../../components/Banner';
import type { ChipOption, ChipSuggestion } from '../../components/ChipInput';
import { ClipLinks, type KolChipSuggestion } from '../../components/ClipLinks';
import { ComplianceWarning } from '../../components/ComplianceWarning';
import { useComplianceGate, type ComplianceVerdict } from '../../components/use-compliance-gate';
import type { HighlightSelectors } from '../../lib/anchor';
import { describeSaveError } from '../../lib/clipper';
import type { ExtractedPage, InsightCategory, LinkChoice, Source } from '../../lib/model';
import { toComplianceOptions, type ComplianceSettings } from '../../lib/repo/compliance-settings';
import { liveEnv } from '../../lib/repo/live';
import * as repo from './repo';

interface Props {
  selection: HighlightSelectors;
  /** The source in the library, or the page to clip first (a promise while its full text is read). */
  target: { source: Source } | { page: ExtractedPage | Promise<ExtractedPage> };
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
  kolSuggestions: KolChipSuggestion[];
  areaSuggestions: ChipSuggestion[];
  compliance: ComplianceSettings;
  onSaved: (source: Source) => void;
  onCancel: () => void;
}

/** Highlight with note: the passage as selected, then the same links and note as a clip. */
export function HighlightForm(props: Props) {
  const { selection, target, compliance } = props;
  const [note, setNote] = useState('');
  const [category, setCategory] = useState<InsightCategory | ''>('');
  const [kols, setKols] = useState<LinkChoice[]>([]);
  const [areas, setAreas] = useState<LinkChoice[]>([]);
  const gate = useComplianceGate(toComplianceOptions(compliance, new Date()));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  async function save(confirmed = false) {
    if (saving) return;
    // The note goes through the same compliance check as every other note.
    const verdict = await gate.check(note, confirmed);
    if (!verdict.proceed) return;
    setSaving(true);
    setError(undefined);
    const annotation = { note, category: category || undefined, kols, areas };
    try {
      if ('source' in target) {
        const highlight = await repo.saveHighlight(target.source.id, selection, annotation, liveEnv);
        await markIfConfirmed(verdict, highlight.id);
        props.onSaved(target.source);
      } else {
        const saved = await repo.clipAndHighlight(await target.page, selection, annotation, liveEnv);
        await markIfConfirmed(verdict, saved.highlight.id);
        props.onSaved(saved.source);
      }
    } catch (e) {
      setError(describeSaveError(e));
    } finally {
      setSaving(false);
    }
  }

  async function markIfConfirmed(verdict: ComplianceVerdict, highlightId: string) {
    if (!verdict.confirmedEvent) return;
    const { products } = verdict.confirmedEvent;
    await repo.recordAdverseEventConfirmation({ kind: 'highlight', id: highlightId }, products, liveEnv);
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
          gate.clear();
        }}
        onCategory={setCategory}
        onSubmitShortcut={() => void save()}
      />
      {gate.findings.length > 0 && (
        <ComplianceWarning
          findings={gate.findings}
          text={note}
          subject="highlight note"
          pharmacovigilance={compliance.pharmacovigilance}
          reporters={kols.flatMap((k) => props.kolOptions.find((o) => o.id === k.targetId)?.label ?? [])}
          onConfirm={() => void save(true)}
        />
      )}
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
