// The KOL page's interaction log: log a meeting, tick off follow-ups, edit or delete with confirmation.
import { countOf } from '../../../lib/counted-noun';
import { useState } from 'preact/hooks';
import { ComplianceWarning } from '../../../components/ComplianceWarning';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { MeetingEntry } from '../../../components/MeetingEntry';
import { useComplianceGate } from '../../../components/use-compliance-gate';
import { MeetingForm, type MeetingDraft } from '../../../components/MeetingForm';
import { useLiveQuery } from '../../../components/use-live-query';
import { formatDay, localDay } from '../../../lib/calendar-day';
import type { Kol, Meeting } from '../../../lib/model';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { toComplianceOptions } from '../../../lib/repo/compliance-settings';
import { useComplianceSettings } from './use-compliance-settings';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const newDraft = (): MeetingDraft => ({
  date: localDay(Date.now()),
  channel: 'in-person',
  summary: '',
  followUps: [],
});
const toDraft = (m: Meeting): MeetingDraft => ({
  date: m.date,
  channel: m.channel,
  summary: m.summary,
  followUps: m.followUps.map((f) => ({ id: f.id, text: f.text, due: f.due ?? '' })),
});
/** Everything typed in a meeting, as one text for the compliance check: the summary and each follow-up on its own line. */
const typedText = (d: MeetingDraft) => [d.summary, ...d.followUps.map((f) => f.text)].join('\n');

/** Meetings with a KOL, the latest first; open follow-ups appear in the next briefing pack. */
export function MeetingsPanel({ kol }: { kol: Kol }) {
  const meetings = useLiveQuery(() => repo.listMeetings(kol.id), [kol.id]).value ?? [];
  const settings = useComplianceSettings();
  const gate = useComplianceGate(toComplianceOptions(settings, new Date()));
  const [editing, setEditing] = useState<{ id?: string; draft: MeetingDraft }>();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState<Meeting>();
  const today = localDay(Date.now());

  async function save(confirmed = false) {
    if (!editing) return;
    setError(undefined);
    const verdict = await gate.check(typedText(editing.draft), confirmed);
    if (!verdict.proceed) return;
    const input = { ...editing.draft, kolId: kol.id };
    try {
      let id = editing.id;
      if (id) await repo.updateMeeting(id, input, liveEnv);
      else id = (await repo.addMeeting(input, liveEnv)).id;
      if (verdict.confirmedEvent) {
        await repo.recordAdverseEventConfirmation(
          { kind: 'meeting', id },
          verdict.confirmedEvent.products,
          liveEnv,
        );
      }
      setEditing(undefined);
    } catch (e) {
      setError(message(e));
    }
  }

  function toggle(meetingId: string, followUpId: string, done: boolean) {
    repo.setFollowUpDone(meetingId, followUpId, done, liveEnv).catch((e: unknown) => setError(message(e)));
  }

  const form = (id?: string) =>
    editing &&
    editing.id === id && (
      <>
        <MeetingForm
          idPrefix={id ? `meeting-${id}` : 'new-meeting'}
          draft={editing.draft}
          saveLabel={id ? 'Save meeting' : 'Log meeting'}
          error={error}
          onChange={(draft) => {
            setEditing({ id, draft });
            gate.clear();
          }}
          onSave={() => void save()}
          onCancel={() => {
            setEditing(undefined);
            setError(undefined);
            gate.clear();
          }}
        />
        {gate.findings.length > 0 && (
          <ComplianceWarning
            subject="meeting record"
            findings={gate.findings}
            text={typedText(editing.draft)}
            pharmacovigilance={settings.pharmacovigilance}
            reporters={[kol.name]}
            onConfirm={() => void save(true)}
          />
        )}
      </>
    );

  return (
    <section class="detail-section" aria-labelledby="meetings-title" data-testid="meetings-panel">
      <div class="section-head">
        <h2 id="meetings-title">Meetings ({meetings.length})</h2>
        {!(editing && !editing.id) && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              setError(undefined);
              gate.clear();
              setEditing({ draft: newDraft() });
            }}
          >
            Log a meeting
          </button>
        )}
      </div>
      {form(undefined)}
      {meetings.length === 0 && !editing && (
        <p class="muted">
          No meeting logged yet. Log one after you meet {kol.name}; open follow-ups go into the next briefing
          pack.
        </p>
      )}
      <ul class="meeting-list">
        {meetings.map((m) =>
          editing?.id === m.id ? (
            <li key={m.id}>{form(m.id)}</li>
          ) : (
            <MeetingEntry
              key={m.id}
              meeting={m}
              today={today}
              onToggleFollowUp={(followUpId, done) => toggle(m.id, followUpId, done)}
              onEdit={() => {
                setError(undefined);
                gate.clear();
                setEditing({ id: m.id, draft: toDraft(m) });
              }}
              onDelete={() => setRemoving(m)}
            />
          ),
        )}
      </ul>
      {removing && (
        <ConfirmDialog
          title={`Delete the meeting of ${formatDay(removing.date)}?`}
          message={`Its summary and ${countOf(removing.followUps.length, 'follow-up')} are removed from the log. This cannot be undone.`}
          confirmLabel="Delete meeting"
          onConfirm={() => {
            void repo.deleteMeeting(removing.id);
            setRemoving(undefined);
          }}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </section>
  );
}
