/** The site of a page's address, as settings and the popup name it. */
import { withoutWww } from '../../pipeline/util/host.js';

/** The site as a reader names it: the host without "www."; null for anything but http(s). */
export function siteOf(rawUrl: string): string | null {
  try {
    const url = new URL(rawUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? withoutWww(url.hostname) : null;
  } catch {
    return null;
  }
}
