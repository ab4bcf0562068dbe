/**
 * Pages a browser does not let extensions read, and why, in words for the reader.
 * Pure: decides from the address alone, before the extension tries and fails.
 */
const STORE_HOSTS = [
  'chrome.google.com', // the old Chrome Web Store lives under /webstore
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

export type Restriction = { key: 'restrictedBrowserPage' | 'restrictedStore' | 'restrictedSource' | 'restrictedFile' | 'restrictedPdf' | 'restrictedOther' };

export function restrictionFor(rawUrl: string | undefined): Restriction | null {
  if (!rawUrl) return { key: 'restrictedOther' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { key: 'restrictedOther' };
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      break;
    case 'file:':
      return { key: 'restrictedFile' };
    case 'view-source:':
      return { key: 'restrictedSource' };
    case 'chrome:': case 'about:': case 'edge:': case 'brave:': case 'opera:': case 'vivaldi:':
    case 'chrome-extension:': case 'moz-extension:': case 'resource:': case 'devtools:': case 'chrome-search:':
      return { key: 'restrictedBrowserPage' };
    default:
      return { key: 'restrictedOther' };
  }
  if (STORE_HOSTS.includes(url.hostname) && (url.hostname !== 'chrome.google.com' || url.pathname.startsWith('/webstore'))) {
    return { key: 'restrictedStore' };
  }
  if (/\.pdf$/iu.test(url.pathname)) return { key: 'restrictedPdf' };
  return null;
}

/** The site as a reader names it: the host without "www.". */
export function siteOf(rawUrl: string): string | null {
  try {
    const url = new URL(rawUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.replace(/^www\./u, '') : null;
  } catch {
    return null;
  }
}
