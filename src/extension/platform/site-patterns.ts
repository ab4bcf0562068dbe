/** Match patterns for a site as readers name it: the host and its "www." twin, over http and https. */
export function sitePatterns(site: string): string[] {
  const host = site.replace(/:\d+$/u, '');
  // An IP address or a single-label host ("localhost") has no "www." twin.
  const bare = /^[\d.]+$/u.test(host) || !host.includes('.') || host.includes(':');
  return bare ? [`*://${host}/*`] : [`*://${host}/*`, `*://www.${host}/*`];
}
