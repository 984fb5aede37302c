// Word lists for generated libraries: drugs, diseases, endpoints, biomarkers, names with diacritics, journals.
import { Random } from './random';

const list = (text: string): string[] =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** Drug names, most of them long words that people search by their first letters. */
export const DRUGS = list(`
pembrolizumab|nivolumab|atezolizumab|durvalumab|ipilimumab|cemiplimab|tislelizumab|trastuzumab|pertuzumab|
trastuzumab deruxtecan|sacituzumab govitecan|bevacizumab|ramucirumab|cetuximab|panitumumab|osimertinib|gefitinib|
erlotinib|afatinib|alectinib|lorlatinib|brigatinib|crizotinib|sotorasib|adagrasib|amivantamab|olaparib|niraparib|
rucaparib|talazoparib|palbociclib|ribociclib|abemaciclib|enzalutamide|abiraterone|apalutamide|darolutamide|
lenalidomide|pomalidomide|bortezomib|carfilzomib|daratumumab|isatuximab|teclistamab|elranatamab|ibrutinib|
acalabrutinib|zanubrutinib|venetoclax|rituximab|obinutuzumab|tisagenlecleucel|axicabtagene ciloleucel|
semaglutide|tirzepatide|liraglutide|dulaglutide|empagliflozin|dapagliflozin|canagliflozin|sitagliptin|metformin|
insulin glargine|apixaban|rivaroxaban|dabigatran|edoxaban|warfarin|atorvastatin|rosuvastatin|evolocumab|
alirocumab|inclisiran|bempedoic acid|sacubitril/valsartan|finerenone|adalimumab|infliximab|etanercept|ustekinumab|
secukinumab|ixekizumab|risankizumab|guselkumab|upadacitinib|tofacitinib|baricitinib|dupilumab|tralokinumab|
omalizumab|mepolizumab|benralizumab|tezepelumab|ocrelizumab|natalizumab|ofatumumab|fingolimod|lecanemab|
donanemab|remdesivir|nirmatrelvir|tenofovir alafenamide|sofosbuvir|nusinersen|onasemnogene abeparvovec|
eculizumab|ravulizumab|efgartigimod|emicizumab|luspatercept|mavacamten|vericiguat|aficamten`);

/** Diseases and populations, as they appear in titles. */
export const DISEASES = list(`
non-small cell lung cancer|small cell lung cancer|EGFR-mutant NSCLC|HER2-positive breast cancer|
triple-negative breast cancer|hormone receptor-positive breast cancer|metastatic castration-resistant prostate cancer|
colorectal cancer|hepatocellular carcinoma|gastric cancer|pancreatic ductal adenocarcinoma|urothelial carcinoma|
renal cell carcinoma|melanoma|head and neck squamous cell carcinoma|ovarian cancer|endometrial cancer|
multiple myeloma|chronic lymphocytic leukemia|diffuse large B-cell lymphoma|acute myeloid leukemia|
follicular lymphoma|myelodysplastic syndromes|type 2 diabetes|obesity|heart failure with reduced ejection fraction|
heart failure with preserved ejection fraction|atrial fibrillation|hypercholesterolemia|hypertrophic cardiomyopathy|
chronic kidney disease|rheumatoid arthritis|psoriasis|psoriatic arthritis|axial spondyloarthritis|Crohn's disease|
ulcerative colitis|atopic dermatitis|severe asthma|COPD|multiple sclerosis|Alzheimer's disease|Parkinson's disease|
migraine|spinal muscular atrophy|myasthenia gravis|hemophilia A|sickle cell disease|COVID-19|HIV-1 infection|
chronic hepatitis B|hepatitis C|NASH|systemic lupus erythematosus|lupus nephritis|idiopathic pulmonary fibrosis`);

