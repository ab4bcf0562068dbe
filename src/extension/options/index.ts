/** The options page: global settings and the list of always-clean sites. */
import browser from '../platform/browser.js';
import { siteOf } from '../platform/site.js';
import { parseSettings, withSite, type Settings } from '../settings/settings.js';
import { loadSettings, saveSettings, settingsChanged } from '../settings/settings-store.js';
import { releaseSiteAccess, requestSiteAccess } from '../platform/site-access.js';
import { actionButton } from '../ui/action-button.js';
import { localizePage, t } from '../ui/i18n.js';
import { applyPreferences } from '../ui/preferences.js';
import { setUpLearnedSection } from '../site-data/learned-section.js';
import { mountShortcuts } from '../ui/shortcuts.js';

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options.html lacks #${id}`);
  return el as T;
};

let settings: Settings;

async function save(next: Settings): Promise<void> {
  settings = parseSettings(next);
  await saveSettings(settings);
  render();
}

function render(): void {
  applyPreferences(document.body, settings);
  byId<HTMLInputElement>('enabled').checked = settings.enabled;
  byId<HTMLSelectElement>('theme').value = settings.theme;
  byId<HTMLSelectElement>('width').value = settings.width;
  byId<HTMLInputElement>('font-size').value = String(settings.fontSize);
  byId<HTMLInputElement>('article-images').checked = settings.articleImages;
  const list = byId('sites');
  list.replaceChildren(...settings.alwaysCleanSites.map((site) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = site;
    const remove = actionButton(document, t('removeSite'), t('removeSiteNamed', site), () => void save(withSite(settings, site, false)).then(() => releaseSiteAccess(site)));
    li.append(name, remove);
    return li;
  }));
  byId('sites-empty').hidden = settings.alwaysCleanSites.length > 0;
}

async function main(): Promise<void> {
  localizePage(document);
  void mountShortcuts(byId('shortcuts'), byId<HTMLButtonElement>('change-shortcuts'), byId('shortcuts-hint'));
  settings = await loadSettings();
  render();
  byId<HTMLInputElement>('enabled').addEventListener('change', (e) => void save({ ...settings, enabled: (e.target as HTMLInputElement).checked }));
  byId<HTMLSelectElement>('theme').addEventListener('change', (e) => void save({ ...settings, theme: (e.target as HTMLSelectElement).value as Settings['theme'] }));
  byId<HTMLSelectElement>('width').addEventListener('change', (e) => void save({ ...settings, width: (e.target as HTMLSelectElement).value as Settings['width'] }));
  byId<HTMLInputElement>('article-images').addEventListener('change', (e) => void save({ ...settings, articleImages: (e.target as HTMLInputElement).checked }));
  byId<HTMLInputElement>('font-size').addEventListener('change', (e) => void save({ ...settings, fontSize: Number((e.target as HTMLInputElement).value) }));
  byId<HTMLFormElement>('add-site').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('new-site');
    const raw = input.value.trim();
    const site = siteOf(/^[a-z]+:\/\//iu.test(raw) ? raw : `https://${raw}`);
    const status = byId('sites-status');
    if (!site) {
      status.textContent = t('siteInvalid');
      return;
    }
    // Inside the submit gesture: ask for access first.
    void requestSiteAccess(site).then(async (granted) => {
      if (!granted) {
        status.textContent = t('siteAccessDenied', site);
        return;
      }
      input.value = '';
      status.textContent = t('siteAdded', site);
      await save(withSite(settings, site, true));
    });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (settingsChanged(changes, area)) void loadSettings().then((s) => { settings = s; render(); });
  });
  // Site rules and memory (issue 12): their own section, module and storage keys.
  setUpLearnedSection({
    list: byId('learned-sites'), empty: byId('learned-empty'), status: byId('learned-status'),
    forgetAll: byId('forget-everything'), exportButton: byId('export-site-data'), importInput: byId('import-site-data'),
  });
}

void main();
