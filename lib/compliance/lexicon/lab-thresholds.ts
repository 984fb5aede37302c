// Lab and vital-sign values that are adverse events in themselves: the test's names, the units, and the threshold per unit.

/** One unit a value may be given in, and the range that makes it an event (roughly CTCAE grade 3, or a Hy's-law-style rise). */
export interface LabRule {
  /** The unit as typed after the number (folded); an empty pattern matches a bare number. */
  unit: RegExp;
  /** An event when the value is at or above this. */
  atLeast?: number;
  /** An event when the value is at or below this. */
  atMost?: number;
  /** Values outside this range are some other number ("HR 0.72" is a hazard ratio, not a heart rate). */
  plausible?: readonly [number, number];
}

/** A lab test or vital sign: the names it goes by and its rules; the first rule whose unit matches decides. */
export interface LabTest {
  name: string;
  /** Names as MSLs and physicians type them, folded, as a pattern source. */
  labels: string;
  rules: readonly LabRule[];
}

const TIMES_ULN = /^(?:x|×|times) ?(?:the )?uln\b|^x ?upper limit/;
const BARE = /^(?!\s*(?:%|mg|mm|ms|kg|g\b|ml|mmol|umol|µmol|u\/?l|iu|x|×|k\b|\/))/;

/**
 * The tests. Thresholds: CTCAE v5.0 grade 3 where it gives one (ALT/AST > 5x ULN is grade 3; > 3x ULN is what
 * drug-induced liver injury screening reports), taking common upper limits of normal (ALT 40 U/L, lipase 60 U/L).
 */