/** Endpoints, designs and statistics: the frequent middle of medical vocabulary. */
export const TERMS = list(`
overall survival|progression-free survival|objective response rate|duration of response|complete response|
pathological complete response|event-free survival|disease-free survival|hazard ratio|confidence interval|
adverse events|serious adverse events|treatment-related adverse events|grade 3 or higher|discontinuation|
randomized|double-blind|placebo-controlled|open-label|phase 3|phase 2|single-arm|multicenter|real-world evidence|
retrospective cohort|prospective cohort|meta-analysis|systematic review|post hoc analysis|subgroup analysis|
biomarker|PD-L1 expression|tumor mutational burden|circulating tumor DNA|minimal residual disease|HbA1c|
body weight|LDL cholesterol|major adverse cardiovascular events|hospitalization for heart failure|eGFR decline|
quality of life|patient-reported outcomes|health-related quality of life|time to treatment failure|
first-line|second-line|maintenance therapy|adjuvant|neoadjuvant|perioperative|dose escalation|
pharmacokinetics|immunogenicity|cost-effectiveness|treatment patterns|unmet need|standard of care|guideline`);

/** Genes, markers and targets, many of them hyphenated. */
export const BIOMARKERS = list(`
EGFR|ALK|ROS1|KRAS G12C|BRAF V600E|BRCA1|BRCA2|HER2|PD-L1|PD-1|CTLA-4|MSI-H|dMMR|TMB-high|IL-6|IL-17A|IL-23|
IL-4Rα|IL-13|TNF-α|JAK1|CD20|CD38|BCMA|GLP-1|GIP|SGLT2|PCSK9|FGFR2|MET exon 14|RET fusion|NTRK|PIK3CA|ESR1|AR-V7|
FLT3|IDH1|NPM1|TP53|APOE ε4|amyloid-β|tau|NT-proBNP|troponin T|CRP|FEV1|SMN2|FVIII`);

/** Frequent words of abstracts, most frequent first. */
export const COMMON = list(`
patients|treatment|study|results|compared|significant|associated|analysis|clinical|therapy|trial|group|
increased|reduced|median|months|years|risk|outcomes|efficacy|safety|population|higher|lower|observed|
improved|response|data|total|primary|secondary|endpoint|mean|baseline|follow-up|rate|rates|showed|
included|evaluated|received|versus|difference|effect|effects|dose|doses|cohort|week|weeks|incidence|
assessed|consistent|overall|benefit|profile|tolerability|exposure|reported|common|events|factors|
severe|moderate|mild|participants|enrolled|eligible|criteria|characteristics|age|sex|women|men|
independent|regardless|across|prespecified|exploratory|sustained|durable|rapid|early|late|long-term|
prior|previously|untreated|refractory|relapsed|advanced|metastatic|localized|resectable|high-risk`);

/** Family names from many languages, with diacritics and particles as author lists print them. */
export const FAMILY_NAMES = list(`
Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Martin|Jackson|Thompson|
White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker|Nelson|Carter|
Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schäfer|Koch|Jürgens|Großmann|García|Martínez|
Rodríguez|López|González|Pérez|Sánchez|Ramírez|Fernández|Gómez|Díaz|Muñoz|Peña|Núñez|Rossi|Russo|Ferrari|
Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Dubois|Durand|Lefèvre|Moreau|Laurent|Girard|Bonnet|François|
Silva|Santos|Oliveira|Souza|Pereira|Costa|Gonçalves|Araújo|Nguyễn|Trần|Lê|Phạm|Wang|Li|Zhang|Liu|Chen|Yang|
Huang|Zhao|Wu|Zhou|Kim|Lee|Park|Choi|Jung|Kang|Sato|Suzuki|Takahashi|Tanaka|Watanabe|Itō|Yamamoto|Nakamura|
Kowalski|Nowak|Wiśniewski|Wójcik|Łukasiewicz|Dąbrowski|Novák|Dvořák|Černý|Ivanova|Petrov|Smirnov|Kuznetsova|
Öztürk|Yılmaz|Şahin|Çelik|Søndergaard|Jørgensen|Nørgaard|Andersen|Nielsen|Johansson|Lindqvist|Åberg|Virtanen|
Korhonen|Patel|Singh|Sharma|Gupta|Kumar|Reddy|Iyer|Khan|Ahmed|Hassan|Al-Rashid|El-Sayed|Haddad|Cohen|Levi|
O'Brien|O'Connor|McCarthy|MacDonald|van der Berg|van den Heuvel|de Vries|de Jong|Jansen|de la Cruz|del Río|
dos Santos|von Essen|Okafor|Adeyemi|Mensah|Mwangi|Papadopoulos|Nikolaidis|Horváth|Nagy|Popescu|Ionescu`);

