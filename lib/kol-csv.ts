// KOL lists to and from CSV: column mapping, duplicate detection and row errors, before anything is written.
import Papa from 'papaparse';
import { validateKol, type KolInput } from './kol-input';
import { foldText } from './text/fold';
import type { Kol, TherapeuticArea } from './model';
import { normalizeOrcid } from './person-ids';

/** The KOL fields a CSV column can fill. */
export type KolCsvField =
  | 'name'
  | 'nameVariants'
  | 'credentials'
  | 'specialty'
  | 'institution'
  | 'country'
  | 'tier'
  | 'areas'
  | 'orcid'
  | 'npi'
  | 'crmId'
  | 'interests'
  | 'notes';

/** Each field, its column title in exports, and header words that suggest it in imports. */
export const KOL_CSV_FIELDS: { field: KolCsvField; title: string; guesses: RegExp }[] = [
  { field: 'name', title: 'Name', guesses: /^(full ?name|name|kol|hcp|account ?name)$/ },
  { field: 'nameVariants', title: 'Name variants', guesses: /variant|alias|publishes as/ },
  { field: 'credentials', title: 'Credentials', guesses: /credential|degree|title/ },
  { field: 'specialty', title: 'Specialty', guesses: /special/ },
  { field: 'institution', title: 'Institution', guesses: /institution|affiliation|hospital|organi[sz]ation/ },
  { field: 'country', title: 'Country', guesses: /country/ },
  { field: 'tier', title: 'Tier', guesses: /tier|segment/ },
  { field: 'areas', title: 'Therapeutic areas', guesses: /therapeutic|area|\bta\b/ },
  { field: 'orcid', title: 'ORCID', guesses: /orcid/ },
  { field: 'npi', title: 'NPI', guesses: /\bnpi\b/ },
  { field: 'crmId', title: 'CRM id', guesses: /crm|veeva|external ?id|account ?id/ },
  { field: 'interests', title: 'Scientific interests', guesses: /interest/ },
  { field: 'notes', title: 'Notes', guesses: /note|comment/ },
];

/** Which CSV column (by header) fills which field; unmapped fields are left empty. */
export type KolCsvMapping = Partial<Record<KolCsvField, string>>;

/** A parsed CSV file: its headers and rows as header -> cell. */
export interface CsvTable {
  headers: string[];
  rows: Record<string, string>[];
}

/** Parses CSV text (header row first) with Papa Parse; refuses a file with no header row. */
export function parseCsv(text: string): CsvTable {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const headers = (result.meta.fields ?? []).filter(Boolean);
  if (headers.length === 0)
    throw new Error('This file has no header row: the first line must name the columns.');
  return { headers, rows: result.data };
}

/** Guesses the mapping from header names; the user corrects it before importing. */
export function guessKolMapping(headers: string[]): KolCsvMapping {
  const mapping: KolCsvMapping = {};
  for (const { field, guesses } of KOL_CSV_FIELDS) {
    const header = headers.find((h) => guesses.test(h.toLowerCase()) && !Object.values(mapping).includes(h));
    if (header) mapping[field] = header;
  }
  return mapping;
}

/** What an import will do, shown to the user before anything is written. */
export interface KolImportPlan {
  add: { row: number; kol: KolInput }[];
  duplicates: { row: number; name: string; reason: string }[];
  errors: { row: number; message: string }[];
}

const splitList = (cell: string) =>
  cell
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Plans an import: valid new KOLs, duplicates (by ORCID, else by name) of the library or the file, bad rows. */
export function planKolImport(
  table: CsvTable,
  mapping: KolCsvMapping,
  existing: Kol[],
  areas: TherapeuticArea[],
): KolImportPlan {
  const plan: KolImportPlan = { add: [], duplicates: [], errors: [] };
  const areaIds = new Map(areas.map((a) => [foldText(a.name), a.id]));
  const byOrcid = new Map(existing.flatMap((k) => (k.orcid ? [[k.orcid, k.name] as const] : [])));
  const byName = new Map(existing.map((k) => [foldText(k.name), k.name]));
  if (!mapping.name) {
    plan.errors.push({ row: 0, message: 'Choose the column that holds the name.' });
    return plan;
  }
  table.rows.forEach((cells, index) => {
    const row = index + 2; // Row 1 is the header, as a spreadsheet numbers it.
    const cell = (field: KolCsvField) => (mapping[field] ? (cells[mapping[field]] ?? '').trim() : '');
    const unknownAreas = splitList(cell('areas')).filter((name) => !areaIds.has(foldText(name)));
    const input: KolInput = {
      name: cell('name'),
      nameVariants: splitList(cell('nameVariants')),
      credentials: cell('credentials'),
      specialty: cell('specialty'),
      institution: cell('institution'),
      country: cell('country'),
      tier: cell('tier'),
      areaIds: splitList(cell('areas')).flatMap((name) => areaIds.get(foldText(name)) ?? []),
      orcid: cell('orcid'),
      npi: cell('npi'),
      crmId: cell('crmId'),
      interests: cell('interests'),
      notes: cell('notes'),
    };
    const { kol, errors } = validateKol(input);
    if (errors.length) {
      plan.errors.push({
        row,
        message: `${kol.name || 'Row without a name'}: ${errors.map((e) => e.message).join(' ')}`,
      });
      return;
    }
    if (unknownAreas.length)
      plan.errors.push({
        row,
        message: `${kol.name}: unknown therapeutic area ${unknownAreas.join(', ')} (not linked; create it first to link it).`,
      });
    const orcid = kol.orcid ? normalizeOrcid(kol.orcid) : undefined;
    const sameOrcid = orcid ? byOrcid.get(orcid) : undefined;
    const sameName = byName.get(foldText(kol.name));
    if (sameOrcid || (!orcid && sameName)) {
      plan.duplicates.push({
        row,
        name: kol.name,
        reason: sameOrcid ? `same ORCID as ${sameOrcid}` : `same name as ${sameName}`,
      });
      return;
    }
    if (orcid) byOrcid.set(orcid, kol.name);
    byName.set(foldText(kol.name), kol.name);
    plan.add.push({ row, kol });
  });
  return plan;
}

/** Every KOL as CSV, with the same column titles an import recognises; formulas are neutralised. */
export function kolsToCsv(kols: Kol[], areas: TherapeuticArea[]): string {
  const areaNames = new Map(areas.map((a) => [a.id, a.name]));
  const safe = (value: string | undefined) =>
    value && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? '');
  const rows = kols.map((k) =>
    [
      k.name,
      k.nameVariants.join('; '),
      k.credentials,
      k.specialty,
      k.institution,
      k.country,
      k.tier,
      k.areaIds
        .map((id) => areaNames.get(id))
        .filter(Boolean)
        .join('; '),
      k.orcid,
      k.npi,
      k.crmId,
      k.interests,
      k.notes,
    ].map((v) => safe(v)),
  );
  return Papa.unparse({ fields: KOL_CSV_FIELDS.map((f) => f.title), data: rows });
}
