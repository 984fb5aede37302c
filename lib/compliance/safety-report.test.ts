// "Copy for the safety report" gives event, product and reporter, and never the patient's identifiers.
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text';
import { buildSafetyReport } from './safety-report';

describe('buildSafetyReport', () => {
  it('names the event, the product and the reporter, and removes every identifier', () => {
    const text = 'Mrs Okafor (MRN 00482913), 71, on Zentrivo was admitted with pancreatitis on 14/10/2026.';
    const findings = checkText(text, { products: ['Zentrivo'], now: new Date('2026-12-03') });
    const report = buildSafetyReport(text, findings, { reporters: ['Dr Ada Lee'], heardOn: '2026-12-03' });
    expect(report).toContain('Suspect product: Zentrivo');
    expect(report).toContain('pancreatitis');
    expect(report).toContain('Dr Ada Lee (healthcare professional)');
    for (const secret of ['Okafor', '00482913', '14/10/2026']) expect(report).not.toContain(secret);
    expect(report).toContain('[removed]');
  });
});
