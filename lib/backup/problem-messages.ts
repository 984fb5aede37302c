// Turns a schema library's findings and JSON parse failures into sentences a user can act on.
import { countOf } from '../counted-noun';
import type * as v from 'valibot';
import { EMPTY } from './record-schemas';

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  union: 'text, a number, true or false, or a list of text',
};

/** What a value is, in words, without echoing more than a few characters of an untrusted file. */
function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'a group of fields' : typeof value;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** "text", "authors.3.name": field names joined by dots, list items counted from 1 as people count. */
function describePath(path: v.BaseIssue<unknown>['path']): string {
  return (path ?? [])
    .map((item) => (typeof item.key === 'number' ? String(item.key + 1) : String(item.key)))
    .join('.');
}

/**
 * One sentence for the first thing wrong with a record: "Record 12 in notes has no text", "Record 3 in
 * sources: authors has more than 10000 entries". `where` names the record ("Record 12 in notes").
 */
export function describeIssue(where: string, issue: v.BaseIssue<unknown>): string {
  const field = describePath(issue.path);
  if (!field) return `${where} is not a record (it is ${describeValue(issue.input)})`;
  const missing = issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined;
  if (missing || (issue.type === 'check' && issue.message === EMPTY)) return `${where} has no ${field}`;
  switch (issue.type) {
    case 'max_length':
      return typeof issue.input === 'string'
        ? `${where}: ${field} is longer than ${String(issue.requirement)} characters`
        : `${where}: ${field} has more than ${String(issue.requirement)} entries`;
    case 'picklist':
      return `${where}: ${field} is ${describeValue(issue.input)}, which this version of Liaison does not know`;
    case 'integer':
    case 'min_value':
      return `${where}: ${field} should be a whole number, 0 or more, not ${describeValue(issue.input)}`;
    case 'finite':
      return `${where}: ${field} should be a finite number, not ${describeValue(issue.input)}`;
    case 'regex':
      return `${where}: ${field} is not in the expected form`;
  }
  const expected = issue.kind === 'schema' ? EXPECTED[issue.type] : undefined;
  return expected
    ? `${where}: ${field} should be ${expected}, not ${describeValue(issue.input)}`
    : `${where}: ${field} is not valid (${issue.message})`;
}

/**
 * Whether invalid JSON stops in the middle of a value (an open string, object or list): the sign of a
 * download or copy that did not finish, as opposed to a file damaged in the middle.
 */
export function isCutOffJson(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/**
 * Where a JSON parser stopped, from its message: V8 says "at position 7", Firefox "at line 1 column 8".
 * Undefined when the engine does not say.
 */
export function jsonErrorPosition(json: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  const [line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = json.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The first problems, and how many more there are, as one message. */
export function summarizeProblems(problems: readonly string[], more: boolean): string {
  const [first = 'The backup is not valid'] = problems;
  const others = problems.length - 1;
  if (others <= 0 && !more) return `${first}.`;
  return `${first} (and ${more ? 'more problems' : countOf(others, 'other problem')}).`;
}
