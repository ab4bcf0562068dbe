/** Settings in storage.sync where the browser offers it, storage.local otherwise. */
import browser from '../platform/browser.js';
import { parseSettings, type Settings } from './settings.js';

const KEY = 'settings';

function area(): browser.Storage.StorageArea {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await area().get(KEY);
    return parseSettings(stored[KEY]);
  } catch {
    // sync can be disabled by policy or be over quota: fall back rather than fail the popup.
    const stored = await browser.storage.local.get(KEY);
    return parseSettings(stored[KEY]);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const value = { [KEY]: parseSettings(settings) };
  try {
    await area().set(value);
  } catch {
    await browser.storage.local.set(value);
  }
}
