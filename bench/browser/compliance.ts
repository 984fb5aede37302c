// The compliance benchmark's page script (its own bundle): checkText on realistic 2,000-character notes, a 100 KB note, hostile inputs.
import { checkText } from '../../lib/compliance';
import { Random } from '../generate/random';
import { ALL_NOTES, HOSTILE_INPUTS, NOTE_SOURCES, joinedNote, type NoteSource } from './compliance-inputs';

/** Times of one checked text, with how many findings the last check returned (so a figure is known to do work). */
export interface CheckTimes {
  samples: number[];
  findings: number;
  length: number;
}

/** Checks a text with a source's Settings and returns the time taken and the findings. */
function timedCheck(text: string, source: NoteSource): { ms: number; findings: number } {
  const start = performance.now();
  const findings = checkText(text, source.options);
  return { ms: performance.now() - start, findings: findings.length };
}

/**
 * Checks `count` notes of `length` characters, each joined from one set's notes (the sets taken in turn) and checked with
 * that set's Settings, after `warmUp` others; one sample a note.
 */
export function realisticNotes(params: {
  count: number;
  warmUp: number;
  length: number;
  seed: number;
}): CheckTimes {
  const random = new Random(params.seed);
  const notes = Array.from({ length: params.warmUp + params.count }, (_, i) => {
    const source = NOTE_SOURCES[i % NOTE_SOURCES.length] as NoteSource;
    return { source, text: joinedNote(source, params.length, random) };
  });
  const samples: number[] = [];
  let findings = 0;
  notes.forEach(({ source, text }, i) => {
    const checked = timedCheck(text, source);
    if (i < params.warmUp) return;
    samples.push(checked.ms);
    findings += checked.findings;
  });
  return { samples, findings, length: params.length };
}

/** Checks one note of `length` characters joined from both sets, `repeats` times. */
export function largeNote(params: { length: number; repeats: number; seed: number }): CheckTimes {
  const text = joinedNote(ALL_NOTES, params.length, new Random(params.seed));
  const samples: number[] = [];
  let findings = 0;
  for (let i = 0; i < params.repeats; i++) {
    const checked = timedCheck(text, ALL_NOTES);
    samples.push(checked.ms);
    findings = checked.findings;
  }
  return { samples, findings, length: text.length };
}

/** The hostile inputs' labels, in order; the suite runs them one call each, so a slow one shows in the log. */
export function hostileLabels(): string[] {
  return HOSTILE_INPUTS.map((input) => input.label);
}

/** Checks hostile input number `index`, `repeats` times, with every product and restricted word of both sets. */
export function hostileInput(params: { index: number; repeats: number }): CheckTimes & { label: string } {
  const input = HOSTILE_INPUTS[params.index];
  if (!input) throw new Error(`No hostile input ${params.index}.`);
  const samples: number[] = [];
  let findings = 0;
  for (let i = 0; i < params.repeats; i++) {
    const checked = timedCheck(input.text, ALL_NOTES);
    samples.push(checked.ms);
    findings = checked.findings;
  }
  return { label: input.label, samples, findings, length: input.text.length };
}

/** The steps the suite calls by name. */
export const complianceSteps = { realisticNotes, largeNote, hostileLabels, hostileInput };

declare global {
  interface Window {
    liaisonComplianceBench: typeof complianceSteps;
  }
}

window.liaisonComplianceBench = complianceSteps;
