/**
 * The one gate page HTML passes before any extension page shows it. DOMPurify with a configuration
 * that keeps articles whole (tables, figures, captions, lists, quotes) and drops everything that can
 * run, load, navigate or restyle: scripts, handlers, forms, frames, embeds, SVG/MathML, <base>,
 * <meta>, inline styles.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'legend',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'base', 'meta', 'link', 'style', 'script', 'noscript', 'template', 'slot',
    'svg', 'math', 'audio', 'video', 'source', 'track', 'dialog', 'marquee',
    // Image maps: areas are links and regions over an image, never article text.
    'map', 'area',
  ],
  // Presentation and identity of the page's own stylesheet; also closes DOM-clobbering via id/name.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/iu,
  SANITIZE_DOM: true,
};

const instances = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    // Links leave the extension's page: always in a new tab, with no opener and no referrer.
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // Images tell their host nothing about where they are shown.
      if (node.nodeName === 'IMG') node.setAttribute('referrerpolicy', 'no-referrer');
    });
    instances.set(win, purify);
  }
  return purify;
}

/** Sanitized copy as a fragment owned by `win`'s document. The input is never modified. */
export function sanitizeToFragment(input: string | Node, win: Window): DocumentFragment {
  return purifierFor(win).sanitize(input, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/**
 * Passes over a string that is not yet a fixed point. A tree Readability rebuilt can hold what no
 * parser makes (a <p> around an <h2>, a <td> outside a table); its serialization parses into another
 * tree, so one pass is not enough. A second pass sees only parser-made trees and is nearly always the last.
 */
const MAX_STABILIZING_PASSES = 4;

/**
 * Sanitized HTML that sanitizing (or parsing) again leaves unchanged, so that what a library user
 * stores and re-renders is what was checked: sanitized, then re-sanitized from its own string until stable.
 */
export function sanitizeToStableHtml(input: string | Node, win: Window): string {
  let html = sanitizeHtml(input, win);
  for (let pass = 0; pass < MAX_STABILIZING_PASSES; pass += 1) {
    const again = sanitizeHtml(html, win);
    if (again === html) return html;
    html = again;
  }
  return html;
}

/** Sanitized HTML string. */
export function sanitizeHtml(input: string | Node, win: Window): string {
  return purifierFor(win).sanitize(input, CONFIG);
}
