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
  /** `article:section`: the clutter pass drops blocks that only repeat it. */
  section: string | null;
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
  // No <h1> guess: a page's first <h1> is as often the site's or a section's name as the headline.
  const rawTitle = ld.headline ?? meta('dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title') ?? collapse(doc.title);
  const htmlEl = doc.documentElement;
  const dir = (htmlEl?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName) : null,
    byline: cleanByline(ld.author ?? meta('dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'article:author_name', 'sailthru:author', 'byl') ?? authorName(meta('article:author'))),
    siteName,
    publishedTime: ld.datePublished ?? meta('article:published_time', 'og:article:published_time', 'parsely-pub-date', 'datepublished', 'pubdate', 'date', 'dc:date'),
    lang: collapse(htmlEl?.getAttribute('lang')) || ld.inLanguage || meta('og:locale')?.replace('_', '-') || null,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    excerpt: ld.description ?? meta('dc:description', 'dcterm:description', 'og:description', 'description', 'twitter:description'),
    declaresArticle: ld.isArticle || /article/iu.test(meta('og:type') ?? ''),
    section: meta('article:section'),
  };
}

/**
 * Every <meta> by its property, name or itemprop, first one wins. Keys are lower case with "." read
 * as ":" ("DC.creator" is "dc:creator"); a property is a space-separated list ("dc:title og:title"),
 * each one a key. Contents are decoded once more, for sites that encode them twice ("&amp;#039;").
 * One pass over the meta elements: attribute selectors with the `i` flag cost a full scan each on big pages.
 */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = collapse(decodeEntities(el.getAttribute('content') ?? ''));
    if (!content) continue;
    const keys = [...(el.getAttribute('property') ?? '').split(/\s+/u), el.getAttribute('name'), el.getAttribute('itemprop')];
    for (const raw of keys) {
      const key = raw?.trim().toLowerCase().replace(/\./gu, ':');
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The site's name for `article:author` is often a profile URL, which names nobody. */
function authorName(value: string | null): string | null {
  return value && !/^https?:/iu.test(value) ? value : null;
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
  // getElementsByTagName and a type test: an attribute selector costs a full selector-engine scan in jsdom.
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
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

/** JSON-LD and twice-encoded <meta> contents carry HTML entities ("Dmitriev&#8217;s", "&#039;"). */
export function decodeEntities(s: string): string {
  return s.replace(/&#(\d+);/gu, (_, n: string) => codePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/giu, (_, n: string) => codePoint(parseInt(n, 16)))
    .replace(/&(amp|quot|apos|lt|gt);/gu, (_, e: string) => ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' })[e] ?? _);
}

/** As the HTML parser reads a numeric reference: NUL, surrogates and past U+10FFFF become U+FFFD (never a throw). */
function codePoint(n: number): string {
  const valid = Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return String.fromCodePoint(valid ? n : 0xfffd);
}
