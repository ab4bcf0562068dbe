/** Match patterns for a site as readers name it: the host and its "www." twin, over http and https. */
export function sitePatterns(site: string): string[] {
  const host = site.replace(/:\d+$/u, '');
  // An IP address or a single-label host ("localhost") has no "www." twin.
  const bare = /^[\d.]+$/u.test(host) || !host.includes('.') || host.includes(':');
  return bare ? [`*://${host}/*`] : [`*://${host}/*`, `*://www.${host}/*`];
}

const PATTERN = /^(\*|https?):\/\/([^/]+)(\/.*)$/u;

/** Whether match pattern `outer` matches every address `inner` matches (all hosts cover one, "*.a.example" covers "www.a.example"). */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer === '<all_urls>' || outer === inner) return true;
  const o = PATTERN.exec(outer);
  const i = PATTERN.exec(inner);
  if (!o || !i) return false;
  const [, outerScheme = '', outerHost = '', outerPath = ''] = o;
  const [, innerScheme = '', innerHost = '', innerPath = ''] = i;
  const scheme = outerScheme === innerScheme || (outerScheme === '*' && innerScheme !== '*');
  const host = outerHost === '*' || outerHost === innerHost || (outerHost.startsWith('*.') && `.${innerHost}`.endsWith(outerHost.slice(1)));
  const path = outerPath === '/*' || outerPath === innerPath;
  return scheme && host && path;
}
