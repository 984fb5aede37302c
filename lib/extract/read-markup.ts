// Reads every layer that needs the page's own markup, before Readability rewrites the document.
import type { SourceKind } from '../model';
import { findAbstractInDom } from './abstract';
import { splitKeywords } from './abstract-sections';
import { readByline } from './byline';
import { readCitationLine } from './citation-line';
import { defuseClobbering } from './clobbering';
import { CONGRESS_LABELS } from './congress';
import { findDoiInScripts, normalizeDoi } from './identifiers';
import { readJsonLd } from './json-ld';
import { LabelIndex } from './labelled-values';
import { readMetaTags } from './meta-tags';
import { classifyPage, type KindSignals } from './page-kind';
import { cleanText } from './plain-text';
import { readScholarlyMeta, type PageMeta, type ScholarlyMeta } from './scholarly-meta';
import { SITE_ADAPTERS } from './site-adapters';
import { findAdapter, labelsOf, readSite } from './site-reader';
import { readHeadings } from './title';
import { readUrlLayer } from './url-layer';
import { mergeLayers, type Layer, type WorkRecord } from './work-record';

/** Runs one step; a failure costs that step only (see `extractPage`). */
export type Attempt = <T>(step: () => T, fallback: T) => T;

/** What the page's markup says: every layer's record, the page meta, and what classification decided. */
export interface Markup {
  layers: Layer[];
  page: PageMeta;
  kind: SourceKind;
  signals: KindSignals;
  labels: LabelIndex;
  canonicalUrl?: string;
  documentTitle?: string;
  lang?: string;
  headings: string[];
  /** The start of the page's text, kept for congress details (meeting names are printed anywhere). */
  bodyStart?: string;
}

/** Labels worth indexing on any scholarly page: a printed keyword list and a printed DOI. */
const SCHOLARLY_LABELS = ['Keywords', 'Key words', 'DOI'];
const BODY_START_CHARS = 30_000;

/**
 * Reads the site adapter, meta tags of every family, JSON-LD, the address, and the visible page (abstract,
 * byline, printed DOI and keywords), each step guarded, and classifies the page from what they say.
 */
export function readMarkup(doc: Document, url: string, attempt: Attempt): Markup {
  attempt(() => defuseClobbering(doc), 0);
  const meta = attempt<ScholarlyMeta>(() => readScholarlyMeta(readMetaTags(doc), doc), {
    layers: [],
    page: {},
  });
  const canonicalUrl = attempt(() => readCanonicalUrl(doc, url, meta.page.canonical), undefined);
  const urls = [url, canonicalUrl].filter((u): u is string => !!u);
  const adapter = attempt(() => findAdapter(doc, urls, SITE_ADAPTERS), undefined);
  const layers: Layer[] = [...meta.layers];
  layers.push({ source: 'jsonld', record: attempt(() => readJsonLd(doc), {}) });
  layers.push({ source: 'url', record: readUrlLayer(urls) });
  layers.push({ source: 'og', record: attempt(() => citationLineRecord(meta.page.description), {}) });
  const scriptDoi = attempt(() => findDoiInScripts(doc), undefined);

  const known = mergeLayers(layers).record;
  const signals: KindSignals = {
    urls,
    siteKind: adapter?.kind,
    declaredKind: known.kind,
    journal: known.journal,
    doi: known.doi ?? scriptDoi,
    conference: known.congress?.name,
    type: meta.page.type,
    issue: known.issue,
  };
  const kind = classifyPage(signals);
  const scholarly = kind !== 'web-page';
  const wanted = [
    ...(adapter ? labelsOf(adapter) : []),
    ...(kind === 'congress-abstract' ? Object.values(CONGRESS_LABELS).flat() : []),
    ...(scholarly ? SCHOLARLY_LABELS : []),
  ];
  // The DOM typings say body is never null; on a fragment with no <body> it is.
  const body = doc.body as HTMLElement | null;
  const labels = attempt(() => new LabelIndex(body, wanted), new LabelIndex(null, []));
  if (adapter) layers.push({ source: 'site', record: attempt(() => readSite(doc, adapter, labels), {}) });
  layers.push({ source: 'text', record: readTextLayer(doc, labels, scholarly, scriptDoi, attempt) });

  const root = doc.documentElement as HTMLElement | null;
  return {
    layers,
    page: meta.page,
    kind,
    signals,
    labels,
    canonicalUrl,
    documentTitle: attempt(() => cleanText(doc.title), undefined),
    lang: attempt(() => cleanText(root?.getAttribute('lang')), undefined),
    headings: attempt(() => readHeadings(doc), []),
    bodyStart:
      kind === 'congress-abstract'
        ? attempt(() => cleanText(body?.textContent.slice(0, BODY_START_CHARS)), undefined)
        : undefined,
  };
}

/** The 'text' layer: what the visible page prints, for what no adapter or meta tag gave. */
function readTextLayer(
  doc: Document,
  labels: LabelIndex,
  scholarly: boolean,
  scriptDoi: string | undefined,
  attempt: Attempt,
): WorkRecord {
  const parts = attempt(() => findAbstractInDom(doc), undefined);
  const printedKeywords = splitKeywords(labels.value(['Keywords', 'Key words']) ?? '');
  return {
    abstract: parts?.abstract,
    keywords: [...new Set([...(parts?.keywords ?? []), ...printedKeywords])],
    authors: attempt(() => readByline(doc), []),
    // A DOI printed on a web page may be a cited work's; it counts only on pages that are scholarly already.
    doi: (scholarly ? normalizeDoi(labels.value(['DOI'])) : undefined) ?? scriptDoi,
  };
}

/** Old PubMed's meta description is a citation line: journal, date, volume, issue, pages, DOI. */
function citationLineRecord(description: string | undefined): WorkRecord {
  const line = readCitationLine(description);
  if (!line) return {};
  const { journal, date, doi, volume, issue, pages } = line;
  return { journal, date, doi, volume, issue, pages };
}

/** `<link rel=canonical>` or og:url, made absolute; only http(s) addresses are kept. */
function readCanonicalUrl(doc: Document, url: string, ogUrl: string | undefined): string | undefined {
  const link = Array.from(doc.querySelectorAll('link[rel]')).find((el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  for (const candidate of [link?.getAttribute('href'), ogUrl]) {
    if (!candidate?.trim()) continue;
    try {
      const absolute = new URL(candidate.trim(), url);
      if (absolute.protocol === 'http:' || absolute.protocol === 'https:') return absolute.href;
    } catch {
      // not a URL: try the next candidate
    }
  }
  return undefined;
}
