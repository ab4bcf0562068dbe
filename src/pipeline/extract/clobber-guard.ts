/**
 * The page's element names are data. Before Readability (or any of our code) walks a copy of the
 * page, every `name` or `id` that would shadow a built-in property of a form or of the document is
 * renamed on that copy. Readability 0.6.0 reads `node.parentNode`, `node.nextElementSibling`,
 * `node.tagName`, `node.getAttribute`, … on forms: `<input name="parentNode">` turns its walk into an
 * endless loop in Chromium, `<input name="tagName">` makes it throw. Renamed, the copy reads like
 * the page with harmless names; the page itself is never touched.
 */
import { borrow, callBuiltIn } from './unclobbered.js';

/**
 * Elements a form exposes by `id` and `name` (its listed elements, and images): HTML §4.10.3
 * "the form element's supported property names".
 */
const FORM_NAMED = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);
/** Elements a document exposes by `name` (and `object`/`img` by `id` too): HTML §3.1.6 "named properties". */
const DOCUMENT_NAMED = new Set(['EMBED', 'FORM', 'IFRAME', 'IMG', 'OBJECT']);
const NAMED_KINDS = new Set([...FORM_NAMED, ...DOCUMENT_NAMED]);
/** What renamed values start with: never a DOM property name, and easy to recognise when debugging. */
export const RENAMED_PREFIX = 'clearleaf-shadowed-';

/** Every property name on an object's prototype chain (methods, accessors, Object.prototype's too). */
function propertyNames(proto: object | null): Set<string> {
  const names = new Set<string>();
  for (let p = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) names.add(name);
  }
  return names;
}

interface Shadowable {
  form: Set<string>;
  document: Set<string>;
}

/** The names that shadow something, taken from this runtime's own prototypes (browser or jsdom). */
function shadowableNames(doc: Document): Shadowable {
  const form = callBuiltIn<HTMLFormElement>(doc, 'createElement', 'form');
  return { form: propertyNames(Object.getPrototypeOf(form) as object), document: propertyNames(Object.getPrototypeOf(doc) as object) };
}

function shadows(tag: string, attr: 'id' | 'name', value: string, names: Shadowable): boolean {
  if (FORM_NAMED.has(tag) && names.form.has(value)) return true;
  const byDocument = attr === 'name' ? DOCUMENT_NAMED.has(tag) : tag === 'OBJECT' || tag === 'IMG';
  return byDocument && names.document.has(value);
}

/**
 * Renames, in place on `copy` (a copy of the page, never the page), every id and name that shadows
 * a form's or the document's built-in property. Returns how many it renamed.
 */
export function unshadowNames(copy: Document): number {
  const names = shadowableNames(copy);
  // A form's own getAttribute may be one of its controls: every element is read through a plain
  // element's built-ins.
  const plain = callBuiltIn<Element>(copy, 'createElement', 'div');
  const tagName = borrow<string>(plain, 'tagName');
  const getAttribute = borrow<string | null>(plain, 'getAttribute');
  const setAttribute = borrow<void>(plain, 'setAttribute');
  let renamed = 0;
  // One walk over the elements (a selector or a collection per kind costs several on big pages in jsdom).
  const walker = callBuiltIn<TreeWalker>(copy, 'createTreeWalker', copy, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const tag = tagName(el).toUpperCase();
    if (!NAMED_KINDS.has(tag)) continue;
    for (const attr of ['id', 'name'] as const) {
      const value = getAttribute(el, attr);
      if (value !== null && shadows(tag, attr, value, names)) {
        setAttribute(el, attr, RENAMED_PREFIX + value);
        renamed += 1;
      }
    }
  }
  return renamed;
}
