/** A long page read in two parts (popup/snapshot-parts.ts): joined exactly, previewed once, never mixed up. */
import { describe, expect, it } from 'vitest';
import { FIRST_CHARS, readSnapshot } from '../../src/extension/popup/snapshot-parts.js';
import { ToContent, type SnapshotResult, type ToContentMessage } from '../../src/extension/platform/messages.js';

const HTML = `<!doctype html><html><body>${'<p>A paragraph of the article.</p>'.repeat(40_000)}</body></html>`;
const part = (from: number, to: number): SnapshotResult => ({
  ok: true, snapshot: { html: HTML.slice(from, to), url: 'https://example.org/a', baseUrl: 'https://example.org/a' }, pageMs: 5, from, totalChars: HTML.length,
});

/** A content script that cuts at `cut` (or sends the whole page) and answers the rest with `rest`. */
function page(cut: number | null, rest: (cut: number) => unknown = (c) => part(c, HTML.length)) {
  const asked: ToContentMessage[] = [];
  const send = (_tab: number, message: ToContentMessage): Promise<unknown> => {
    asked.push(message);
    if (message.type === ToContent.SnapshotRest) return Promise.resolve(rest(cut ?? 0));
    return Promise.resolve(cut === null ? part(0, HTML.length) : part(0, cut));
  };
  return { asked, send };
}

const NO_PREVIEW = (): Promise<void> => Promise.resolve();

describe('readSnapshot', () => {
  it('joins the two parts into the page exactly and previews the first part once', async () => {
    const { asked, send } = page(FIRST_CHARS);
    const previews: string[] = [];
    const whole = await readSnapshot(1, send, (first) => {
      previews.push(first.snapshot.html);
      return Promise.resolve();
    });
    expect(whole?.ok && whole.snapshot.html).toBe(HTML);
    expect(previews).toEqual([HTML.slice(0, FIRST_CHARS)]);
    expect(asked.map((m) => m.type)).toEqual([ToContent.Snapshot, ToContent.SnapshotRest]);
    expect(asked[0]?.firstChars).toBe(FIRST_CHARS);
  });

  it('asks for the rest only once the first screen is done (receiving it would hold up the preview)', async () => {
    const { asked, send } = page(FIRST_CHARS);
    let askedDuringPreview = -1;
    await readSnapshot(1, send, async () => {
      await Promise.resolve();
      askedDuringPreview = asked.length;
    });
    expect(askedDuringPreview).toBe(1);
    expect(asked.map((m) => m.type)).toEqual([ToContent.Snapshot, ToContent.SnapshotRest]);
  });

  it('a page sent whole is not previewed and not asked again', async () => {
    const { asked, send } = page(null);
    let previewed = false;
    const whole = await readSnapshot(1, send, () => {
      previewed = true;
      return Promise.resolve();
    });
    expect(whole?.ok && whole.snapshot.html).toBe(HTML);
    expect(previewed).toBe(false);
    expect(asked).toHaveLength(1);
  });

  it('takes a fresh whole page when the content script kept nothing (from 0)', async () => {
    const { send } = page(FIRST_CHARS, () => part(0, HTML.length));
    const whole = await readSnapshot(1, send, NO_PREVIEW);
    expect(whole?.ok && whole.snapshot.html).toBe(HTML);
  });

  it('a rest that does not continue the first part is no answer, never a page stitched wrong', async () => {
    const { send } = page(FIRST_CHARS, (c) => part(c + 10, HTML.length));
    expect(await readSnapshot(1, send, NO_PREVIEW)).toBeNull();
    const { send: odd } = page(FIRST_CHARS, () => ({ ok: true, snapshot: 'nope' }));
    expect(await readSnapshot(1, odd, NO_PREVIEW)).toBeNull();
  });
});
