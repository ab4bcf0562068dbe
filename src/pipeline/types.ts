
/** Why a block was taken out of the article. Shown to readers grouped by category. */
export type ClutterCategory =
  | 'form'          // form widgets and their boilerplate (required-field legends, honeypots)
  | 'poll'          // poll questions, answers, opt-in fine print
  | 'cta'           // homepage / bookmark / "tap here" calls to action
  | 'related'       // "READ MORE:", "Related:", "You may also like", teaser grids
  | 'newsletter'    // newsletter sign-up boxes
  | 'subscription'  // subscribe / membership / paywall teasers / donation asks
  | 'app'           // app-install and push-notification prompts
  | 'share'         // share and follow rows
  | 'comments'      // comment prompts and sections
  | 'ad'            // ad slots and their labels
  | 'consent'       // cookie and consent banners
  | 'toc'           // tables of contents
  | 'metadata'      // datelines, bylines, photo and wire credits repeated inside the text
  | 'boilerplate'   // author bios, disclosures, disclaimers, copyright, news-tip lines, gallery buttons
  | 'hidden'        // blocks the reader chose to hide on this site (a stored hide rule)
  | 'learned';      // short blocks seen in three or more articles of the site (site memory)

export interface RemovedBlock {
  category: ClutterCategory;
  /** Which rule fired, for debugging. */
  rule: string;
  text: string;
  /** The block's structural signature (see site-blocks.ts), so "always put back" can match it on later pages. */
  shape?: string;
}

/**
 * A reader's rule for one site: a block's normalised text when it is a fixed phrase, else its
 * structural signature (tag path and class tokens within the article). Never a page's address.
 */
export type SiteRule = { phrase: string } | { shape: string };

/** The rules stored for one site: blocks always kept (wins over built-in rules) and blocks always hidden. */
export interface SiteRules {
  keep: SiteRule[];
  hide: SiteRule[];
}

/** What site memory and "hide this" need of an article: hashes and class-token paths, never its text. */
export interface ArticleFingerprints {
  /** Registrable domain of the page ("example.co.uk"), or null when the address has none. */
  site: string | null;
  /** Hash of the page's address without query or fragment: one article counts once. */
  page: number;
  /** Hashes of the normalised text of the article's short, non-prose blocks. */
  blocks: number[];
  /** Hash of a block's normalised text → its structural signature, for blocks whose path has class tokens. */
  shapes: Record<number, string>;
}

/** Site memory as the pipeline reads it (site-memory.ts implements it). */
export interface SiteMemoryLookup {
  /** Has this block's fingerprint been seen in enough different articles of the site to be its boilerplate? */
  isBoilerplate(site: string, print: number): boolean;
}

/**
 * Why the pipeline declined a page, as data: a code and the figures behind it. The pipeline writes no
 * sentence; the extension turns a code into words from _locales (ui/reasons.ts), the CLI prints it as is.
 * To add a kind: a key here with its figures, a line in ui/reasons.ts and its sentence in every _locales file.
 */
export interface DeclineFigures {
  /** The Document has no window (a document built with no browsing context). */
  'no-window': Record<string, never>;
  /** No body and no root element. */
  'empty': Record<string, never>;
  /** More elements than the budget allows. */
  'too-many-elements': { elements: number; limit: number };
  /** Nested deeper than the budget allows. */
  'too-deep': { limit: number };
  /** Readability's walk ran past its step or time budget (extract/parse-budget.ts). */
  'too-slow': Record<string, never>;
  /** Readability found no main block. */
  'no-content': Record<string, never>;
  /** Less running text than an article has (characters). */
  'too-little-text': { chars: number; min: number };
  /** More teaser cards (linked headline + short teaser) than running paragraphs: a front page (extract/prose.ts). */
  'front-page': { teaserCards: number; proseParagraphs: number };
  /** Most of the text sits in links: a front page or an index. `linkDensity` and `max` are fractions (0–1). */
  'mostly-links': { linkDensity: number; max: number };
  /** A list of links with fewer running paragraphs than an article, and no article markup. */
  'link-list': { linkDensity: number; proseParagraphs: number; minProseParagraphs: number };
}

export type DeclineCode = keyof DeclineFigures;

/** One decline: `{ code, figures }`, with the figures that code carries. */
export type DeclineReason = { [C in DeclineCode]: { code: C; figures: DeclineFigures[C] } }[DeclineCode];

/**
 * The extracted, decluttered article (cleanDocument's CleanArticle, in pipeline.ts, adds its sources).
 * Only `html` is markup (sanitized by DOMPurify, stable when sanitized again);
 * every other string — `title`, `byline`, `siteName`, `excerpt`, `text`, removed blocks'
 * `text` — is plain text taken from the page, which may contain
 * `<`, `&` or whole tags as characters: set it with `textContent`, or escape it before it goes into HTML.
 */
export interface ExtractedArticle {
  isArticle: boolean;
  /** Why the page was declined, when isArticle is false: a code and figures, no words. */
  reason?: DeclineReason;
  /** Text from the page: escape before putting it into HTML. */
  title: string;
  /** Text from the page: escape before putting it into HTML. */
  byline: string | null;
  /** Text from the page: escape before putting it into HTML. */
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Text from the page: escape before putting it into HTML. */
  excerpt: string | null;
  /** The article as plain text, paragraphs separated by blank lines. Text: escape before putting it into HTML. */
  text: string;
  /**
   * The article as sanitized HTML (DOMPurify: no scripts, handlers, styles, forms, frames, SVG/MathML,
   * ids or names; links only http(s)/mailto/tel/#). The one field that may be inserted as markup.
   */
  html: string;
  wordCount: number;
  readingMinutes: number;
  removed: RemovedBlock[];
  /** Present for articles: what site memory observes and "hide this" looks up. */
  fingerprints?: ArticleFingerprints;
}

export interface CleanOptions {
  /** The page's address; relative links resolve against it. */
  url: string;
  /** Pages with more elements than this are declined as too large rather than freezing the tab. */
  maxElements?: number;
  /** Learned boilerplate to remove (createSiteMemory); read only here, the caller decides when to observe. */
  siteMemory?: SiteMemoryLookup;
  /** The reader's keep and hide rules for this page's site. */
  siteRules?: SiteRules;
  /** Clutter rule ids to switch off for this run (declutter/rules/index.ts lists them): the rule-mutation check. */
  disabledRules?: readonly string[];
  /** The window to sanitize in when the document has none of its own (one made by DOMParser). */
  window?: Window;
  /**
   * The page's site (registrable domain, util/registrable-site.ts) that site memory files the article
   * under; without it the article has no site. cleanDocument works it out from `url`.
   */
  site?: string | null;
}
