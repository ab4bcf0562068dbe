/** Every link in the article body, with its registrable domain (public-suffix aware, via tldts-icann: ICANN suffixes only, as getDomain uses by default). */
import { getDomain } from 'tldts-icann';
import type { Link, LinkType } from './types.js';

/** Hosts whose links are posts on social networks. */
const SOCIAL = new Set(['x.com', 'twitter.com', 'facebook.com', 'fb.com', 'instagram.com', 't.me', 'telegram.me', 'youtube.com', 'youtu.be', 'tiktok.com', 'linkedin.com', 'threads.net', 'bsky.app', 'truthsocial.com', 'reddit.com', 'mastodon.social', 'vk.com', 'weibo.com']);
/** Files that are documents rather than pages. */
const DOCUMENT_FILE = /\.(pdf|docx?|xlsx?|csv|pptx?|odt|rtf)$/iu;

export interface RawLink {
  href: string;
  text: string;
}

export function anchorsIn(html: string, parser: DOMParser): RawLink[] {
  const doc = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return [...doc.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').replace(/\s+/gu, ' ').trim() }));
}

/** Links with their offsets in the article text (anchor text found in order). */
export function classifyLinks(raw: RawLink[], text: string, pageUrl: string | undefined): Omit<Link, 'sourceId'>[] {
  const pageDomain = pageUrl ? domainOf(pageUrl) : null;
  const squashed = text.replace(/\s+/gu, ' ');
  let cursor = 0;
  const out: Omit<Link, 'sourceId'>[] = [];
  for (const { href, text: anchor } of raw) {
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const domain = domainOf(url.href) ?? url.hostname;
    const found = anchor ? squashed.indexOf(anchor, cursor) : -1;
    const position = found >= 0 ? found : cursor;
    if (found >= 0) cursor = found + anchor.length;
    const sameSite = pageDomain !== null && domain === pageDomain;
    out.push({ url: url.href, domain, anchorText: anchor, sameSite, linkType: linkType(url, domain, sameSite), position });
  }
  return out;
}

function linkType(url: URL, domain: string, sameSite: boolean): LinkType {
  if (DOCUMENT_FILE.test(url.pathname)) return 'document';
  if (SOCIAL.has(domain)) return 'social';
  return sameSite ? 'internal' : 'external';
}

export function domainOf(url: string): string | null {
  return getDomain(url, { allowPrivateDomains: false }) ?? (() => {
    try {
      return new URL(url).hostname || null;
    } catch {
      return null;
    }
  })();
}
