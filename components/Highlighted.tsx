// Text with the words of a search marked; plain text only, never HTML.
import { highlightSegments } from '../lib/search/highlight';

/** Renders `text` with every match of `terms` in a <mark>. */
export function Highlighted({ text, terms }: { text: string; terms?: readonly string[] }) {
  if (!terms?.length) return <>{text}</>;
  return (
    <>{highlightSegments(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
