import { SOURCE_KINDS, type SourceKind, type SourcesInput, type SourcesReport } from './types.js';

export function emptyReport(): SourcesReport {
  return {
    sources: [], unattributedQuotes: [], links: [],
    stats: {
      sources: 0, named: 0, anonymous: 0,
      byKind: Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>,
      quotes: 0, direct: 0, indirect: 0, mixed: 0, attributedShare: 0, anonymousQuoteShare: 0,
      outboundDomains: [], sameSiteLinks: 0, externalLinks: 0,
    },
  };
}

export function findSources(_input: SourcesInput): SourcesReport {
  return emptyReport();
}
