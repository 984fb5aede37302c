// Renders stored article HTML only after sanitizing it again here, in the extension page.
import DOMPurify from 'dompurify';
import { useMemo } from 'preact/hooks';

/** Tags and attributes an article may keep when shown: text structure, tables, figures, links. */
const RENDER_CONFIG = {
  // Media would be fetched from the publisher when the library opens: nothing leaves the machine unasked.
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
    'object',
    'embed',
    'link',
    'meta',
    'base',
    'img',
    'picture',
    'source',
    'video',
    'audio',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcset'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Shows untrusted article HTML as inert, styled text. */
export function SafeHtml({ html, class: className }: { html: string; class?: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(html, RENDER_CONFIG), [html]);
  return <div class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
