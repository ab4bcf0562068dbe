/**
 * Clearleaf's keyboard shortcuts as the browser has them now (the reader may have changed them), and
 * the way to the browser's own page for changing them.
 */
import browser from '../platform/browser.js';
import { browserKind } from '../platform/page-context.js';
import { t, type MessageKey } from './i18n.js';

/** Our own name for each command: _execute_action has no description in Chrome's list. */
const COMMAND_NAMES: Record<string, MessageKey | undefined> = { _execute_action: 'commandOpenPopup', 'toggle-site': 'commandToggleSite' };

export async function renderShortcuts(list: HTMLElement): Promise<void> {
  const commands = await browser.commands.getAll();
  list.replaceChildren(...commands.map((command) => {
    const item = document.createElement('li');
    const keys = document.createElement('kbd');
    keys.textContent = command.shortcut || t('shortcutNotSet');
    const name = COMMAND_NAMES[command.name ?? ''];
    item.append(keys, ` ${name ? t(name) : command.description ?? command.name ?? ''}`);
    return item;
  }));
}

/** The sentence that says where shortcuts are changed in this browser. */
export function shortcutsHint(): string {
  return t(browserKind() === 'firefox' ? 'shortcutsHintFirefox' : 'shortcutsHintChrome');
}

/**
 * Firefox 137+ opens its shortcut page itself (commands.openShortcutSettings); Chromium lets an
 * extension open chrome://extensions/shortcuts in a tab. Firefox refuses tabs.create("about:addons").
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  if (browserKind() === 'chromium') await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** Fills a shortcuts block: a list, a "Change shortcuts" button and a hint. */
export function mountShortcuts(list: HTMLElement, change: HTMLButtonElement, hint: HTMLElement | null): Promise<void> {
  change.addEventListener('click', () => void openShortcutSettings());
  if (hint) hint.textContent = shortcutsHint();
  return renderShortcuts(list);
}
