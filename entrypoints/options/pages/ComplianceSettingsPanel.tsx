// Settings for the compliance guard: the company's products, its pharmacovigilance contact and its restricted words.
import { useEffect, useState } from 'preact/hooks';
import type { ComplianceSettings } from '../../../lib/repo/compliance-settings';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';

/** One form of the panel: its fields, a Save button and a "Saved." that clears on the next edit. */
function SettingsForm(props: {
  id: string;
  title: string;
  intro: preact.ComponentChildren;
  children: preact.ComponentChildren;
  onSave: () => Promise<void>;
  saved: boolean;
  saveLabel: string;
}) {
  return (
    <section class="detail-section settings-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p class="muted">{props.intro}</p>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onSave();
        }}
      >
        {props.children}
        <div class="form-actions">
          <button type="submit" class="btn btn-primary">
            {props.saveLabel}
          </button>
          {props.saved && (
            <span class="meta-line" role="status">
              Saved.
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

/** The three compliance settings, each saved on its own. */
export function ComplianceSettingsPanel() {
  const [settings, setSettings] = useState<ComplianceSettings>();
  const [saved, setSaved] = useState<'products' | 'pv' | 'words'>();
  const [products, setProductText] = useState('');
  const [words, setWords] = useState('');
  useEffect(() => {
    void repo.getComplianceSettings().then((s) => {
      setSettings(s);
      setProductText(s.products.join('\n'));
      setWords(s.restrictedTerms.join('\n'));
    });
  }, []);
  if (!settings) return null;
  const pv = settings.pharmacovigilance;
  const editPv = (part: Partial<typeof pv>) => {
    setSettings({ ...settings, pharmacovigilance: { ...pv, ...part } });
    setSaved(undefined);
  };

  return (
    <>
      <SettingsForm
        id="products"
        title="Your company's products"
        intro={
          <>
            The compliance check reports an adverse event when a note ties a patient's event to one of these
            products (or to "our drug"). Without a list it flags a side effect of any drug, as a careful
            reviewer would; the list makes it precise. One product a line: brand, generic name and common
            misspellings, separated by commas.
          </>
        }
        saveLabel="Save products"
        saved={saved === 'products'}
        onSave={async () => {
          const clean = await repo.setProducts(products.split('\n'), liveEnv);
          setProductText(clean.join('\n'));
          setSaved('products');
        }}
      >
        <div class="field">
          <label for="product-list">Products</label>
          <textarea
            id="product-list"
            rows={4}
            placeholder="Zentrivo, zentrisumab, zentrevo"
            value={products}
            onInput={(e) => {
              setProductText(e.currentTarget.value);
              setSaved(undefined);
            }}
          />
        </div>
      </SettingsForm>
      <SettingsForm
        id="pv"
        title="Pharmacovigilance contact"
        intro="Shown with every adverse-event prompt, with the reminder to report within 24 hours."
        saveLabel="Save contact"
        saved={saved === 'pv'}
        onSave={async () => {
          await repo.setPharmacovigilanceContact(pv, liveEnv);
          setSaved('pv');
        }}
      >
        <div class="field">
          <label for="pv-email">Email</label>
          <input
            id="pv-email"
            type="email"
            value={pv.email}
            onInput={(e) => editPv({ email: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="pv-phone">Phone</label>
          <input
            id="pv-phone"
            type="tel"
            value={pv.phone}
            onInput={(e) => editPv({ phone: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="pv-address">Address or form</label>
          <input
            id="pv-address"
            value={pv.address}
            onInput={(e) => editPv({ address: e.currentTarget.value })}
          />
        </div>
      </SettingsForm>
      <SettingsForm
        id="restricted"
        title="Restricted words"
        intro="Words or phrases your company does not allow in field notes (for example off-label or promotional terms). Notes that contain them are flagged before they are saved."
        saveLabel="Save words"
        saved={saved === 'words'}
        onSave={async () => {
          const clean = await repo.setRestrictedTerms(words.split('\n'), liveEnv);
          setWords(clean.join('\n'));
          setSaved('words');
        }}
      >
        <div class="field">
          <label for="restricted-words">One per line</label>
          <textarea
            id="restricted-words"
            rows={5}
            value={words}
            onInput={(e) => {
              setWords(e.currentTarget.value);
              setSaved(undefined);
            }}
          />
        </div>
      </SettingsForm>
    </>
  );
}
