// The "Safety" badge on a note, highlight or meeting saved after an adverse-event prompt.
import type { SafetyMark } from '../lib/model';

/** Says the record was saved after an adverse-event prompt, with the products and the day in its tooltip. */
export function SafetyBadge({ mark }: { mark: SafetyMark | undefined }) {
  if (!mark) return null;
  const day = new Date(mark.confirmedAt).toISOString().slice(0, 10);
  const products = mark.products.length > 0 ? mark.products.join(', ') : 'no product named';
  return (
    <span
      class="safety-badge"
      data-testid="safety-badge"
      title={`Saved after an adverse-event prompt on ${day} (${products}): reported to pharmacovigilance`}
    >
      Safety
    </span>
  );
}
