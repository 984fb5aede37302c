// The live preview of a briefing pack: the exported HTML itself, in a sandboxed frame where no script can run.
interface Props {
  html: string;
  title: string;
}

/**
 * Shows exactly the HTML file the user would download. `sandbox=""` gives the frame a unique origin with
 * scripts, forms and navigation off, so even a renderer bug could not run page text as code here.
 */
export function BriefingPreview({ html, title }: Props) {
  return <iframe class="briefing-preview" title={title} sandbox="" srcdoc={html} data-testid="briefing-preview" />;
}
