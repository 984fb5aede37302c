// The popup preview shows the structured abstract with its labels, congress details, PMC links and affiliations on demand.
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { ComponentChild } from 'preact';
import { AbstractSections } from './AbstractSections';
import { SourcePreview, type PreviewFields } from './SourcePreview';

function renderPreview(fields: PreviewFields): Element {
  return renderInto(<SourcePreview fields={fields} />);
}

function renderInto(node: ComponentChild): Element {
  const { window } = new JSDOM('<body><div id="root"></div></body>');
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { window: globals.window, document: globals.document };
  Object.assign(globals, { window, document: window.document });
  try {
    const root = window.document.getElementById('root') as Element;
    render(node, root);
    return root;
  } finally {
    Object.assign(globals, saved);
  }
}

const base: PreviewFields = {
  url: 'https://meetings.asco.org/abstracts-presentations/1',
  kind: 'congress-abstract',
  title: 'A congress abstract',
  authors: [
    { name: 'Yuki Haranaga', affiliations: ['Kansai Fictional Cancer Center'] },
    { name: 'Jane Roe', affiliations: [], orcid: '0000-0002-1825-0097' },
  ],
  nct: ['NCT05567890'],
  doi: '10.1200/jco.2025.43.16_suppl.8503',
  pmid: '38912345',
  pmcid: 'PMC11234567',
  abstract: {
    text: 'Why.\n\nWhat.',
    sections: [
      { label: 'Background', text: 'Why.' },
      { label: 'Results', text: 'What.' },
    ],
  },
  congress: { name: '2025 ASCO Annual Meeting', abstractNumber: '8503', session: 'Lung Cancer' },
};

describe('SourcePreview', () => {
  it('shows each abstract section under its label, not glued into the text', () => {
    const root = renderPreview(base);
    const abstract = root.querySelector('[data-testid="preview-abstract"]');
    const labels = Array.from(abstract?.querySelectorAll('.preview-abstract-label') ?? []).map(
      (el) => el.textContent,
    );
    expect(labels).toEqual(['Abstract', 'Background', 'Results']);
    expect(Array.from(abstract?.querySelectorAll('p') ?? []).map((p) => p.textContent)).toEqual([
      'Why.',
      'What.',
    ]);
  });

  it('names the congress, abstract number and session', () => {
    const root = renderPreview(base);
    expect(root.querySelector('[data-testid="preview-congress"]')?.textContent).toBe(
      '2025 ASCO Annual Meeting · Abstract 8503 · Session: Lung Cancer',
    );
  });

  it('links DOI, PubMed, PMC and ClinicalTrials.gov', () => {
    const links = Array.from(renderPreview(base).querySelectorAll('[data-testid="preview-ids"] a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual([
      'https://doi.org/10.1200/jco.2025.43.16_suppl.8503',
      'https://pubmed.ncbi.nlm.nih.gov/38912345/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC11234567/',
      'https://clinicaltrials.gov/study/NCT05567890',
    ]);
  });

  it('keeps affiliations and ORCID iDs folded until asked for, and shows no fold without them', () => {
    const details = renderPreview(base).querySelector('details[data-testid="preview-authors"]');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.textContent).toContain('Kansai Fictional Cancer Center');
    expect(details?.querySelector('a[href="https://orcid.org/0000-0002-1825-0097"]')).not.toBeNull();
    const plain = renderPreview({ ...base, authors: [{ name: 'Jane Roe', affiliations: [] }] });
    expect(plain.querySelector('[data-testid="preview-authors"]')).toBeNull();
  });

  it('falls back to the excerpt when there is no abstract', () => {
    const root = renderPreview({ ...base, abstract: undefined, congress: undefined, excerpt: 'An excerpt.' });
    expect(root.querySelector('[data-testid="preview-abstract"]')?.textContent).toBe('ExcerptAn excerpt.');
    expect(root.querySelector('[data-testid="preview-congress"]')).toBeNull();
  });
});

describe('AbstractSections in the detail view', () => {
  it('runs each label into its paragraph as a separate bold element', () => {
    const root = renderInto(
      <AbstractSections
        labels="run-in"
        sectionClass="abstract-text"
        abstract={{ text: 'Why.', sections: [{ label: 'Background', text: 'Why.' }, { text: 'More.' }] }}
      />,
    );
    const paragraphs = Array.from(root.querySelectorAll('.abstract-text p'));
    expect(paragraphs.map((p) => p.querySelector('strong')?.textContent ?? null)).toEqual([
      'Background',
      null,
    ]);
    expect(paragraphs.map((p) => p.textContent)).toEqual(['Background Why.', 'More.']);
  });
});
