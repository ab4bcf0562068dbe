/**
 * The one gate page HTML passes before any extension page shows it. DOMPurify with a configuration
 * that keeps articles whole (tables, figures, captions, lists, quotes) and drops everything that can
 * run, load, navigate or restyle: scripts, handlers, forms, frames, embeds, SVG, <base>, <meta>,
 * inline styles. Presentation MathML is article content (formulas) and is kept, narrowly: see MATH_*.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * MathML that is only notation. DOMPurify's MathML profile (presentation elements) plus <semantics>
 * and its text-only <annotation>, which holds the formula's TeX source (what a reader copies, and
 * what to-text.ts and Markdown write). Never kept: <annotation-xml> (an HTML integration point: markup
 * inside it is parsed as HTML, the classic namespace-confusion carrier), <mglyph>/<malignmark> (the
 * two tags that stay MathML inside a text integration point, the other half of those vectors), and
 * <maction> (interactive: toggles, status lines).
 */
const MATH_EXTRA_TAGS = ['semantics', 'annotation'];
const MATH_FORBIDDEN_TAGS = ['annotation-xml', 'mglyph', 'malignmark', 'maction'];
/**
 * Attributes a MathML element may keep: layout only. Dropped even though DOMPurify's profile allows
 * them: href (a link no link rule sees), mathcolor/mathbackground (the page's colours), xmlns.
 */
const MATH_ATTRS = new Set([
  'display', 'displaystyle', 'mathvariant', 'mathsize', 'scriptlevel', 'dir', 'encoding',
  'stretchy', 'fence', 'separator', 'accent', 'accentunder', 'largeop', 'movablelimits', 'symmetric',
  'lspace', 'rspace', 'minsize', 'maxsize', 'linethickness', 'bevelled', 'numalign', 'denomalign',
  'subscriptshift', 'supscriptshift', 'width', 'height', 'depth', 'voffset', 'align', 'notation', 'open', 'close', 'separators',
  'columnalign', 'rowalign', 'columnspan', 'rowspan', 'columnlines', 'rowlines', 'columnspacing', 'rowspacing', 'frame',
]);
/**
 * Attributes whose values are words or numbers, never addresses. ALLOWED_URI_REGEXP (below) is
 * tested against every other allowed attribute's value, so without this list a table's colspan,
 * a quote's lang or an RTL paragraph's dir were dropped as "not an https URL".
 */
const LAYOUT_ATTRS = [
  'colspan', 'rowspan', 'headers', 'scope', 'span', 'abbr', 'dir', 'lang', 'start', 'reversed', 'type', 'value', 'datetime', 'width', 'height',
];
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true },
  ADD_TAGS: MATH_EXTRA_TAGS,
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'legend',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'base', 'meta', 'link', 'style', 'script', 'noscript', 'template', 'slot',
    'svg', ...MATH_FORBIDDEN_TAGS, 'audio', 'video', 'source', 'track', 'dialog', 'marquee',
    // Image maps: areas are links and regions over an image, never article text.
    'map', 'area',
  ],
  // Presentation and identity of the page's own stylesheet; also closes DOM-clobbering via id/name.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster'],
  ADD_URI_SAFE_ATTR: [...LAYOUT_ATTRS, ...MATH_ATTRS],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/iu,
  SANITIZE_DOM: true,
};

const instances = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (node.namespaceURI === MATHML_NAMESPACE && !MATH_ATTRS.has(data.attrName)) data.keepAttr = false;
    });
    // An annotation is the formula's source as text; one holding elements is not that, whatever it holds.
    purify.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'annotation' && node.nodeType === 1 && (node as Element).childElementCount > 0) node.parentNode?.removeChild(node);
    });
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
