// The compliance guard's settings: restricted words, the company's product list and its pharmacovigilance contact.
import type { ComplianceOptions } from '../compliance';
import type { LiaisonDb } from '../db';
import type { RepoEnv } from '../model';

const RESTRICTED_TERMS = 'restrictedTerms';
const PRODUCTS = 'products';
const PV_CONTACT = 'pharmacovigilanceContact';

/** Where adverse events go: shown with every adverse-event prompt. Any part may be empty. */
export interface PharmacovigilanceContact {
  email: string;
  phone: string;
  address: string;
}

/** Everything the compliance check and its prompts read from Settings. */
export interface ComplianceSettings {
  restrictedTerms: string[];
  /** One product per entry, its names separated by commas ("Zentrivo, zentrisumab, zentrevo"). */
  products: string[];
  pharmacovigilance: PharmacovigilanceContact;
}

const lines = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const tidy = (values: string[], max: number) =>
  [...new Set(values.map((t) => t.trim()).filter(Boolean))].slice(0, max);

/** The settings the guard needs, read together so that every note form checks with the same ones. */
export async function getComplianceSettings(db: LiaisonDb): Promise<ComplianceSettings> {
  const [terms, products, contact] = await db.settings.bulkGet([RESTRICTED_TERMS, PRODUCTS, PV_CONTACT]);
  const [email = '', phone = '', address = ''] = lines(contact?.value);
  return {
    restrictedTerms: lines(terms?.value),
    products: lines(products?.value),
    pharmacovigilance: { email, phone, address },
  };
}

/** The options `checkText` takes, from the settings and today's date. */
export function toComplianceOptions(settings: ComplianceSettings, now: Date): ComplianceOptions {
  return { restrictedTerms: settings.restrictedTerms, products: settings.products, now };
}

/** The company's own restricted words, which the compliance check flags in notes. */
export async function getRestrictedTerms(db: LiaisonDb): Promise<string[]> {
  return (await getComplianceSettings(db)).restrictedTerms;
}

/** Replaces the restricted words: trimmed, without blanks or repeats. */
export async function setRestrictedTerms(
  db: LiaisonDb,
  terms: string[],
  env: Pick<RepoEnv, 'now'>,
): Promise<string[]> {
  const clean = tidy(terms, 500);
  await db.settings.put({ id: RESTRICTED_TERMS, value: clean, updatedAt: env.now() });
  return clean;
}

/** Replaces the product list: one product a line, names separated by commas; blanks and repeats dropped. */
export async function setProducts(
  db: LiaisonDb,
  products: string[],
  env: Pick<RepoEnv, 'now'>,
): Promise<string[]> {
  const clean = tidy(products, 200);
  await db.settings.put({ id: PRODUCTS, value: clean, updatedAt: env.now() });
  return clean;
}

/** Replaces the pharmacovigilance contact shown with adverse-event prompts. */
export async function setPharmacovigilanceContact(
  db: LiaisonDb,
  contact: PharmacovigilanceContact,
  env: Pick<RepoEnv, 'now'>,
): Promise<void> {
  const value = [contact.email, contact.phone, contact.address].map((v) => v.trim().slice(0, 300));
  await db.settings.put({ id: PV_CONTACT, value, updatedAt: env.now() });
}
