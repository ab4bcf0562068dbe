/** The matching rules of ../shared/fixtures/README.md, and loaders for gold pages. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { suiteAvailable } from './suite-available.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared fixtures live beside the repository, not in it; CLEARLEAF_SHARED may point elsewhere. */
export const SHARED = process.env['CLEARLEAF_SHARED'] ?? path.resolve(REPO, '../shared');
export const SHARED_PAGES = path.join(SHARED, 'fixtures/pages');
/** Fails under CI=true when the shared pages are missing; elsewhere they are skipped with one line. */
export const hasShared = suiteAvailable(SHARED_PAGES);

export interface Gold {
  url: string;
  isArticle: boolean;
  lang?: string;
  title: string;
  byline: string | null;
  siteName?: string;
  publishedTime?: string;
  paragraphs: string[];
  mustKeep?: string[];
  captions?: string[];
  clutter: string[];
  links?: { href: string; text: string }[];
}

export interface GoldPage {
  name: string;
  html: string;
  gold: Gold;
}

/** Pages with a gold file in a folder: NAME.html + NAME.gold.json. */
export function loadGoldPages(dir: string): GoldPage[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/u, '');
      return {
        name,
        html: fs.readFileSync(path.join(dir, `${name}.html`), 'utf8'),
        gold: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold,
      };
    });
}

export function domFor(page: { html: string; gold: { url: string } }): JSDOM {
  return new JSDOM(page.html, { url: page.gold.url });
}

/** NFKC, folded quotes and dashes, no soft hyphens or zero-width characters, lower case, no whitespace. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\u2026/gu, '...')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, '');
}

/** Index of each paragraph in the output, or -1 when it is missing. */
export function paragraphPositions(output: string, paragraphs: string[]): number[] {
  const hay = normalize(output);
  return paragraphs.map((p) => hay.indexOf(normalize(p)));
}

export function leaks(output: string, clutter: string[]): string[] {
  const hay = normalize(output);
  return clutter.filter((c) => hay.includes(normalize(c)));
}

/** "By A and B" and "A, B" name the same people. */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline.replace(/^\s*by\s+/iu, '').split(/\s*(?:,|\band\b|&)\s*/iu).map(normalize).filter(Boolean).sort();
}
