/**
 * Every clutter rule in one table. The declutter pass (pass.ts) only interprets these.
 *
 * Rules work from structure and language, never from one site's strings: a class-name token that
 * WordPress, BLOX or Drupal plugins share ("gform", "sharedaddy", "tnt-ads"), an element kind (a form
 * control), or the wording of a whole short block ("READ MORE: …", "Sign up for our newsletter").
 * Text rules match the *whole* text of a short block, so an article sentence that merely contains
 * "poll", "subscribers", "share" or "advertisement" never matches.
 */
import type { ClutterCategory } from '../types.js';

/** An element that matches a CSS selector is clutter wherever it sits. */
export interface SelectorRule {
  id: string;
  category: ClutterCategory;
  selector: string;
}

/** An element whose class or id carries one of these tokens is clutter. */
export interface ClassRule {
  id: string;
  category: ClutterCategory;
  /** Tested against `class` + `id`, split on spaces, `-` and `_`. */
  tokens: RegExp;
}

/** A short block whose whole text matches is clutter. */
export interface TextRule {
  id: string;
  category: ClutterCategory;
  pattern: RegExp;
  /** Longer blocks are article prose, whatever they say. */
  maxWords: number;
  /** Only when the block's text is mostly link text ("READ MORE: <headline>"). */
  linkDense?: boolean;
  /**
   * A matched heading takes the box around it (or, with no box, the link list right after it):
   * `links` only when the box is mostly links (related stories, contents), `small` when it is short.
   */
  takesBox?: 'links' | 'small';
}

// Case-insensitive, Unicode-aware; `^…$` anchor the rule to the block's whole text.
const i = (source: string): RegExp => new RegExp(source, 'iu');

/** Elements that are never article content, whatever their text. */
export const SELECTOR_RULES: SelectorRule[] = [
  // Form controls: Readability drops <form> but keeps stray labels, legends and buttons around it.
  { id: 'form-controls', category: 'form', selector: 'form, fieldset, input, select, textarea, button, label, legend' },
  // Google AdSense / GPT / generic ad slots by their data attributes.
  { id: 'ad-slots', category: 'ad', selector: 'ins.adsbygoogle, [id^="div-gpt-ad"], [data-ad-slot], [data-ad-client], [data-ad-unit], [data-google-query-id]' },
  // In-page navigation is not article text: tables of contents, breadcrumb and pagination navs.
  { id: 'nav', category: 'toc', selector: 'nav, [role="navigation"]' },
  // Other stories' cards inside the article: nested <article> elements and schema.org Article items
  // (teaser grids). The box limits keep the story itself, which holds most of the text.
  { id: 'story-cards', category: 'related', selector: 'article, [itemtype*="schema.org/Article" i], [itemtype*="schema.org/NewsArticle" i], [itemtype*="schema.org/BlogPosting" i]' },
  // ARIA-labelled complementary regions (sidebars, pull-out promos) inside the article container.
  { id: 'complementary', category: 'related', selector: '[role="complementary"], [role="dialog"], [aria-modal="true"]' },
];

/**
 * Class/id tokens that themes and plugins give their clutter widgets. The token must stand alone
 * between separators, so "ad" catches "td-ad" but not "head" or "shadow".
 */
