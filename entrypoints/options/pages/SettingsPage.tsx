// Settings: backup and restore, the company's restricted words for the compliance check, page recognition, and storage.
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { liveEnv, openDatabase } from '../../../lib/repo/database';
import { getRestrictedTerms, setRestrictedTerms } from '../../../lib/repo/settings';
import { AuditLogPanel } from './AuditLogPanel';
import { BackupPanel } from './BackupPanel';
import { RecognitionPanel } from './RecognitionPanel';

const db = openDatabase();

function RestrictedWords() {
  const [text, setText] = useState<string>();
  const [saved, setSaved] = useState(false);
  useEffect(() => void getRestrictedTerms(db).then((terms) => setText(terms.join('\n'))), []);
  if (text === undefined) return null;
  return (
    <section class="detail-section settings-section" aria-labelledby="restricted-title">
      <h2 id="restricted-title">Restricted words</h2>
      <p class="muted">
        Words or phrases your company does not allow in field notes (for example off-label or promotional
        terms). Notes that contain them are flagged before they are saved.
      </p>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void setRestrictedTerms(db, text.split('\n'), liveEnv).then((t) => {
            setText(t.join('\n'));
            setSaved(true);
          });
        }}
      >
        <div class="field">
          <label for="restricted-words">One per line</label>
          <textarea
            id="restricted-words"
            rows={5}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setSaved(false);
            }}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="btn btn-primary">
            Save words
          </button>
          {saved && (
            <span class="meta-line" role="status">
              Saved.
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

function StorageStatus() {
  const [state, setState] = useState<{ persisted: boolean; usage?: number; quota?: number }>();
  const read = async () => {
    const [persisted, estimate] = await Promise.all([
      navigator.storage.persisted(),
      navigator.storage.estimate(),
    ]);
    setState({ persisted, usage: estimate.usage, quota: estimate.quota });
  };
  useEffect(() => void read(), []);
  const mb = (bytes?: number) =>
    bytes === undefined
      ? '?'
      : bytes > 1e9
        ? `${(bytes / 1e9).toFixed(1)} GB`
        : `${(bytes / 1e6).toFixed(1)} MB`;
  if (!state) return null;
  return (
    <section class="detail-section settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      <p>
        Liaison uses {mb(state.usage)} of the {mb(state.quota)} this browser allows it.
      </p>
      {state.persisted ? (
        <Banner tone="success" title="Protected storage">
          The browser will not clear your library to free space.
        </Banner>
      ) : (
        <Banner tone="warning" title="Storage is not protected">
          When the disk is nearly full the browser may clear it.{' '}
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => void navigator.storage.persist().then(read)}
          >
            Ask the browser to keep it
          </button>
        </Banner>
      )}
    </section>
  );
}

/** The settings page. */
export function SettingsPage() {
  return (
    <section class="page" aria-labelledby="settings-title">
      <div class="page-head">
        <h1 id="settings-title">Settings</h1>
      </div>
      <BackupPanel />
      <RestrictedWords />
      <RecognitionPanel />
      <StorageStatus />
      <AuditLogPanel />
    </section>
  );
}
