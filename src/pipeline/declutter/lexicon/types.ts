/**
 * The words the clutter signals read, per language. Every entry is written folded (../normalise.ts:
 * lower case, no accents, straight apostrophes), as the text it is compared with.
 */
export interface DeclutterLexicon {
  /** Verbs that open a call to action: "Share …", "Follow us", "Únete …". */
  imperatives: readonly string[];
  /**
   * Words that make an imperative line a promotion of the site or one of its channels, not an
   * instruction of the story: "us", "our", "newsletter", "WhatsApp", "this article", "here".
   */
  promotion: readonly string[];
  /** Whole-line labels of widgets and page furniture: "Member-only story", "Top highlight". */
  labels: readonly string[];
  /** A label followed by a name: "Promoted by <brand>", "Sponsored by <brand>". */
  sponsorPrefixes: readonly string[];
  /** Reading-time counters, with `#` for the number: "# min read". */
  readTime: readonly string[];
  /** Media-player controls and states: "Play", "Mute", "Full screen". */
  playerControls: readonly string[];
  /** The first crumb of a breadcrumb trail: "Home". */
  homeCrumbs: readonly string[];
  /**
   * Words a label never ends with: conjunctions, prepositions, articles, subordinators. A short line
   * ending with one is the start of a sentence cut off by markup ("When" before a formula), not an eyebrow.
   */
  fragmentEnds: readonly string[];
}
