// The 'jsonld' layer: schema.org ScholarlyArticle, MedicalScholarlyArticle, MedicalTrial (and Article kin) in JSON-LD.
import type { Author } from '../model';
import { structureAbstractText, splitKeywords } from './abstract-sections';
import { parseAuthor } from './authors';
import { parsePageDate } from './page-date';
import { findNctIds, normalizeDoi, normalizeOrcid } from './identifiers';
import { stripTags } from './meta-tags';
import { cleanText } from './plain-text';
import type { WorkRecord } from './work-record';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Types read, best first; Article kin give authors and dates, only scholarly types give an abstract. */
const TYPE_RANK: readonly string[] = [
  'MedicalScholarlyArticle',
  'ScholarlyArticle',
  'MedicalTrial',
  'Article',
  'NewsArticle',
  'Report',
  'BlogPosting',
];
const SCHOLARLY = new Set(['MedicalScholarlyArticle', 'ScholarlyArticle', 'MedicalTrial']);
/** Scripts larger than this are app state, not metadata. */
const MAX_SCRIPT = 500_000;

const isObject = (value: Json | undefined): value is JsonObject =>
  !!value && typeof value === 'object' && !Array.isArray(value);
const asList = (value: Json | undefined): Json[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const asString = (value: Json | undefined): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? cleanText(stripTags(String(value))) : undefined;
const typesOf = (node: JsonObject): string[] =>
  asList(node['@type']).flatMap((t) => (typeof t === 'string' ? [t.replace(/^schema:/, '')] : []));

/** Every object in a JSON-LD block: the roots, @graph members and mainEntity, one level deep each. */
function nodesOf(root: Json): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: Json | undefined, depth: number): void => {
    for (const item of asList(value)) {
      if (!isObject(item) || depth > 3) continue;
      nodes.push(item);
      visit(item['@graph'], depth + 1);
      visit(item.mainEntity, depth + 1);
    }
  };
  visit(root, 0);
  return nodes;
}

/** The best node of the page's JSON-LD blocks; a block that does not parse is skipped, never fatal. */
function bestNode(doc: Document): { node: JsonObject; type: string } | undefined {
  let best: { node: JsonObject; type: string; rank: number } | undefined;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(
    0,
    20,
  )) {
    const text = script.textContent;
    if (text.length > MAX_SCRIPT) continue;
    let root: Json;
    try {
      root = JSON.parse(text) as Json;
    } catch {
      continue;
    }
    for (const node of nodesOf(root)) {
      for (const type of typesOf(node)) {
        const rank = TYPE_RANK.indexOf(type);
        if (rank >= 0 && (!best || rank < best.rank)) best = { node, type, rank };
      }
    }
  }
  return best;
}

function readAuthor(value: Json): Author | undefined {
  if (typeof value === 'string') return parseAuthor(value);
  if (!isObject(value)) return undefined;
  const given = asString(value.givenName);
  const family = asString(value.familyName);
  const name = asString(value.name) ?? [given, family].filter(Boolean).join(' ');
  const affiliations = asList(value.affiliation).flatMap((a) => asString(isObject(a) ? a.name : a) ?? []);
  const orcid = [value.identifier, value.sameAs, value.url, value['@id']]
    .flatMap(asList)
    .map((v) => asString(v) ?? '')
    .find((v) => /orcid/i.test(v));
  const author = parseAuthor(name, [...new Set(affiliations)], normalizeOrcid(orcid));
  if (author && family && given) Object.assign(author, { family, given });
  return author;
}

/** Journal, volume and issue from the isPartOf chain (PublicationIssue -> PublicationVolume -> Periodical). */
function readContainer(node: JsonObject, record: WorkRecord): void {
  let part: Json | undefined = node.isPartOf;
  for (let depth = 0; depth < 4 && part !== undefined; depth++) {
    const item = asList(part).find(isObject);
    if (!item) return;
    const types = typesOf(item);
    if (types.includes('PublicationIssue')) record.issue ??= asString(item.issueNumber);
    if (types.includes('PublicationVolume') || item.volumeNumber !== undefined)
      record.volume ??= asString(item.volumeNumber);
    if (
      types.includes('Periodical') ||
      (!types.includes('PublicationIssue') && !types.includes('PublicationVolume'))
    )
      record.journal ??= asString(item.name);
    part = item.isPartOf;
  }
}

/**
 * What the page's JSON-LD says about the work. Only scholarly types give an abstract (a news article's
 * description is a teaser); a MedicalTrial marks a registry record and gives its NCT id.
 */
export function readJsonLd(doc: Document): WorkRecord {
  const best = bestNode(doc);
  if (!best) return {};
  const { node, type } = best;
  const record: WorkRecord = {};
  // A news page's headline is no better than Readability's title; a scholarly record's is the work's title.
  if (SCHOLARLY.has(type)) record.title = asString(node.headline) ?? asString(node.name);
  record.authors = asList(node.author)
    .flatMap((a) => readAuthor(a) ?? [])
    .slice(0, 500);
  const date = parsePageDate(asString(node.datePublished) ?? asString(node.dateCreated));
  if (date) record.date = date;
  readContainer(node, record);
  const start = asString(node.pageStart);
  const end = asString(node.pageEnd);
  record.pages = asString(node.pagination) ?? (start && end && end !== start ? `${start}-${end}` : start);
  const ids = [node.identifier, node.sameAs, node.url]
    .flatMap(asList)
    .map((v) => asString(isObject(v) ? v.value : v) ?? '');
  record.doi = ids.map((id) => (/10\.\d{4,9}\//.test(id) ? normalizeDoi(id) : undefined)).find(Boolean);
  if (isObject(node.publisher)) record.publisher = asString(node.publisher.name);
  const keywords = asList(node.keywords).flatMap((k) => splitKeywords(asString(k) ?? ''));
  if (keywords.length > 0) record.keywords = keywords;
  if (SCHOLARLY.has(type))
    record.abstract = structureAbstractText(asString(node.abstract) ?? asString(node.description)).abstract;
  if (type === 'MedicalTrial') {
    record.kind = 'trial-registry';
    record.nct = findNctIds(...ids, asString(node.trialIdentifier));
  }
  return record;
}
