/**
 * Pages change under us: a poll injected seconds after load, infinite-scroll "next article" blocks,
 * single-page-app navigations. Calls `onChange` (debounced, at most once per interval) when the
 * page's body changes or the history moves (pushState itself fires no event; the new content it brings does).
 */
const DEBOUNCE_MS = 400;
const MIN_INTERVAL_MS = 1500;

export function watchPage(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const schedule = (): void => {
    clearTimeout(timer);
    const wait = Math.max(DEBOUNCE_MS, lastRun + MIN_INTERVAL_MS - Date.now());
    timer = setTimeout(() => {
      lastRun = Date.now();
      onChange();
    }, wait);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  // History navigations in single-page apps change the address without a load.
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('popstate', schedule);
    window.removeEventListener('hashchange', schedule);
  };
}
