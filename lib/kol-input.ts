// What a KOL form or CSV row may hold, and the checks it passes before it is stored.
import type { Kol } from './model';
import { normalizeNpi, normalizeOrcid } from './person-ids';
import { describeTooLong, TEXT_LIMITS } from './text-limits';

/** The editable fields of a KOL, as a form or a CSV row gives them. */
export type KolInput = Omit<Kol, 'id' | 'createdAt' | 'updatedAt'>;

/** A field the user must correct before a KOL can be saved. */
export interface KolFieldError {
  field: keyof KolInput;
  message: string;
}

const trimOrUndefined = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** Each free-text field with its limit and the words an error names it by. */
const FIELD_LIMITS: { field: keyof KolInput; limit: number; label: string }[] = [
  { field: 'name', limit: TEXT_LIMITS.kolName, label: 'The name' },
  { field: 'credentials', limit: TEXT_LIMITS.kolLine, label: 'Credentials' },
  { field: 'specialty', limit: TEXT_LIMITS.kolLine, label: 'The specialty' },
  { field: 'institution', limit: TEXT_LIMITS.kolLine, label: 'The institution' },
  { field: 'country', limit: TEXT_LIMITS.kolLine, label: 'The country' },
  { field: 'tier', limit: TEXT_LIMITS.kolLine, label: 'The tier' },
  { field: 'orcid', limit: TEXT_LIMITS.kolLine, label: 'The ORCID iD' },
  { field: 'npi', limit: TEXT_LIMITS.kolLine, label: 'The NPI' },
  { field: 'crmId', limit: TEXT_LIMITS.kolLine, label: 'The CRM id' },
  { field: 'interests', limit: TEXT_LIMITS.kolText, label: 'Scientific interests' },
  { field: 'notes', limit: TEXT_LIMITS.kolText, label: 'The notes' },
];

/** Length errors of a tidied KOL: each field over its limit, a name variant too long, too many variants. */
function lengthErrors(kol: KolInput): KolFieldError[] {
  const errors: KolFieldError[] = [];
  for (const { field, limit, label } of FIELD_LIMITS) {
    const value = kol[field];
    const problem = typeof value === 'string' ? describeTooLong(value, limit, label) : undefined;
    if (problem) errors.push({ field, message: problem });
  }
  const longVariant = kol.nameVariants.find((v) => v.length > TEXT_LIMITS.kolLine);
  if (longVariant)
    errors.push({
      field: 'nameVariants',
      message: describeTooLong(longVariant, TEXT_LIMITS.kolLine, 'A name variant') ?? '',
    });
  if (kol.nameVariants.length > TEXT_LIMITS.kolNameVariants) {
    errors.push({
      field: 'nameVariants',
      message: `There are ${kol.nameVariants.length} name variants; the limit is ${TEXT_LIMITS.kolNameVariants}.`,
    });
  }
  return errors;
}

/** Checks and tidies a KOL before it is stored: name required, ORCID and NPI checked with their check digits, lengths bounded. */
export function validateKol(input: KolInput): { kol: KolInput; errors: KolFieldError[] } {
  const errors: KolFieldError[] = [];
  const name = input.name.trim();
  if (!name) errors.push({ field: 'name', message: 'A name is required.' });
  let orcid = trimOrUndefined(input.orcid);
  if (orcid) {
    const valid = normalizeOrcid(orcid);
    if (!valid)
      errors.push({
        field: 'orcid',
        message: 'This is not a valid ORCID iD (16 digits, the last may be X; its check digit must match).',
      });
    orcid = valid ?? orcid;
  }
  let npi = trimOrUndefined(input.npi);
  if (npi) {
    const valid = normalizeNpi(npi);
    if (!valid)
      errors.push({
        field: 'npi',
        message: 'This is not a valid NPI (10 digits; its check digit must match).',
      });
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
  return { kol, errors: [...errors, ...lengthErrors(kol)] };
}
