// Shows what the compliance check found in a note, and lets the user edit it or confirm it is fine.
import type { ComplianceFinding } from '../lib/compliance';

interface Props {
  findings: ComplianceFinding[];
  onConfirm: () => void;
  /** What is being saved, in words ("note", "meeting record"). */
  subject?: string;
}

/** The matched words and what to do about them; saving waits for the user's decision. */
export function ComplianceWarning({ findings, onConfirm, subject = 'note' }: Props) {
  return (
    <div class="banner banner-warning compliance-warning" role="alert" data-testid="compliance-warning">
      <div>
        <strong>Check this {subject} before saving</strong>
        <ul class="compliance-findings">
          {findings.map((f) => (
            <li key={`${f.start}-${f.category}`}>
              <mark>{f.match.length > 120 ? `${f.match.slice(0, 117)}…` : f.match}</mark>{' '}
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
        <p>Edit the {subject} to remove it, or confirm that it is not patient information.</p>
        <button type="button" class="btn compliance-confirm" onClick={onConfirm}>
          It's fine, save anyway
        </button>
      </div>
    </div>
  );
}
