// Classifies a PDF: label, protocol, poster, preprint, journal article or other, from its first pages and stamps.
import type { SourceKind } from '../model';
import type { PageText, TextLayerState } from './page-text';
import { KIND_SIGNATURES } from './pdf-rules';

/** What the classifier looks at, read before it runs. */
export interface PdfKindSignals {
  pages: readonly PageText[];
  pageCount: number;
  textLayer: TextLayerState;
  /** A preprint server's stamp or cover said so. */
  stampKind?: SourceKind;
  journal?: string;
  doi?: string;
}

/** The largest page side of a poster (A2 and up); articles are A4 or Letter (842 and 792 points). */
const POSTER_SIDE = 1190;

/** A meeting named on a short document: the sign of a congress abstract. */
const MEETING =
  /\b(?:annual (?:meeting|congress|conference)|congress|symposium|conference|scientific sessions|poster (?:session|number|no\.?)|abstract (?:number|no\.?|#))\b/i;

/** The lines at the top and bottom of a page (a fifth of its height each): where a meeting's name is printed. */
function headerText(page: PageText): string {
  return page.lines
    .filter((line) => {
      const fromBottom = line.y - page.bottom;
      return fromBottom > page.height * 0.8 || fromBottom < page.height * 0.2;
    })
    .map((line) => line.text)
    .join('\n');
}

/** DOI prefixes of preprint servers (bioRxiv/medRxiv, arXiv, Research Square, Preprints.org, SSRN, OSF). */
const PREPRINT_DOI = /^10\.(?:1101|48550|21203|20944|2139|31219|31234|31235)\//;

/**
 * The kind of document: a prescribing information or SmPC is a label and a sponsor protocol a
 * trial-protocol whatever else they print; a one-page sheet of poster size is a poster; a preprint
 * server's stamp or DOI makes a preprint; a journal or DOI an article; a page or two that name a
 * meeting in their head or foot a congress abstract; anything else is 'web-page'
 * (the generic kind), as for a scan whose text cannot be read.
 */
export function classifyPdf(signals: PdfKindSignals): SourceKind {
  const firstText = signals.pages
    .slice(0, 3)
    .map((page) => page.lines.map((line) => line.text).join('\n'))
    .join('\n');
  const signature = KIND_SIGNATURES.find((row) => row.pattern.test(firstText));
  if (signature?.kind === 'label') return 'label';
  if (signature?.kind === 'trial-protocol' && !signals.journal && !signals.doi) return 'trial-protocol';
  const first = signals.pages[0];
  if (signals.pageCount === 1 && first && Math.max(first.width, first.height) >= POSTER_SIDE) return 'poster';
  if (signals.stampKind === 'preprint' || (signals.doi && PREPRINT_DOI.test(signals.doi))) return 'preprint';
  if (signals.journal || signals.doi) return 'journal-article';
  if (signals.pageCount <= 2 && first && MEETING.test(headerText(first))) return 'congress-abstract';
  return 'web-page';
}
