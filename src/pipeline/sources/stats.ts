/** The summary figures of a report. */
import { SOURCE_KINDS, type Link, type Source, type SourceKind, type SourcesStats } from './types.js';

export function statsOf(sources: Source[], unattributed: number, links: Link[]): SourcesStats {
  const quotes = sources.flatMap((s) => s.quotes);
  const anonymousQuotes = sources.filter((s) => s.anonymous).flatMap((s) => s.quotes).length;
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, sources.filter((s) => s.kind === k).length])) as Record<SourceKind, number>;
  const outbound = new Map<string, number>();
  for (const link of links) if (!link.sameSite) outbound.set(link.domain, (outbound.get(link.domain) ?? 0) + 1);
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
  return {
    sources: sources.length,
    named: sources.filter((s) => !s.anonymous).length,
    anonymous: sources.filter((s) => s.anonymous).length,
    byKind,
    quotes: quotes.length,
    direct: quotes.filter((q) => q.type === 'direct').length,
    indirect: quotes.filter((q) => q.type === 'indirect').length,
    mixed: quotes.filter((q) => q.type === 'mixed').length,
    attributedShare: share(quotes.length, quotes.length + unattributed),
    anonymousQuoteShare: share(anonymousQuotes, quotes.length),
    outboundDomains: [...outbound].map(([domain, count]) => ({ domain, count })).sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain)),
    sameSiteLinks: links.filter((l) => l.sameSite).length,
    externalLinks: links.filter((l) => !l.sameSite).length,
  };
}
