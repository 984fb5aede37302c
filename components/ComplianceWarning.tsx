// Shows what the compliance check found, with the words marked in the text; adverse events get the 24-hour reporting step.
import { useState } from 'preact/hooks';
import type { ComplianceFinding } from '../lib/compliance';
import { buildSafetyReport } from '../lib/compliance/safety-report';

/** The company's pharmacovigilance contact, as set in Settings; empty parts are not shown. */
export interface PharmacovigilanceLine {
  email: string;
  phone: string;
  address: string;
}

interface Props {
  findings: ComplianceFinding[];
  /** The text that was checked, shown with the findings marked. */
  text: string;
  onConfirm: () => void;
  /** What is being saved, in words ("note", "meeting record"). */
  subject?: string;
  pharmacovigilance?: PharmacovigilanceLine;
  /** The KOLs the text is linked to: the reporters in the safety report. */
  reporters?: readonly string[];
}

/** The text cut into plain and marked pieces, one mark per finding, in order. */
function markedPieces(text: string, findings: readonly ComplianceFinding[]) {
  const pieces: { text: string; finding?: ComplianceFinding }[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    if (f.start > at) pieces.push({ text: text.slice(at, f.start) });
    pieces.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The matched words and what to do about them; saving waits for the user's decision. */
export function ComplianceWarning(props: Props) {
  const { findings, text, onConfirm, subject = 'note', pharmacovigilance, reporters = [] } = props;
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const events = findings.filter((f) => f.kind === 'adverse-event');
  const others = findings.filter((f) => f.kind !== 'adverse-event');
  const products = [...new Set(events.map((f) => f.product).filter(Boolean))];
  const contact = pharmacovigilance && [
    pharmacovigilance.email,
    pharmacovigilance.phone,
    pharmacovigilance.address,
  ];
  const hasContact = contact?.some((c) => c.trim() !== '');

  async function copyReport() {
    const heardOn = new Date().toISOString().slice(0, 10);
    try {
      await navigator.clipboard.writeText(buildSafetyReport(text, findings, { reporters, heardOn }));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div class="banner banner-warning compliance-warning" role="alert" data-testid="compliance-warning">
      <strong>Check this {subject} before saving</strong>
      <p class="compliance-text" data-testid="compliance-text">
        {markedPieces(text, findings).map((piece, i) =>
          piece.finding ? (
            <mark
              key={i}
              class={`compliance-mark compliance-mark-${piece.finding.kind}`}
              title={piece.finding.category}
            >
              {piece.text}
            </mark>
          ) : (
            piece.text
          ),
        )}
      </p>
      {events.length > 0 && (
        <div class="compliance-safety" data-testid="compliance-safety">
          <p>
            <strong>
              Possible adverse event{products.length > 0 ? ` with ${products.join(', ')}` : ''}: report to
              pharmacovigilance within 24 hours.
            </strong>{' '}
            {events[0]?.message}
          </p>
          {hasContact ? (
            <p class="compliance-contact" data-testid="pv-contact">
              Pharmacovigilance:{' '}
              {pharmacovigilance?.email && (
                <a href={`mailto:${pharmacovigilance.email}`}>{pharmacovigilance.email}</a>
              )}
              {pharmacovigilance?.phone && <span> · {pharmacovigilance.phone}</span>}
              {pharmacovigilance?.address && <span> · {pharmacovigilance.address}</span>}
            </p>
          ) : (
            <p class="compliance-contact">Add your pharmacovigilance contact in Settings to see it here.</p>
          )}
          <button
            type="button"
            class="btn"
            onClick={() => void copyReport()}
            data-testid="copy-safety-report"
          >
            Copy for the safety report
          </button>
          <span class="compliance-copied" role="status">
            {copied === 'yes' && ' Copied: event, product and reporter, without the patient’s identifiers.'}
            {copied === 'failed' && ' The browser did not allow copying; select the text above instead.'}
          </span>
        </div>
      )}
      {others.length > 0 && (
        <ul class="compliance-findings">
          {others.map((f) => (
            <li key={`${f.start}-${f.category}`}>
              <mark>{f.match.length > 120 ? `${f.match.slice(0, 117)}…` : f.match}</mark>{' '}
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        {events.length > 0
          ? `Remove the patient's details, then save once you have reported the event, or edit the ${subject}.`
          : `Edit the ${subject} to remove it, or confirm that it is not patient information.`}
      </p>
      <button type="button" class="btn compliance-confirm" onClick={onConfirm}>
        {events.length > 0 ? 'I will report it: save and mark as Safety' : "It's fine, save anyway"}
      </button>
    </div>
  );
}
