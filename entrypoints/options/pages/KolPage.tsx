// One KOL: profile, the sources linked to them and the sources they authored, meetings and past briefings; edit, delete, export and erase.
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { SourceRow } from '../../../components/SourceRow';
import { useLiveQuery } from '../../../components/use-live-query';
import { countOf } from '../../../lib/counted-noun';
import type { Kol } from '../../../lib/model';
import { routeHash } from '../../../lib/route';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { BriefingHistoryPanel } from './BriefingHistoryPanel';
import { KolPrivacyPanel } from './KolPrivacyPanel';
import { MeetingsPanel } from './MeetingsPanel';

const POSITION_LABELS = { first: 'First author', last: 'Last author', 'co-author': 'Co-author' } as const;

function Profile({ kol, areaNames }: { kol: Kol; areaNames: string[] }) {
  const rows: [string, string | undefined][] = [
    ['Specialty', kol.specialty],
    ['Institution', kol.institution],
    ['Country', kol.country],
    ['Tier', kol.tier],
    ['Therapeutic areas', areaNames.join(', ') || undefined],
    ['Publishes as', kol.nameVariants.join(' · ') || undefined],
    ['ORCID', kol.orcid],
    ['NPI', kol.npi],
    ['CRM id', kol.crmId],
    ['Scientific interests', kol.interests],
    ['Notes', kol.notes],
  ];
  return (
    <dl class="profile">
      {rows
        .filter(([, v]) => v)
        .map(([label, v]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{v}</dd>])}
    </dl>
  );
}

function KolDetail({ kol }: { kol: Kol }) {
  const [confirming, setConfirming] = useState(false);
  const data = useLiveQuery(async () => {
    const [linked, authored, areas] = await Promise.all([
      repo.listSourcesLinkedToKol(kol.id),
      repo.listSourcesAuthoredByKol(kol),
      repo.listAreas(),
    ]);
    return {
      linked,
      authored,
      areaNames: kol.areaIds.flatMap((id) => areas.find((a) => a.id === id)?.name ?? []),
    };
  }, [kol]);
  const { linked = [], authored = [], areaNames = [] } = data.value ?? {};
  async function remove() {
    await repo.deleteKol(kol.id, liveEnv);
    location.hash = routeHash({ name: 'kols' });
  }
  return (
    <article class="page detail" data-testid="kol-detail">
      <a class="back-link" href={routeHash({ name: 'kols' })}>
        ← KOLs
      </a>
      <header class="detail-head">
        <h1>
          {kol.name}
          {kol.credentials && <span class="muted">, {kol.credentials}</span>}
        </h1>
        <Profile kol={kol} areaNames={areaNames} />
        <div class="detail-actions">
          <a class="btn btn-primary" href={routeHash({ name: 'briefing-kol', id: kol.id })}>
            Brief me
          </a>
          <a class="btn" href={routeHash({ name: 'kol-edit', id: kol.id })}>
            Edit profile
          </a>
          <button type="button" class="btn" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      </header>
      <section class="detail-section" aria-labelledby="linked-title">
        <h2 id="linked-title">Linked sources ({linked.length})</h2>
        {linked.length === 0 ? (
          <p class="muted">Nothing linked yet. Link clips to {kol.name} in the popup when you save them.</p>
        ) : (
          <ol class="source-list">
            {linked.map((s) => (
              <SourceRow key={s.id} source={s} />
            ))}
          </ol>
        )}
      </section>
      <section class="detail-section" aria-labelledby="authored-title">
        <h2 id="authored-title">Authored, in your library ({authored.length})</h2>
        {authored.length === 0 ? (
          <p class="muted">
            No clipped source lists {kol.name} as an author. Add the forms of the name they publish under to
            find more.
          </p>
        ) : (
          <ol class="source-list">
            {authored.map(({ source, match }) => (
              <SourceRow
                key={source.id}
                source={source}
                badge={
                  <span class="position-tag" title={match.reason}>
                    {POSITION_LABELS[match.position]}
                  </span>
                }
              />
            ))}
          </ol>
        )}
      </section>
      <MeetingsPanel kol={kol} />
      <BriefingHistoryPanel kolId={kol.id} />
      <KolPrivacyPanel kol={kol} />
      {confirming && (
        <ConfirmDialog
          title={`Delete ${kol.name}?`}
          message={`The profile is removed, with its links to ${countOf(linked.length, 'source')} and its mentions in notes; notes, meetings and briefing records stay. To remove everything held about ${kol.name}, use “Erase this KOL” under Data subject instead. This cannot be undone.`}
          confirmLabel="Delete KOL"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </article>
  );
}

/** The KOL page, live. */
export function KolPage({ id }: { id: string }) {
  const kol = useLiveQuery(() => repo.getKol(id).then((k) => k ?? null), [id]);
  if (kol.value === undefined) return null;
  if (kol.value === null) {
    return (
      <EmptyState title="This KOL is not in your list">
        It may have been deleted. <a href={routeHash({ name: 'kols' })}>Back to KOLs</a>.
      </EmptyState>
    );
  }
  return <KolDetail kol={kol.value} />;
}
