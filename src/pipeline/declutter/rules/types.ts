/** The shapes of the clutter rules. The pass (../pass.ts) interprets them; each family has its own file. */
import type { ClutterCategory } from '../../types.js';

/** An element that matches a CSS selector is clutter wherever it sits. */
export interface SelectorRule {
  id: string;
  category: ClutterCategory;
  selector: string;
}

/**
 * An element with one of these class/id tokens is clutter. A token matches a whole class name, or a
 * name that ends with it ("td-ad", "post-share"), or a name that goes on only with widget parts
 * ("share-buttons", "ad-slot-2"): `toc-backref` is not `toc`, `ads-subtitle` is not `ads`.
 */
export interface ClassTokenRule {
  id: string;
  category: ClutterCategory;
  tokens: readonly string[];
  /** The tokens name a table-of-contents plugin: its box goes, though a page's own contents stay. */
  contentsPlugin?: boolean;
}

/** A short block whose whole text matches is clutter. */
export interface TextRule {
  id: string;
  category: ClutterCategory;
  /**
   * Tested against the block's text folded by ../normalise.ts (no accents, straight quotes and
   * dashes, spaces collapsed), so patterns are written in folded form: `don't`, not `don[’']t`.
   * Case-insensitive unless `caseSensitive`.
   */
  pattern: RegExp;
  /** Longer blocks are article prose, whatever they say. */
  maxWords: number;
  /** Only when the block's text is mostly link text ("READ MORE: <headline>"). */
  linkDense?: boolean;
  /**
   * The rule labels a widget: a matched heading or label line takes the box around it (or, with no
   * box, the link list or teaser lines right after it): `links` only when the box is mostly links
   * (related stories, contents), `small` when it is short. Only such rules may touch a heading.
   */
  takesBox?: 'links' | 'small';
  /** A credit: with its image (holding it, or right after it) it is the image's caption, and stays ("© AP" under a photo). */
  notWithImage?: boolean;
}

/** A structural signal: clutter recognised by shape and position; its figures sit beside it. */
export interface StructuralRule {
  id: string;
  category: ClutterCategory;
  [figure: string]: string | number;
}
