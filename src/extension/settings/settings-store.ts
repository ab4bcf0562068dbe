/** Settings in the browser's storage: the layout in settings-layout.ts over storage.local and storage.sync. */
import browser from '../platform/browser.js';
import { isSettingsKey, load, save, type Areas } from './settings-layout.js';
import type { Settings } from './settings.js';

function areas(): Areas {
  // storage.sync is missing on some builds (and can be disabled by policy: its calls then reject).
  return { local: browser.storage.local, sync: browser.storage.sync };
}

export function loadSettings(): Promise<Settings> {
  return load(areas());
}

export function saveSettings(settings: Settings): Promise<void> {
  return save(areas(), settings);
}

/** Does a storage.onChanged event touch settings? (Reader pages' articles in storage.session do not.) */
export function settingsChanged(changes: Record<string, unknown>, area: string): boolean {
  return area !== 'session' && Object.keys(changes).some(isSettingsKey);
}
