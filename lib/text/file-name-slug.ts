// A person's name as a safe part of a download's file name: folded to ASCII letters and digits joined by hyphens.
import { foldText } from './fold';

/**
 * "Jürgen O'Neil, MD" -> "jurgen-oneil-md", "Jørgensen" -> "jorgensen": the same folding as every match
 * (lib/text/fold.ts), apostrophes dropped inside a name, anything else a hyphen, so that no name can put a
 * path, a dot or a space in a file name. `fallback` when nothing is left ("王伟"), at most `maxLength` long.
 */
export function fileNameSlug(name: string, fallback: string, maxLength = 60): string {
  const slug = foldText(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || fallback;
}
