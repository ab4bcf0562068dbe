/**
 * The site a page belongs to: its registrable domain ("news.example.co.uk" → "example.co.uk"), the
 * key of site rules and site memory. Its own module because the public-suffix data (tldts-icann,
 * ~32 KB gzip) is the largest thing the extension loads: extension pages import it on demand,
 * beside their first work, and the pipeline takes the answer as CleanOptions.site.
 */
import { getDomain } from 'tldts-icann';
import { withoutWww } from './host.js';

export function siteOfUrl(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return getDomain(hostname) ?? withoutWww(hostname);
  } catch {
    return null;
  }
}
