// Import KOLs from CSV (choose columns, preview, then write) and export them to CSV.
import { countOf } from '../../../lib/counted-noun';
import { useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import {
  KOL_CSV_FIELDS,
  guessKolMapping,
  parseCsv,
  planKolImport,
  type CsvTable,
  type KolCsvMapping,
} from '../../../lib/kol-csv';
import type { Kol } from '../../../lib/model';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { downloadText } from '../download';

const MAX_FILE_BYTES = 5_000_000;

/** The CSV panel under the KOL list. */
export function KolCsvTools({ kols }: { kols: Kol[] }) {
  const [table, setTable] = useState<CsvTable>();
  const [mapping, setMapping] = useState<KolCsvMapping>({});
  const [plan, setPlan] = useState<ReturnType<typeof planKolImport>>();
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string }>();

  async function refreshPlan(t: CsvTable, m: KolCsvMapping) {
    setPlan(planKolImport(t, m, await repo.listKols(), await repo.listAreas()));
  }

  async function onFile(file: File | undefined) {
    setMessage(undefined);
    setPlan(undefined);
    setTable(undefined);
    if (!file) return;
    try {
      if (file.size > MAX_FILE_BYTES)
        throw new Error(
          'This file is larger than 5 MB; a KOL list is usually far smaller. Is it the right file?',
        );
      const parsed = parseCsv(await file.text());
      const guessed = guessKolMapping(parsed.headers);
      setTable(parsed);
      setMapping(guessed);
      await refreshPlan(parsed, guessed);
    } catch (error) {
      setMessage({ tone: 'danger', text: error instanceof Error ? error.message : String(error) });
    }
  }

  async function runImport() {
    if (!plan) return;
    try {
      const count = await repo.importKols(
        plan.add.map((a) => a.kol),
        liveEnv,
      );
      setMessage({ tone: 'success', text: `${countOf(count, 'KOL')} imported.` });
      setTable(undefined);
      setPlan(undefined);
    } catch (error) {
      setMessage({
        tone: 'danger',
        text: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  async function exportCsv() {
    const { csv } = await repo.exportKolsCsv(liveEnv);
    downloadText(`liaison-kols-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
  }

  return (
    <section class="detail-section csv-tools" aria-labelledby="csv-title">
      <h2 id="csv-title">Import and export</h2>
      <div class="form-actions">
        <label class="btn" for="kol-csv-file">
          Import CSV…
        </label>
        <input
          id="kol-csv-file"
          class="sr-only"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <button type="button" class="btn" disabled={kols.length === 0} onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      {message && (
        <Banner
          tone={message.tone}
          title={message.tone === 'success' ? 'Import complete' : 'Could not import'}
        >
          {message.text}
        </Banner>
      )}
      {table && (
        <div class="csv-mapping">
          <p class="meta-line">{table.rows.length} rows. Choose which column fills each field:</p>
          <div class="form-grid">
            {KOL_CSV_FIELDS.map(({ field, title }) => (
              <div class="field" key={field}>
                <label for={`map-${field}`}>{title}</label>
                <select
                  id={`map-${field}`}
                  value={mapping[field] ?? ''}
                  onChange={(e) => {
                    const next = { ...mapping, [field]: e.currentTarget.value || undefined };
                    setMapping(next);
                    void refreshPlan(table, next);
                  }}
                >
                  <option value="">(not imported)</option>
                  {table.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </div>
      )}
      {plan && (
        <div class="csv-preview" data-testid="csv-preview">
          <p>
            <strong>{plan.add.length}</strong> to add · <strong>{plan.duplicates.length}</strong> duplicates
            skipped · <strong>{plan.errors.length}</strong> problems
          </p>
          {plan.add.length > 0 && (
            <p class="meta-line">
              Adding:{' '}
              {plan.add
                .slice(0, 12)
                .map((a) => a.kol.name)
                .join(', ')}
              {plan.add.length > 12 ? '…' : ''}
            </p>
          )}
          {plan.duplicates.length > 0 && (
            <ul class="csv-issues">
              {plan.duplicates.map((d) => (
                <li key={d.row}>
                  Row {d.row}: {d.name}, skipped, {d.reason}.
                </li>
              ))}
            </ul>
          )}
          {plan.errors.length > 0 && (
            <ul class="csv-issues csv-errors">
              {plan.errors.map((e) => (
                <li key={`${e.row}-${e.message}`}>
                  {e.row ? `Row ${e.row}: ` : ''}
                  {e.message}
                </li>
              ))}
            </ul>
          )}
          <div class="form-actions">
            <button
              type="button"
              class="btn btn-primary"
              disabled={plan.add.length === 0}
              onClick={() => void runImport()}
            >
              Import {countOf(plan.add.length, 'KOL')}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                setTable(undefined);
                setPlan(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
