// Finds the drugs a note names: the company's products (from Settings, or "our drug"), and other companies' drugs.
import { foldTextWithOrigins as foldText, foldText as foldWord } from '../text/fold';
import { INN_STEMS, OTHER_BRANDS } from './lexicon/drug-names';
import type { TextSpan } from './types';

/** A drug named in the text: one of the company's (with the name as listed in Settings), or someone else's. */
export interface ProductMention extends TextSpan {
  owner: 'company' | 'other';
  /** The product's name as listed in Settings ("our drug" gives the first listed name's product); the words found for other drugs. */
  name: string;
}

/** "our product", "our drug", "your drug" (said to the MSL): the company's product without its name. */
const OWN_PRODUCT =
  /\b(?:our|your|ur|the company'?s|company)\s+(?:own\s+)?(?:product|drug|medicine|medication|molecule|compound|agent|biologic|asset|brand|therapy|treatment|injection|infusion|tablets?|pills?|pen|jab)s?\b/g;
const OTHER_BRAND = new RegExp(`\\b(?:${OTHER_BRANDS.join('|')})\\b`, 'g');
const INN = new RegExp(`\\b[a-z]{3,}(?:${INN_STEMS.join('|')})\\b`, 'g');
/** Words for a drug without its name, which make a note about treatment when no product list is set. */
const UNNAMED_DRUG =
  /\b(?:the|this|that|her|his|their|a|an|new|study)\s+(?:[\w-]+\s+){0,2}?(?:drugs?|medicines?|medications?|products?|biologics?|biosimilars?|injections?|infusions?|therap(?:y|ies)|treatments?|tablets?|pills?|inhibitors?|agonists?|antagonists?|blockers?|antibod(?:y|ies)|vaccines?|anticoagulants?|antihypertensives?|antibiotics?|antidepressants?|antipsychotics?|steroids?|statins?|agents?|regimens?)\b|\b(?:first|second|third|fourth|last|next|\d+(?:st|nd|rd|th))\s+(?:dose|infusion|injection|shot|cycle|jab)\b|\b(?:after|since|before)\s+(?:cycle|dose|infusion)\s+\d|\b(?:started|initiated|commenced|began|starting|switching|switched)\s+(?:on\s+|to\s+)?(?:the\s+)?(?:treatment|therapy|\w+)\b|\bcar-?t\b|\btreated with\b/g;

/** A compiled product list: the folded names, longest first, each pointing at the name shown to the user. */
export interface ProductList {
  pattern: RegExp | undefined;
  nameOf: Map<string, string>;
  /** The name "our drug" stands for when the list has one product; undefined when it could be any of several. */
  onlyProduct: string | undefined;
}

/** Compiles the Settings list. Each line may hold a product's names separated by commas or slashes ("Zentrivo, zentrisumab"). */
export function compileProducts(products: readonly string[]): ProductList {
  const key = products.join('\n');
  const cached = compiled.get(key);
  if (cached) return cached;
  const list = compileList(products);
  if (compiled.size > 8) compiled.clear();
  compiled.set(key, list);
  return list;
}

const compiled = new Map<string, ProductList>();

function compileList(products: readonly string[]): ProductList {
  const nameOf = new Map<string, string>();
  let count = 0;
  for (const line of products) {
    const names = line
      .split(/[,/;|]/)
      .map((n) => n.trim())
      .filter((n) => n.length >= 3);
    if (names.length === 0) continue;
    count++;
    for (const n of names) nameOf.set(foldWord(n), names[0] ?? n);
  }
  const sources = [...nameOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'));
  const pattern =
    sources.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined;
  const first = nameOf.values().next().value;
  return { pattern, nameOf, onlyProduct: count === 1 ? first : undefined };
}

/** Every drug the text names, in order; a company product is never also reported as another company's drug. */
export function findProductMentions(text: string, list: ProductList): ProductMention[] {
  const folded = foldText(text);
  const span = (from: number, to: number): TextSpan => ({
    start: folded.origin[from] ?? 0,
    end: folded.origin[to] ?? text.length,
  });
  const found: ProductMention[] = [];
  const taken = (from: number, to: number) => found.some((m) => m.start < to && from < m.end);
  if (list.pattern) {
    for (const m of folded.text.matchAll(list.pattern)) {
      const name = list.nameOf.get(m[0].replace(/[\s-]+/g, ' ')) ?? list.nameOf.get(m[0]) ?? m[0];
      found.push({ ...span(m.index, m.index + m[0].length), owner: 'company', name });
    }
  }
  // "Your drug" stands for the only listed product, or the company product the note names.
  const named = found[0]?.name;
  for (const m of folded.text.matchAll(OWN_PRODUCT)) {
    const s = span(m.index, m.index + m[0].length);
    const name = list.onlyProduct ?? named ?? text.slice(s.start, s.end);
    if (!taken(s.start, s.end)) found.push({ ...s, owner: 'company', name });
  }
  for (const pattern of [OTHER_BRAND, INN]) {
    for (const m of folded.text.matchAll(pattern)) {
      const s = span(m.index, m.index + m[0].length);
      if (!taken(s.start, s.end)) found.push({ ...s, owner: 'other', name: text.slice(s.start, s.end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the text speaks of a drug or a dose without naming it ("the first infusion", "started treatment"). */
export function mentionsUnnamedDrug(text: string): boolean {
  UNNAMED_DRUG.lastIndex = 0;
  return UNNAMED_DRUG.test(foldText(text).text);
}
