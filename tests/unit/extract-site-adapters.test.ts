// The site adapter registry: every row well-formed, every selector valid, every site's address served by its row.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LabelIndex } from '../../lib/extract/labelled-values';
import { SITE_ADAPTERS } from '../../lib/extract/site-adapters';
import { findAdapter, labelsOf, readSite } from '../../lib/extract/site-reader';

function documentOf(html: string, url = 'https://example.org/a'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe('site adapters (the registry)', () => {
  const empty = documentOf('<html><head></head><body></body></html>');

  it('has unique names, addresses anchored at the scheme, and a kind for every site', () => {
    expect(new Set(SITE_ADAPTERS.map((adapter) => adapter.name)).size).toBe(SITE_ADAPTERS.length);
    for (const adapter of SITE_ADAPTERS) {
      expect(adapter.urls.length, adapter.name).toBeGreaterThan(0);
      for (const pattern of adapter.urls) expect(pattern.source, adapter.name).toMatch(/^\^https\?:/);
      expect(adapter.kind, adapter.name).toBeDefined();
    }
  });

  it('uses only selectors the DOM accepts, and reads an empty page without failing', () => {
    for (const adapter of SITE_ADAPTERS) {
      for (const selector of adapter.detect ?? [])
        expect(() => empty.querySelector(selector), selector).not.toThrow();
      const record = readSite(empty, adapter, new LabelIndex(empty.body, labelsOf(adapter)));
      expect(record.kind, adapter.name).toBe(adapter.kind);
      expect(record.title, adapter.name).toBeUndefined();
    }
  });

  it.each([
    ['https://meetings.asco.org/abstracts-presentations/245678', 'ASCO Meeting Library'],
    ['https://oncologypro.esmo.org/meeting-resources/esmo-congress-2024/some-abstract', 'ESMO OncologyPRO'],
    [
      'https://ashpublications.org/blood/article/144/Supplement%201/1876/512345/Title',
      'ASH (Blood meeting abstracts)',
    ],
    [
      'https://aacrjournals.org/cancerres/article/84/7_Supplement/CT045/742345/Title',
      'AACR (meeting abstracts in journal supplements)',
    ],
    [
      'https://diabetesjournals.org/diabetes/article/73/Supplement_1/1470-P/156789/Title',
      'ADA Scientific Sessions (Diabetes supplement)',
    ],
    ['https://library.ehaweb.org/eha/2024/eha2024-congress/420123/jane.doe.title.html', 'EHA Library'],
    ['https://europepmc.org/article/MED/38912345', 'Europe PMC (PubMed record)'],
    ['https://www.medrxiv.org/content/10.1101/2024.01.01.24300001v1', 'medRxiv'],
    ['https://classic.clinicaltrials.gov/ct2/show/NCT05123456', 'ClinicalTrials.gov (classic)'],
  ])('serves %s with %s', (url, name) => {
    expect(findAdapter(empty, [url], SITE_ADAPTERS)?.name).toBe(name);
  });

  it('recognises a saved copy by its markup when the address is elsewhere', () => {
    const doc = documentOf(
      '<head><meta name="ncbi_db" content="pubmed"></head><body><h1 class="heading-title">T</h1></body>',
    );
    expect(findAdapter(doc, ['http://127.0.0.1:4173/copy.html'], SITE_ADAPTERS)?.name).toBe('PubMed');
    expect(findAdapter(empty, ['http://127.0.0.1:4173/copy.html'], SITE_ADAPTERS)).toBeUndefined();
  });
});
