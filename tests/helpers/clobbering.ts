/**
 * DOM clobbering as Chromium does it, for jsdom (which leaves it out): a form's controls shadow the
 * form's built-in properties by id and name (WebIDL [LegacyOverrideBuiltIns]), and a document's
 * named images and forms shadow the document's. The e2e test sees the real thing in Chromium.
 */
import type { DOMWindow } from 'jsdom';

/** The names the issue found breaking Readability or our code (each one a case in the e2e test too). */
export const CLOBBERED_FORM_NAMES = [
  'parentNode', 'nextElementSibling', 'tagName', 'getAttribute', 'textContent',
  'getElementsByTagName', 'querySelectorAll', 'hasAttribute',
] as const;

function lookUp(proto: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** Makes every form in `win` (clones included) expose its controls in front of these built-ins. */
export function clobberFormsLikeChromium(win: DOMWindow, names: readonly string[] = CLOBBERED_FORM_NAMES): void {
  const proto = win.HTMLFormElement.prototype as object;
  for (const name of names) {
    const original = lookUp(proto, name);
    if (!original) continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: HTMLFormElement) {
        const control = this.elements.namedItem(name);
        if (control) return control;
        return original.get ? (original.get.call(this) as unknown) : (original.value as unknown);
      },
    });
  }
}

/**
 * Makes `doc` expose its named images and forms in front of these built-ins (this document only).
 * Not for names jsdom's own selector engine calls on the document (createTreeWalker): Chromium's engine is not JavaScript.
 */
export function clobberDocumentLikeChromium(doc: Document, names: readonly string[]): void {
  const named = names.map((name) => [name, doc.querySelector(`img[name="${name}"], form[name="${name}"], embed[name="${name}"], object[name="${name}"], iframe[name="${name}"]`)] as const);
  for (const [name, el] of named) if (el) Object.defineProperty(doc, name, { configurable: true, get: () => el });
}
