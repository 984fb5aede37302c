// ConText-style triggers (after NegEx/ConText, Chapman et al. 2001/2009): words that change what an event mention means, with their scope.

/** What a trigger says about the event mentions in its scope. */
export type ContextKind = 'negated' | 'hypothetical' | 'historical' | 'family' | 'generic' | 'other-person';

/** One trigger: its words, which way it reaches and how far (in words; the clause always ends it). */
export interface ContextTrigger {
  kind: ContextKind;
  /** Matched on the folded (lower-case, accent-free) sentence. */
  pattern: RegExp;
  /** `forward`: mentions after the trigger; `backward`: mentions before it; `both`. */
  direction: 'forward' | 'backward' | 'both';
  /** How many words the trigger reaches; the end of the clause stops it earlier. */
  reach: number;
}

/** Words that end a trigger's scope: a new clause that may say something else ("no rash but she developed colitis"). */
export const SCOPE_TERMINATORS =
  /;|\s[-–—]\s|\b(?:but|however|although|though|yet|whereas|except|aside from|apart from|then|subsequently|later|which|who|until|since starting|after starting|after (?:the|her|his|their) (?:first|second|third|\d+(?:st|nd|rd|th)) (?:dose|infusion|injection|cycle)|now|currently|this time)\b/g;

/**
 * The trigger table. To add a trigger: one line here and a sentence in `context.test.ts` that it changes.
 * Reaches follow NegEx's five-to-eight-word windows for negation and whole clauses for the rest.
 */
