/**
 * DOM properties read past the page's named elements. A document exposes `<img name=X>` and
 * `<form name=X>` as `document.X`, and a form exposes its controls as `form.X`, both in front of the
 * built-in property of that name (WebIDL [LegacyOverrideBuiltIns]). A page that names an element
 * `defaultView` or `cloneNode` would otherwise decide what Clearleaf reads or calls. These helpers
 * look the name up on the object's prototype chain, where named elements never appear.
 */

function descriptorFor(target: object, name: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const found = Object.getOwnPropertyDescriptor(proto, name);
    if (found) return found;
  }
  return undefined;
}

/** The built-in value of `target[name]` (a getter's result, or a prototype's data property). */
export function builtIn<T>(target: object, name: string): T {
  const d = descriptorFor(target, name);
  if (!d) throw new TypeError(`no built-in ${name}`);
  return (d.get ? d.get.call(target) : d.value) as T;
}

/**
 * The built-in accessor or method `name` as found on `sample` (an object of the right kind that no
 * page controls), to apply to objects that may be shadowed: `borrow(div, 'tagName')(form)`.
 */
export function borrow<T>(sample: object, name: string): (target: object, ...args: unknown[]) => T {
  const d = descriptorFor(sample, name) ?? Object.getOwnPropertyDescriptor(sample, name);
  // Taken off its prototype on purpose: it is applied to `target` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const fn: unknown = d?.get ?? (d?.value as unknown);
  if (typeof fn !== 'function') throw new TypeError(`no built-in ${name}`);
  return (target, ...args) => (fn as (...a: unknown[]) => T).apply(target, args);
}

/** Calls the built-in method `target[name]`. */
export function callBuiltIn<T>(target: object, name: string, ...args: unknown[]): T {
  const method = builtIn<unknown>(target, name);
  if (typeof method !== 'function') throw new TypeError(`built-in ${name} is not a method`);
  return (method as (...a: unknown[]) => T).apply(target, args);
}

/** The few things the pipeline reads from a page's document, read past its named elements. */
export interface DocumentParts {
  win: Window | null;
  root: Element | null;
}

export function documentParts(doc: Document): DocumentParts {
  return { win: builtIn<Window | null>(doc, 'defaultView'), root: builtIn<Element | null>(doc, 'documentElement') };
}

/** A deep copy of the document, made by the built-in cloneNode. */
export function cloneDocument(doc: Document): Document {
  return callBuiltIn<Document>(doc, 'cloneNode', true);
}
