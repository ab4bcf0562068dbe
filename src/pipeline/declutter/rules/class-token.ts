/**
 * Class-token rules: the class/id names that themes and plugins give their clutter widgets. Matching
 * is by whole names (see ClassTokenRule), and never inside the page's own content markup (../zones.ts).
 */
import type { ClassTokenRule } from './types.js';

export const CLASS_TOKEN_RULES: readonly ClassTokenRule[] = [
  // Gravity Forms, WPForms, Contact Form 7, Ninja Forms, Formidable.
  { id: 'form-plugins', category: 'form', tokens: ['gform', 'gfield', 'wpforms', 'wpcf7', 'frm', 'formkit', 'seva'] },
  // Poll and quiz plugins (WP-Polls, Crowdsignal, Opinion Stage).
  { id: 'poll-widgets', category: 'poll', tokens: ['poll', 'polls', 'crowdsignal', 'quiz', 'survey', 'opinionstage'] },
  // Newsletter and mailing-list widgets (Mailchimp, MC4WP, ConvertKit, Substack embeds).
  { id: 'newsletter-widgets', category: 'newsletter', tokens: ['newsletter', 'newsletters', 'mc4wp', 'mailchimp', 'optin', 'subscribe', 'signup', 'email-capture', 'substack'] },
  // Membership, donation and paywall prompts.
  { id: 'support-widgets', category: 'subscription', tokens: ['paywall', 'donate', 'donation', 'membership', 'support-local', 'piano', 'tp-container', 'regwall'] },
  // Share and follow rows (Jetpack sharedaddy, AddToAny, Heateor, Social Warfare, Shareaholic).
  { id: 'share-rows', category: 'share', tokens: ['share', 'sharing', 'sharedaddy', 'sharethis', 'addtoany', 'a2a', 'heateor', 'swp', 'shareaholic', 'social', 'follow-us'] },
  // Related-post plugins and teaser grids (Jetpack, YARPP, Taboola, Outbrain).
  { id: 'related-widgets', category: 'related', tokens: ['related', 'relatedposts', 'yarpp', 'crp', 'taboola', 'outbrain', 'recirc', 'recirculation', 'more-stories', 'more-from', 'read-more', 'read-next', 'next-article', 'also-read', 'trending', 'promoted', 'recommended', 'teaser', 'teasers', 'rail', 'promo'] },
  // Ad slots and their labels (AdSense, GPT/DFP, Ad Inserter, tagDiv adspots, BLOX tnt-ads, Ezoic).
  { id: 'ad-widgets', category: 'ad', tokens: ['ad', 'ads', 'adsbygoogle', 'advert', 'advertisement', 'adspot', 'adslot', 'ad-slot', 'dfp', 'gpt', 'ezoic', 'sponsor', 'sponsored', 'dianomi'] },
  // Cookie and consent banners (Complianz, CookieYes, CookieLawInfo, OneTrust).
  { id: 'consent-banners', category: 'consent', tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'cmplz', 'cky', 'cli', 'onetrust'] },
  // Table-of-contents plugins by their own names (Easy TOC, LuckyWP, Rank Math, Joli TOC): their boxes go
  // though their links are in-page. A page's own contents (Wikipedia's "toc", a docs nav) stay (../pass.ts).
  { id: 'toc-widgets', category: 'toc', tokens: ['ez-toc', 'lwptoc', 'rank-math-toc', 'joli-toc', 'wp-block-yoast-seo-table-of-contents'], contentsPlugin: true },
  // Comment sections and prompts.
  { id: 'comment-sections', category: 'comments', tokens: ['comments', 'comment', 'respond', 'disqus', 'commentlist'] },
  // Author boxes, affiliate disclosures and disclaimers.
  { id: 'boilerplate-boxes', category: 'boilerplate', tokens: ['author-bio', 'author-box', 'about-author', 'authorbox', 'disclosure', 'disclaimer', 'byline-bio', 'post-tags', 'tags'] },
  // App-install and push-notification prompts.
  { id: 'app-prompts', category: 'app', tokens: ['app-promo', 'app-banner', 'smartbanner', 'push-prompt', 'onesignal'] },
];

/**
 * Words a widget's class name may go on with after its token ("share-buttons", "ad-container",
 * "comments-area"). Anything else makes it a different thing: "toc-backref", "ads-subtitle".
 */
export const WIDGET_PARTS: ReadonlySet<string> = new Set([
  'area', 'banner', 'bar', 'block', 'box', 'btn', 'button', 'buttons', 'card', 'cards', 'col', 'column', 'container',
  'count', 'cta', 'embed', 'footer', 'form', 'grid', 'header', 'heading', 'holder', 'icon', 'icons', 'inner', 'kit', 'item', 'items', 'label', 'link', 'links',
  'list', 'module', 'outer', 'overlay', 'panel', 'placeholder', 'posts', 'row', 'section', 'signup', 'slot', 'stories', 'subscribe', 'title',
  'toolbar', 'tools', 'unit', 'widget', 'widgets', 'wrap', 'wrapper', 'zone', 'top', 'bottom', 'inline', 'desktop', 'mobile',
]);
