// The compliance guard's public API: what the popup and the note forms import.
export { checkText } from './check-text';
export { ADVERSE_EVENT_MESSAGE } from './adverse-events';
export type { ComplianceFinding, ComplianceKind, ComplianceOptions } from './types';
