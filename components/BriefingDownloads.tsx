// One download button per export format of a briefing pack, with what each is for.
import { BRIEFING_FORMATS } from '../lib/briefing/formats';
import type { BriefingFormat } from '../lib/model';

interface Props {
  /** False while there is no pack to export (no KOL chosen, custom dates missing). */
  enabled: boolean;
  /** The format being rendered, to show progress on its button. */
  busy?: BriefingFormat;
  /** What the last download did or why it failed. */
  status?: { kind: 'success' | 'danger'; text: string };
  onDownload: (format: BriefingFormat) => void;
}

/** The pack's formats first, then the reference lists alone. */
export function BriefingDownloads({ enabled, busy, status, onDownload }: Props) {
  const group = (contents: 'pack' | 'references') =>
    BRIEFING_FORMATS.filter((f) => f.contents === contents).map((f) => (
      <button
        key={f.id}
        type="button"
        class={contents === 'pack' ? 'btn btn-primary' : 'btn'}
        title={f.purpose}
        disabled={!enabled || busy !== undefined}
        onClick={() => onDownload(f.id)}
      >
        {busy === f.id ? 'Preparing…' : f.label}
      </button>
    ));
  return (
    <div class="briefing-downloads" role="group" aria-label="Download the pack">
      <div class="briefing-download-row">
        <span class="briefing-download-label">Download the pack</span>
        {group('pack')}
      </div>
      <div class="briefing-download-row">
        <span class="briefing-download-label">References only</span>
        {group('references')}
      </div>
      {status && (
        <p class={`banner banner-${status.kind}`} role="status" data-testid="briefing-download-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
