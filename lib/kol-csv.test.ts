// KOL CSV import and export: column guessing, duplicates and bad rows reported, round trip with formulas neutralised.
import { describe, expect, it } from 'vitest';
import { guessKolMapping, kolsToCsv, parseCsv, planKolImport } from './kol-csv';
import type { Kol, TherapeuticArea } from './model';

const areas: TherapeuticArea[] = [{ id: 'onc', name: 'Oncology', keywords: [], createdAt: 0, updatedAt: 0 }];
const existing: Kol[] = [
  {
    id: 'k1',
    name: 'Jane A. Smith',
    nameVariants: [],
    areaIds: [],
    orcid: '0000-0002-1825-0097',
    createdAt: 0,
    updatedAt: 0,
  },
];

const csv = `Full name,Specialty,Institution,ORCID,NPI,Therapeutic area,Publishes as
Wei Zhang,Oncology,Fudan,,1234567893,Oncology,Zhang W; Zhang Wei
Janet Smythe,Cardiology,,https://orcid.org/0000-0002-1825-0097,,,
jane a. smith,Oncology,,,,,
,Dermatology,Nowhere,,,,
Ana de la Cruz,Oncology,,,12345,,
Ana de la Cruz,Oncology,,,,Neurology,
"O'Brien, Siobhán",Haematology,"St James's Hospital, Dublin",0000-0001-5109-3700,,Oncology,
`;

describe('KOL CSV import', () => {
  const table = parseCsv(csv);
  const mapping = guessKolMapping(table.headers);

  it('guesses the column mapping from the headers', () => {
    expect(mapping).toEqual({
      name: 'Full name',
      specialty: 'Specialty',
      institution: 'Institution',
      orcid: 'ORCID',
      npi: 'NPI',
      areas: 'Therapeutic area',
      nameVariants: 'Publishes as',
    });
  });

  it('plans the import: new KOLs, duplicates by ORCID and by name, and every bad row reported with its number', () => {
    const plan = planKolImport(table, mapping, existing, areas);
    expect(plan.add.map((a) => [a.row, a.kol.name])).toEqual([
      [2, 'Wei Zhang'],
      [7, 'Ana de la Cruz'],
      [8, "O'Brien, Siobhán"],
    ]);
    expect(plan.add[0]?.kol).toMatchObject({
      nameVariants: ['Zhang W', 'Zhang Wei'],
      areaIds: ['onc'],
      npi: '1234567893',
    });
    expect(plan.duplicates).toEqual([
      { row: 3, name: 'Janet Smythe', reason: 'same ORCID as Jane A. Smith' },
      { row: 4, name: 'jane a. smith', reason: 'same name as Jane A. Smith' },
    ]);
    expect(plan.errors.map((e) => e.row)).toEqual([5, 6, 7]);
    expect(plan.errors[0]?.message).toMatch(/name is required/);
    expect(plan.errors[1]?.message).toMatch(/NPI/);
    expect(plan.errors[2]?.message).toMatch(/unknown therapeutic area Neurology/);
  });

  it('asks for the name column when none is mapped', () => {
    expect(planKolImport(table, {}, [], []).errors).toEqual([
      { row: 0, message: 'Choose the column that holds the name.' },
    ]);
  });

  it('refuses a file without a header row', () => {
    expect(() => parseCsv('')).toThrow(/header row/);
  });
});

describe('KOL CSV export', () => {
  it('round-trips through the import and neutralises spreadsheet formulas', () => {
    const kols: Kol[] = [
      {
        ...existing[0]!,
        areaIds: ['onc'],
        notes: '=HYPERLINK("http://evil")',
        nameVariants: ['Smith JA', 'Smith, J.'],
      },
    ];
    const text = kolsToCsv(kols, areas);
    expect(text).toContain(`'=HYPERLINK`);
    const table = parseCsv(text);
    const plan = planKolImport(table, guessKolMapping(table.headers), [], areas);
    expect(plan.add[0]?.kol).toMatchObject({
      name: 'Jane A. Smith',
      orcid: '0000-0002-1825-0097',
      areaIds: ['onc'],
      nameVariants: ['Smith JA', 'Smith, J.'],
    });
  });
});
