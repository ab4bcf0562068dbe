/**
 * How settings sit in storage so that no site is ever lost.
 *
 * - storage.local holds the whole copy (`settings.local`): no per-item quota, always written first.
 * - storage.sync holds a mirror for the reader's other devices: the small part in `settings.sync`
 *   and the site list spread over `settings.sites.0…N`, each under QUOTA_BYTES_PER_ITEM. Every piece
 *   carries the same `savedAt`, so a half-arrived sync (pieces from two saves) is recognised and ignored.
 * - Loading takes whichever complete copy was saved last. A failed sync write leaves local newer, so
 *   a stale sync copy is never read back over it.
 * - Today's schema (one `settings` item in sync, in local after a failed save) is migrated by taking
 *   the union of both copies' sites: nothing the reader added is dropped.
 *
 * Works over any StorageArea-shaped object, so the unit tests run it on a fake that enforces the quotas.
 */
import { parseSettings, type Settings } from './settings.js';

export interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Areas {
  local: Area;
  /** Absent where the browser has no storage.sync (or policy disables it). */
  sync?: Area | undefined;
}

export const LEGACY_KEY = 'settings';
export const LOCAL_KEY = 'settings.local';
export const SYNC_KEY = 'settings.sync';
const SITES_PREFIX = 'settings.sites.';
const siteKey = (i: number): string => `${SITES_PREFIX}${i}`;

/** storage.sync's documented quotas (Chrome and Firefox agree). */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;
/** Room left per item for the JSON around the hosts, so a chunk never touches the limit. */
const CHUNK_BUDGET = SYNC_QUOTA.QUOTA_BYTES_PER_ITEM - 256;

interface LocalCopy { savedAt: number; settings: Settings }
/** The small part: everything but the sites, and how many site chunks go with it (null: sites not synced). */
interface SyncHead { savedAt: number; settings: Omit<Settings, 'alwaysCleanSites'>; chunks: number | null }
interface SyncChunk { savedAt: number; sites: string[] }

/** Is this storage change one that touches settings (any piece of them)? */
export function isSettingsKey(key: string): boolean {
  return key === LEGACY_KEY || key === LOCAL_KEY || key === SYNC_KEY || key.startsWith(SITES_PREFIX);
}

