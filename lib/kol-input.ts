// What a KOL form or CSV row may hold, and the checks it passes before it is stored.
import type { Kol } from './model';
import { normalizeNpi, normalizeOrcid } from './person-ids';

/** The editable fields of a KOL, as a form or a CSV row gives them. */
export type KolInput = Omit<Kol, 'id' | 'createdAt' | 'updatedAt'>;

/** A field the user must correct before a KOL can be saved. */
export interface KolFieldError {
  field: keyof KolInput;
  message: string;
}

const trimOrUndefined = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** Checks and tidies a KOL before it is stored: name required, ORCID and NPI checked with their check digits. */
export function validateKol(input: KolInput): { kol: KolInput; errors: KolFieldError[] } {
  const errors: KolFieldError[] = [];
  const name = input.name.trim();
  if (!name) errors.push({ field: 'name', message: 'A name is required.' });
  let orcid = trimOrUndefined(input.orcid);
  if (orcid) {
    const valid = normalizeOrcid(orcid);
    if (!valid) errors.push({ field: 'orcid', message: 'This is not a valid ORCID iD (16 digits, the last may be X; its check digit must match).' });
    orcid = valid ?? orcid;
  }
  let npi = trimOrUndefined(input.npi);
  if (npi) {
    const valid = normalizeNpi(npi);
    if (!valid) errors.push({ field: 'npi', message: 'This is not a valid NPI (10 digits; its check digit must match).' });
    npi = valid ?? npi;
  }
  const kol: KolInput = {
    name,
    nameVariants: [...new Set(input.nameVariants.map((v) => v.trim()).filter(Boolean))],
    credentials: trimOrUndefined(input.credentials),
    specialty: trimOrUndefined(input.specialty),
    institution: trimOrUndefined(input.institution),
    country: trimOrUndefined(input.country),
    tier: trimOrUndefined(input.tier),
    areaIds: [...new Set(input.areaIds)],
    orcid,
    npi,
    crmId: trimOrUndefined(input.crmId),
    interests: trimOrUndefined(input.interests),
    notes: trimOrUndefined(input.notes),
  };
  return { kol, errors };
}
