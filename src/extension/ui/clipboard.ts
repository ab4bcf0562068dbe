/** Copying for the reader: the text goes to the clipboard and a status line says whether it did. */
import { t, type MessageKey } from './i18n.js';

export async function copyWithStatus(text: string, status: HTMLElement, doneKey: MessageKey): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t(doneKey);
  } catch {
    status.textContent = t('copyFailed');
  }
}
