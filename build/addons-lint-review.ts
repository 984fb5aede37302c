// Which addons-linter warnings on the Firefox build are accepted, and why; anything else fails `npm run lint:firefox`.

/** One message of addons-linter's JSON report. */
export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The parts of addons-linter's JSON report the review reads. */
export interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

/**
 * A warning Liaison accepts: its code, and for code warnings a pattern that must match the minified source
 * around the flagged column, so that the same code elsewhere (a new innerHTML) is not accepted with it.
 * The README's "Firefox" section gives the same reasons.
 */
export interface AcceptedWarning {
  code: string;
  /** Matched against the code around the flagged spot, marked ▶ (400 characters before, 60 after); absent for manifest warnings. */
  around?: RegExp;
  why: string;
}

/** Every warning the Firefox build may have. Minified names are matched as `[\w$]+`. */
export const ACCEPTED_WARNINGS: AcceptedWarning[] = [
  {
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    why: 'data_collection_permissions (Firefox 140+) declares that Liaison collects nothing; Firefox 128-139 ignore the key.',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    why: 'The same key on Firefox for Android before 142, which ignores it too.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /createElement\("template"\);(?:return )?[\w$]+▶\.innerHTML=/,
    why: 'Liaison parses page markup into a <template>: its content is inert (no script runs, nothing loads) and only its text is read.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /createDocument\([\w$]+,"template",null\);try\{[\w$]+▶\.documentElement\.innerHTML=/,
    why: "DOMPurify's own parser, which builds an inert document to sanitize.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /readability-page-1[\s\S]*[\w$]+▶\.innerHTML=[\w$]+,this\.[\w$]+\.push\(\{articleContent:/,
    why: "Readability restoring its working copy of the page between attempts (a clone, never the page's own DOM).",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around:
      /getElementsByTagName\("noscript"\)[\s\S]*createElement\("div"\);[\w$]+▶\.innerHTML=[\w$]+\.innerHTML/,
    why: 'Readability unwrapping <noscript> images inside its clone; the result is sanitized before it is stored.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /\.__html==[\w$]+\.innerHTML\)\|\|\([\w$]+▶\.innerHTML=[\w$]+\.__html\)/,
    why: "Preact's dangerouslySetInnerHTML, used only by SafeHtml, which sanitizes with DOMPurify first.",
  },
];

/** What the review found: messages that fail the check, and accepted warnings with their reason. */
export interface LintReview {
  problems: string[];
  accepted: Array<{ where: string; why: string }>;
}

function where(message: LinterMessage): string {
  return [message.file ?? 'manifest.json', message.line, message.column].filter(Boolean).join(':');
}

/**
 * Sorts a report: every error and notice is a problem, and so is a warning no entry accepts. An entry
 * that accepts nothing any more is a problem too, so that the list (and the README) only says what is true.
 * `readBuiltFile` returns a file of the linted build, to look at the code around a flagged column.
 */
export function reviewLinterReport(
  report: LinterReport,
  readBuiltFile: (file: string) => string,
  accepted: AcceptedWarning[] = ACCEPTED_WARNINGS,
): LintReview {
  const review: LintReview = { problems: [], accepted: [] };
  const used = new Set<AcceptedWarning>();
  for (const error of report.errors)
    review.problems.push(`error ${error.code} at ${where(error)}: ${error.message}`);
  for (const notice of report.notices)
    review.problems.push(`notice ${notice.code} at ${where(notice)}: ${notice.message}`);
  for (const warning of report.warnings) {
    const line =
      warning.file && warning.line ? (readBuiltFile(warning.file).split('\n')[warning.line - 1] ?? '') : '';
    const column = warning.column ?? 0;
    const around = `${line.slice(Math.max(0, column - 400), column)}▶${line.slice(column, column + 60)}`;
    const entry = accepted.find(
      (candidate) => candidate.code === warning.code && (!candidate.around || candidate.around.test(around)),
    );
    if (entry) {
      used.add(entry);
      review.accepted.push({ where: `${warning.code} at ${where(warning)}`, why: entry.why });
    } else {
      review.problems.push(
        `warning ${warning.code} at ${where(warning)} is not an accepted one: ${warning.message}`,
      );
    }
  }
  for (const entry of accepted)
    if (!used.has(entry))
      review.problems.push(
        `the accepted ${entry.code} "${entry.why}" matched nothing: remove it here and in the README`,
      );
  return review;
}
