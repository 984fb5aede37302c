// Adverse-event detection: a specific patient plus an event in one sentence is flagged, general talk about patients is not.
import { describe, expect, it } from 'vitest';
import {
  ADVERSE_EVENT_MESSAGE,
  describesAdverseEvent,
  findAdverseEvents,
  findPatientMention,
} from './adverse-events';

const flagged = (text: string) => findAdverseEvents(text).map((f) => f.match);

describe('findPatientMention', () => {
  it.each([
    ['my patient developed a rash', 'known'],
    ['two of her patients on the drug', 'known'],
    ["Dr Chen's patient was admitted", 'known'],
    ['a patient of hers had a reaction', 'known'],
    ['I treated a patient last week', 'known'],
    ['Mrs. Dawson had a seizure', 'known'],
    ['a patient had a seizure', 'some'],
    ['one 67-year-old woman', 'some'],
    ['the patient was admitted', 'some'],
    ['two cases of hepatitis', 'some'],
    ['patients who develop rash', 'none'],
    ['the typical patient is over 70', 'none'],
    ['her patient population is elderly', 'none'],
    ['patient-reported outcomes improved', 'none'],
    ['in her experience patients respond', 'none'],
  ])('%s -> %s', (sentence, mention) => {
    expect(findPatientMention(sentence)).toBe(mention);
  });
});

describe('describesAdverseEvent', () => {
  it.each([
    'he died two days later',
    'she was hospitalized in March',
    'went into anaphylactic shock',
    'had to stop the drug',
    'discontinued because of nausea',
    'she fainted in the car park',
    'developed hepatitis',
    'had a seizure',
    'has experienced severe headaches',
    'got colitis',
    'presented with jaundice',
    'complained of blurred vision',
    'had a bad side effect',
    'with an infusion reaction',
    'she has seen microhemorrhages',
  ])('%s', (sentence) => {
    expect(describesAdverseEvent(sentence)).toBe(true);
  });

  it.each([
    'had a complete response',
    'did not have any side effects',
    'has never seen hepatitis with it',
    'had no rash',
    'had a history of stroke',
    'her patient with ulcerative colitis had a remission',
    'had less pain after week 4',
    'developed a new assay',
    'reported good adherence',
    'a diagnosis was made',
  ])('not: %s', (sentence) => {
    expect(describesAdverseEvent(sentence)).toBe(false);
  });
});

describe('findAdverseEvents', () => {
  it('flags the sentence with a specific patient and an event, and reminds to report it', () => {
    const text =
      'Good meeting. My patient developed hepatitis after the second dose, she said. We then discussed the poster.';
    const [finding, ...rest] = findAdverseEvents(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: 'adverse-event',
      category: 'adverse event',
      match: 'My patient developed hepatitis after the second dose, she said.',
      message: ADVERSE_EVENT_MESSAGE,
    });
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.match);
    expect(ADVERSE_EVENT_MESSAGE).toMatch(/pharmacovigilance/);
  });

  it.each([
    'Dr X reported a patient who had a seizure on drug Y.',
    'Dr Lee said one of her patients was hospitalized with pancreatitis after starting semaglutide.',
    'A 54-year-old man developed Stevens-Johnson syndrome ten days after starting lamotrigine.',
    'One of my patients broke out in hives after the injection.',
  ])('flags %s', (text) => {
    expect(flagged(text)).toEqual([text]);
  });

  it('follows the patient into the next sentence when it starts with a pronoun', () => {
    expect(flagged('Dr Lee has a patient on drug Y. She developed a rash two days later.')).toEqual([
      'She developed a rash two days later.',
    ]);
    expect(flagged('Dr Lee presented the data. She developed the scoring system.')).toEqual([]);
  });

  it.each([
    'Grade 3 adverse events occurred in 12% of patients.',
    'In the phase 3 trial, one patient died of pneumonitis (0.4%).',
    'Patients who develop grade 2 rash should interrupt treatment.',
    'She asked how to manage a patient who developed a rash on day 3?',
    'If a patient had a seizure, would you restart the drug?',
    'Her patients tolerate it well and she has not seen any hepatitis.',
    'Dr Okafor discussed the management of infusion reactions in her patients.',
    'The typical patient in her clinic developed diabetes in their forties.',
    'Serious adverse events were reported in 45 of 312 patients.',
  ])('leaves alone %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('does not split sentences at titles, initials and abbreviations', () => {
    expect(flagged('Dr. J. Smith, i.e. the PI, said a patient (approx. 70 y) had a seizure.')).toHaveLength(
      1,
    );
  });
});
