/**
 * The popup: toggles at the top, then the clean article of the current tab with its sources and
 * what was removed. Never blank: every state has a sentence.
 */
import browser from '../platform/browser.js';
import { pageContext } from '../platform/page-context.js';
import { restrictionFor } from '../platform/restricted.js';
import { siteOf } from '../platform/site.js';
import { FONT_SIZE, clampFontSize, isAlwaysClean, withSite, type Settings, type Theme, type Width } from '../settings/settings.js';
import { loadSettings, saveSettings, settingsChanged } from '../settings/settings-store.js';
import { renderPanelsProgressively } from '../ui/progressive-panels.js';
import { sourcesOnce } from '../ui/article-sources.js';
import { renderFirstScreen, type ArticleForView } from '../ui/article-view.js';
import { nextFrame } from '../ui/progressive.js';
import type { SourcesReport } from '../../pipeline/sources/types.js';
import { copyWithStatus } from '../ui/clipboard.js';
import { localizePage, t, type MessageKey } from '../ui/i18n.js';
import { reasonText, reasonTone } from '../ui/reasons.js';
import { applyPreferences } from '../ui/preferences.js';
import { withImageSetting } from '../ui/image-policy.js';
import { mountPopupLinks } from './popup-footer.js';
import { openReaderPage } from './reader-launch.js';
import { askPage, getCleanView, setCleanView, type PageTab } from './page-access.js';
import { targetTab } from './target-tab.js';
import type { ViewProblem, ViewState } from '../platform/messages.js';
import { releaseSiteAccess, requestSiteAccess } from '../platform/site-access.js';
import { siteActions } from '../site-data/site-actions.js';
import { siteOfPage } from '../site-data/site-data-store.js';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`popup.html lacks #${id}`);
  return el as T;
};

function setStatus(state: 'loading' | 'message' | 'error' | 'done', text: string): void {
  const status = $('status');
  status.dataset['state'] = state;
  status.textContent = text;
  status.hidden = state === 'done';
  document.body.dataset['state'] = state;
}

/** The toggles, menus and typography as `settings` say. */
function showSettings(settings: Settings, site: string | null): void {
  applyPreferences(document.body, settings);
  const enabled = $<HTMLInputElement>('enabled');
  const alwaysSite = $<HTMLInputElement>('always-site');
  enabled.checked = settings.enabled;
  alwaysSite.checked = isAlwaysClean(settings, site);
  alwaysSite.disabled = !site || !settings.enabled;
  $<HTMLSelectElement>('width').value = settings.width;
  $<HTMLSelectElement>('theme').value = settings.theme;
}

async function main(): Promise<void> {
  localizePage(document);
  mountPopupLinks($);
  // Asked together: each is a round trip to the browser, and the page is read only after all three.
  const context = pageContext();
  const [loaded, tab] = await Promise.all([loadSettings(), targetTab()]);
  let settings = loaded;
  const url = tab?.url ?? '';
  const site = siteOf(url);
  const enabled = $<HTMLInputElement>('enabled');
  const alwaysSite = $<HTMLInputElement>('always-site');
  showSettings(settings, site);
  if (site) $('always-site-label').textContent = t('toggleSiteNamed', site);

  const save = async (next: Settings): Promise<void> => {
    settings = next;
    applyPreferences(document.body, settings);
    await saveSettings(settings);
  };
  // Another window (a second popup, the options page, the shortcut) changed settings: take them as
  // ours, so that the next click here saves on top of that change instead of over it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (!settingsChanged(changes, area)) return;
    void loadSettings().then((fresh) => {
      settings = fresh;
      showSettings(fresh, site);
    });
  });

  enabled.addEventListener('change', () => {
    void save({ ...settings, enabled: enabled.checked }).then(() => location.reload());
  });
  alwaysSite.addEventListener('change', () => {
    if (!site || tab?.id === undefined) return;
    const on = alwaysSite.checked;
    // permissions.request must run inside the click, before any other await.
    const granted = on ? requestSiteAccess(site) : Promise.resolve(true);
    void granted.then(async (ok) => {
      if (!ok) {
        alwaysSite.checked = false;
        setStatus('message', t('siteAccessDenied', site));
        return;
      }
      await save(withSite(settings, site, on));
      if (tab.id !== undefined) await setCleanView(tab.id, on);
      // Access goes back once the page is restored: without it the popup may not reach the page.
      if (!on) await releaseSiteAccess(site);
    });
  });

  const restriction = restrictionFor(url, await context);
  if (restriction) return setStatus('message', t(restriction.key));
  if (!settings.enabled) return setStatus('message', t('disabledMessage'));
  if (tab?.id === undefined) return setStatus('error', t('restrictedOther'));

  const page = { tabId: tab.id, incognito: tab.incognito };
  const answer = await askPage(page, url, undefined, showFirstScreen);
  if (!answer.ok) {
    if (answer.detail) console.warn('Clearleaf:', answer.detail);
    return setStatus(reasonTone(answer.reason), reasonText(answer.reason));
  }
  await showArticle(answer.article, url, page, () => settings, save);
}

/** Marks for the benchmark (performance.mark, read from the popup's own time origin). */
function step(name: 'first-screen' | 'article' | 'sources'): void {
  performance.mark(`clearleaf:${name}`);
  document.body.dataset['progress'] = name;
}

