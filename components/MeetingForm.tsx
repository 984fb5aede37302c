// Logs or edits one meeting with a KOL: date, channel, a short summary and follow-ups with due dates.
import { MEETING_CHANNEL_LABELS, isMeetingChannel } from '../lib/meeting-channels';
import type { MeetingChannel } from '../lib/model';

/** The meeting being edited; a follow-up keeps its `id` so that an edit keeps its done state. */
export interface MeetingDraft {
  date: string;
  channel: MeetingChannel;
  summary: string;
  followUps: { id?: string; text: string; due: string }[];
}

interface Props {
  idPrefix: string;
  draft: MeetingDraft;
  saveLabel: string;
  error?: string;
  onChange: (draft: MeetingDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The meeting form of the KOL page. */
export function MeetingForm({ idPrefix, draft, saveLabel, error, onChange, onSave, onCancel }: Props) {
  const set = (patch: Partial<MeetingDraft>) => onChange({ ...draft, ...patch });
  const setFollowUp = (index: number, patch: Partial<MeetingDraft['followUps'][number]>) =>
    set({ followUps: draft.followUps.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  return (
    <form
      class="meeting-form"
      aria-label={saveLabel}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div class="form-grid">
        <div class="field">
          <label for={`${idPrefix}-date`}>Meeting date</label>
          <input
            id={`${idPrefix}-date`}
            type="date"
            required
            value={draft.date}
            onInput={(e) => set({ date: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${idPrefix}-channel`}>Channel</label>
          <select
            id={`${idPrefix}-channel`}
            value={draft.channel}
            onChange={(e) =>
              isMeetingChannel(e.currentTarget.value) && set({ channel: e.currentTarget.value })
            }
          >
            {Object.entries(MEETING_CHANNEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field">
        <label for={`${idPrefix}-summary`}>Summary</label>
        <textarea
          id={`${idPrefix}-summary`}
          rows={3}
          value={draft.summary}
          placeholder="What was discussed; no patient details."
          onInput={(e) => set({ summary: e.currentTarget.value })}
        />
      </div>
      {draft.followUps.map((f, index) => (
        <div class="follow-up-row" key={f.id ?? `new-${index}`}>
          <div class="field">
            <label for={`${idPrefix}-fu-${index}`}>Follow-up {index + 1}</label>
            <input
              id={`${idPrefix}-fu-${index}`}
              value={f.text}
              onInput={(e) => setFollowUp(index, { text: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${idPrefix}-fu-${index}-due`}>Due</label>
            <input
              id={`${idPrefix}-fu-${index}-due`}
              type="date"
              value={f.due}
              onInput={(e) => setFollowUp(index, { due: e.currentTarget.value })}
            />
          </div>
          <button
            type="button"
            class="btn btn-quiet"
            aria-label={`Remove follow-up ${index + 1}`}
            onClick={() => set({ followUps: draft.followUps.filter((_, i) => i !== index) })}
          >
            Remove
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          class="btn btn-quiet"
          onClick={() => set({ followUps: [...draft.followUps, { text: '', due: '' }] })}
        >
          + Add a follow-up
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="btn btn-primary">
          {saveLabel}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