export const CLASS_RULES: ClassRule[] = [
  // Gravity Forms, WPForms, Contact Form 7, Ninja Forms, Formidable.
  { id: 'form-plugins', category: 'form', tokens: i('(^|[\\s_-])(gform|gfield|wpforms|wpcf7|frm|formkit|seva)([\\s_-]|$)') },
  // Poll and quiz plugins (WP-Polls, Crowdsignal, Opinion Stage).
  { id: 'poll-widgets', category: 'poll', tokens: i('(^|[\\s_-])(polls?|crowdsignal|quiz|survey|opinionstage)([\\s_-]|$)') },
  // Newsletter and mailing-list widgets (Mailchimp, MC4WP, ConvertKit, Substack embeds).
  { id: 'newsletter-widgets', category: 'newsletter', tokens: i('(^|[\\s_-])(newsletters?|mc4wp|mailchimp|optin|subscribe|signup|inbox|email-capture|substack)([\\s_-]|$)') },
  // Membership, donation and paywall prompts.
  { id: 'support-widgets', category: 'subscription', tokens: i('(^|[\\s_-])(paywall|donate|donation|membership|support-local|piano|tp-container|regwall)([\\s_-]|$)') },
  // Share and follow rows (Jetpack sharedaddy, AddToAny, Heateor, Social Warfare, Shareaholic).
  { id: 'share-rows', category: 'share', tokens: i('(^|[\\s_-])(share|sharing|sharedaddy|sharethis|addtoany|a2a|heateor|swp|shareaholic|social|follow-us)([\\s_-]|$)') },
  // Related-post plugins and teaser grids (Jetpack, YARPP, Taboola, Outbrain).
  { id: 'related-widgets', category: 'related', tokens: i('(^|[\\s_-])(related|relatedposts|yarpp|crp|taboola|outbrain|recirc|recirculation|more-stories|more-from|read-more|read-next|next-article|also-read|trending|promoted|recommended|teaser|teasers|rail|promo)([\\s_-]|$)') },
  // Ad slots and their labels (AdSense, GPT/DFP, Ad Inserter, tagDiv adspots, BLOX tnt-ads, Ezoic).
  { id: 'ad-widgets', category: 'ad', tokens: i('(^|[\\s_-])(ad|ads|adsbygoogle|advert|advertisement|adspot|adslot|ad-slot|dfp|gpt|ezoic|sponsor|sponsored|dianomi)([\\s_-]|$)') },
  // Cookie and consent banners (Complianz, CookieYes, CookieLawInfo, OneTrust).
  { id: 'consent-banners', category: 'consent', tokens: i('(^|[\\s_-])(cookie|cookies|consent|gdpr|cmplz|cky|cli|onetrust)([\\s_-]|$)') },
  // Table-of-contents plugins (Easy TOC, LuckyWP, Rank Math).
  { id: 'toc-widgets', category: 'toc', tokens: i('(^|[\\s_-])(toc|ez-toc|lwptoc|table-of-contents)([\\s_-]|$)') },
  // Comment sections and prompts.
  { id: 'comment-sections', category: 'comments', tokens: i('(^|[\\s_-])(comments?|respond|disqus|commentlist)([\\s_-]|$)') },
  // Author boxes, affiliate disclosures and disclaimers.
  { id: 'boilerplate-boxes', category: 'boilerplate', tokens: i('(^|[\\s_-])(author-bio|author-box|about-author|authorbox|disclosure|disclaimer|byline-bio|post-tags|tags)([\\s_-]|$)') },
  // App-install and push-notification prompts.
  { id: 'app-prompts', category: 'app', tokens: i('(^|[\\s_-])(app-promo|app-banner|smartbanner|push-prompt|onesignal)([\\s_-]|$)') },
];

/** A written date, as datelines give it: "Nov. 19, 2019", "November 19", "19/11/2019", "Tue, Nov 19, 2019". */
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const ZONE = '(\\s*(utc|gmt|[a-z]{1,3}t))?';
const TIME = `\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?${ZONE}|\\d{1,2}\\s*[ap]\\.?m\\.?${ZONE}`;
/** "22 de janeiro de 2018", "3 de mayo de 2019", "12 mars 2019", "5. März 2019". */
const LONG_MONTH = '(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)';
const WEEKDAY = '((segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+';
const DATE = `((${WEEKDAY})?\\d{1,2}\\.?\\s+(de\\s+)?${LONG_MONTH}\\s+(de\\s+)?\\d{4}(\\s+(às|a las|à|um)\\s+\\d{1,2}[:.h]\\d{2})?|${DAY}(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?|\\d{1,2}\\s+${MONTH},?(\\s+\\d{4})?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})|${TIME}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*)`;

/** Separators that follow a label: "READ MORE:", "Related —", "ALSO READ »". */
const LABEL_END = '\\s*[:：\\-–—|»>]';