/** A long page's first screen, painted before the whole article is read; the controls wait for the whole. */
async function showFirstScreen(article: ArticleForView): Promise<void> {
  const content = $('content');
  content.dataset['preview'] = 'true';
  content.hidden = false;
  renderFirstScreen($('article'), article, { images: withImageSetting((await loadSettings()).articleImages) });
  step('first-screen');
  await nextFrame();
}

async function showArticle(first: ArticleForView, url: string, page: PageTab, current: () => Settings, save: (s: Settings) => Promise<void>): Promise<void> {
  let article = first;
  let sources = sourcesOnce(article, url);
  const targets = { article: $('article'), summary: $('sources-summary'), sources: $('sources-groups'), removed: $('removed-groups'), hideBar: $('hide-bar') };
  const site = await siteOfPage(url);
  // Put back and hide (issue 12): each choice redraws from a fresh extraction with the rules applied.
  const actions = site ? siteActions(site, () => article, async (once) => {
    const answer = await askPage(page, url, once);
    if (!answer.ok) return;
    article = answer.article;
    sources = sourcesOnce(article, url);
    await renderPanelsProgressively(targets, article, sources, NO_STEPS, actions, { images: withImageSetting(current().articleImages) });
  }) : undefined;
  wireControls(() => article, () => sources(), url, page.tabId, current, save);
  document.title = `${article.title} — Clearleaf`;
  $('content').hidden = false;
  delete $('content').dataset['preview'];
  $('status').hidden = true;
  $('sources-summary').textContent = t('sourcesPending');
  await renderPanelsProgressively(targets, article, sources, { firstScreen: () => step('first-screen'), article: () => step('article') }, actions, { images: withImageSetting(current().articleImages) });
  step('sources');
  setStatus('done', '');
}

/** Each reason the in-place view could not show, as the sentence the popup says. */
const VIEW_PROBLEM_MESSAGES: Record<ViewProblem, MessageKey> = { sandboxed: 'cleanViewSandboxed', interfered: 'cleanViewInterfered' };

const NO_STEPS = { firstScreen: () => undefined, article: () => undefined };

function wireControls(articleNow: () => ArticleForView, sourcesNow: () => Promise<SourcesReport>, url: string, tabId: number, current: () => Settings, save: (s: Settings) => Promise<void>): void {
  const copyStatus = $('copy-status');
  const copy = (text: string, doneKey: MessageKey): Promise<void> => copyWithStatus(text, copyStatus, doneKey);
  // Turndown is loaded on the click that needs it (a chunk of its own).
  $('copy-markdown').addEventListener('click', () => {
    void import('../../pipeline/article/markdown.js').then(({ toMarkdown }) => copy(toMarkdown({ ...articleNow(), url }), 'copiedMarkdown'));
  });
  $('copy-text').addEventListener('click', () => {
    const article = articleNow();
    void copy(`${article.title}\n\n${article.text}\n`, 'copiedText');
  });
  const openReader = async (print: boolean): Promise<void> => {
    const article = articleNow();
    await openReaderPage({ article, sources: await sourcesNow(), url, tabId }, print);
  };
  $('open-reader').addEventListener('click', () => void openReader(false));
  $('print').addEventListener('click', () => void openReader(true));

  const cleanPage = $<HTMLButtonElement>('clean-page');
  // The view's state is this boolean; data-clean only shows it (the e2e checks read it), never read back here.
  let viewClean = false;
  const showViewState = (clean: boolean): void => {
    viewClean = clean;
    cleanPage.textContent = t(clean ? 'showOriginal' : 'cleanPage');
    cleanPage.dataset['clean'] = String(clean);
  };
  const viewStatus = $('view-status');
  // The view could not show, or the page made it close: say why, and hand the reader the way on (the reader page).
  const showViewProblem = (state: ViewState | null): void => {
    if (!state?.problem) return;
    viewStatus.textContent = t(VIEW_PROBLEM_MESSAGES[state.problem]);
    viewStatus.hidden = false;
    $('open-reader').focus();
  };
  void getCleanView(tabId).then((state) => {
    showViewState(state?.clean ?? false);
    showViewProblem(state);
  });
  cleanPage.addEventListener('click', () => {
    viewStatus.hidden = true;
    void setCleanView(tabId, !viewClean).then((state) => {
      showViewState(state?.clean ?? false);
      showViewProblem(state);
    });
  });

  const fontBy = (delta: number): void => {
    const s = current();
    void save({ ...s, fontSize: clampFontSize(s.fontSize + delta) });
  };
  $('font-smaller').addEventListener('click', () => fontBy(-FONT_SIZE.step));
  $('font-larger').addEventListener('click', () => fontBy(FONT_SIZE.step));
  const width = $<HTMLSelectElement>('width');
  const theme = $<HTMLSelectElement>('theme');
  width.addEventListener('change', () => void save({ ...current(), width: width.value as Width }));
  theme.addEventListener('change', () => void save({ ...current(), theme: theme.value as Theme }));
}

main().catch((error: unknown) => {
  // The reader gets the sentence; the exception's (English) message is for the console.
  console.error('Clearleaf:', error);
  setStatus('error', t('failedMessage'));
});

