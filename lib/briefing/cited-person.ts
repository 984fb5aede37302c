// People and organisations as citations name them: family name, given names, initials, or a corporate name as printed.
import type { Author } from '../model';
import type { CitedPerson } from './model';

/** Words that make an author an organisation ("ESMO Guidelines Committee", "NCCN Panel"), cited as printed. */
const CORPORATE =
  /\b(group|committee|consortium|investigators|network|association|society|collaborat\w*|organi[sz]ation|council|trialists|institute|foundation|alliance|panel|task force|working party|program(me)?|initiative|agency|administration|federation|college|academy|board)\b/i;

/** Degrees and honours that follow a name in a byline and are not part of it. */
const DEGREES =
  /^(md|phd|mph|msc|ms|mba|frcp|frcpc|facp|do|rn|mbbs|pharmd|bsc|mrcp|frcs|dphil|mbchb|prof|dr)$/i;

/** Generational suffixes, which AMA keeps after the initials ("Smith JA Jr"). */
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** Family-name particles that stay with the family name ("van der Berg", "de la Cruz", "al-"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'al',
  'el',
]);

/** Whether a printed author name is an organisation rather than a person. */
export function isCorporateName(name: string): boolean {
  return CORPORATE.test(name) || name.trim().split(/\s+/).length > 5;
}

function withoutDegrees(name: string): string {
  const segments = name
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const kept = segments.filter(
    (s, i) => i === 0 || !s.split(/\s+/).every((w) => DEGREES.test(w.replace(/\./g, ''))),
  );
  return kept
    .join(', ')
    .split(/\s+/)
    .filter((w) => !DEGREES.test(w.replace(/[.,]/g, '')))
    .join(' ')
    .replace(/,$/, '');
}

/** Whether a token is already initials ("JA", "J.A.", "J-P"). */
function isInitials(token: string): boolean {
  const bare = token.replace(/[.-]/g, '');
  return bare.length > 0 && bare.length <= 3 && /^\p{Lu}+$/u.test(bare);
}

/** Splits a printed name into family and given names, keeping its case and accents; undefined for an organisation. */
export function splitPrintedName(printed: string): { family: string; given: string } | undefined {
  const name = withoutDegrees(printed.replace(/\s+/g, ' ').trim());
  if (!name || isCorporateName(name)) return undefined;
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const all = name.split(' ');
  const suffix = all.length > 2 && SUFFIX.test(all[all.length - 1] ?? '') ? all.pop() : undefined;
  const withSuffix = (given: string) => [given, suffix].filter(Boolean).join(' ');
  const last = all[all.length - 1] ?? '';
  if (all.length >= 2 && isInitials(last))
    return { family: all.slice(0, -1).join(' '), given: withSuffix(last) };
  if (all.length < 2) return { family: name, given: '' };
  let start = all.length - 1;
  while (start > 1 && PARTICLES.has((all[start - 1] ?? '').toLowerCase())) start--;
  return { family: all.slice(start).join(' '), given: withSuffix(all.slice(0, start).join(' ')) };
}

/** A byline author as a cited person: the page's own split when it has one, else the printed name split. */
export function citedPerson(author: Author): CitedPerson {
  const literal = author.name.trim();
  if (author.family?.trim())
    return { family: author.family.trim(), given: author.given?.trim() || undefined, literal };
  const split = splitPrintedName(literal);
  if (!split) return { literal };
  return { family: split.family, given: split.given || undefined, literal };
}

/** AMA initials of given names, no periods: "María Elena" -> "ME", "Jean-Pierre" -> "J-P", "J. A." -> "JA", "Jr" kept apart. */
export function amaInitials(given: string): { initials: string; suffix?: string } {
  let suffix: string | undefined;
  const parts: string[] = [];
  for (const token of given.split(/[\s.]+/).filter(Boolean)) {
    if (SUFFIX.test(token)) {
      suffix = token.replace(/\.$/, '');
    } else if (isInitials(token)) {
      parts.push(token.replace(/\./g, ''));
    } else {
      parts.push(
        token
          .split('-')
          .filter(Boolean)
          .map((p) => p.charAt(0).toUpperCase())
          .join('-'),
      );
    }
  }
  return { initials: parts.join(''), suffix };
}

/** "de la Cruz ME", "Dubois J-P", "Smith JA Jr", or an organisation as printed. */
export function formatAmaPerson(person: CitedPerson): string {
  if (!person.family) return person.literal;
  const { initials, suffix } = amaInitials(person.given ?? '');
  return [person.family, initials, suffix].filter(Boolean).join(' ');
}
