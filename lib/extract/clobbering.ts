// Strips the names that let page markup shadow DOM methods (DOM clobbering) from a page clone.

/** Elements a browser exposes as `document.<name>` or `form.<name>` (HTML "named properties"). */
const NAMED = [
  'form[name]',
  'iframe[name]',
  'embed[name]',
  'img[name]',
  'img[id]',
  'object[name]',
  'object[id]',
  ...['button', 'fieldset', 'input', 'output', 'select', 'textarea'].flatMap((tag) => [
    `${tag}[name]`,
    `${tag}[id]`,
  ]),
].join(', ');

/**
 * Calls a DOM method or getter from the prototype chain, skipping own properties: on a page with
 * `<form name="querySelectorAll">`, `document.querySelectorAll` is that form, not the method.
 */
function callNative<T>(target: object, name: string, args: readonly unknown[] = []): T | undefined {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor) continue;
    if (descriptor.get) return descriptor.get.call(target) as T;
    if (typeof descriptor.value === 'function')
      return (descriptor.value as (...a: unknown[]) => T).apply(target, [...args]);
    return undefined;
  }
  return undefined;
}

/**
 * Removes `name` and `id` from the elements that browsers turn into document and form properties,
 * so that Readability and this module call real DOM methods on hostile pages. The document is a
 * clone made for extraction, so changing it is allowed. Returns how many attributes were removed.
 */
export function defuseClobbering(doc: Document): number {
  const elements = callNative<NodeListOf<Element>>(doc, 'querySelectorAll', [NAMED]);
  let removed = 0;
  for (const element of Array.from(elements ?? [])) {
    for (const attr of ['name', 'id']) {
      if (callNative<boolean>(element, 'hasAttribute', [attr])) {
        callNative(element, 'removeAttribute', [attr]);
        removed++;
      }
    }
  }
  return removed;
}
