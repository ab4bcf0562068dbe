/**
 * Which article images a view may load. The popup and reader page load those the extension's CSP
 * allows; the in-place view loads only images from origins the page itself loaded images from (so
 * the page's own CSP holds, and no host learns of the visit that the page did not already tell);
 * "article images off" loads none. An image that may not load leaves its alt text in its place.
 */
export type ImageAllowed = (url: URL) => boolean;

/** Every image's sources (src, srcset, <picture> sources), checked before the body goes in the view. */
export function restrictImages(root: ParentNode, allowed: ImageAllowed): void {
  for (const source of root.querySelectorAll('picture > source')) source.remove();
  for (const img of root.querySelectorAll('img')) {
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    const src = img.getAttribute('src') ?? '';
    let url: URL | null = null;
    try {
      url = new URL(src, img.baseURI);
    } catch {
      url = null;
    }
    if (url && allowed(url)) continue;
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (alt) img.replaceWith(Object.assign(img.ownerDocument.createElement('span'), { className: 'cl-image-off', textContent: alt }));
    else img.remove();
  }
}

/** The reader's "article images" setting: none at all when off; otherwise `allowed` (all, when unset). */
export function withImageSetting(shown: boolean, allowed?: ImageAllowed): ImageAllowed | undefined {
  return shown ? allowed : () => false;
}

/** Images from these origins only (data: images request nothing, so they stay). */
export function fromOrigins(origins: readonly string[]): ImageAllowed {
  const set = new Set(origins);
  return (url) => url.protocol === 'data:' || set.has(url.origin);
}
