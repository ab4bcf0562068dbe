/**
 * The origins this page itself loaded images from: the in-place view loads no image from anywhere
 * else, so a page's CSP (which Chromium does not apply to the extension's frame) and its choice of
 * hosts still hold, and the view tells no new host of the visit. Read from the images the page shows
 * and from its resource timing (CSS backgrounds and images it already dropped), never from the page's scripts.
 */
import { builtIn } from '../../pipeline/extract/unclobbered.js';

const IMAGE_INITIATORS = new Set(['img', 'image', 'css', 'imageset']);

export function pageImageOrigins(doc: Document): string[] {
  const origins = new Set<string>();
  const add = (url: string): void => {
    try {
      const { origin, protocol } = new URL(url);
      if (protocol === 'https:' || protocol === 'http:') origins.add(origin);
    } catch {
      // Not a URL: nothing was loaded from it.
    }
  };
  // `document.images` read past the page's named elements (an <img name="images"> would answer for it).
  for (const img of Array.from(builtIn<HTMLCollectionOf<HTMLImageElement>>(doc, 'images'))) {
    if (img.complete && img.naturalWidth > 0) add(img.currentSrc);
  }
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    if (IMAGE_INITIATORS.has(entry.initiatorType)) add(entry.name);
  }
  return [...origins];
}
