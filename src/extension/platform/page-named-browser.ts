/**
 * In Chromium a content script's `globalThis.browser` is not defined, so a page element named
 * "browser" answers for it (`<form id="browser"><button id="runtime">` even gives it a truthy
 * `browser.runtime.id`), and webextension-polyfill would take the form for the extension API.
 * Imported before the polyfill: a `browser` that is not the real API is hidden behind an own
 * property, which always wins over the page's named elements.
 */
function isExtensionApi(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof Node === 'function' && value instanceof Node) return false;
  // Named elements are elements, collections or frames' windows: never a function-valued getURL.
  const runtime = (value as { runtime?: { getURL?: unknown } }).runtime;
  return typeof runtime === 'object' && runtime !== null && typeof runtime.getURL === 'function';
}

const candidate = (globalThis as { browser?: unknown }).browser;
if (candidate !== undefined && !isExtensionApi(candidate)) {
  Object.defineProperty(globalThis, 'browser', { value: undefined, configurable: true, writable: true });
}

export {};
