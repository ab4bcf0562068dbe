/**
 * The options page's "What Clearleaf learned": per site, what was learned and the reader's rules,
 * with "Forget this site", "Forget everything", and export / import of all of it as one file.
 */
import browser from '../platform/browser.js';
import { createSiteMemory } from '../../pipeline/declutter/site-memory.js';
import { withRule } from '../../pipeline/declutter/site-rules.js';
import type { SiteRules } from '../../pipeline/types.js';
import { actionButton } from '../ui/action-button.js';
import { plural, t } from '../ui/i18n.js';
import { parseFile, toFile, type SiteData } from './site-data-file.js';
import {
  forgetEverything, forgetSite, importSiteData, loadAllMemory, loadAllSiteRules, saveSiteRules,
} from './site-data-store.js';

export interface LearnedTargets {
  list: HTMLElement;
  empty: HTMLElement;
  status: HTMLElement;
  forgetAll: HTMLButtonElement;
  exportButton: HTMLButtonElement;
  importInput: HTMLInputElement;
}

async function loadAll(): Promise<SiteData> {
  const [rules, memory] = await Promise.all([loadAllSiteRules(), loadAllMemory()]);
  return { rules, memory };
}

async function render(targets: LearnedTargets): Promise<void> {
  const { rules, memory } = await loadAll();
  const summaries = new Map(createSiteMemory(memory).sites().map((s) => [s.site, s]));
  const sites = [...new Set([...summaries.keys(), ...Object.keys(rules)])];
  const doc = targets.list.ownerDocument;
  targets.list.replaceChildren(...sites.map((site) => {
    const li = doc.createElement('li');
    li.dataset['site'] = site;
    const s = summaries.get(site);
    const r = rules[site];
    const text = doc.createElement('span');
    text.textContent = siteLine(site, s?.articles ?? 0, s?.learned ?? 0, (r?.keep.length ?? 0) + (r?.hide.length ?? 0));
    const forget = actionButton(doc, t('forgetSite'), t('forgetSiteNamed', site), () => void Promise.all([forgetSite(site), saveSiteRules(site, { keep: [], hide: [] })]).then(() => {
      targets.status.textContent = t('forgotSite', site);
      return render(targets);
    }));
    li.append(text, ' ', forget);
    return li;
  }));
  targets.empty.hidden = sites.length > 0;
  targets.forgetAll.disabled = sites.length === 0;
}

function download(doc: Document, text: string, name: string): void {
  const link = doc.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Imported rules join the reader's own (a rule in both lists takes the file's choice); memory replaces per site. */
async function importText(text: string): Promise<string> {
  const parsed = parseFile(text);
  if (!parsed.ok) return t('importFailed', t(parsed.problem.key, parsed.problem.site ?? ''));
  const existing = await loadAllSiteRules();
  const merged: Record<string, SiteRules> = {};
  for (const [site, rules] of Object.entries(parsed.data.rules)) {
    let next = existing[site] ?? { keep: [], hide: [] };
    for (const rule of rules.keep) next = withRule(next, 'keep', rule);
    for (const rule of rules.hide) next = withRule(next, 'hide', rule);
    merged[site] = next;
  }
  try {
    await importSiteData(merged, parsed.data.memory);
  } catch {
    return t('importFailed', t('importWriteFailed'));
  }
  const count = new Set([...Object.keys(merged), ...Object.keys(parsed.data.memory.sites)]).size;
  return plural('importDone', count);
}

/** One site's line in the list: "example.com: 4 articles read, 2 lines learned, 1 of your rules". */
export function siteLine(site: string, articles: number, learned: number, rules: number): string {
  return t('learnedSite', [site, plural('learnedArticles', articles), plural('learnedLines', learned), plural('learnedRules', rules)]);
}

export function setUpLearnedSection(targets: LearnedTargets): void {
  const doc = targets.list.ownerDocument;
  targets.forgetAll.addEventListener('click', () => {
    void loadAllSiteRules().then(async (rules) => {
      await Promise.all([forgetEverything(), ...Object.keys(rules).map((site) => saveSiteRules(site, { keep: [], hide: [] }))]);
      targets.status.textContent = t('forgotEverything');
      await render(targets);
    });
  });
  targets.exportButton.addEventListener('click', () => {
    void loadAll().then((data) => download(doc, toFile(data, new Date()), 'clearleaf-sites.json'));
  });
  targets.importInput.addEventListener('change', () => {
    const file = targets.importInput.files?.[0];
    if (!file) return;
    void file.text().then(importText).then(async (message) => {
      targets.status.textContent = message;
      targets.importInput.value = '';
      await render(targets);
    });
  });
  browser.storage.onChanged.addListener(() => void render(targets));
  void render(targets);
}
