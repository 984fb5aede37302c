// Prints the benchmark's figures as one table and writes them to .output/bench/results.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Figure } from './figures';

function format(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 1) return value.toFixed(1);
  return value.toFixed(2);
}

function measured(figure: Figure): string {
  if (figure.value !== undefined) return `${format(figure.value)} ${figure.unit}`;
  return `${format(figure.p50)} / ${format(figure.p95)} ${figure.unit}`;
}

function reference(figure: Figure): string {
  const ref = figure.reference;
  if (!ref) return '';
  const numbers = ref.value !== undefined ? format(ref.value) : `${format(ref.p50)} / ${format(ref.p95)}`;
  return `${ref.name}: ${numbers}`;
}

/** The figures as a Markdown table: median / p95 (or the single value), reference, target and notes. */
export function toTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.size === undefined ? '' : f.size.toLocaleString('en-US'),
    measured(f),
    f.max === undefined ? '' : format(f.max),
    reference(f),
    f.target ?? '',
    f.note ?? '',
  ]);
  const header = [
    'figure',
    'library',
    'median / p95 (or value)',
    'max',
    'reference, same run (median / p95)',
    'target',
    'note',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Writes everything measured, with the machine and the run's parameters, as JSON. */
export async function writeResults(
  path: string,
  run: Record<string, unknown>,
  figures: readonly Figure[],
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify({ ...run, figures }, null, 2)}\n`);
}
