// The live preview of a briefing pack: the exported HTML itself, in a sandboxed frame where no script can run.
import { useMemo, useRef } from 'preact/hooks';

interface Props {
  html: string;
  title: string;
}

/**
 * Shows exactly the HTML file the user would download. `sandbox=""` gives the frame a unique origin with
 * scripts, forms and navigation off, so even a renderer bug could not run page text as code here.
 * Each new pack gets a new frame: Chromium paints a sandboxed frame in its own process, and one that was off
 * screen when its `srcdoc` changed was seen keeping the old document after it scrolled into view.
 */
export function BriefingPreview({ html, title }: Props) {
  const version = useRef(0);
  const key = useMemo(() => ++version.current, [html]);
  return (
    <iframe
      key={key}
      class="briefing-preview"
      title={title}
      sandbox=""
      srcdoc={html}
      data-testid="briefing-preview"
    />
  );
}
