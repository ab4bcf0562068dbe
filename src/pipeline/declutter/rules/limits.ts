/** Figures shared by every rule family: the safety limits that keep real paragraphs. */

export const LIMITS = {
  /** A paragraph this long is prose, whatever box it sits in. */
  proseWords: 40,
  /** A box (class rule, heading capture) may hold at most this many words … */
  boxWords: 120,
  /** … and at most this share of the article's words. */
  boxShare: 0.25,
  /** A block is "link dense" when this share of its text is link text. */
  linkDensity: 0.5,
  /**
   * A widget rule whose matches together hold more than this share of the article is reading the
   * page's own content markup (a thread whose content is its comments, a listing of story cards):
   * it leaves the page alone.
   */
  ruleShare: 0.5,
};

/**
 * Captions and photo credits: kept in the article's HTML beside their images, left out of its plain
 * text, where an image's caption would stand alone without its image.
 */
export const CAPTION_CLASS = /(^|[\s_-])(caption|captions|credit|credits|wp-caption-text|photo-credit|image-credit|gallery-caption)([\s_-]|$)/iu;

/** Blocks whose whole text is tested against the text rules. */
export const TEXT_BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, div, section, aside, ul, ol';
/**
 * Inline elements are tested only when they stand alone on their line (a <time> or <span> as the
 * only content of a block): "<em>Associated Press</em>" inside a sentence is prose.
 */
export const INLINE_BLOCK_SELECTOR = 'span, time, small, strong, em, b, a, cite';