/** Given names, to be printed whole or as initials. */
export const GIVEN_NAMES = list(`
James|Mary|John|Patricia|Robert|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara|Richard|Susan|Joseph|
Jessica|Thomas|Sarah|Daniel|Karen|Matthew|Nancy|Anna|Lukas|Sophie|Jürgen|Günther|María|José|Lucía|Javier|
Giulia|Marco|Chiara|Luca|Élodie|François|Amélie|João|Inês|Thiago|Minh|Thu|Wei|Xiaoming|Yan|Jun|Ji-woo|Min-jun|
Haruto|Yuki|Aiko|Kenji|Zofia|Łukasz|Jakub|Olga|Dmitri|Ayşe|Mehmet|Søren|Åsa|Lars|Priya|Rahul|Aisha|Omar|Fatima|
Chinedu|Ngozi|Kwame|Eleni|Dimitrios|Ágnes|Ioana`);

/** Journals and congresses. */
export const VENUES = list(`
N Engl J Med|Lancet|Lancet Oncol|JAMA|JAMA Oncol|J Clin Oncol|Ann Oncol|Nat Med|Nature|Blood|Leukemia|
J Hematol Oncol|Cancer Cell|Clin Cancer Res|Eur J Cancer|Diabetes Care|Diabetologia|Circulation|Eur Heart J|
J Am Coll Cardiol|Hypertension|Kidney Int|J Am Soc Nephrol|Ann Rheum Dis|Arthritis Rheumatol|J Allergy Clin Immunol|
Br J Dermatol|J Am Acad Dermatol|Gastroenterology|Gut|Am J Respir Crit Care Med|Eur Respir J|Lancet Neurol|
Neurology|Brain|Alzheimers Dement|Hepatology|J Hepatol|BMJ|PLoS One|Front Oncol|ESMO Congress|ASCO Annual Meeting|
ASH Annual Meeting|EASD Annual Meeting|ACC Scientific Session|EULAR Congress|AAN Annual Meeting`);

/** Places for affiliations. */
export const INSTITUTIONS = list(`
Mayo Clinic, Rochester|Dana-Farber Cancer Institute, Boston|MD Anderson Cancer Center, Houston|
Memorial Sloan Kettering Cancer Center, New York|Charité – Universitätsmedizin Berlin|Hôpital Européen Georges-Pompidou, Paris|
Karolinska Institutet, Stockholm|Universitätsklinikum Heidelberg|Hospital Universitario 12 de Octubre, Madrid|
Istituto Nazionale dei Tumori, Milano|National Cancer Center, Tokyo|Seoul National University Hospital|
Peking Union Medical College Hospital|Tata Memorial Hospital, Mumbai|University of Toronto|Rigshospitalet, Copenhagen|
Leiden University Medical Center|Universidade de São Paulo|Royal Marsden Hospital, London|University of Sydney`);

/** Words of invented compounds and rare terms: real vocabularies have a long tail of words seen once or twice. */
export function rareWords(random: Random, count: number): string[] {
  const syllables = list(
    'al|ba|ce|di|fe|go|hu|ix|ka|lo|ma|ne|or|pi|qu|ra|si|to|ul|va|xe|yo|za|tri|pro|neu|cyt|kin|gen|mab|nib|lim|ost|ase',
  );
  const words = new Set<string>();
  while (words.size < count) {
    const length = random.int(2, 4);
    let word = '';
    for (let i = 0; i < length; i++) word += random.pick(syllables);
    words.add(random.chance(0.15) ? `${word}-${random.int(1, 99)}` : word);
  }
  return [...words];
}
