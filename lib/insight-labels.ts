// What each insight category is called on screen and in briefings, as medical affairs names it.
import type { InsightCategory } from './model';

/** Insight categories as medical affairs names them, in the order a form lists them. */
export const INSIGHT_LABELS: Record<InsightCategory, string> = {
  'unmet-need': 'Unmet need',
  'treatment-patterns': 'Treatment patterns',
  'perception-of-data': 'Perception of data',
  'evidence-gap': 'Evidence gap',
  'competitive-landscape': 'Competitive landscape',
  'trial-design': 'Trial design and recruitment',
  access: 'Access',
  'education-need': 'Education need',
  other: 'Other',
};