export const TEXT_RULES: TextRule[] = [
  // "READ MORE: <headline>", "ALSO READ: …", "RELATED: …", in English, Spanish, French and German.
  {
    id: 'read-more-line', category: 'related', maxWords: 35, linkDense: true,
    pattern: i(`^(read more|read next|read also|also read|more|related|see also|more on this|don'?t miss|watch|listen|recommended|trending|lee también|leer más|lea también|relacionad[oa]s?|te puede interesar|lire aussi|à lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|weiterlesen)${LABEL_END}`),
  },
  // Headings over related-stories boxes and link lists.
  {
    id: 'related-heading', category: 'related', maxWords: 8, takesBox: 'links',
    pattern: i(`^(related( to this story| stories| articles| posts| coverage| content| reading| news| links)?|more( great)? [\\p{L}\\p{N} .'’&-]{0,30}(stories|news|coverage|articles|reading|videos)|more:?|see also|also on [\\p{L} .'’&-]+|latest (news|stories|videos)|top stories|you may also like\\.{0,3}|more (from|on) [\\p{L}\\p{N} .'’&-]+|you (may|might) also like|recommended( for you| reading)?|trending( now)?|most (read|popular|viewed)( this week| today)?|popular (posts|stories)|don'?t miss|promoted stories|around the web|noticias relacionadas|te puede interesar|lo más leído|articles liés|sur le même sujet|les plus lus|das könnte sie auch interessieren|meistgelesen)$`),
  },
  // Ad labels left behind by ad slots.
  {
    id: 'ad-label', category: 'ad', maxWords: 8,
    pattern: i('^[-–—·\\s]*(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid content|(story|article) continues below( this)?( advertisement| ad)?|publicidad|anuncio|publicité|anzeige|werbung)[-–—·\\s]*$'),
  },
  // Form boilerplate: required-field legends and anti-spam honeypot text (Gravity Forms and others).
  {
    id: 'form-boilerplate', category: 'form', maxWords: 16,
    pattern: i('(indicates required fields?|\\bmarked with (an )?\\*|^\\*?\\s*required( fields?)?\\s*\\*?$|this field is for validation purposes|leave this field (blank|empty)|campos? obligatorios?|champs? obligatoires?|pflichtfelder?)'),
  },
  // Poll prompts: a question marked required ("…?*"), voting buttons, poll opt-in fine print.
  {
    id: 'poll-prompt', category: 'poll', maxWords: 30,
    pattern: i('(\\?\\s*\\*$|^(vote( now)?|cast your vote|view results|see results|loading\\s*(\\.\\.\\.|…)?|votar|voter|abstimmen)$|^this (poll|survey|quiz)\\b|\\b(poll|survey|encuesta|sondage|umfrage)\\b.*\\b(subscribes?|unsubscribe|newsletter|premium|e-?mail)\\b)'),
  },
  // Homepage and bookmark calls to action.
  {
    id: 'homepage-cta', category: 'cta', maxWords: 30,
    pattern: i('(\\b(go to|visit|save|bookmark|set|make)\\b.{0,40}\\b(home ?page|front page)\\b|\\bsave it as a bookmark\\b|\\b(start|home) screen\\b.*\\bdevice\\b)'),
  },
  // "TAP HERE", "CLICK HERE TO …" when the block is a link: a call to action, not an article's own instruction.
  {
    id: 'tap-here', category: 'cta', maxWords: 25, linkDense: true,
    pattern: i('^(tap|click) here\\b|\\bby clicking here\\b|^(haz clic aquí|cliquez ici|hier klicken)\\b'),
  },
  // Newsletter sign-up headings and blurbs.
  {
    id: 'newsletter-cta', category: 'newsletter', maxWords: 30, takesBox: 'small',
    pattern: i('(^(sign up|subscribe|get|join|like this\\?)\\b.{0,80}\\b(newsletter|inbox|e-?mail|briefing|headlines|digest)\\b|\\b(newsletter|inbox)\\b.{0,40}\\b(every|each|daily|weekly)\\b|^(free )?newsletters?$|unsubscribe at any time|^want more (stories|news|articles)( like this)?\\??$|\\bwe (send|will send) (you )?(an )?e-?mail\\b|we won[’\']?t send you spam|no spam,? ever|^(suscríbe(te)?|inscríbete|regístrate)\\b.*\\b(boletín|newsletter|correo)\\b|^(abonnez-vous|inscrivez-vous)\\b.*\\b(newsletter|lettre)\\b|\\bnewsletter\\b.*\\b(abonnieren|anmelden)\\b)'),
  },
  // Subscription, membership and donation asks.
  {
    id: 'support-ask', category: 'subscription', maxWords: 40, takesBox: 'small',
    pattern: i('(^support (local|independent|our|quality) journalism\\b|\\bsubscribe (today|now)\\b|\\bsee subscription options\\b|^already a (subscriber|member)\\b|\\b(make a donation|donate (now|today))\\b|\\bbecome a (member|supporter|patron|subscriber)\\b|^subscribe$|\\bsubscribe to our\\b|\\b\\d+ issues for\\b|\\bdelivered (to|through) your (door|letterbox|mailbox)\\b|^(sign in|log in|register)( to (continue|read|comment))?$|^(apoya|suscríbete a)\\b.*\\bperiodismo\\b|^soutenez\\b.*\\bjournalisme\\b|^unterstützen sie\\b.*\\bjournalismus\\b)'),
  },
  // App-install and push-notification prompts.
  {
    id: 'app-prompt', category: 'app', maxWords: 25,
    pattern: i('(\\b(download|get|install) (our|the)\\b.{0,40}\\bapp\\b|\\b(turn on|enable|allow) (push )?notifications\\b|descarga nuestra app|téléchargez notre application|laden sie unsere app)'),
  },
  // Share rows and their labels.
  {
    id: 'share-label', category: 'share', maxWords: 12,
    pattern: i('^(like this (story|article)\\? share it.*|share( this( article| story| post)?)?( on \\w+)?|spread the love|click to (share|email|print)\\b.*|tweet|email|print|copy (article )?link|follow us( on \\w+)?|compartir|partager|teilen)[:!.\\s]*$'),
  },
  // Comment prompts.
  {
    id: 'comment-prompt', category: 'comments', maxWords: 20,
    pattern: i('(^(leave a (comment|reply)|post (a )?comment( \\(\\+\\))?|\\d+ comments?|comments?|join the (conversation|discussion)|be the first to comment|view comments|show comments|tell us what you think\\.*)$|save my name, email,? and website|\\bcomments? (are|is) moderated\\b|\\bcoment[aá]rios?\\b.*\\b(moderador|aprovad[oa]s|moderados)\\b)'),
  },
  // Tables of contents by their heading.
  {
    id: 'toc-heading', category: 'toc', maxWords: 5, takesBox: 'links',
    pattern: i('^(table of contents|contents|in this (article|story)|jump to|índice|contenido|sommaire|inhaltsverzeichnis)$'),
  },
  // Disclosures, disclaimers, news-tip lines, copyright, author-bio headings.
  {
    id: 'boilerplate-line', category: 'boilerplate', maxWords: 45,
    pattern: i('(^(disclaimer|disclosure|editor[’\']?s note: this (post|article) contains|citation)\\s*:|^(tags?|topics?|filed under|etiquetas|temas|schlagwörter)\\s*[:/|]|\\bthe contents of this site are\\b|\\bthis (document|material|article) (is subject to copyright|may not be (published|reproduced))|©\\s?\\d{4}|\\b(this|the) (post|article|page) (may )?contains? affiliate links\\b|^have a (news )?tip\\b|^(copyright|©)|all rights reserved\\.?$)'),
  },
  // Datelines repeated inside the text: "Updated 1:39 am EST, Wednesday, November 20, 2019", "Published 1 day ago".
  {
    id: 'dateline', category: 'metadata', maxWords: 16,
    pattern: i(`^[|(\\s]*((first )?(published|updated|posted|last (updated|modified)|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert)\\s*(on|at|:)?\\s*)?(${DATE}|\\d+ (minutes?|hours?|days?|weeks?) ago)([\\s,|;·]+((published|updated|posted)\\s*(on|at|:)?\\s*)?(${DATE}|${TIME}))*[\\s|)]*$`),
  },
  // Photo, video and wire credits standing alone: "Photo: Damian Dovarganes, AP", "(Image: GETTY)",
  // "Sonu Mehta/Hindustan Times/Getty Images", "Reporting by …; editing by …".
  {
    id: 'credit-line', category: 'metadata', maxWords: 30,
    pattern: i('(^[(\\[]?(photo|image|picture|video|graphic|illustration|credit|source|foto|imagen)s?( credit)?\\s*[:©]|^[(\\[]?(©|\\(c\\))\\s*\\S|[/|]\\s*(getty images|ap|reuters|afp|epa|shutterstock|istock|bloomberg)[)\\]]?$|^(getty images|ap photo|reuters|afp|shutterstock|associated press)$|^[(\\[]?(reporting|writing|additional reporting|compiled|edited) by\\b.*\\b(editing|edited|writing|reporting) by\\b)'),
  },
  // Byline lines left in the text: "By Jane Doe", "View author archive". Case matters here ("By the
  // numbers" is a heading), so this pattern is written without the i flag.
  {
    id: 'byline-line', category: 'metadata', maxWords: 10,
    pattern: /^(([Ww]ritten |[Pp]osted |[Rr]eported )?(By|by|BY)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*[,|–—-]\s.*|\s+\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4})?|[Vv]iew author archive|[Mm]ore (articles|stories) by .*|[Ff]ollow (the )?author|(Por|por|Par|par|Von|von)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})$/u,
  },
  // Share rows written as text: "Whatsapp Facebook Pint Baixar", "Facebook Twitter Email".
  {
    id: 'share-row-text', category: 'share', maxWords: 10,
    pattern: i('^((whatsapp|facebook|twitter|x|pinterest|pint|linkedin|email|e-mail|reddit|telegram|messenger|print|copy link|share|tweet|baixar|flipboard|pocket|sms|compartir|partager|teilen)[\\s|·•,]*){2,}$'),
  },
  // Breadcrumb trails: "News » Local » Story", "Home > Politics > Elections".
  {
    id: 'breadcrumb', category: 'toc', maxWords: 20,
    pattern: /^[^»>›]{1,60}(\s[»>›]\s[^»>›]{1,60}){2,}$/u,
  },
  // Contact and contribution lines: "Reach the reporters on Twitter at …", "Write to Al Root at …",
  // "Follow Newsbeat on Instagram", "Jessica Napoli contributed to this report."
  {
    id: 'contact-credit', category: 'metadata', maxWords: 30,
    // Written without the i flag: the person followed must be a name ("Follow Newsbeat on …"), not
    // any phrase ("Follow the money on Wall Street").
    pattern: /(^([Rr]each|[Ww]rite to|[Cc]ontact|[Ee]-?mail|[Ff]ollow) (the (reporters?|authors?|writers?)|us|him|her|them|\p{Lu}[\p{L}.'’]*( \p{Lu}[\p{L}.'’]*){0,3}) (on|at|via) |\bcontributed (reporting )?to this (report|story|article)\.?$)/u,
  },
  // A contact line alone: an e-mail address or a social profile ("paul.takahashi@chron.com", "twitter.com/x").
  {
    id: 'contact-line', category: 'metadata', maxWords: 4,
    pattern: i('^(\\S+@\\S+\\.\\w+|(https?://)?(www\\.)?(twitter|x|facebook|instagram|linkedin)\\.com/\\S+|@\\w{2,30})$'),
  },
  // Gallery and player buttons, section labels, a bare address: "Image 1 of 23", "Close", "BREAKING NEWS".
  {
    id: 'interface-label', category: 'boilerplate', maxWords: 6,
    pattern: i('^((image|photo|slide|picture) \\d+ (of|/) ?/? ?\\d+|\\d+ ?/ ?\\d+|caption|close|expand|enlarge|next|previous|prev|back to top|skip ad|view gallery|open gallery|full screen|play video|watch video|listen to (this )?article|breaking news|latest news|this slideshow requires javascript\\.?|order reprints|print( this)? article|text size|learn more|read more|home|highlights|\\d[\\d.,]*\\s*(views?|reads?|letture|lecturas|vues|shares?)?|views?|letture)$'),
  },
  // Author-bio sentences: "Dallas Robinson is a freelance writer living in Minneapolis". Names need
  // capitals, so no i flag.
  {
    id: 'author-bio-line', category: 'boilerplate', maxWords: 60,
    pattern: /^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3} (is|was) (a|an) ([\p{L}-]+ ){0,4}(writer|reporter|journalist|editor|correspondent|columnist|contributor|freelancer|photographer|producer|blogger)\b/u,
  },
  // "About <Name>" headings over author boxes.
  {
    id: 'author-bio-heading', category: 'boilerplate', maxWords: 5, takesBox: 'small',
    pattern: /^([Aa]bout ([Tt]he [Aa]uthor|\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3})|[Ss]obre el autor|[ÀàAa] propos de l['’]auteur|[Üü]ber den [Aa]utor)$/u,
  },
  // Cookie banners that sit inside the article container.
  {
    id: 'cookie-notice', category: 'consent', maxWords: 60,
    pattern: i('(\\b(this (website|site) uses|we use) cookies\\b|\\baccept (all )?cookies\\b|\\busamos cookies\\b|\\butilise des cookies\\b|\\bverwendet cookies\\b)'),
  },
];

