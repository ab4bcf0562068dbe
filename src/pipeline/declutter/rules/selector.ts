/** Selector rules: elements that are never article content, whatever their text. */
import type { SelectorRule } from './types.js';

export const SELECTOR_RULES: readonly SelectorRule[] = [
  // Form controls: Readability drops <form> but keeps stray labels, legends and buttons around it.
  { id: 'form-controls', category: 'form', selector: 'form, fieldset, input, select, textarea, button, label, legend' },
  // Google AdSense / GPT / generic ad slots by their data attributes.
  { id: 'ad-slots', category: 'ad', selector: 'ins.adsbygoogle, [id^="div-gpt-ad"], [data-ad-slot], [data-ad-client], [data-ad-unit], [data-google-query-id]' },
  // In-page navigation is not article text: tables of contents, breadcrumb and pagination navs.
  { id: 'nav', category: 'toc', selector: 'nav, [role="navigation"]' },
  // Other stories' cards inside the article: nested <article> elements and schema.org Article items
  // (teaser grids). The box limits keep the story itself, which holds most of the text.
  { id: 'story-cards', category: 'related', selector: 'article, [itemtype*="schema.org/Article" i], [itemtype*="schema.org/NewsArticle" i], [itemtype*="schema.org/BlogPosting" i]' },
  // ARIA-labelled complementary regions (sidebars, pull-out promos) inside the article container.
  { id: 'complementary', category: 'related', selector: '[role="complementary"], [role="dialog"], [aria-modal="true"]' },
];
