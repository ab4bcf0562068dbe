/** The popup's ways out: the settings page (one click) and the keyboard shortcuts with where to change them. */
import browser from '../platform/browser.js';
import { mountShortcuts } from '../ui/shortcuts.js';

export function mountPopupLinks(byId: (id: string) => HTMLElement): void {
  byId('open-options').addEventListener('click', () => {
    // The new tab takes focus, which closes a real popup by itself.
    void browser.runtime.openOptionsPage();
  });
  void mountShortcuts(byId('shortcuts'), byId('change-shortcuts') as HTMLButtonElement, null).catch(() => {
    byId('shortcuts').hidden = true;
  });
}
