// Runs axe-core (the pinned npm copy) inside a page of the extension and sorts what it finds by impact.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './paths';

/** axe's source, read once; evaluated through the DevTools protocol, so the extension's CSP does not apply. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail a test: a user of assistive technology is blocked or badly slowed. */
export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

/** One rule axe found broken (or could not decide) on a page, with the elements concerned. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's own explanation for the first element, e.g. the measured contrast. */
  detail: string;
}

/** What axe reported for one page: the broken rules, and those it could not decide ("needs review"). */
export interface AxeAudit {
  page: string;
  violations: AxeFinding[];
  needsReview: AxeFinding[];
}

/** The slice of axe's result these tests read. */
interface AxeRuleResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

function toFinding(result: AxeRuleResult): AxeFinding {
  return {
    rule: result.id,
    impact: result.impact ?? 'unknown',
    help: result.help,
    targets: result.nodes.map((node) => node.target.map(String).join(' ')),
    detail: (result.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
  };
}

/** Injects axe into `page` (once) and audits the whole document with axe's default rules. */
export async function auditPage(page: Page, name: string): Promise<AxeAudit> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: AxeRuleResult[]; incomplete: AxeRuleResult[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations', 'incomplete'] }),
  );
  return {
    page: name,
    violations: result.violations.map(toFinding),
    needsReview: result.incomplete.map(toFinding),
  };
}

/** The violations that fail a test, one line each, for an assertion message that says what to fix. */
export function blockingViolations(audit: AxeAudit): string[] {
  return audit.violations
    .filter((finding) => (BLOCKING_IMPACTS as readonly string[]).includes(finding.impact))
    .map((f) => `${audit.page}: [${f.impact}] ${f.rule} (${f.help}) at ${f.targets.join(', ')}: ${f.detail}`);
}

/** Writes every audit to test-output/accessibility.json, the record the README's list of what remains is read from. */
export async function writeAuditReport(audits: AxeAudit[]): Promise<string> {
  const dir = join(REPO_ROOT, 'test-output');
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'accessibility.json');
  await writeFile(file, JSON.stringify(audits, null, 2));
  return file;
}
