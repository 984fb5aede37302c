// Applies a site adapter (a row of SITE_ADAPTERS) to a page: the 'site' layer, the most specific of all.
import type { Author } from '../model';
import { acceptable, fromSelectors, sectionAfter } from './abstract';
import { splitKeywords, structureAbstract } from './abstract-sections';
import { authorFromParts, parseAuthor } from './authors';
import { parseCitation } from './citation-line';
import { parsePageDate } from './page-date';
import { findNctIds, normalizeDoi, normalizeOrcid, normalizePmcid, normalizePmid } from './identifiers';
import type { LabelIndex } from './labelled-values';
import { cleanText } from './plain-text';
import type { AuthorSpec, KeywordSpec, SiteAdapter, ValueSpec, ValueSpecs } from './site-adapter-types';
import type { WorkRecord } from './work-record';

/** The adapter for a page: one whose URL pattern matches an address, or whose `detect` selectors all match (an invalid one throws). */
export function findAdapter(
  doc: Document,
  urls: readonly string[],
  adapters: readonly SiteAdapter[],
): SiteAdapter | undefined {
  return (
    adapters.find((adapter) => adapter.urls.some((pattern) => urls.some((url) => pattern.test(url)))) ??
    adapters.find(
      (adapter) => adapter.detect && adapter.detect.every((selector) => doc.querySelector(selector) !== null),
    )
  );
}

/** Every label an adapter reads, so that the page's labels are indexed in one pass. */
export function labelsOf(adapter: SiteAdapter): string[] {
  const specs: unknown[] = [
    adapter.title,
    adapter.journal,
    adapter.journalAbbrev,
    adapter.publisher,
    adapter.citation?.spec,
    adapter.date,
    adapter.volume,
    adapter.issue,
    adapter.pages,
    adapter.doi,
    adapter.pmid,
    adapter.pmcid,
    adapter.nct,
    adapter.congress?.name,
    adapter.congress?.abstractNumber,
    adapter.congress?.session,
    adapter.congress?.presenter,
    ...(adapter.keywords ?? []),
    { label: adapter.abstract?.label ?? [] },
  ];
  return specs
    .flat()
    .flatMap((spec) =>
      spec && typeof spec === 'object' && 'label' in spec ? [...(spec as { label: string[] }).label] : [],
    );
}

function readOne(doc: Document, spec: ValueSpec, labels: LabelIndex): string | undefined {
  let text: string | undefined;
  let pattern: RegExp | undefined;
  if (typeof spec === 'string') {
    text = cleanText(doc.querySelector(spec)?.textContent);
  } else if ('value' in spec) {
    text = spec.value;
  } else if ('css' in spec) {
    // With a pattern, the first match whose text fits it: "Posted July 11, 2019." among many panes.
    const elements = spec.pattern
      ? Array.from(doc.querySelectorAll(spec.css)).slice(0, 200)
      : [doc.querySelector(spec.css)];
    for (const el of elements) {
      const value = cleanText(spec.attr ? el?.getAttribute(spec.attr) : el?.textContent);
      if (value && (!spec.pattern || spec.pattern.test(value))) {
        text = value;
        break;
      }
    }
    pattern = spec.pattern;
  } else {
    text = labels.value(spec.label);
    pattern = spec.pattern;
  }
  if (!text || !pattern) return text;
  const match = pattern.exec(text);
  return cleanText(match?.[1] ?? match?.[0]);
}

/**
 * The first of the alternatives that yields a value. An invalid selector throws rather than counting as no
 * value: it is a mistake in SITE_ADAPTERS, which tests/unit/extract-site-adapters.test.ts must catch, and
 * extractPage reports it as a failed step instead of quietly losing the field.
 */
function read(doc: Document, specs: ValueSpecs | undefined, labels: LabelIndex): string | undefined {
  if (specs === undefined) return undefined;
  for (const spec of (Array.isArray(specs) ? specs : [specs]) as readonly ValueSpec[]) {
    const value = readOne(doc, spec, labels);
    if (value) return value;
  }
  return undefined;
}

function textOf(el: Element | null | undefined): string | undefined {
  return cleanText(el?.textContent);
}