export const CONTEXT_TRIGGERS: readonly ContextTrigger[] = [
  // Negation: "no rash", "denies chest pain", "did not develop", "without any", "ruled out", "negative for".
  {
    kind: 'negated',
    pattern:
      /\b(?:no(?![.:#]?\s*\d)(?!\.)|not|never|without|w\/o|none|nil|nor|neg for|neither|denie[sd]|deny|absence of|free of|negative for|no evidence of|no signs? of|no sign or symptom of|did ?n[o']t|does ?n[o']t|has ?n[o']t|have ?n[o']t|had ?n[o']t|was ?n[o']t|were ?n[o']t|is ?n[o']t|are ?n[o']t|wo ?n[o']t|ca ?n[o']t|cannot|zero|nil|nothing|unremarkable|resolved without|rather than|instead of)\b/g,
    direction: 'forward',
    reach: 6,
  },
  {
    kind: 'negated',
    pattern:
      /\b(?:was|were|been|is|are)? ?(?:ruled out|excluded|not seen|not observed|not reported|not confirmed|unlikely|absent|negative|denied|not found|not present)\b/g,
    direction: 'backward',
    reach: 6,
  },
  // Hypothetical and questions: "if a pt develops", "what to do should ILD occur", "risk of", "monitor for", "asked whether".
  {
    kind: 'hypothetical',
    pattern:
      /\b(?:if|whether|suppose|supposing|imagine|say a|what if|position on|re-?challeng\w*|guidelines?|sop|in case|in the event|should (?:a|the|any|they|he|she|it|there)|would|could|might|may|can cause|can lead|risk of|risks of|at risk|monitor(?:ing)? for|watch(?:ing)? for|screen(?:ing)? for|counsel(?:l?ed|l?ing)?|educat(?:e|ed|ing)|warn(?:ed|ing|ings)?|precautions?|how (?:to|should|would|do|does|is|are|can|best|often|many|much)|what (?:if|to do|happens|is|are|about|would)|when to|ask(?:ed|ing|s)? (?:about|whether|if|how|what|for)|quer(?:y|ies|ied) (?:about|on|re|whether|if|regarding)|question(?:s|ed)? (?:about|on|re|whether|if|regarding)|request(?:ed|s)? (?:for )?(?:info|information|data) (?:on|about|re|regarding)|info(?:rmation)? (?:on|about|regarding)|data (?:on|about|regarding)|management of|guidance on|algorithm|protocol for|mitigat\w*|prevent\w*|prophyla\w*|avoid\w*|theoretical(?:ly)?|concern(?:ed|s)? (?:about|over|re|regarding)|worried about|fear of|expect(?:ed)?|anticipat\w*|plan(?:s|ned)? to|going to|will|label(?:led|ed)? (?:for|as)|labelling|labeling|smpc|pi lists|per label|known (?:risk|side effect|ae|adverse)|class effect|signal)\b/g,
    direction: 'forward',
    reach: 12,
  },
  {
    kind: 'hypothetical',
    pattern:
      /\?|\b(?:is a (?:known )?(?:risk|concern)|are (?:a )?(?:risks?|concerns?)|was (?:a )?concern|remains? a concern|would be|could be|may be|might be|to be monitored|to watch)\b/g,
    direction: 'backward',
    reach: 12,
  },
  {
    kind: 'negated',
    pattern: /\b(?:elective|planned|scheduled|routine|day-?case)\b/g,
    direction: 'both',
    reach: 8,
  },
  // Generic statements about a drug, not a case: "Zentrivo causes nausea", "is associated with", "rates of", "reported in the trial".
  {
    kind: 'generic',
    pattern:
      /\b(?:causes|cause|associated with|linked to|related to the class|seen with the class|reported with|rates? of|incidence of|frequency of|proportion of|percentage of|≥ ?grade|any[- ]grade|ae profile|safety profile|safety data|tolerability|label(?:led)? (?:warning|ae)|boxed warning|black box|advise|w&p|warnings and precautions|prescribing information|us pi|section \d|reportable|must be reported|should be reported|how to report|report(?:ing)? (?:process|route|form|side effects|aes?)|been observed in|observed in patients|in patients (?:treated|receiving|on|taking))\b/g,
    direction: 'forward',
    reach: 10,
  },
  {
    kind: 'generic',
    pattern:
      /\b(?:data|rates?|risks?|profile|signal|incidence|labell?ing|warnings?|precautions?|guidance|monitoring|screening|prophylaxis|vaccination|section|questions?|queries|literature)\b/g,
    direction: 'backward',
    reach: 0,
  },
  // Past history or before treatment: "history of", "hx of", "PMH", "prior to starting", "at baseline", "years ago".
  {
    kind: 'historical',
    pattern:
      /\b(?:history of|hx of|h\/o|pmh|pmhx|past medical history|medical history|background of|previously (?:had|diagnosed|treated|experienced|known)|prior|pre-?existing|pre-?treatment|baseline|known|long-?standing|chronic|underlying|remote history|since childhood|as a (?:child|teen|teenager)|had had)\b/g,
    direction: 'forward',
    reach: 8,
  },
  {
    kind: 'historical',
    pattern:
      /\b(?:before (?:starting|initiating|beginning|commencing|treatment|therapy|the first dose|she started|he started|they started|being started|going on|switching)|prior to (?:starting|initiating|treatment|therapy|the first dose|dosing|enrolment|enrollment)|before (?:any|randomi[sz]ation|enrol?ment|dosing|the first|treatment start)|at screening|screening (?:labs|bloods|ct|visit|scan)|back in (?:19|20)\d\d|long before|years before|months before|weeks before starting|(?:only|then|later|subsequently) started|after it (?:healed|resolved|cleared|settled)|pre-?dating|at baseline|in the past|years? ago|decades? ago|(?:in|since) (?:19|20)\d\d,? (?:before|prior)|which predated|predat(?:ed|ing)|before\s+(?:[\w-]+\s+){0,2}(?:was|were|had been|got)\s+(?:started|initiated|begun|commenced|prescribed)|before (?:she|he|they) (?:was|were) (?:on|started)|before (?:the drug|our drug|our product|the product|the medicine|treatment))\b/g,
    direction: 'both',
    reach: 20,
  },
  // Family history: the event belongs to a relative.
  {
    kind: 'family',
    pattern:
      /\b(?:family history|fhx|fh of|(?:his|her|their|pt'?s|patient'?s) (?:mother|father|mum|mom|dad|sister|brother|sibling|grandmother|grandfather|aunt|uncle|cousin|twin|parents?)|maternal (?:grand)?(?:mother|father|aunt|uncle)|paternal (?:grand)?(?:mother|father|aunt|uncle)|runs in (?:the|her|his) family)\b/g,
    direction: 'both',
    reach: 8,
  },
  // Someone who never took the product: "in a patient not on Zentrivo", "who never started", "untreated", "on placebo".
  {
    kind: 'other-person',
    pattern:
      /\b(?:never (?:took|taken|started|received|been on|on)|not (?:on|taking|yet on|yet started|started on|receiving)|treatment-?naive|untreated|placebo(?: arm| group)?|off (?:treatment|therapy|drug) for (?:months|years)|before being prescribed|was never prescribed|had not started|hadn'?t started|yet to start|awaiting (?:first|initiation|start)|never dosed|not dosed|in (?:dogs|rats|mice|monkeys|primates|animals|rabbits|minipigs|cynomolgus)|preclinical|non-?clinical|animal (?:study|studies|data|model)|one animal|never collected|never started|(?:on|taking) no (?:treatment|medications?|medicines?|drugs?|therapy)|(?:was |is )?(?:due|about|scheduled|planned|meant) to start|was to start|not yet started|screen-?fail(?:ed|ure)?|not on any|not on (?:our|the|any)|no exposure)\b/g,
    direction: 'both',
    reach: 12,
  },
];
