/**
 * Articles handed from the popup to the reader page, kept in storage.session: they survive the popup
 * closing, never reach disk and vanish with the browser session.
 */
import browser from './browser.js';
import type { SourcesReport } from '../../pipeline/sources/types.js';
import type { ExtractedArticle } from '../../pipeline/types.js';

export interface ReaderEntry {
  article: ExtractedArticle;
  /** Found once, by the popup: the reader page renders it and does not find it again. */
  sources: SourcesReport;
  url: string;
  /** The tab the article came from, while it may still be asked again. */
  tabId?: number;
}

const PREFIX = 'reader:';

function area(): browser.Storage.StorageArea {
  // storage.session: Chrome 102+, Firefox 115+; local as a fallback for older builds.
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? browser.storage.local;
}

export async function putReaderEntry(entry: ReaderEntry): Promise<string> {
  const id = crypto.randomUUID();
  await area().set({ [PREFIX + id]: entry });
  return id;
}

export async function getReaderEntry(id: string): Promise<ReaderEntry | null> {
  const key = PREFIX + id;
  const stored = await area().get(key);
  const entry = stored[key] as ReaderEntry | undefined;
  return entry && typeof entry.url === 'string' && typeof entry.article?.html === 'string' && typeof entry.sources === 'object' ? entry : null;
}
