// The KOL page's list of past briefing packs: when, in which format, over which window, how many sources.
import { useLiveQuery } from '../../../components/use-live-query';
import { formatDay } from '../../../lib/calendar-day';
import { briefingFormat } from '../../../lib/briefing/formats';
import { formatDate } from '../../../lib/calendar-day';
import { routeHash } from '../../../lib/route';
import * as repo from '../repo';

/** Every export of a pack for this KOL, the latest first. */
export function BriefingHistoryPanel({ kolId }: { kolId: string }) {
  const briefings = useLiveQuery(() => repo.listBriefings(kolId), [kolId]).value ?? [];
  return (
    <section class="detail-section" aria-labelledby="briefings-title" data-testid="briefing-history">
      <h2 id="briefings-title">Past briefings ({briefings.length})</h2>
      {briefings.length === 0 ? (
        <p class="muted">
          No pack exported yet. <a href={routeHash({ name: 'briefing-kol', id: kolId })}>Build one</a>.
        </p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th>Exported</th>
              <th>Format</th>
              <th>Window</th>
              <th>Meeting</th>
              <th class="num">Sources</th>
            </tr>
          </thead>
          <tbody>
            {briefings.map((b) => (
              <tr key={b.id} data-testid="briefing-record">
                <td>{formatDate(b.createdAt)}</td>
                <td>{briefingFormat(b.format).label}</td>
                <td>
                  {formatDay(b.from)} – {formatDay(b.to)}
                </td>
                <td>{b.meetingDate ? formatDay(b.meetingDate) : ''}</td>
                <td class="num">{b.sourceIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
