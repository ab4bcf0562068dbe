/** Where a link goes, judged against the page it is on: the same site, or the site's front page. */
import { withoutWww } from '../util/host.js';

export class SiteLinks {
  private readonly host: string | null;
  private readonly page: URL | null;
  private readonly resolved = new Map<string, URL | null>();

  constructor(pageUrl: string) {
    this.page = parse(pageUrl);
    this.host = this.page ? withoutWww(this.page.hostname) : null;
  }

  get known(): boolean {
    return this.host !== null;
  }

  /**
   * Same site: the same host, or one a subdomain of the other ("news.example.com", "example.com").
   * Two sibling subdomains count as two sites: under a shared suffix ("a.github.io", "b.github.io")
   * they are, and the rules that read this remove, so this errs towards keeping.
   */
  isSameSite(href: string | null): boolean {
    const url = this.resolve(href);
    if (!url || !this.host) return false;
    const host = withoutWww(url.hostname);
    return host === this.host || host.endsWith(`.${this.host}`) || this.host.endsWith(`.${host}`);
  }

  /** Another page of the same site: not an anchor in this page. */
  isOtherPage(href: string | null): boolean {
    const url = this.resolve(href);
    return !!url && this.isSameSite(href) && !this.isThisPage(url);
  }

  /**
   * The site's front page, resolved against the page's own address: `#setup` is this page, not the
   * front page, and neither is any link back to the page itself, nor a place in the front page
   * (`/#foo`, which a `<base href="/">` makes of `#foo`).
   */
  isHomepage(href: string | null): boolean {
    const url = this.resolve(href);
    if (!url || !this.host || url.hash || this.isThisPage(url)) return false;
    return withoutWww(url.hostname) === this.host && (url.pathname === '/' || url.pathname === '') && !url.search;
  }

  /** An anchor in this page (`#notes`, or the page's own address with or without one). */
  isAnchorHere(href: string | null): boolean {
    const url = this.resolve(href);
    return !!url && this.isThisPage(url);
  }

  private isThisPage(url: URL): boolean {
    return !!this.page && url.href.replace(/#.*$/u, '') === this.page.href.replace(/#.*$/u, '');
  }

  /** Resolved once per address: a page links to the same few places many times, and each rule asks. */
  private resolve(href: string | null): URL | null {
    if (!href || !this.page) return null;
    let url = this.resolved.get(href);
    if (url === undefined) {
      url = parse(href, this.page.href);
      this.resolved.set(href, url);
    }
    return url;
  }
}

function parse(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
