// The KOL list as CSV, recorded in the audit log (its own module, so that the popup does not load the CSV parser).
import type { LiaisonDb } from '../db';
import { countOf } from '../counted-noun';
import { kolsToCsv } from '../kol-csv';
import type { RepoEnv } from '../model';
import { appendAudit } from './audit-log';
import { listKols } from './kols';

/** All KOLs as CSV for a spreadsheet or a CRM, with an audit entry: a list of physicians leaving Liaison is an export of personal data. */
export async function exportKolsCsv(
  db: LiaisonDb,
  env: Pick<RepoEnv, 'now'>,
): Promise<{ csv: string; count: number }> {
  const [kols, areas] = await Promise.all([listKols(db), db.areas.toArray()]);
  await appendAudit(db, 'kol-export', `${countOf(kols.length, 'KOL')} exported to a CSV file.`, env);
  return { csv: kolsToCsv(kols, areas), count: kols.length };
}