export const byteLength = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Splits hosts into chunks whose stored size (key + JSON) stays under the per-item quota. */
export function chunkSites(sites: readonly string[], savedAt: number): SyncChunk[] {
  const chunks: SyncChunk[] = [];
  let current: SyncChunk = { savedAt, sites: [] };
  for (const site of sites) {
    const grown = { savedAt, sites: [...current.sites, site] };
    if (current.sites.length > 0 && byteLength(siteKey(chunks.length), grown) > CHUNK_BUDGET) {
      chunks.push(current);
      current = { savedAt, sites: [site] };
    } else {
      current = grown;
    }
  }
  if (current.sites.length > 0) chunks.push(current);
  return chunks;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stamp = (v: unknown): number | null => (isRecord(v) && typeof v['savedAt'] === 'number' ? v['savedAt'] : null);

async function readLocal(local: Area): Promise<{ copy: LocalCopy | null; legacy: unknown }> {
  const stored = await local.get([LOCAL_KEY, LEGACY_KEY]);
  const raw = stored[LOCAL_KEY];
  const savedAt = stamp(raw);
  const copy = savedAt !== null && isRecord(raw) ? { savedAt, settings: parseSettings(raw['settings']) } : null;
  return { copy, legacy: stored[LEGACY_KEY] };
}

type SyncCopy = { savedAt: number; settings: Settings; sitesSynced: boolean };

/** The sync copy if it is complete and of one save ('unreadable': sync is off), and any old-schema item. */
async function readSync(sync: Area): Promise<{ copy: SyncCopy | null | 'unreadable'; legacy: unknown }> {
  let stored: Record<string, unknown>;
  try {
    stored = await sync.get([SYNC_KEY, LEGACY_KEY]);
  } catch {
    return { copy: 'unreadable', legacy: undefined };
  }
  const head = stored[SYNC_KEY];
  const savedAt = stamp(head);
  if (savedAt === null || !isRecord(head)) return { copy: null, legacy: stored[LEGACY_KEY] };
  const chunks = typeof head['chunks'] === 'number' ? head['chunks'] : null;
  const keys = Array.from({ length: chunks ?? 0 }, (_, i) => siteKey(i));
  const pieces = keys.length ? await sync.get(keys).catch(() => null) : {};
  if (!pieces) return { copy: 'unreadable', legacy: stored[LEGACY_KEY] };
  const sites: string[] = [];
  for (const key of keys) {
    const chunk = pieces[key];
    // A piece from another save: the sync copy is still arriving. Not complete, not trusted.
    if (stamp(chunk) !== savedAt || !isRecord(chunk) || !Array.isArray(chunk['sites'])) return { copy: null, legacy: stored[LEGACY_KEY] };
    sites.push(...(chunk['sites'] as unknown[]).filter((s): s is string => typeof s === 'string'));
  }
  const settings = parseSettings({ ...(head['settings'] as object), alwaysCleanSites: sites });
  return { copy: { savedAt, settings, sitesSynced: chunks !== null }, legacy: stored[LEGACY_KEY] };
}

/** The newer of two complete copies; a sync copy whose sites did not fit keeps this device's list. */
function newer(local: LocalCopy | null, remote: SyncCopy | null): Settings | null {
  if (!remote) return local?.settings ?? null;
  if (local && local.savedAt >= remote.savedAt) return local.settings;
  return remote.sitesSynced || !local ? remote.settings : { ...remote.settings, alwaysCleanSites: local.settings.alwaysCleanSites };
}

/**
 * Today's schema: one `settings` item in sync and, after a failed save, in local. Folded into the
 * current settings as a union of every site, whichever part of the browser reads first.
 */
function foldLegacy(current: Settings | null, syncLegacy: unknown, localLegacy: unknown): Settings {
  const olds = [syncLegacy, localLegacy].filter((v) => v !== undefined).map(parseSettings);
  // Scalars as the reader last saw them: the old loader read sync first.
  const base = current ?? olds[0] ?? parseSettings(undefined);
  return parseSettings({ ...base, alwaysCleanSites: [base, ...olds].flatMap((s) => s.alwaysCleanSites) });
}

export async function load(areas: Areas): Promise<Settings> {
  const local = await readLocal(areas.local);
  const remote = areas.sync ? await readSync(areas.sync) : { copy: null, legacy: undefined };
  const unreadable = remote.copy === 'unreadable';
  const current = newer(local.copy, unreadable ? null : remote.copy as SyncCopy | null);
  if (local.legacy === undefined && remote.legacy === undefined) return current ?? parseSettings(undefined);
  const merged = foldLegacy(current, remote.legacy, local.legacy);
  // Sync could not be read: use what this device has, and migrate once sync answers again.
  if (unreadable) return merged;
  // The new local copy first; then free the old sync item's quota before writing the new layout.
  await save({ local: areas.local }, merged);
  await areas.sync?.remove(LEGACY_KEY).catch(() => undefined);
  await save(areas, merged);
  await areas.local.remove(LEGACY_KEY);
  return merged;
}

let lastSavedAt = 0;
/** A strictly increasing time stamp, so two saves in one millisecond still order. */
function nextStamp(): number {
  lastSavedAt = Math.max(Date.now(), lastSavedAt + 1);
  return lastSavedAt;
}

export async function save(areas: Areas, next: Settings): Promise<void> {
  const settings = parseSettings(next);
  const savedAt = nextStamp();
  // Local first: whatever happens to sync, this device keeps every site.
  await areas.local.set({ [LOCAL_KEY]: { savedAt, settings } satisfies LocalCopy });
  if (areas.sync) await saveSync(areas.sync, settings, savedAt);
}

async function saveSync(sync: Area, settings: Settings, savedAt: number): Promise<void> {
  const { alwaysCleanSites, ...small } = settings;
  const head: unknown = (await sync.get(SYNC_KEY).catch((): Record<string, unknown> => ({})))[SYNC_KEY];
  const before = isRecord(head) && typeof head['chunks'] === 'number' ? head['chunks'] : 0;
  const chunks = chunkSites(alwaysCleanSites, savedAt);
  const items: Record<string, unknown> = { [SYNC_KEY]: { savedAt, settings: small, chunks: chunks.length } satisfies SyncHead };
  chunks.forEach((chunk, i) => { items[siteKey(i)] = chunk; });
  let written = chunks.length;
  try {
    // One set: the browser checks every quota first and writes all or nothing.
    await sync.set(items);
  } catch {
    // Over the quotas (or sync is off): sync the small part only; the sites stay in local.
    written = 0;
    await sync.set({ [SYNC_KEY]: { savedAt, settings: small, chunks: null } satisfies SyncHead }).catch(() => undefined);
  }
  const stale = Array.from({ length: Math.max(0, before - written) }, (_, i) => siteKey(written + i));
  if (stale.length) await sync.remove(stale).catch(() => undefined);
}
