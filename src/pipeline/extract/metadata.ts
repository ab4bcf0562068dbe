/**
 * Article metadata from what publishers declare for search engines (JSON-LD, OpenGraph, <meta>),
 * which is usually cleaner than what can be guessed from visible text. Reads the page; never writes.
 */
import { cleanByline } from './byline.js';
import { collapse } from '../util/text.js';
import type { ExtractedArticle } from '../types.js';

/** What the page declares about itself; the article's own fields where they have the same meaning. */
export type PageMetadata = Pick<ExtractedArticle, 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt'> & {
  title: string | null;
  /** og:type / JSON-LD say this is an article (a strong hint, not proof). */
  declaresArticle: boolean;
};

const ARTICLE_TYPES = /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|blogposting|socialmediaposting|liveblogposting|report|scholarlyarticle|techarticle)$/iu;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function readMetadata(doc: Document): PageMetadata {
  const ld = readJsonLd(doc);
  const tags = metaTags(doc);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = tags.get(key);
      if (value) return value;
    }
    return null;
  };
  const siteName = ld.siteName ?? meta('og:site_name', 'application-name', 'publisher');
  const rawTitle = ld.headline ?? meta('og:title', 'twitter:title', 'parsely-title') ?? collapse(doc.querySelector('h1')?.textContent) ?? collapse(doc.title);
  const htmlEl = doc.documentElement;
  const dir = (htmlEl?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName) : null,
    byline: cleanByline(ld.author ?? meta('author', 'article:author_name', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl')),
    siteName,
    publishedTime: ld.datePublished ?? meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'parsely-pub-date'),
    lang: collapse(htmlEl?.getAttribute('lang')) || ld.inLanguage || meta('og:locale')?.replace('_', '-') || null,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    excerpt: ld.description ?? meta('og:description', 'description', 'twitter:description'),
    declaresArticle: ld.isArticle || /article/iu.test(meta('og:type') ?? ''),
  };
}

/**
 * Every <meta> by its property, name or itemprop (lower case), first one wins. One pass over the
 * meta elements: attribute selectors with the `i` flag cost a full scan each on big pages.
 */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = collapse(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** "Headline | Site", "Headline - Site" → "Headline", when the tail is the site's name. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const match = /^(.{10,}?)\s+[|\-–—:·]\s+([^|\-–—:·]{2,60})$/u.exec(title);
  if (!match?.[1] || !match[2]) return title;
  const tail = match[2].toLowerCase().replace(/\W/gu, '');
  const site = (siteName ?? '').toLowerCase().replace(/\W/gu, '');
  return site && (tail.includes(site) || site.includes(tail)) ? match[1] : title;
}

interface JsonLdFacts {
  isArticle: boolean;
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  siteName: string | null;
  inLanguage: string | null;
  description: string | null;
}

function readJsonLd(doc: Document): JsonLdFacts {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectNodes(JSON.parse(script.textContent ?? '') as Json, nodes);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const deref = (value: Json | undefined): Json | undefined => {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value['@id'] === 'string' && !value['name']) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return { isArticle: false, headline: null, author: null, datePublished: null, siteName: null, inLanguage: null, description: null };
  const authors = (Array.isArray(article['author']) ? article['author'] : [article['author']])
    .map((a) => deref(a ?? undefined))
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' && !Array.isArray(a) ? str(a['name']) : null))
    .filter((a): a is string => !!a && !/^https?:/u.test(a));
  const publisher = deref(article['publisher']);
  const publisherName = publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? str(publisher['name']) : null;
  return {
    isArticle: true,
    headline: str(article['headline']) ?? str(article['name']),
    author: authors.length ? authors.join(', ') : null,
    datePublished: str(article['datePublished']),
    siteName: publisherName,
    inLanguage: str(article['inLanguage']),
    description: str(article['description']),
  };
}

function collectNodes(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out);
  } else if (value && typeof value === 'object') {
    out.push(value);
    if (value['@graph']) collectNodes(value['@graph'], out);
  }
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' && collapse(value) ? collapse(decodeEntities(value)) : null;
}

/** JSON-LD often carries HTML entities ("Dmitriev&#8217;s"). */
function decodeEntities(s: string): string {
  return s.replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/giu, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|quot|apos|lt|gt);/gu, (_, e: string) => ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' })[e] ?? _);
}