export const LAB_TESTS: readonly LabTest[] = [
  {
    name: 'liver enzymes',
    labels:
      'alt|ast|sgpt|sgot|alat|asat|transaminases?|lfts?|liver enzymes|alanine aminotransferase|aspartate aminotransferase',
    rules: [
      { unit: TIMES_ULN, atLeast: 3 },
      { unit: /^(?:u|iu|units?)(?: ?\/ ?l)?\b/, atLeast: 120 },
      { unit: BARE, atLeast: 120 },
    ],
  },
  {
    name: 'bilirubin',
    labels: 't\\.? ?bili|bili|bilirubin|total bilirubin|tbili',
    rules: [
      { unit: TIMES_ULN, atLeast: 2 },
      { unit: /^mg ?\/ ?dl\b/, atLeast: 2.5 },
      { unit: /^[uµμ]mol ?\/ ?l\b/, atLeast: 42 },
    ],
  },
  {
    name: 'creatinine',
    labels: 'creatinine|creat|cr|scr|serum creatinine',
    rules: [
      { unit: /^mg ?\/ ?dl\b/, atLeast: 2.5 },
      { unit: /^[uµμ]mol ?\/ ?l\b/, atLeast: 220 },
      { unit: TIMES_ULN, atLeast: 2 },
    ],
  },
  {
    name: 'QTc',
    labels: 'qtc[fb]?|qt interval|qtcf interval|qt',
    rules: [{ unit: /^(?:ms|msec|milliseconds)?\b/, atLeast: 500, plausible: [250, 800] }],
  },
  {
    name: 'platelets',
    labels: 'platelets?|plts?|platelet count|plt count',
    rules: [{ unit: /^(?:k|x ?10\^?9|×10\^?9|x10e9|\/nl|thou)?/, atMost: 50 }],
  },
  {
    name: 'neutrophils',
    labels: 'anc|neutrophils?|neuts?|neutrophil count|absolute neutrophil count',
    rules: [
      { unit: /^(?:\/ ?(?:µ|u|m)l|cells)/, atMost: 1000 },
      { unit: /^(?:k|x ?10\^?9|×10\^?9|x10e9)?/, atMost: 1 },
    ],
  },
  {
    name: 'lymphocytes',
    labels: 'lymphs?|lymphocytes?|alc|lymphocyte count|absolute lymphocyte count',
    rules: [{ unit: /^(?:k|x ?10\^?9|×10\^?9|x10e9)?/, atMost: 0.5, plausible: [0, 10] }],
  },
  {
    name: 'kidney function',
    labels: 'egfr|gfr|crcl|creatinine clearance',
    rules: [{ unit: /^(?:ml ?\/ ?min)?/, atMost: 30, plausible: [2, 150] }],
  },
  {
    name: 'haemoglobin',
    labels: 'hb|hgb|haemoglobin|hemoglobin',
    rules: [
      { unit: /^g ?\/ ?l\b/, atMost: 80 },
      { unit: /^(?:g ?\/ ?dl)?/, atMost: 8 },
    ],
  },
  {
    name: 'potassium',
    labels: 'k\\+?|potassium|serum potassium',
    rules: [{ unit: /^(?:mmol ?\/ ?l|meq ?\/ ?l|mm)?/, atLeast: 6.0, atMost: 2.9, plausible: [1, 10] }],
  },
  {
    name: 'sodium',
    labels: 'na\\+?|sodium|serum sodium',
    rules: [{ unit: /^(?:mmol ?\/ ?l|meq ?\/ ?l|mm)?/, atMost: 125 }],
  },
  {
    name: 'glucose',
    labels: 'glucose|blood glucose|blood sugar|bg|bgl|cbg|sugars?|bsl|fbg',
    rules: [
      { unit: /^mg ?\/ ?dl\b/, atMost: 54, atLeast: 400 },
      { unit: /^(?:mmol ?\/ ?l|mm)?/, atMost: 3.0, atLeast: 25, plausible: [0.5, 60] },
    ],
  },
  {
    name: 'creatine kinase',
    labels: 'ck|cpk|creatine kinase|creatine phosphokinase',
    rules: [
      { unit: TIMES_ULN, atLeast: 5 },
      { unit: /^(?:u|iu)?/, atLeast: 1000 },
    ],
  },
  {
    name: 'lipase',
    labels: 'lipase|amylase',
    rules: [
      { unit: TIMES_ULN, atLeast: 3 },
      { unit: /^(?:u|iu)?/, atLeast: 300 },
    ],
  },
  {
    name: 'thyroid-stimulating hormone',
    labels: 'tsh',
    rules: [{ unit: /^(?:m[iu]u ?\/ ?l|miu|mu)?/, atLeast: 10, plausible: [0, 500] }],
  },
  {
    name: 'INR',
    labels: 'inr',
    rules: [{ unit: /^/, atLeast: 4 }],
  },
  {
    name: 'ejection fraction',
    labels: 'lvef|ef|ejection fraction',
    rules: [{ unit: /^%?/, atMost: 40, plausible: [5, 90] }],
  },
  {
    name: 'temperature',
    labels: 'temp|temperature|t',
    rules: [
      { unit: /^(?:°|deg|degrees)? ?f\b/, atLeast: 102.5, plausible: [90, 110] },
      { unit: /^(?:°|deg|degrees)? ?c?\b/, atLeast: 39, plausible: [34, 43] },
    ],
  },
  {
    name: 'oxygen saturation',
    labels: 'spo2|sats|sat|o2 sats?|oxygen saturation|saturations?',
    rules: [{ unit: /^%?/, atMost: 88, plausible: [40, 100] }],
  },
  {
    name: 'heart rate',
    labels: 'hr|heart rate|pulse',
    rules: [{ unit: /^(?:bpm)?/, atMost: 40, atLeast: 150, plausible: [15, 250] }],
  },
  {
    name: 'blood pressure',
    labels: 'bp|blood pressure|sbp|systolic',
    rules: [{ unit: /^(?:\/ ?\d+)?/, atMost: 80, atLeast: 180, plausible: [30, 300] }],
  },
];

/** Words between a test's name and its value: "ALT of 412", "platelets dropped to 18", "QTc went from 440 to 538". */
export const VALUE_LEAD_IN =
  '(?:\\s*(?:[:=~≈]|of|was|were|is|are|at|now|up|down|rose|rising|risen|climbed|went|jumped|increased|elevated|spiked|peaked|peaking|dropped|fell|falling|fallen|dipped|decreased|reduced|reached|hit|to|from\\s+[\\d.]+(?:\\s*[a-zµ/%×^\\d]+)?|approx\\.?|around|about|over|above|greater than|>|<|≥|≤|\\^|↑|↓|levels?|count|value)){0,6}\\s*';
