// Adverse events follow ICH E2D's minimum case: a patient however referred to, a listed product, an asserted event.
import { describe, expect, it } from 'vitest';
import { findAdverseEvents, NO_PRODUCT_LIST_MESSAGE } from './adverse-events';

const PRODUCTS = ['Zentrivo, zentrisumab, Zentrevo', 'Cardexa, cardiparin'];
const events = (text: string, products: readonly string[] = PRODUCTS) =>
  findAdverseEvents(text, products).map((f) => [f.match, f.product]);

describe('findAdverseEvents: the patient however referred to', () => {
  it.each([
    ['a 63-y/o woman on Zentrivo developed shingles', 'shingles'],
    ['his 93-year-old patient on Zentrivo was hospitalised', 'hospitalised'],
    ['pt on Zentrivo c/o rash and fever', 'rash'],
    ['Zentrivo pt, gr 3 colitis, settling', 'colitis'],
    ['anaphylaxis 10 minutes into the first infusion of Zentrivo', 'anaphylaxis'],
    ["Dr T's patient, Harold B., developed SJS on Zentrivo", 'SJS'],
    ['Mrs K on Zentrevo (sic) - new type 1 diabetes', 'type 1 diabetes'],
  ])('%s', (text, event) => {
    expect(events(text)).toContainEqual([event, 'Zentrivo']);
  });
});

describe('findAdverseEvents: events beyond a word list', () => {
  it.each([
    ['pt on Zentrivo: ALT 412 U/L at week 8', 'ALT 412 U/L'],
    ['pt on Zentrivo, QTc 538 ms on the ECG', 'QTc 538 ms'],
    ['her platelets dropped to 18 after Zentrivo', 'platelets dropped to 18'],
    ['my patient on Zentrivo, CK 4,100, legs like lead', 'CK 4,100'],
    ['pt on Zentrivo admitted with rhabdo', 'rhabdo'],
    ['ER visit for the patient on Zentrivo last night', 'ER visit'],
    ['patient stopped Zentrivo because of headaches', 'stopped Zentrivo because of'],
    ['she became pregnant on Zentrivo and miscarried at 10 weeks', 'became pregnant'],
    ['pt took a double dose of Zentrivo, vomited and was drowsy', 'took a double'],
  ])('%s', (text, event) => {
    expect(events(text).map(([match]) => match)).toContain(event);
  });
});

describe('findAdverseEvents: context is read, not ignored', () => {
  it.each([
    'My patient on Zentrivo had no rash and no fever.',
    'If a patient on Zentrivo develops ILD, how should it be managed?',
    'Pt had shingles in 2019, well before Zentrivo was started.',
    'Her patient has a history of pancreatitis; started Zentrivo last month, doing well.',
    "Pt's mother had breast cancer; the patient is on Zentrivo and well.",
    'Grade 3 neutropenia in 12% of patients on Zentrivo in the phase 3 trial.',
    'Neutropenia was seen in 3/40 pts on Zentrivo.',
    "The pt's husband (not on any medication) was admitted with chest pain during her Zentrivo infusion.",
    'Zentrivo can cause hepatotoxicity; the KOL asked about monitoring.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('counts an event told in a later sentence about the same patient', () => {
    expect(
      events('Her patient started Zentrivo in May. She was admitted with pancreatitis in June.'),
    ).toContainEqual(['pancreatitis', 'Zentrivo']);
  });
});

describe('findAdverseEvents: the suspect product', () => {
  it('names the product as listed, whatever name or misspelling the note used', () => {
    expect(events('pt on zentrisumab developed colitis')).toEqual([['colitis', 'Zentrivo']]);
  });

  it('ties "our drug" to the product when the list has one', () => {
    expect(events('his pt on our drug developed hepatitis', ['Zentrivo'])).toEqual([
      ['hepatitis', 'Zentrivo'],
    ]);
  });

  it("leaves an event in another company's drug alone", () => {
    expect(
      events("Dr Lee's pt on Keytruda developed T1DM; she asks whether Zentrivo has a similar rate."),
    ).toEqual([]);
  });

  it('ties an event to the product, not to a drug given with it', () => {
    expect(events('Pt on Zentrivo + insulin had recurrent hypos, BG 2.4.')).toContainEqual([
      'hypos',
      'Zentrivo',
    ]);
  });

  it('without a product list, flags any drug and says the list makes it precise', () => {
    const found = findAdverseEvents('pt on Keytruda developed colitis', []);
    expect(found.map((f) => [f.match, f.product])).toEqual([['colitis', 'Keytruda']]);
    expect(found[0]?.message).toBe(NO_PRODUCT_LIST_MESSAGE);
  });
});
