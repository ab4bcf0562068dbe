import type { SourcesReport } from './sources/types.js';

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
  | 'boilerplate';  // author bios, disclosures, disclaimers, copyright, news-tip lines, gallery buttons

export interface RemovedBlock {
  category: ClutterCategory;
  /** Which rule fired, for debugging. */
  rule: string;
  text: string;
}

export interface CleanArticle {
  isArticle: boolean;
  /** Plain-language reason when isArticle is false. */
  reason?: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** The article as plain text, paragraphs separated by blank lines. */
  text: string;
  /** Sanitized article HTML. */
  html: string;
  wordCount: number;
  readingMinutes: number;
  removed: RemovedBlock[];
  sources: SourcesReport;
}

/** The article without its sources: what the content script sends to the popup. */
export type ExtractedArticle = Omit<CleanArticle, 'sources'>;

export interface CleanOptions {
  /** The page's address; relative links resolve against it. */
  url: string;
  /** Pages with more elements than this are declined as too large rather than freezing the tab. */
  maxElements?: number;
}
