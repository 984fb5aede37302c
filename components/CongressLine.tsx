// A congress abstract's meeting, abstract number, session and presenter on one line.
import type { CongressInfo } from '../lib/model';

/** "2025 ASCO Annual Meeting · Abstract 8512 · Session: … · Presenter: …", or nothing. */
export function CongressLine({ congress, testId }: { congress?: CongressInfo; testId?: string }) {
  if (!congress) return null;
  const parts = [
    congress.name,
    congress.abstractNumber && `Abstract ${congress.abstractNumber}`,
    congress.session && `Session: ${congress.session}`,
    congress.presenter && `Presenter: ${congress.presenter}`,
  ].filter((part): part is string => !!part);
  return (
    <p class="meta-line" data-testid={testId}>
      {parts.join(' · ')}
    </p>
  );
}
