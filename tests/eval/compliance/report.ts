// Prints the scores of the compliance check on the tuning and sealed note sets: `npm run eval:compliance [-- --misses]`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { f1, loadNoteSet, precision, recall, scoreNoteSet, type NoteSetScore, type Tally } from './note-set';

const here = fileURLToPath(new URL('.', import.meta.url));
const pct = (x: number) => x.toFixed(2);
const line = (name: string, t: Tally) =>
  `  ${name.padEnd(18)} P ${pct(precision(t))}  R ${pct(recall(t))}  F1 ${pct(f1(t))}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;

/** The report of one set, as lines. */
export function formatScore(name: string, notes: number, s: NoteSetScore): string[] {
  const cats = Object.entries(s.categories)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, { found, total }]) => `${c} ${found}/${total}`);
  return [
    `${name}: ${notes} notes`,
    line('adverse event', s.adverseEvent),
    line('patient identifier', s.identifier),
    line('restricted term', s.restricted),
    `  clean notes flagged ${s.clean.flagged}/${s.clean.total} (${pct((100 * s.clean.flagged) / Math.max(1, s.clean.total))}%)`,
    `  product named right ${s.productNamed.right}/${s.productNamed.total}`,
    `  identifier recall by category: ${cats.join(', ')}`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const showMisses = process.argv.includes('--misses');
  const sets = ['tuning', 'tuning2', 'tuning3', 'legacy', 'sealed', 'sealed2'].filter((n) =>
    existsSync(`${here}${n}-notes.json`),
  );
  for (const name of sets) {
    const set = loadNoteSet(`${here}${name}-notes.json`);
    const score = scoreNoteSet(set);
    console.log(formatScore(`${name} (written ${set.sealedOn})`, set.notes.length, score).join('\n'));
    if (showMisses && !name.startsWith('sealed')) {
      for (const m of score.misses)
        console.log(`\n[${m.id}] ${m.what}\n  ${m.text}\n  found: ${m.found.join(' | ')}`);
    }
  }
}