/** Authors in byline order with the affiliations their markers point to and their ORCID iDs. */
function readAuthors(doc: Document, spec: AuthorSpec): Author[] {
  const container = doc.querySelector(spec.container);
  if (!container) return [];
  const affiliationsByKey = new Map<string, string>();
  for (const item of spec.affiliationList
    ? Array.from(doc.querySelectorAll(spec.affiliationList.items))
    : []) {
    const key = textOf(item.querySelector(spec.affiliationList?.key ?? ''));
    const text = textOf(item);
    if (key && text)
      affiliationsByKey.set(
        key,
        cleanText(text.slice(text.indexOf(key) + key.length).replace(/^[\s.,;:]+/, '')) ?? '',
      );
  }
  const authors: Author[] = [];
  for (const item of Array.from(container.querySelectorAll(spec.items)).slice(0, 500)) {
    const affiliations: string[] = [];
    for (const el of spec.affiliation ? Array.from(item.querySelectorAll(spec.affiliation)) : []) {
      const value = textOf(el);
      if (value) affiliations.push(value);
    }
    if (spec.affiliationAttr) {
      for (const el of Array.from(item.querySelectorAll(spec.affiliationAttr.css))) {
        const value = cleanText(el.getAttribute(spec.affiliationAttr.attr));
        if (value) affiliations.push(value);
      }
    }
    for (const key of markersOf(item, spec.refs)) {
      const value = affiliationsByKey.get(key);
      if (value) affiliations.push(value);
    }
    const orcid = normalizeOrcid(
      spec.orcid ? item.querySelector(spec.orcid)?.getAttribute('href') : undefined,
    );
    const unique = [...new Set(affiliations)];
    const family = spec.family ? textOf(item.querySelector(spec.family)) : undefined;
    const author = family
      ? authorFromParts(
          spec.given ? textOf(item.querySelector(spec.given)) : undefined,
          family,
          unique,
          orcid,
        )
      : parseAuthor(textOf(spec.name ? item.querySelector(spec.name) : item) ?? '', unique, orcid);
    if (author) authors.push(author);
  }
  return authors;
}

/** Affiliation keys ("1", "2", "a") printed in an item's markers, or in the marker element right after it. */
function markersOf(item: Element, refs: string | undefined): string[] {
  if (!refs) return [];
  const sibling = refs.startsWith('+') ? item.nextElementSibling : null;
  const elements = refs.startsWith('+')
    ? sibling?.matches(refs.slice(1))
      ? [sibling]
      : []
    : Array.from(item.querySelectorAll(refs));
  return elements.flatMap((el) => (el.textContent ?? '').split(/[,\s]+/).filter(Boolean));
}

function readKeywords(doc: Document, specs: readonly KeywordSpec[], labels: LabelIndex): string[] {
  const keywords: string[] = [];
  for (const spec of specs) {
    if ('label' in spec) {
      keywords.push(...splitKeywords(labels.value(spec.label) ?? ''));
      continue;
    }
    for (const el of Array.from(doc.querySelectorAll(spec.css)).slice(0, 200)) {
      const text = cleanText(spec.attr ? el.getAttribute(spec.attr) : el.textContent)?.replace(/\*$/, '');
      if (text) keywords.push(...(spec.split ? splitKeywords(text) : [text]));
    }
  }
  return [...new Set(keywords)];
}

/** What the adapter reads from the page; a field the page lacks is simply absent. */
export function readSite(doc: Document, adapter: SiteAdapter, labels: LabelIndex): WorkRecord {
  const get = (specs: ValueSpecs | undefined): string | undefined => read(doc, specs, labels);
  const citationText = adapter.citation ? get(adapter.citation.spec) : undefined;
  const citation = citationText
    ? parseCitation(citationText, adapter.citation?.withJournal ?? false)
    : undefined;
  const date = parsePageDate(get(adapter.date)) ?? citation?.date;
  let title = get(adapter.title);
  const congress = {
    name: get(adapter.congress?.name),
    abstractNumber: get(adapter.congress?.abstractNumber),
    session: get(adapter.congress?.session),
    presenter: get(adapter.congress?.presenter),
  };
  const prefix = adapter.titleNumberPrefix && title ? adapter.titleNumberPrefix.exec(title) : null;
  if (prefix && title) {
    congress.abstractNumber ??= prefix[1];
    title = title.slice(prefix[0].length).trim();
  }
  const labelled = adapter.abstract?.label ? labels.element(adapter.abstract.label) : undefined;
  const abstract =
    (adapter.abstract?.css ? fromSelectors(doc, adapter.abstract.css) : undefined) ??
    (labelled ? acceptable(structureAbstract(sectionAfter(labelled))) : undefined);
  return {
    kind: adapter.kind,
    title,
    authors: adapter.authors ? readAuthors(doc, adapter.authors) : undefined,
    journal: get(adapter.journal)?.replace(/\.$/, ''),
    journalAbbrev: get(adapter.journalAbbrev)?.replace(/\.$/, ''),
    publisher: get(adapter.publisher),
    date,
    volume: get(adapter.volume) ?? citation?.volume,
    issue: get(adapter.issue) ?? citation?.issue,
    pages: get(adapter.pages) ?? citation?.pages,
    doi: normalizeDoi(get(adapter.doi)) ?? citation?.doi,
    pmid: normalizePmid(get(adapter.pmid)),
    pmcid: normalizePmcid(get(adapter.pmcid)),
    nct: findNctIds(get(adapter.nct)),
    abstract: abstract?.abstract,
    keywords: [
      ...new Set([...readKeywords(doc, adapter.keywords ?? [], labels), ...(abstract?.keywords ?? [])]),
    ],
    congress: Object.values(congress).some(Boolean) ? stripEmpty(congress) : undefined,
  };
}

function stripEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
