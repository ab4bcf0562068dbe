/** Which browser this is and whether the reader allowed file: pages: what restrictionFor needs to know. */
import browser from './browser.js';
import type { Browser, PageContext } from './restricted.js';

export function browserKind(): Browser {
  return browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium';
}

export async function pageContext(): Promise<PageContext> {
  const fileAccess = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
  return { browser: browserKind(), fileAccess };
}
