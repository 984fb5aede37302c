// The privacy panels in a DOM: the erasure confirmation lists what goes and what stays, then erases; the audit log lists it.
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLogPanel } from '../../entrypoints/options/pages/AuditLogPanel';
import {
  describeErasureInWords,
  kolDataFileName,
  KolPrivacyPanel,
} from '../../entrypoints/options/pages/KolPrivacyPanel';
import { openDatabase } from '../../lib/repo/database';
import { saveKol } from '../../lib/repo/kols';
import { saveClip } from '../../lib/repo/sources';

const db = openDatabase();
let n = 0;
const env = { now: () => 1_700_000_000_000 + n, newId: () => `id-${++n}` };
const globals = globalThis as unknown as Record<string, unknown>;
let saved: Record<string, unknown>;
let root: HTMLElement;

beforeEach(() => {
  const { window } = new JSDOM('<body><div id="root"></div></body>', {
    url: 'chrome-extension://liaison/options.html#/kol/x',
  });
  saved = { window: globals.window, document: globals.document, location: globals.location };
  Object.assign(globals, { window, document: window.document, location: window.location });
  root = window.document.getElementById('root') as HTMLElement;
});
afterEach(async () => {
  render(null, root);
  Object.assign(globals, saved);
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** Waits until `check` passes, letting live queries and effects settle. */
async function until(check: () => void): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (error) {
      if (i > 100) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

const button = (name: string) => {
  const found = [...root.ownerDocument.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
};

describe('the data subject panel', () => {
  it('names the export file after the KOL, folded as every match is', () => {
    const now = Date.UTC(2025, 2, 4, 12);
    expect(kolDataFileName({ name: 'Jürgen Müller' }, now)).toBe('liaison-kol-jurgen-muller-2025-03-04.json');
    expect(kolDataFileName({ name: 'Anne Jørgensen' }, now)).toBe(
      'liaison-kol-anne-jorgensen-2025-03-04.json',
    );
    expect(kolDataFileName({ name: '王伟' }, now)).toBe('liaison-kol-data-2025-03-04.json');
  });

  it('words the confirmation as what is removed and what stays', () => {
    const counts = {
      links: 3,
      notes: 2,
      highlights: 0,
      sharedAnnotations: 0,
      meetings: 1,
      briefings: 2,
      sources: 5,
    };
    expect(describeErasureInWords('Jane Roe', counts)).toBe(
      'This removes the profile of Jane Roe, 3 links, 2 notes, 0 highlights, 1 meeting, 2 briefing records; the 5 sources stay in your library. This cannot be undone: export first if you need a copy.',
    );
    expect(describeErasureInWords('X', { ...counts, sharedAnnotations: 1, sources: 1 })).toContain(
      '1 note or highlight also about other KOLs stays, without the link; the 1 source stays',
    );
  });

  it('asks with the counts, erases on confirmation, goes to the KOL list, and the audit log shows it', async () => {
    const kol = await saveKol(db, { name: 'Jane Roe', nameVariants: [], areaIds: [] }, env);
    await saveClip(
      db,
      {
        url: 'https://j.example/1',
        kind: 'journal-article',
        title: 'T',
        authors: [],
        nct: [],
        hasArticle: true,
        warnings: [],
      },
      { note: 'about Jane', kols: [{ targetId: kol.id, origin: 'manual' }] },
      env,
    );
    await act(() =>
      render(
        <>
          <KolPrivacyPanel kol={kol} />
          <AuditLogPanel />
        </>,
        root,
      ),
    );
    await act(() => button('Erase this KOL…').click());
    await until(() =>
      expect(root.querySelector('[role="dialog"]')?.textContent).toContain(
        'This removes the profile of Jane Roe, 1 link, 1 note, 0 highlights, 0 meetings, 0 briefing records; the 1 source stays',
      ),
    );
    expect(await db.kols.count()).toBe(1);
    await act(() => button('Erase KOL').click());
    await until(() => expect(location.hash).toBe('#/kols'));
    expect(await db.kols.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.sources.count()).toBe(1);
    await until(() =>
      expect(root.querySelector('[data-testid="audit-log"]')?.textContent).toContain('KOL erased'),
    );
    expect(root.querySelector('[data-testid="audit-log"]')?.textContent).not.toContain('Jane');
  });

  it('closes the confirmation on Cancel and erases nothing', async () => {
    const kol = await saveKol(db, { name: 'Jane Roe', nameVariants: [], areaIds: [] }, env);
    await act(() => render(<KolPrivacyPanel kol={kol} />, root));
    await act(() => button('Erase this KOL…').click());
    await until(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    await act(() => button('Cancel').click());
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(await db.kols.count()).toBe(1);
  });
});
