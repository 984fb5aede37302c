// The labelled examples the compliance check is measured on: clean field-medical and scientific text, and text it must flag.
import type { ComplianceKind } from './types';

/** A labelled example: the text and what the check should find in it. */
export interface ComplianceExample {
  id: string;
  text: string;
  /** The kinds the check must report; empty when the text is clean and must not be flagged at all. */
  expected: ComplianceKind[];
  /** For patient identifiers, the categories present (used to report per-category recall). */
  categories?: string[];
}

const clean = (id: string, text: string): ComplianceExample => ({ id, text, expected: [] });
const flagged = (
  id: string,
  text: string,
  expected: ComplianceKind[],
  categories?: string[],
): ComplianceExample => ({ id, text, expected, categories });

/**
 * The development table: the patterns were written and adjusted while looking at these, so their scores are optimistic.
 * The honest numbers are those of `HOLDOUT_EXAMPLES` (holdout-examples.ts). To add an example: add a line here (or to the
 * hold-out only if no pattern is changed after you see its result), then run `npx vitest run lib/compliance`; the test prints
 * precision, recall and every miss.
 */
export const DEVELOPMENT_EXAMPLES: readonly ComplianceExample[] = [
  clean(
    'c01',
    'Met Dr. Elena Marquez (hepatology, Hospital Clínic Barcelona) on 12 March 2024 to discuss the 52-week data of the ZEPHYR-2 trial (NCT04380636). She was interested in the subgroup with compensated cirrhosis.',
  ),
  clean('c02', 'Primary endpoint met: ORR 43.2% vs 28.1% (HR 0.62; 95% CI, 0.48-0.80; p<0.001).'),
  clean(
    'c03',
    'Grade 3 or higher treatment-related adverse events occurred in 12% of patients in the pembrolizumab arm and 9% in the chemotherapy arm; two treatment-related deaths were reported.',
  ),
  clean(
    'c04',
    'Eligible patients aged 18-75 years with moderate-to-severe plaque psoriasis (PASI ≥12) were randomized 2:1 to 200 mg every 4 weeks or placebo.',
  ),
  clean('c05', 'Data cut-off was 15 January 2024; median follow-up 18.4 months (IQR 12.1-24.7).'),
  clean(
    'c06',
    'Ref: Smith JA, et al. N Engl J Med. 2021;384(9):795-807. doi:10.1056/NEJMoa2034577. PMID: 33567185.',
  ),
  clean(
    'c07',
    'KOL asked whether we have real-world data on hepatotoxicity in patients over 65; I said I would follow up through Medical Information.',
  ),
  clean(
    'c08',
    'Prof. Nakamura (ORCID 0000-0002-1825-0097) will present the long-term extension at ASCO, May 31-June 4, 2024, Chicago.',
  ),
  clean(
    'c09',
    'Dr Okafor said that in her practice she starts most patients on the 150 mg dose and titrates after 4 weeks; she has not seen any liver issues so far.',
  ),
  clean(
    'c10',
    'Serious adverse events were reported in 45 of 312 patients (14.4%); the most common was pneumonia (3.2%).',
  ),
  clean('c11', 'Median age was 64 years (range 22-91); 38% were female.'),
  clean(
    'c12',
    'Advisory board scheduled for 14 November 2024 at the Hilton Paris Opera; honoraria per FMV; contract via procurement.',
  ),
  clean(
    'c13',
    'Abstract LBA9001 will be presented in the Plenary session on Sunday, June 2, 2024 at 1:00 PM CDT.',
  ),
  clean('c14', 'Eur J Cancer. 2023 Oct;192:113-125. ISSN 0959-8049.'),
  clean(
    'c15',
    'In the phase 3 trial, one patient in the treatment arm died of pneumonitis, which the investigator considered related to study drug.',
  ),
  clean(
    'c16',
    'Discussed the mechanism of action of FcRn inhibitors and the IgG reduction kinetics; Dr Lee wants the slide deck from the symposium.',
  ),
  clean(
    'c17',
    "Dr Haddad's team is recruiting for an investigator-initiated study in patients aged 90 and older with AF; she asked about grant timelines.",
  ),
  clean(
    'c18',
    'The safety profile was consistent with prior studies: the most frequent AEs were nausea (22%), diarrhea (18%) and fatigue (15%).',
  ),
  clean('c19', 'KOL contact details are in Veeva (CRM ID 48213); prefers meetings on Tuesday mornings.'),
  clean(
    'c20',
    'Patients who develop grade ≥2 rash should interrupt treatment until resolution to grade ≤1, per the SmPC section 4.2.',
  ),
  clean(
    'c21',
    'Dr Rossi presented a case series of 14 patients with refractory myasthenia gravis treated at Policlinico Gemelli, Rome.',
  ),
  clean(
    'c22',
    'Volume 12, pp. 345-356; received 3 February 2023, accepted 17 May 2023, published online 2 June 2023.',
  ),
  clean(
    'c23',
    'Her group reported that HbA1c fell by 1.4% from baseline at week 26 with 1 mg semaglutide (n = 412).',
  ),
  clean('c24', 'The ERS Congress runs 7-11 September 2024 in Vienna; our booth is in Hall C.'),
  clean(
    'c25',
    'We discussed the ongoing EudraCT 2019-001234-56 study and the label update expected in Q3 2024.',
  ),
  clean(
    'c26',
    'Dr Wong said that in her experience, patients who had prior anti-TNF exposure respond less well.',
  ),
  clean(
    'c27',
    'Infusion-related reactions occurred in 9% of patients, mostly grade 1-2, during the first infusion.',
  ),
  clean(
    'c28',
    'She will co-author the review with Prof. Bianchi; target journal Lancet Oncol; submission deadline 30 September.',
  ),
  clean(
    'c29',
    'Prescribing in the over-90s is a growing concern; she wants data on renal dosing in the very elderly.',
  ),
  clean(
    'c30',
    'KOL feedback: the 10 mg starting dose seems well tolerated; dose reductions were uncommon in the pivotal trial (7%).',
  ),
  clean(
    'c31',
    'The phone call with Dr Andersson is moved to Friday; he asked for the poster PDF from EULAR 2024.',
  ),
  clean(
    'c32',
    'In total 1,204 participants were enrolled across 212 sites in 18 countries between March 2019 and December 2021.',
  ),
  clean('c33', 'Mean age 72.4 ± 8.1 years; 61% male; baseline eGFR 58 mL/min/1.73 m².'),
  clean(
    'c34',
    'A 12-week open-label extension is planned; eligibility excludes patients with a history of hepatitis B or C.',
  ),
  clean(
    'c35',
    'Dr Fischer highlighted that the case report by Müller et al. (Blood 2022;139(4):512-515) describes a rare thrombotic event; I shared the published reference only.',
  ),
  clean(
    'c36',
    'Key insight: community oncologists are unsure how to sequence ADCs after progression on CDK4/6 inhibitors.',
  ),
  clean('c37', "Dr Park's patient population is mostly elderly; about a third are over 80."),
  clean(
    'c38',
    'She asked how to manage a patient who develops a rash on day 3 — referred her to Medical Information.',
  ),

  flagged(
    'f01',
    'Dr Patel mentioned her patient (DOB 04/12/1958) who switched from adalimumab last month.',
    ['patient-identifier'],
    ['date of birth'],
  ),
  flagged(
    'f02',
    'Patient MRN 00784512 was enrolled at the site before the screening failure.',
    ['patient-identifier'],
    ['medical record number'],
  ),
  flagged(
    'f03',
    "Dr Kim asked me to call the patient's daughter at 415-555-0182 about the access programme.",
    ['patient-identifier'],
    ['phone number'],
  ),
  flagged(
    'f04',
    "Nurse coordinator forwarded the patient's email (r.thompson58@gmail.com) by mistake; deleted from inbox.",
    ['patient-identifier'],
    ['email address'],
  ),
  flagged(
    'f05',
    'Patient lives at 1147 Maple Avenue, Columbus, OH 43215 and travels 2 hours to the infusion centre.',
    ['patient-identifier'],
    ['street address', 'ZIP code'],
  ),
  flagged(
    'f06',
    "KOL's patient is a 94-year-old woman with AL amyloidosis who is doing well on daratumumab.",
    ['patient-identifier'],
    ['age over 89'],
  ),
  flagged('f07', "Dr Alvarez: 'my patient developed hepatitis after the second dose' — ALT 8x ULN.", [
    'adverse-event',
  ]),
  flagged(
    'f08',
    'Dr Schneider reported a patient who had a generalized seizure three days after starting cenobamate 50 mg.',
    ['adverse-event'],
  ),
  flagged(
    'f09',
    'Dr Osei said one of his patients on semaglutide was hospitalized with acute pancreatitis in January.',
    ['adverse-event'],
  ),
  flagged(
    'f10',
    'Dr Chen offered to send me a full-face photo of the patient for the case discussion; I declined.',
    ['patient-identifier'],
    ['full-face photo'],
  ),
  flagged(
    'f11',
    'Referral form she showed me listed SSN 219-09-9999.',
    ['patient-identifier'],
    ['social security number'],
  ),
  flagged(
    'f12',
    'Pt is 91 y/o, on apixaban; Dr Novak wanted dosing advice.',
    ['patient-identifier'],
    ['age over 89'],
  ),
  flagged(
    'f13',
    "Mrs. Dawson, Dr Hill's 67-year-old patient, developed severe neutropenia after cycle 2 and needed G-CSF.",
    ['adverse-event'],
  ),
  flagged(
    'f14',
    'Dr Ibrahim told me that a patient of hers had an anaphylactic reaction during the first infusion of the biosimilar.',
    ['adverse-event'],
  ),
  flagged(
    'f15',
    'One of my patients broke out in hives all over after the injection — Dr Moreau, verbatim.',
    ['adverse-event'],
  ),
  flagged(
    'f16',
    'Dr Lindqvist had a patient on pembrolizumab who went into the ICU with myocarditis last week.',
    ['adverse-event'],
  ),
  flagged(
    'f17',
    'Fax the prior authorization to 312-555-0147, attn: Dr Reyes, for the patient born 7 May 1949.',
    ['patient-identifier'],
    ['fax number', 'date of birth'],
  ),
  flagged(
    'f18',
    'Health plan member ID W283746519 was visible on the screenshot she shared.',
    ['patient-identifier'],
    ['health plan number'],
  ),
  flagged(
    'f19',
    'Dr Banerjee described a 54-year-old man who developed Stevens-Johnson syndrome 10 days after starting lamotrigine.',
    ['adverse-event'],
  ),
  flagged(
    'f20',
    "The patient's daughter called (mobile 07700 900461) to ask about the compassionate use programme.",
    ['patient-identifier'],
    ['phone number'],
  ),
  flagged(
    'f21',
    'Her patient, aged 96, was discharged on 14 February after treatment for a hip fracture.',
    ['patient-identifier'],
    ['age over 89', 'admission, discharge or death date'],
  ),
  flagged(
    'f22',
    'KOL said three of her patients on the new JAK inhibitor have had herpes zoster reactivation this year.',
    ['adverse-event'],
  ),
  flagged(
    'f23',
    'Dr Gomez reported that a patient in her clinic died suddenly two weeks after the first dose of the gene therapy.',
    ['adverse-event'],
  ),
  flagged(
    'f24',
    'Bank account no. 4471 2290 1183 for the patient assistance reimbursement was in the email thread.',
    ['patient-identifier'],
    ['account number'],
  ),
  flagged(
    'f25',
    'Dr Yilmaz is worried: her patient on lecanemab had ARIA with microhemorrhages on the 6-month MRI.',
    ['adverse-event'],
  ),
  flagged(
    'f26',
    'Patient Mr. Okonkwo (chart no. 5520931) was discussed at tumour board.',
    ['patient-identifier'],
    ['patient name', 'medical record number'],
  ),
  flagged(
    'f27',
    'Dr Walsh mentioned a 92-year-old with CLL who tolerated venetoclax well; no TLS.',
    ['patient-identifier'],
    ['age over 89'],
  ),
  flagged(
    'f28',
    '"My patient\'s liver enzymes went through the roof after the third infusion — ALT over 600," said Dr Costa.',
    ['adverse-event'],
  ),
  flagged(
    'f29',
    'Dr Dubois told me about a woman in her practice who suffered a stroke while on the new anticoagulant.',
    ['adverse-event'],
  ),
  flagged(
    'f30',
    "The patient's address is 23 rue des Lilas, 75011 Paris; the KOL wants to enroll her in the EAP.",
    ['patient-identifier'],
    ['street address'],
  ),
  flagged(
    'f31',
    'Zip code 60614 and birth date 11/02/1933 were visible on the prescription she showed.',
    ['patient-identifier'],
    ['ZIP code', 'date of birth'],
  ),
  flagged(
    'f32',
    'Dr Varga said her patient started vomiting and had severe diarrhoea within hours of the first dose.',
    ['adverse-event'],
  ),
  flagged(
    'f33',
    "Contact the caregiver at +44 20 7946 0958 regarding the patient's travel to the trial site.",
    ['patient-identifier'],
    ['phone number'],
  ),
  flagged(
    'f34',
    'A patient Dr Tanaka treated with CAR-T developed grade 4 cytokine release syndrome on day 2.',
    ['adverse-event'],
  ),
  flagged(
    'f35',
    "Dr Ali's patient, a 97-year-old man, fell and fractured his hip two days after starting the new antihypertensive.",
    ['patient-identifier', 'adverse-event'],
    ['age over 89'],
  ),
  flagged(
    'f36',
    'Dr Perez mentioned that her patient had a severe allergic reaction after the first infusion.',
    ['adverse-event'],
  ),
  flagged('f37', "Dr Lam: 'I had a patient on nivolumab who got colitis so bad she needed infliximab.'", [
    'adverse-event',
  ]),
  flagged(
    'f38',
    "Her patient's mother gave me her cell: 212 555 0164; I did not record it in CRM.",
    ['patient-identifier'],
    ['phone number'],
  ),
];
