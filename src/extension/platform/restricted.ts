/**
 * Pages a browser does not let extensions read, and why, in words for the reader.
 * Pure: decides from the address and what the browser allows (PageContext), before the extension
 * tries and fails.
 */

/** Add-on stores: each browser keeps extensions out of its own. */
const STORE_HOSTS: Record<Browser, readonly string[]> = {
  chromium: ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com'],
  firefox: ['addons.mozilla.org'],
};
/**
 * Where Firefox runs no extension at all (the default of extensions.webextensions.restrictedDomains):
 * reloading cannot help there, so the reader is told so.
 */
const FIREFOX_BLOCKED_HOSTS = [
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'api.accounts.firefox.com',
  'content.cdn.mozilla.net', 'discovery.addons.mozilla.org', 'install.mozilla.org', 'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com', 'support.mozilla.org', 'sync.services.mozilla.com',
];

export type Browser = 'chromium' | 'firefox';

/** What the browser allows this extension, beyond the address itself. */
export interface PageContext {
  browser: Browser;
  /** extension.isAllowedFileSchemeAccess(): the reader let Clearleaf read file: pages. */
  fileAccess: boolean;
}

export type RestrictionKey =
  | 'restrictedBrowserPage' | 'restrictedStore' | 'restrictedMozilla' | 'restrictedSource'
  | 'restrictedFile' | 'restrictedFileFirefox' | 'restrictedPdf' | 'restrictedOther';
export type Restriction = { key: RestrictionKey };

const DEFAULT_CONTEXT: PageContext = { browser: 'chromium', fileAccess: false };

export function restrictionFor(rawUrl: string | undefined, context: PageContext = DEFAULT_CONTEXT): Restriction | null {
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
      return hostRestriction(url, context.browser);
    case 'file:':
      // Firefox never lets an extension read file: pages; Chrome does once the reader allows it.
      if (context.browser === 'firefox') return { key: 'restrictedFileFirefox' };
      if (!context.fileAccess) return { key: 'restrictedFile' };
      return /\.pdf$/iu.test(url.pathname) ? { key: 'restrictedPdf' } : null;
    case 'view-source:':
      return { key: 'restrictedSource' };
    case 'chrome:': case 'about:': case 'edge:': case 'brave:': case 'opera:': case 'vivaldi:':
    case 'chrome-extension:': case 'moz-extension:': case 'resource:': case 'devtools:': case 'chrome-search:':
      return { key: 'restrictedBrowserPage' };
    default:
      return { key: 'restrictedOther' };
  }
}

function hostRestriction(url: URL, browser: Browser): Restriction | null {
  const host = url.hostname;
  // The old Chrome Web Store lives under chrome.google.com/webstore; the rest of that host is Google's.
  const store = STORE_HOSTS[browser].includes(host) && (host !== 'chrome.google.com' || url.pathname.startsWith('/webstore'));
  if (store) return { key: 'restrictedStore' };
  if (browser === 'firefox' && FIREFOX_BLOCKED_HOSTS.includes(host)) return { key: 'restrictedMozilla' };
  if (/\.pdf$/iu.test(url.pathname)) return { key: 'restrictedPdf' };
  return null;
}
