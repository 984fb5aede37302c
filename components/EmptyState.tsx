// What a view shows when it has nothing yet: what this place is for and what to do next.
import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children: ComponentChildren;
}

/** A friendly, instructive empty view. */
export function EmptyState({ title, children }: Props) {
  return (
    <div class="empty-state">
      <h2>{title}</h2>
      <div class="muted">{children}</div>
    </div>
  );
}
