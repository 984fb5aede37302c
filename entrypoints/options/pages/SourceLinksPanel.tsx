// The KOLs and areas a source is linked to, editable in the detail view, with suggestions and how each link was made.
import { ChipInput } from '../../../components/ChipInput';
import { useLiveQuery } from '../../../components/use-live-query';
import { kolLinkChoice, suggestLinks } from '../../../lib/match/suggest-links';
import type { LinkChoice, Source, SourceLink } from '../../../lib/model';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { useLinkOptions } from './use-link-options';

const ORIGIN_WORDS = {
  manual: 'linked by you',
  suggestion: 'accepted suggestion',
  'author-match': 'author match',
} as const;

const toChoice = (link: SourceLink): LinkChoice => ({
  targetId: link.targetId,
  origin: link.origin,
  ...(link.position ? { position: link.position } : {}),
});

/** Links of one source; every change is saved at once. */
export function SourceLinksPanel({ source }: { source: Source }) {
  const { kols, areas, kolOptions, areaOptions } = useLinkOptions();
  const records = useLiveQuery(() => repo.getSourceLinks(source.id), [source.id]);
  const links = records.value ?? [];
  const choices = (target: SourceLink['target'], ids: string[]): LinkChoice[] =>
    ids.map((id) => {
      const record = links.find((l) => l.target === target && l.targetId === id);
      return record ? toChoice(record) : { targetId: id, origin: 'manual' };
    });
  const suggestions = suggestLinks(source, kols, areas);
  const save = (kolChoices: LinkChoice[], areaChoices: LinkChoice[]) =>
    void repo.setSourceLinks(source.id, kolChoices, areaChoices, liveEnv);
  const addKol = (id: string, how: 'manual' | 'suggestion') =>
    save(
      [...choices('kol', source.kolIds), kolLinkChoice(id, how, suggestions.kols)],
      choices('area', source.areaIds),
    );
  const explained = links
    .filter((l) => l.target === 'kol')
    .flatMap((l) => {
      const kol = kols.find((k) => k.id === l.targetId);
      return kol
        ? [
            `${kol.name}: ${ORIGIN_WORDS[l.origin]}${l.position ? `, ${l.position === 'co-author' ? 'co-author' : `${l.position} author`}` : ''}`,
          ]
        : [];
    });
  return (
    <section class="detail-section" aria-labelledby="links-title">
      <h2 id="links-title">Linked to</h2>
      <div class="form-grid links-grid">
        <ChipInput
          label="KOLs"
          options={kolOptions}
          selected={source.kolIds}
          suggestions={suggestions.kols}
          placeholder="Type a KOL's name"
          emptyHint="No KOL by that name. Add KOLs under KOLs."
          onAdd={addKol}
          onRemove={(id) =>
            save(
              choices(
                'kol',
                source.kolIds.filter((x) => x !== id),
              ),
              choices('area', source.areaIds),
            )
          }
        />
        <ChipInput
          label="Therapeutic areas"
          options={areaOptions}
          selected={source.areaIds}
          suggestions={suggestions.areas}
          placeholder="Type an area"
          emptyHint="No such area. Add it under Therapeutic areas."
          onAdd={(id, how) =>
            save(choices('kol', source.kolIds), [
              ...choices('area', source.areaIds),
              { targetId: id, origin: how === 'suggestion' ? 'suggestion' : 'manual' },
            ])
          }
          onRemove={(id) =>
            save(
              choices('kol', source.kolIds),
              choices(
                'area',
                source.areaIds.filter((x) => x !== id),
              ),
            )
          }
        />
      </div>
      {explained.length > 0 && <p class="meta-line">{explained.join(' · ')}</p>}
    </section>
  );
}
