// One logged meeting as the KOL page lists it: date, channel, summary, follow-ups to tick off.
import { formatDay } from '../lib/calendar-day';
import { MEETING_CHANNEL_LABELS } from '../lib/meeting-channels';
import { SafetyBadge } from './SafetyBadge';
import type { Meeting } from '../lib/model';

interface Props {
  meeting: Meeting;
  /** Today, ISO `yyyy-mm-dd`, to mark open follow-ups that are overdue. */
  today: string;
  onToggleFollowUp: (followUpId: string, done: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** A meeting with checkboxes for its follow-ups. */
export function MeetingEntry({ meeting, today, onToggleFollowUp, onEdit, onDelete }: Props) {
  return (
    <li class="meeting" data-testid="meeting">
      <div class="meeting-head">
        <strong>{formatDay(meeting.date)}</strong>
        <span class="kind-tag">{MEETING_CHANNEL_LABELS[meeting.channel]}</span>
        <SafetyBadge mark={meeting.safety} />
        <div class="annotation-actions">
          <button
            type="button"
            class="btn btn-quiet"
            aria-label={`Edit the meeting of ${formatDay(meeting.date)}`}
            onClick={onEdit}
          >
            Edit
          </button>
          <button
            type="button"
            class="btn btn-quiet"
            aria-label={`Delete the meeting of ${formatDay(meeting.date)}`}
            onClick={onDelete}
          >
            Delete
          </button>
        </div>
      </div>
      {meeting.summary && <p>{meeting.summary}</p>}
      {meeting.followUps.length > 0 && (
        <ul class="follow-ups" aria-label="Follow-ups">
          {meeting.followUps.map((f) => {
            const overdue = f.doneAt === undefined && f.due !== undefined && f.due < today;
            return (
              <li
                key={f.id}
                class={f.doneAt !== undefined ? 'follow-up-done' : undefined}
                data-testid="follow-up"
              >
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={f.doneAt !== undefined}
                    onChange={(e) => onToggleFollowUp(f.id, e.currentTarget.checked)}
                  />
                  <span>{f.text}</span>{' '}
                  {f.due && (
                    <span class={overdue ? 'follow-up-overdue' : 'meta-line'}>
                      {overdue ? 'overdue, ' : ''}due {formatDay(f.due)}
                    </span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
