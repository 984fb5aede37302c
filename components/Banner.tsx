// A status message with a tone (info, success, warning, danger), announced to screen readers.
import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  children?: ComponentChildren;
  testId?: string;
  busy?: boolean;
}

/** A banner that says what just happened or what the user can do next. */
export function Banner({ tone, title, children, testId, busy }: Props) {
  return (
    <div class={`banner banner-${tone}`} role={tone === 'danger' ? 'alert' : 'status'} data-testid={testId}>
      {busy && <span class="spinner" aria-hidden="true" />}
      <div>
        <strong>{title}</strong>
        {children}
      </div>
    </div>
  );
}
