/**
 * A storage area that behaves like the browser's: values are JSON copies, and a sync area enforces
 * storage.sync's real quotas (bytes per item, total bytes, item count) on every set, all or nothing,
 * as Chrome and Firefox do. `failNextSets` makes the next writes reject, as a throttled or
 * policy-disabled sync does.
 */
import type { Area } from '../../src/extension/settings/settings-layout.js';
import { SYNC_QUOTA, byteLength } from '../../src/extension/settings/settings-layout.js';

export class FakeArea implements Area {
  readonly data = new Map<string, string>();
  failNextSets = 0;
  failGets = false;
  sets = 0;

  constructor(private readonly quotas: typeof SYNC_QUOTA | null) {}

  get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failGets) return Promise.reject(new Error('storage.sync is disabled'));
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.data.get(key);
      if (json !== undefined) out[key] = JSON.parse(json);
    }
    return Promise.resolve(out);
  }

  set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextSets > 0) {
      this.failNextSets -= 1;
      return Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    }
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, JSON.stringify(value));
    if (this.quotas) {
      const sizes = [...next].map(([key, json]) => byteLength(key, JSON.parse(json)));
      if (sizes.some((s) => s > this.quotas!.QUOTA_BYTES_PER_ITEM)) return Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
      if (sizes.reduce((a, b) => a + b, 0) > this.quotas.QUOTA_BYTES) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      if (next.size > this.quotas.MAX_ITEMS) return Promise.reject(new Error('MAX_ITEMS quota exceeded'));
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.sets += 1;
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
    return Promise.resolve();
  }

  /** Another device's write arriving: raw values put straight in. */
  put(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }
}

export const fakeAreas = (): { local: FakeArea; sync: FakeArea } => ({ local: new FakeArea(null), sync: new FakeArea(SYNC_QUOTA) });

/** `n` distinct, realistic hosts. */
export const manySites = (n: number): string[] => Array.from({ length: n }, (_, i) => `news-${i}.regional-paper-${i % 37}.example.com`);
