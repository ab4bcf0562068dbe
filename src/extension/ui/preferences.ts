/** Applies the reader's typography settings to a `.cl-reader` element. */
import type { Settings } from '../settings/settings.js';

export function applyPreferences(reader: HTMLElement, settings: Settings): void {
  reader.dataset['theme'] = settings.theme;
  reader.dataset['width'] = settings.width;
  reader.style.setProperty('--cl-font-size', `${settings.fontSize}px`);
}
