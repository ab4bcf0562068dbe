/** Where a link goes, judged against the page it is on: the same site, or the site's front page. */

export class SiteLinks {
  private readonly host: string | null;
  private readonly page: URL | null;

  constructor(pageUrl: string) {
    this.page = parse(pageUrl);
    this.host = this.page ? stripWww(this.page.hostname) : null;
  }

  get known(): boolean {
    return this.host !== null;
  }

  /**
   * Same site: the same host, or one a subdomain of the other ("news.example.com", "example.com").
   * A public-suffix list would be exact, but costs the content script 120 KB; this errs towards keeping.
   */
  isSameSite(href: string | null): boolean {
    const url = this.resolve(href);
    if (!url || !this.host) return false;
    const host = stripWww(url.hostname);
    return host === this.host || host.endsWith(`.${this.host}`) || this.host.endsWith(`.${host}`);
  }

  /** Another page of the same site: not an anchor in this page. */
  isOtherPage(href: string | null): boolean {
    const url = this.resolve(href);
    return !!url && !!this.page && this.isSameSite(href) && url.href.replace(/#.*$/u, '') !== this.page.href.replace(/#.*$/u, '');
  }

  /**
   * The site's front page, resolved against the page's own address: `#setup` is this page, not the
   * front page, and neither is any link back to the page itself.
   */
  isHomepage(href: string | null): boolean {
    const url = this.resolve(href);
    if (!url || !this.page || !this.host) return false;
    if (url.href.replace(/#.*$/u, '') === this.page.href.replace(/#.*$/u, '')) return false;
    return stripWww(url.hostname) === this.host && (url.pathname === '/' || url.pathname === '') && !url.search;
  }

  private resolve(href: string | null): URL | null {
    if (!href || !this.page) return null;
    return parse(href, this.page.href);
  }
}

function parse(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function stripWww(host: string): string {
  return host.replace(/^www\./u, '');
}
