/**
 * Structural signals: clutter recognised by its shape, position and repetition rather than its exact
 * words. Each is implemented in ../signals/ under the same name; its figures are here.
 */
import type { StructuralRule } from './types.js';

export const STRUCTURAL_RULES = {
  /** A short block that only links to the site's front page ("TAP HERE AND GO TO THE HOMEPAGE"). */
  homepageLink: { id: 'homepage-link', category: 'cta', maxWords: 30, minLinkDensity: 0.9 },
  /**
   * A list whose every item is a link to another page of the same site: related-story teasers, whose
   * items are headlines (`minMeanItemWords` on average; a wiki's "See also" names short titles). Also
   * the run of such one-link lines after a "You may also like" label.
   */
  teaserList: { id: 'teaser-list', category: 'related', minItems: 2, minItemLinkDensity: 0.8, maxLineWords: 25, minMeanItemWords: 4 },
  /** A run of one-link lines to other pages of the same site, outside any list and with no label: teaser headlines of a few words each. */
  linkRun: { id: 'link-run', category: 'related', minLines: 3, minLineWords: 3 },
  /** The byline repeated as a line of the text ("Tom Krisher, AP Auto Writer"), or the author's bio line. */
  metadataRepeat: { id: 'metadata-repeat', category: 'metadata', maxWords: 30 },
  /** A line that is the title, the page address, the site's name or the section's name again. */
  nameRepeat: { id: 'name-repeat', category: 'metadata', maxWords: 30 },
  /**
   * A call to action by its grammar: a short line with no sentence of prose that opens with an
   * imperative and promotes the site or a channel ("Share The County Line", "Únete a nuestro canal
   * de WhatsApp", "Republish this article"). Vocabulary: ../lexicon.
   */
  callToAction: { id: 'call-to-action', category: 'cta', maxWords: 12 },
  /**
   * An eyebrow: a label of at most a few words, no sentence, standing before the article's first
   * paragraph and right above a heading ("Blog post", "Off-nominal").
   */
  eyebrow: { id: 'eyebrow', category: 'boilerplate', maxWords: 3 },
  /** A trail of links to the same site whose only other text is separators: a breadcrumb. */
  breadcrumbLinks: { id: 'breadcrumb-links', category: 'toc', minLinks: 2, maxWords: 20, minLinkDensity: 0.5 },
} as const satisfies Record<string, StructuralRule>;
