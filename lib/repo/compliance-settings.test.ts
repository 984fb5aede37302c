// The restricted-terms setting: empty until set, then stored trimmed and without repeats.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonDb } from '../db';
import {
  getComplianceSettings,
  getRestrictedTerms,
  setPharmacovigilanceContact,
  setProducts,
  setRestrictedTerms,
  toComplianceOptions,
} from './compliance-settings';

let db: LiaisonDb;
beforeEach(() => {
  db = new LiaisonDb(`settings-${Math.random()}`);
});
afterEach(() => db.delete());

describe('restricted terms', () => {
  it('are empty until set, then stored trimmed and without repeats', async () => {
    expect(await getRestrictedTerms(db)).toEqual([]);
    await setRestrictedTerms(db, [' off-label ', '', 'cure', 'cure'], { now: () => 1 });
    expect(await getRestrictedTerms(db)).toEqual(['off-label', 'cure']);
  });
});

describe('compliance settings', () => {
  it('hold the product list and the pharmacovigilance contact, and turn into check options', async () => {
    await setProducts(db, ['Zentrivo, zentrisumab', ' ', 'Zentrivo, zentrisumab', 'Cardexa'], {
      now: () => 1,
    });
    await setPharmacovigilanceContact(
      db,
      { email: 'pv@co.example', phone: ' +44 20 0000 0000 ', address: '' },
      {
        now: () => 1,
      },
    );
    const settings = await getComplianceSettings(db);
    expect(settings.products).toEqual(['Zentrivo, zentrisumab', 'Cardexa']);
    expect(settings.pharmacovigilance).toEqual({
      email: 'pv@co.example',
      phone: '+44 20 0000 0000',
      address: '',
    });
    const now = new Date(0);
    expect(toComplianceOptions(settings, now)).toEqual({
      restrictedTerms: [],
      products: settings.products,
      now,
    });
  });
});
