// The small tooltip that shows a highlight's note on the page, in a closed shadow root the page's CSS cannot reach.

/** What the tooltip shows: plain text only, never markup. */
export interface TooltipContent {
  label?: string;
  note?: string;
}

const STYLE = `:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; border-radius: 6px;
  background: #1f2a37; color: #f4f6f8; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25); white-space: pre-wrap; overflow-wrap: anywhere; pointer-events: none; }
.tip[hidden] { display: none; }
.label { display: block; font-size: 11px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #ffd666; margin-bottom: 2px; }
.brand { display: block; font-size: 11px; color: #aab4c0; margin-top: 4px; }`;

/** A tooltip attached to the page once; `show` places it by a rectangle in viewport coordinates. */
export interface NoteTooltip {
  show: (content: TooltipContent, anchor: DOMRect) => void;
  hide: () => void;
  remove: () => void;
}

/** Creates the tooltip's host under <html> (outside <body>, so the page's text and anchoring never see it). */
export function createNoteTooltip(doc: Document): NoteTooltip {
  const host = doc.createElement('liaison-note');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  shadow.append(style, tip);
  doc.documentElement.appendChild(host);

  return {
    show(content, anchor) {
      tip.replaceChildren();
      const label = doc.createElement('span');
      label.className = 'label';
      label.textContent = content.label ?? 'Highlight';
      const note = doc.createTextNode(content.note?.trim() || 'No note on this highlight.');
      const brand = doc.createElement('span');
      brand.className = 'brand';
      brand.textContent = 'Liaison';
      tip.append(label, note, brand);
      tip.hidden = false;
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const below = anchor.bottom + 8;
      const top =
        below + 120 > (view?.innerHeight ?? 768) ? Math.max(8, anchor.top - 8 - tip.offsetHeight) : below;
      tip.style.top = `${Math.round(top)}px`;
      tip.style.left = `${Math.round(Math.min(Math.max(8, anchor.left), width - 330))}px`;
    },
    hide() {
      tip.hidden = true;
    },
    remove() {
      host.remove();
    },
  };
}