/**
 * Structural signals: clutter recognised by its shape rather than its words. Each is implemented by
 * the function of the same name in pass.ts; the figures are here.
 */
export const STRUCTURAL_RULES = {
  /** A short block that only links to the site's front page ("TAP HERE AND GO TO THE HOMEPAGE"). */
  homepageLink: { id: 'homepage-link', category: 'cta', maxWords: 30, minLinkDensity: 0.9 },
  /**
   * A list whose every item is a link to another page of the same site: related-story teasers. Also
   * the run of such one-link lines after a "You may also like" label.
   */
  teaserList: { id: 'teaser-list', category: 'related', minItems: 2, minItemLinkDensity: 0.8, maxLineWords: 25 },
  /** The byline, headline or page address repeated as a line of the text ("Tom Krisher, AP Auto Writer"). */
  metadataRepeat: { id: 'metadata-repeat', category: 'metadata', maxWords: 30 },
} as const satisfies Record<string, { id: string; category: ClutterCategory; [figure: string]: string | number }>;

/**
 * Captions and photo credits: kept in the article's HTML beside their images, left out of its plain
 * text, where an image's caption would stand alone without its image.
 */
export const CAPTION_CLASS = /(^|[\s_-])(caption|captions|credit|credits|wp-caption-text|photo-credit|image-credit|gallery-caption)([\s_-]|$)/iu;

/** Blocks whose whole text is tested against TEXT_RULES. */
export const TEXT_BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, div, section, aside, figcaption';
/**
 * Inline elements are tested only when they stand alone on their line (a <time> or <span> as the
 * only content of a block): "<em>Associated Press</em>" inside a sentence is prose.
 */
export const INLINE_BLOCK_SELECTOR = 'span, time, small, strong, em, b, a, cite';

/**
 * Safety limits that keep real paragraphs: a box rule never takes an element that holds a long
 * paragraph or a large share of the article.
 */
export const LIMITS = {
  /** A paragraph this long is prose, whatever box it sits in. */
  proseWords: 40,
  /** A box (class rule, heading capture) may hold at most this many words … */
  boxWords: 120,
  /** … and at most this share of the article's words. */
  boxShare: 0.25,
  /** A block is "link dense" when this share of its text is link text. */
  linkDensity: 0.5,
};
