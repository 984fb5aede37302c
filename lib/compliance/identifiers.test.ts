// Patient identifiers: each detector finds its examples with exact offsets, and scholarly or aggregate text is left alone.
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_DETECTORS } from './identifier-detectors';
import { findPatientIdentifiers } from './identifiers';
import { SCIENTIFIC_PATTERN_NAMES } from './scientific-spans';

const found = (text: string) => findPatientIdentifiers(text).map((f) => [f.category, f.match]);

// Each category: texts that must report it, with the exact words to remove.
const POSITIVES: Record<string, [string, string][]> = {
  'date of birth': [
    ['DOB 03/14/1948, seen today', '03/14/1948'],
    ['date of birth: 14 March 1948', '14 March 1948'],
    ['born on March 14, 1948 in Leeds', 'March 14, 1948'],
    ['D.O.B. 1948-03-14', '1948-03-14'],
    ['she was born in May 1951', 'May 1951'],
  ],
  'admission, discharge or death date': [
    ['he was admitted on 2 April 2024 with', '2 April 2024'],
    ['date of death: 05/06/2023', '05/06/2023'],
    ['discharged on 14 February after', '14 February'],
  ],
  'medical record number': [
    ['MRN: 00482913', '00482913'],
    ['medical record number 7734-221', '7734-221'],
    ['hospital no. RX448120', 'RX448120'],
    ['patient ID #55201934 in the letter', '55201934'],
  ],
  'health plan number': [
    ['Medicare number 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
    ['NHS number 943 476 5919', '943 476 5919'],
    ['member ID W283746519', 'W283746519'],
  ],
  'social security number': [
    ['SSN 219-09-9999', '219-09-9999'],
    ['social security no. 219 09 9999', '219 09 9999'],
    ['her number 123-45-6789 was on the form', '123-45-6789'],
  ],
  'account number': [
    ['account number 00123456789', '00123456789'],
    ['acct: 4471 2290 1183', '4471 2290 1183'],
    ['IBAN DE89 3704 0044 0532 0130 00 for the refund', 'DE89 3704 0044 0532 0130 00'],
    ['paid with 4111 1111 1111 1111 by mistake', '4111 1111 1111 1111'],
  ],
  'fax number': [
    ['Pt: fax: (617) 555-0199', '(617) 555-0199'],
    ['Pt: please fax it to 020 7946 0958 today', '020 7946 0958'],
  ],
  'phone number': [
    ['Pt: call her at (617) 555-0123', '(617) 555-0123'],
    ['Pt: 617.555.0123', '617.555.0123'],
    ['Pt: +1 617 555 0123', '+1 617 555 0123'],
    ['Pt: tel +33 1 42 68 53 00', '+33 1 42 68 53 00'],
    ['Pt: mobile 07700 900461', '07700 900461'],
    ['Pt: her cell: 212 555 0164', '212 555 0164'],
  ],
  'email address': [['Pt: write to jane.doe+notes@example.co.uk today', 'jane.doe+notes@example.co.uk']],
  'street address': [
    ['Pt: Pt: lives at 42 Elm Street with', '42 Elm Street'],
    ['Pt: Pt: 1600 Pennsylvania Ave NW', '1600 Pennsylvania Ave'],
    ['Pt: Pt: 12 Oak Dr, Springfield', '12 Oak Dr'],
    ['Pt: Pt: 23 rue des Lilas, Paris', '23 rue des Lilas'],
    ['Pt: Pt: wohnt in der Hauptstraße 5 in Köln', 'Hauptstraße 5'],
  ],
  'ZIP code': [
    ['Pt: Columbus, OH 43215', '43215'],
    ['Pt: Boston, MA 02115-6110', '02115-6110'],
    ['Pt: zip code 60614', '60614'],
    ['Pt: postcode SW1A 1AA', 'SW1A 1AA'],
    ['Pt: lives near M13 9PL', 'M13 9PL'],
  ],
  'age over 89': [
    ['a 93-year-old woman', '93-year-old'],
    ['she is 101 years old', '101 years old'],
    ['aged 96, on apixaban', '96'],
    ['Pt is 91 y/o', '91 y/o'],
    ['age: 92', '92'],
  ],
  'full-face photo': [
    ['she sent a full-face photo', 'full-face photo'],
    ['took a photo of the patient', 'photo of the patient'],
    ["a picture of my patient's face", "picture of my patient's face"],
    ['the patient photo is in the file', 'patient photo'],
    ['a selfie with her patient', 'selfie with her patient'],
  ],
  'date tied to a patient': [
    ['pt on the drug collapsed on 3 April', '3 April'],
    ['Mrs K seen in A&E 12/10/2026 with chest pain', '12/10/2026'],
  ],
  'city or town': [['the patient lives in Didsbury with her son', 'Didsbury']],
  'licence or certificate number': [
    ["pt's driver's licence no. D123-4567-8901", 'D123-4567-8901'],
    ['Pt lost his HGV licence (no. MORGA657054SM9IJ)', 'MORGA657054SM9IJ'],
    ['birth certificate no. BC-2026-0044817 of the baby', 'BC-2026-0044817'],
  ],
  'vehicle identifier': [
    ['pt crashed his car (reg WR19 KTX) after a hypo', 'WR19 KTX'],
    ['VIN 1HGCM82633A004352 on the police report for the patient', '1HGCM82633A004352'],
  ],
  'device identifier': [
    ['pump SN 40087731 read out for the pt', '40087731'],
    ['pacemaker serial PM7731-2204X interrogated after pt collapsed', 'PM7731-2204X'],
  ],
  'IP address': [['pt logged in from IP 81.2.69.142 to report it', '81.2.69.142']],
  'web address': [
    [
      'pt portal link https://mychart.example.org/patient/88231 pasted',
      'https://mychart.example.org/patient/88231',
    ],
    ["Pt's YouTube channel youtube.com/@jakjourneyjo documents it", 'youtube.com/@jakjourneyjo'],
  ],
  'other identifying number': [
    ["Pt's NI number QQ 12 34 56 C was on the letter", 'QQ 12 34 56 C'],
    ['Patient Aadhaar 4512 8890 2231 on the PAP form', '4512 8890 2231'],
  ],
  'patient name': [
    ['Patient Mr. Okonkwo was discussed', 'Mr. Okonkwo'],
    ['a patient named Maria Lopez', 'Maria Lopez'],
    ['my patient, Mrs Dawson, is stable', 'Mrs Dawson'],
    ["Dr T's patient, Harold B., developed a rash", 'Harold B.'],
    ['Mrs Okafor (Dr Adeyemi’s pt), 71, on the drug', 'Mrs Okafor'],
  ],
};

describe('findPatientIdentifiers: each detector', () => {
  for (const [category, cases] of Object.entries(POSITIVES)) {
    it.each(cases)(`${category}: %s`, (text, match) => {
      expect(found(text)).toContainEqual([category, match]);
    });
  }

  it('has positive cases for every category in the table', () => {
    expect(new Set(IDENTIFIER_DETECTORS.map((d) => d.category))).toEqual(new Set(Object.keys(POSITIVES)));
  });

  it('reports offsets that point at the match', () => {
    const text = 'Note. DOB 03/14/1948 and MRN 00482913.';
    for (const f of findPatientIdentifiers(text)) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('reports a passage once, by the most specific detector', () => {
    expect(found('Pt: fax: 617-555-0199')).toEqual([['fax number', '617-555-0199']]);
  });
});

describe('findPatientIdentifiers: scholarly and aggregate text is left alone', () => {
  it.each([
    'NCT04380636 and ISRCTN12345678, EudraCT 2019-001234-56',
    'doi:10.1056/NEJMoa2034577 and https://doi.org/10.1016/S0140-6736(23)01234-5',
    'PMID: 33567185; PMCID: PMC8123456',
    'ORCID 0000-0002-1825-0097',
    'ISSN 0959-8049; ISBN 978-3-16-148410-0',
    'N Engl J Med. 2021;384(9):795-807',
    'Vol. 12, pp. 345-356',
    'HR 0.62 (95% CI 0.48-0.80), p < 0.001',
    'NPI 1234567893 (Dr Lee)',
    'grant no. R01 CA123456',
    'patients aged 18-75 years; aged 90 or older; aged ≥90 years',
    'mean age 91 years; median age 92; over 90 years old; in 90-year-olds',
    'born between 1931 and 1940; infants born March 2020 onwards',
    'patients admitted on 1 March 2020 or later were included',
    'in 2019 Professor Lane joined the board',
    'Data cut-off 15 January 2024; ESMO, 13-17 September 2024',
    '200 mg every 4 weeks; 1,204 participants at 212 sites',
    'faxed the signed contract on 12.03.2024',
    'photographs of patients at baseline and week 16',
    'images of the lesion at week 12',
    'an account of 12 patients with',
    'Dr Smith, Boston',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    "Dr Rao's mobile +91 98765 43210, her PA Ms Patel on 020 7946 0958",
    'KOL office: (617) 555-0123, email j.smith@hospital.org, 42 Elm Street, Boston, MA 02115',
    'Dial-in for the advisory board: +44 20 3481 4242, PIN 559 211#',
    'Congress hotel: 14 Kestrel Close, Didsbury M20 6RT; booth 4B',
    'Rental car for the Leeds trip: reg YF21 ABX, returned Saturday',
    "Dr Lee's registration no. 4471982 (GMC)",
    'Med info line 0800 123 4567; pharmacovigilance pv@company.com',
  ])('a professional contact: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('names each kind of scholarly text it shields', () => {
    expect(SCIENTIFIC_PATTERN_NAMES.length).toBeGreaterThanOrEqual(10);
  });
});
