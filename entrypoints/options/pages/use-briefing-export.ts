// Downloads a briefing pack in one format and records the export, for the builder page.
import { countOf } from '../../../lib/counted-noun';
import { useState } from 'preact/hooks';
import { renderBriefingFile } from '../../../lib/briefing/formats';
import type { BriefingModel, BriefingRequest } from '../../../lib/briefing/model';
import type { BriefingFormat } from '../../../lib/model';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { downloadBlob } from '../download';

/** A pack ready to export: the request it answers, the model, and its HTML (the preview). */
export interface BuiltBriefing {
  request: BriefingRequest;
  model: BriefingModel;
  html: string;
}

/** What the builder's download buttons show. */
export interface BriefingExport {
  busy?: BriefingFormat;
  status?: { kind: 'success' | 'danger'; text: string };
  download: (format: BriefingFormat) => Promise<void>;
}

/** Renders the file, hands it to the browser's downloads, then records it as one of the KOL's briefings. */
export function useBriefingExport(current: () => BuiltBriefing | undefined): BriefingExport {
  const [busy, setBusy] = useState<BriefingFormat>();
  const [status, setStatus] = useState<BriefingExport['status']>();

  async function download(format: BriefingFormat): Promise<void> {
    const built = current();
    if (!built) return;
    const { request, model } = built;
    setBusy(format);
    setStatus(undefined);
    try {
      const file = await renderBriefingFile(model, format);
      const bytes = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
      downloadBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
      await repo.recordBriefing(
        {
          kolId: request.kolId,
          format,
          from: model.window.from,
          to: model.window.to,
          areaIds: request.areaIds,
          sourceIds: model.references.map((r) => r.work.sourceId),
          ...(model.meetingDate ? { meetingDate: model.meetingDate } : {}),
        },
        liveEnv,
      );
      const count = model.references.length;
      setStatus({
        kind: 'success',
        text: `Downloaded ${file.fileName} (${countOf(count, 'reference')}); listed under past briefings on ${model.kol.name}'s page.`,
      });
    } catch (error) {
      setStatus({
        kind: 'danger',
        text: `The ${format} file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(undefined);
    }
  }

  return { busy, status, download };
}
