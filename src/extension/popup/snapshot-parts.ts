/**
 * Reading a long page in two parts (issue 14.2): the content script sends the first ~FIRST_CHARS of
 * the page's HTML (cut after a paragraph) and keeps the rest; the first part is read and painted as a
 * first screen, and only then is the rest asked for: receiving 10 MB takes the popup's main thread
 * too (Firefox: most of a second), and while the first screen was read it made the reader wait for
 * it. A 10 MB page so shows its title and first paragraphs in about the time a short page takes.
 * Pages under 8 × FIRST_CHARS come whole, in one part, as before.
 */
import { isSnapshotResult, ToContent, type SnapshotResult, type ToContentMessage } from '../platform/messages.js';

/** Enough HTML for a headline, a byline and the first screen of paragraphs on most pages. */
export const FIRST_CHARS = 128 * 1024;

type Send = (tabId: number, message: ToContentMessage) => Promise<unknown>;

/**
 * The whole snapshot (or the content script's failure), asking for it in parts; `preview` gets the
 * first part of a long page, and the rest is asked for once it is done. Anything malformed is null.
 */
export async function readSnapshot(tabId: number, send: Send, preview: (first: SnapshotResult & { ok: true }) => Promise<void>): Promise<SnapshotResult | null> {
  const first = await send(tabId, { type: ToContent.Snapshot, firstChars: FIRST_CHARS });
  if (!isSnapshotResult(first)) return null;
  if (!first.ok || first.snapshot.html.length >= first.totalChars) return first;
  await preview(first);
  return joinParts(first, await send(tabId, { type: ToContent.SnapshotRest }));
}

function joinParts(first: SnapshotResult & { ok: true }, rest: unknown): SnapshotResult | null {
  if (!isSnapshotResult(rest)) return null;
  if (!rest.ok || rest.from === 0) return rest;
  if (rest.from !== first.snapshot.html.length || rest.totalChars !== first.totalChars) return null;
  const html = first.snapshot.html + rest.snapshot.html;
  return { ...first, snapshot: { ...first.snapshot, html }, pageMs: Math.max(first.pageMs, rest.pageMs) };
}
