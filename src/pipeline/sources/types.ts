/** The schema of ../shared/design/sources.md. Offsets are character offsets into CleanArticle.text. */
export type SourceKind =
  | 'person'            // named individual
  | 'organization'      // named body, or an office named by its title
  | 'anonymous_person'  // one unnamed individual: "a senior U.S. official"
  | 'anonymous_group'   // unnamed people: "analysts", "people familiar with the talks"
  | 'document'          // law, order, resolution, filing cited in its own right
  | 'data_report'       // study, survey, data set, report
  | 'media';            // outlet whose reporting is cited

export const SOURCE_KINDS: readonly SourceKind[] = [
  'person', 'organization', 'anonymous_person', 'anonymous_group', 'document', 'data_report', 'media',
];

export type QuoteType = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  text: string;
  type: QuoteType;
  cue: string | null;
  via: string | null;
  start: number;
  end: number;
}

/** How a source with nothing quoted is cited, as a code (the popup words it from _locales). */
export type NoQuoteReason = 'declined' | 'basis' | 'cited';

export interface Source {
  id: string;
  name: string;
  aliases: string[];
  kind: SourceKind;
  anonymous: boolean;
  role: string | null;
  cues: string[];
  quotes: Quote[];
  /** With no quotes: it declined to comment, it is the basis of an act ("under Executive Order …"), or it is cited. */
  noQuote: NoQuoteReason | null;
  position: number;
}

export type LinkType = 'internal' | 'external' | 'document' | 'social';

export interface Link {
  url: string;
  domain: string;
  anchorText: string;
  sameSite: boolean;
  linkType: LinkType;
  position: number;
  sourceId: string | null;
}

export interface SourcesStats {
  sources: number;
  named: number;
  anonymous: number;
  byKind: Record<SourceKind, number>;
  quotes: number;
  direct: number;
  indirect: number;
  mixed: number;
  attributedShare: number;
  anonymousQuoteShare: number;
  outboundDomains: { domain: string; count: number }[];
  sameSiteLinks: number;
  externalLinks: number;
}

export interface SourcesReport {
  sources: Source[];
  unattributedQuotes: { text: string; start: number }[];
  links: Link[];
  stats: SourcesStats;
  /** The text ran past the word budget: sources are those of its first `wordsAnalysed` words. */
  truncated: boolean;
  /** Words of the text that were analysed (all of them unless `truncated`). */
  wordsAnalysed: number;
}

export interface SourcesInput {
  /** The article as plain text (CleanArticle.text). */
  text: string;
  /** The article's sanitized HTML, for links. */
  html?: string;
  /** The page's address: decides same-site links and resolves relative ones. */
  url?: string;
  /** Language of the article; picks the cue lexicon ("en" when absent or unknown). */
  lang?: string | null;
  /** Words analysed at most (SOURCES_WORD_BUDGET by default): past it the report says `truncated`. */
  maxWords?: number;
}
