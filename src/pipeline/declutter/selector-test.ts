/**
 * Selector lists tested on the elements of one walk, asking the DOM as little as it can: tag names
 * by the element's local name, and the parts that need an attribute (a class, an id, `[attr]`) only
 * for elements that have attributes, which most paragraphs do not. A list with combinators or
 * pseudo-classes is always asked of the DOM. The answers are the DOM's (`el.matches`).
 */

/** The parts of a selector list, commas inside `[…]` left alone. */
const parts = (selector: string): string[] => (selector.match(/(?:\[[^\]]*\]|[^,])+/gu) ?? []).map((s) => s.trim());
const TAG = /^[a-z][a-z0-9-]*$/u;
/** One compound that needs an attribute: an optional tag, then classes, ids or `[…]` only. */
const NEEDS_ATTRIBUTE = /^[a-z0-9-]*(?:[.#][\w-]+|\[[^\]]*\])+$/iu;

/** A selector list made only of tag names ("p, div, li"), as lower-case names; null for any other selector. */
export function tagsOf(selector: string): ReadonlySet<string> | null {
  const tags = parts(selector);
  return tags.every((t) => TAG.test(t)) ? new Set(tags) : null;
}

export class SelectorTest {
  private readonly tags = new Set<string>();
  /** The parts that need an attribute, as one list; null when there are none. */
  private readonly rest: string | null;
  /** For each such part, the attributes it cannot match without. */
  private readonly needs: string[][] = [];
  /** The list has a part this class cannot read (a combinator, a pseudo-class): every element is asked of the DOM. */
  readonly whole: boolean;

  constructor(private readonly selector: string) {
    const rest: string[] = [];
    let whole = false;
    for (const part of parts(selector)) {
      if (TAG.test(part)) this.tags.add(part);
      else if (NEEDS_ATTRIBUTE.test(part)) {
        rest.push(part);
        this.needs.push(attributesOf(part));
      }
      else whole = true;
    }
    this.rest = rest.length ? rest.join(', ') : null;
    this.whole = whole;
  }

  /** `el.matches(selector)`; `name` is the element's local name when the caller has read it already. */
  matches(el: Element, name = el.localName): boolean {
    if (this.whole) return el.matches(this.selector);
    if (this.tags.has(name)) return true;
    if (this.rest === null || el.attributes.length === 0) return false;
    return this.needs.some((names) => names.every((name) => el.hasAttribute(name))) && el.matches(this.rest);
  }
}

/** The attributes a compound reads: `.x` a class, `#x` an id, `[data-ad-slot]` that one. */
function attributesOf(part: string): string[] {
  const names = new Set<string>();
  // Brackets first: `[itemtype*="schema.org/Article" i]` reads itemtype, not a class "org".
  for (const [token] of part.matchAll(/\[[^\]]*\]|[.#][\w-]+/gu)) {
    if (token.startsWith('[')) names.add((/^\[\s*([\w-]+)/u.exec(token)?.[1] ?? '').toLowerCase());
    else names.add(token.startsWith('.') ? 'class' : 'id');
  }
  return [...names];
}
