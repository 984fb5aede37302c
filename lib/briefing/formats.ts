// The export formats of a briefing pack as one data table: label, file name, MIME type and renderer of each.
// The DOCX writer (the docx library, ~490 KB) is loaded only when a Word file is made.
import type { BriefingFormat } from '../model';
import type { BriefingModel } from './model';
import { renderBibtex } from './references-bibtex';
import { renderCslJson } from './references-csl';
import { renderRis } from './references-ris';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { fileNameSlug } from '../text/file-name-slug';

/** One format a pack can be downloaded in. */
export interface BriefingFormatSpec {
  id: BriefingFormat;
  /** The button's label. */
  label: string;
  /** What the file is for, in a few words (the button's tooltip). */
  purpose: string;
  /** The whole pack, or its reference list alone for a reference manager. */
  contents: 'pack' | 'references';
  /** Without the dot. */
  extension: string;
  mimeType: string;
  render: (model: BriefingModel) => Promise<string | Uint8Array>;
}

/** Every format, in the order the builder offers them. Adding a format is one entry here. */
export const BRIEFING_FORMATS: readonly BriefingFormatSpec[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    purpose: 'plain text with headings, for notes apps',
    contents: 'pack',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    render: async (m) => renderMarkdown(m),
  },
  {
    id: 'html',
    label: 'HTML (print to PDF)',
    purpose: 'a print-ready page; open it and print to PDF',
    contents: 'pack',
    extension: 'html',
    mimeType: 'text/html;charset=utf-8',
    render: async (m) => renderHtml(m),
  },
  {
    id: 'docx',
    label: 'Word (DOCX)',
    purpose: 'opens in Word and LibreOffice',
    contents: 'pack',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (m) => (await import('./render-docx')).renderDocx(m),
  },
  {
    id: 'ris',
    label: 'RIS',
    purpose: 'references for EndNote, Zotero, Mendeley',
    contents: 'references',
    extension: 'ris',
    mimeType: 'application/x-research-info-systems;charset=utf-8',
    render: async (m) => renderRis(m.references),
  },
  {
    id: 'bibtex',
    label: 'BibTeX',
    purpose: 'references for LaTeX and JabRef',
    contents: 'references',
    extension: 'bib',
    mimeType: 'application/x-bibtex;charset=utf-8',
    render: async (m) => renderBibtex(m.references),
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    purpose: 'references for Zotero and citation processors',
    contents: 'references',
    extension: 'json',
    mimeType: 'application/vnd.citationstyles.csl+json;charset=utf-8',
    render: async (m) => renderCslJson(m.references),
  },
];

/** The table entry of a format. */
export function briefingFormat(id: BriefingFormat): BriefingFormatSpec {
  const spec = BRIEFING_FORMATS.find((f) => f.id === id);
  if (!spec) throw new Error(`Unknown briefing format: ${id}`);
  return spec;
}

/**
 * `briefing-<kol>-<day>.<ext>` for the pack, `references-<kol>-<day>.<ext>` for a reference list; the day
 * is the meeting's, else the day the pack was made.
 */
export function briefingFileName(
  model: Pick<BriefingModel, 'kol' | 'meetingDate' | 'generatedAt'>,
  id: BriefingFormat,
): string {
  const spec = briefingFormat(id);
  const day = model.meetingDate ?? model.generatedAt.slice(0, 10);
  return `${spec.contents === 'pack' ? 'briefing' : 'references'}-${fileNameSlug(model.kol.name, 'kol')}-${day}.${spec.extension}`;
}

/** One rendered file, ready to download or write. */
export interface BriefingFile {
  fileName: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** Renders the pack in one format, with the file's name and type. */
export async function renderBriefingFile(model: BriefingModel, id: BriefingFormat): Promise<BriefingFile> {
  const spec = briefingFormat(id);
  return {
    fileName: briefingFileName(model, id),
    mimeType: spec.mimeType,
    content: await spec.render(model),
  };
}
