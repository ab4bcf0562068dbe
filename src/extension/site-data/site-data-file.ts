/**
 * The export file: every site's keep and hide rules and everything learned, as one versioned JSON
 * document. Import validates the whole file before anything is written, and names the first problem.
 * Pure.
 */
import { MEMORY_VERSION, parseSavedSite, type SavedMemory, type SavedSite } from '../../pipeline/declutter/site-memory.js';
import { parseRule } from '../../pipeline/declutter/site-rules.js';
import type { SiteRule, SiteRules } from '../../pipeline/types.js';

export const FILE_FORMAT = 'clearleaf-site-data';
export const FILE_VERSION = 1;
const SITE = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/u;

export interface SiteData {
  rules: Record<string, SiteRules>;
  memory: SavedMemory;
}

/** Why a file was refused: a _locales key, and the site it concerns when there is one. */
export type ImportProblem = { key: 'importNotJson' | 'importNotClearleaf' | 'importNewer' | 'importBadSite' | 'importBadRules' | 'importBadMemory'; site?: string };

export function toFile(data: SiteData, exportedAt: Date): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exported: exportedAt.toISOString(), ...data }, null, 1)}\n`;
}

function parseRules(site: string, raw: unknown): SiteRules | ImportProblem {
  const bad: ImportProblem = { key: 'importBadRules', site };
  if (typeof raw !== 'object' || raw === null) return bad;
  const lists: Partial<SiteRules> = {};
  for (const name of ['keep', 'hide'] as const) {
    const value = (raw as Record<string, unknown>)[name] ?? [];
    if (!Array.isArray(value)) return bad;
    const rules = value.map(parseRule);
    if (rules.some((r) => r === null)) return bad;
    lists[name] = rules as SiteRule[];
  }
  return { keep: lists.keep ?? [], hide: lists.hide ?? [] };
}

function isProblem(value: object): value is ImportProblem {
  return 'key' in value;
}

/** The file's contents, or the first reason it cannot be imported. */
export function parseFile(text: string): { ok: true; data: SiteData } | { ok: false; problem: ImportProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'importNotJson' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FILE_FORMAT) return { ok: false, problem: { key: 'importNotClearleaf' } };
  const file = raw as { version?: unknown; rules?: unknown; memory?: unknown };
  if (typeof file.version !== 'number' || file.version > FILE_VERSION) return { ok: false, problem: { key: 'importNewer' } };
  const data: SiteData = { rules: {}, memory: { version: MEMORY_VERSION, sites: {} } };
  for (const [site, value] of Object.entries(typeof file.rules === 'object' && file.rules !== null ? file.rules : {})) {
    if (!SITE.test(site)) return { ok: false, problem: { key: 'importBadSite', site } };
    const rules = parseRules(site, value);
    if (isProblem(rules)) return { ok: false, problem: rules };
    data.rules[site] = rules;
  }
  const memory = file.memory as { version?: unknown; sites?: unknown } | undefined;
  if (memory !== undefined && (typeof memory !== 'object' || memory === null || memory.version !== MEMORY_VERSION)) {
    return { ok: false, problem: { key: 'importBadMemory' } };
  }
  for (const [site, value] of Object.entries(typeof memory?.sites === 'object' && memory.sites !== null ? memory.sites : {})) {
    if (!SITE.test(site)) return { ok: false, problem: { key: 'importBadSite', site } };
    const saved: SavedSite | null = parseSavedSite(value);
    if (!saved) return { ok: false, problem: { key: 'importBadMemory', site } };
    data.memory.sites[site] = saved;
  }
  return { ok: true, data };
}
