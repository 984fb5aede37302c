// The shapes the compliance check returns and takes, shared by its detectors and by the views that show findings.

/** What a finding is about: the UI asks to remove identifiers and restricted terms, and adds a pharmacovigilance reminder for adverse events. */
export type ComplianceKind = 'patient-identifier' | 'adverse-event' | 'restricted-term';

/** One passage the user should look at before saving, with the offsets the UI needs to highlight it. */
export interface ComplianceFinding {
  kind: ComplianceKind;
  /** A plain label for what was found, e.g. 'date of birth', 'phone number', 'adverse event', 'restricted term'. */
  category: string;
  /** The exact text found: `text.slice(start, end)`. */
  match: string;
  /** UTF-16 offset of the first character of `match` in the checked text. */
  start: number;
  /** UTF-16 offset just after the last character of `match`. */
  end: number;
  /** What to do about it, in plain words for the user. */
  message: string;
  /** For an adverse event: the suspect product, as named in Settings' product list (or the drug's words without a list). */
  product?: string;
}

/** Settings that change what the check looks for. */
export interface ComplianceOptions {
  /** The company's own restricted words or phrases (from settings), matched as whole words, ignoring case and accents. */
  restrictedTerms?: readonly string[];
  /**
   * The company's products, one per entry; an entry may list a product's names separated by commas ("Zentrivo, zentrisumab,
   * zentrivio"). With a list, only events tied to these products (or "our drug") are adverse-event findings.
   */
  products?: readonly string[];
  /** Today, for ages given as a birth year ("born 1931" is over 89). */
  now?: Date;
}

/** A half-open range of the checked text. */
export interface TextSpan {
  start: number;
  end: number;
}
