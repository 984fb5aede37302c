// Examples written after the detectors were frozen (commit e711c2a) and never used to change them: the honest measure.
import type { ComplianceExample } from './examples';

const clean = (id: string, text: string): ComplianceExample => ({ id, text, expected: [] });
const flagged = (
  id: string,
  text: string,
  expected: ComplianceExample['expected'],
  categories?: string[],
): ComplianceExample => ({ id, text, expected, categories });

/**
 * The hold-out table. Do not tune the patterns to these sentences: when a change to the detectors is made, write new hold-out
 * examples after it (and move these to the development table), so the printed hold-out numbers stay an honest estimate.
 */
export const HOLDOUT_EXAMPLES: readonly ComplianceExample[] = [
  clean(
    'h-c01',
    'Dr Svensson (Karolinska) shared unpublished thoughts on MRD negativity as an endpoint; no promotional discussion. Follow-up: send the IMWG 2016 criteria paper.',
  ),
  clean(
    'h-c02',
    'Overall survival at 36 months was 61.3% (95% CI 55.0–67.0) with the combination versus 48.9% with standard care; HR for death 0.68 (P = 0.002).',
  ),
  clean(
    'h-c03',
    'Most common TEAEs (≥10%) were upper respiratory tract infection, headache and arthralgia; discontinuations due to AEs were 3.1% and 2.8% in the two arms.',
  ),
  clean(
    'h-c04',
    'Trial registered at ClinicalTrials.gov (NCT05123456) and EU CT 2022-500123-45-00; funded by the sponsor.',
  ),
  clean(
    'h-c05',
    'She prefers to receive scientific updates by email rather than in-person visits; next touchpoint after the EHA congress in Madrid, 12–15 June 2025.',
  ),
  clean(
    'h-c06',
    'Dr Achebe described how her centre screens all new referrals for latent TB before starting biologics and asked about our TB guidance in the SmPC.',
  ),
  clean(
    'h-c07',
    'Patients ≥ 80 years had numerically higher rates of falls (6% vs 4%) in the pooled safety analysis.',
  ),
  clean(
    'h-c08',
    'J Clin Oncol 41, no. 16_suppl (June 01, 2023) 9001-9001. DOI: 10.1200/JCO.2023.41.16_suppl.9001',
  ),
  clean(
    'h-c09',
    'Insight: payers in Ontario are asking for head-to-head data; Dr Tremblay thinks an indirect comparison would be accepted.',
  ),
  clean(
    'h-c10',
    'The KOL thinks the 2.5 mg twice-daily regimen is easier for elderly patients; she asked if a once-daily formulation is in development.',
  ),
  clean(
    'h-c11',
    'Among the 23 deaths, 4 were judged related to treatment (sepsis, 2; hepatic failure, 1; pneumonitis, 1).',
  ),
  clean(
    'h-c12',
    'Dr Haas will chair the session at DGHO, Hamburg, on 11 October; slides to be reviewed by Medical Compliance before 20 September.',
  ),

  flagged(
    'h-f01',
    'Dr Mensah said a patient she saw last month developed severe thrombocytopenia two weeks after the first infusion.',
    ['adverse-event'],
  ),
  flagged(
    'h-f02',
    "Patient's phone number (0412 345 678) was on the referral note the nurse handed me.",
    ['patient-identifier'],
    ['phone number'],
  ),
  flagged(
    'h-f03',
    'Her 95-year-old patient on edoxaban is doing fine.',
    ['patient-identifier'],
    ['age over 89'],
  ),
  flagged(
    'h-f04',
    "The patient's wife emailed Dr Cruz from linda.morales1962@yahoo.com asking about trial eligibility.",
    ['patient-identifier'],
    ['email address'],
  ),
  flagged(
    'h-f05',
    "Dr Novak: one of our patients had a grand mal seizure the night after her third dose — we've stopped the drug.",
    ['adverse-event'],
  ),
  flagged(
    'h-f06',
    'He mentioned the patient was born on 2 February 1960 and lives on Church Road in Leeds.',
    ['patient-identifier'],
    ['date of birth'],
  ),
  flagged(
    'h-f07',
    'Dr Weber reported that an elderly man in her care developed acute kidney injury after the contrast scan while on the SGLT2 inhibitor.',
    ['adverse-event'],
  ),
  flagged(
    'h-f08',
    "Please don't record it, but the patient's NHS number is 485 777 3456.",
    ['patient-identifier'],
    ['health plan number'],
  ),
  flagged(
    'h-f09',
    'KOL described a teenager on isotretinoin who became severely depressed and was admitted to the psychiatric ward.',
    ['adverse-event'],
  ),
  flagged(
    'h-f10',
    'After switching to the biosimilar, Mrs K. lost all her hair within a month, according to Dr Farouk.',
    ['adverse-event'],
  ),
  flagged(
    'h-f11',
    'Dr Ito wanted to send a picture of the patient to show the skin lesions; I asked her not to.',
    ['patient-identifier'],
    ['full-face photo'],
  ),
  flagged(
    'h-f12',
    'Patient seen at 88 Kingsway, Manchester M14 5PL; referral letter dated 3 June.',
    ['patient-identifier'],
    ['ZIP code'],
  ),
];
