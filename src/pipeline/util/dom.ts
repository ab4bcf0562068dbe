import { collapse, countWords } from './text.js';

/** Elements that hold meaning without text: keep them even when they have no words. */
export const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, canvas, table, hr, math, object, embed';

export function wordsOf(el: Element): number {
  return countWords(el.textContent ?? '');
}

/** Share of an element's text that sits inside links, 0..1. */
export function linkDensity(el: Element): number {
  const total = collapse(el.textContent).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += collapse(a.textContent).length;
  return Math.min(1, linked / total);
}

/** Class and id as one string, for token rules. SVG elements have a non-string className. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

export function hasMedia(el: Element): boolean {
  return el.matches(MEDIA_SELECTOR) || el.querySelector(MEDIA_SELECTOR) !== null;
}
