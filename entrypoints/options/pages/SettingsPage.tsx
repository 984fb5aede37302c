// Settings: backup and restore, the compliance guard (products, pharmacovigilance contact, restricted words), page recognition, storage.
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { AuditLogPanel } from './AuditLogPanel';
import { ComplianceSettingsPanel } from './ComplianceSettingsPanel';
import { BackupPanel } from './BackupPanel';
import { RecognitionPanel } from './RecognitionPanel';

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
      <ComplianceSettingsPanel />
      <RecognitionPanel />
      <StorageStatus />
      <AuditLogPanel />
    </section>
  );
}
