/**
 * Metadata agreement with Readability's expected-metadata.json, field by field, for Clearleaf and for
 * Readability alone. A title that differs only by a " - Site Name" tail the expected value keeps is
 * counted apart (the brief asks for the headline without the site's name).
 */
import type { ExtractedArticle } from '../src/pipeline/types.js';
import type { ReadabilityMetadata } from '../tests/helpers/corpora.js';

export const METADATA_FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'publishedTime', 'lang', 'dir'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

type Fields = Partial<Record<MetadataField, string | null | undefined>>;

const norm = (v: string | null | undefined): string => (v ?? '').replace(/\s+/gu, ' ').trim();

export function sameValue(field: MetadataField, expected: string | null | undefined, actual: string | null | undefined): boolean {
  const e = norm(expected);
  const a = norm(actual);
  if (field === 'publishedTime' && e && a) {
    const de = Date.parse(e);
    const da = Date.parse(a);
    if (Number.isFinite(de) && Number.isFinite(da)) return de === da;
  }
  return e === a;
}

/** The expected title is the system's title plus a separator and a tail ("Headline - Site"). */
export function isSuffixCase(expected: string | null, actual: string | null | undefined): boolean {
  const e = norm(expected);
  const a = norm(actual);
  return a.length > 0 && e.length > a.length && e.startsWith(a) && /^\s*[|\-–—:·»]\s*\S/u.test(e.slice(a.length));
}

/** A byline as the names it gives: no leading "By"/"Par"/"Por"/"Von", no case, commas for "and". */
export function bylineNames(v: string | null | undefined): string {
  return norm(v).toLowerCase().replace(/^(written |posted )?(by|par|por|von)\s+/u, '').replace(/\s*(,|\band\b|\bet\b|&)\s*/gu, ',');
}

export interface MetadataComparison {
  /** `system:field` → agrees; `system:byline names` compares the names only (bylineNames). */
  agree: Map<string, boolean>;
  titleSuffixCase: { clearleaf: boolean; readability: boolean };
}

export function compareMetadata(expected: ReadabilityMetadata, clearleaf: ExtractedArticle, readability: Fields | null): MetadataComparison {
  const agree = new Map<string, boolean>();
  const systems: [string, Fields][] = [['clearleaf', clearleaf], ['readability', readability ?? {}]];
  for (const [name, got] of systems) {
    for (const field of METADATA_FIELDS) agree.set(`${name}:${field}`, sameValue(field, expected[field], got[field]));
    agree.set(`${name}:byline names`, bylineNames(expected.byline) === bylineNames(got.byline));
  }
  return {
    agree,
    titleSuffixCase: {
      clearleaf: isSuffixCase(expected.title, clearleaf.title),
      readability: isSuffixCase(expected.title, readability?.title),
    },
  };
}
