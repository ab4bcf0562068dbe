/**
 * Text rules: a short block whose whole folded text (../normalise.ts) is a widget's wording. They
 * match the *whole* text of a short block, so an article sentence that merely contains "poll",
 * "subscribers", "share" or "advertisement" never matches. Patterns are written folded: no accents,
 * straight quotes, ASCII hyphens (a test checks that folding a pattern leaves it unchanged).
 */
import { alternation } from '../lexicon/index.js';
import { DATE, TIME } from './dates.js';
import type { TextRule } from './types.js';

// Case-insensitive, Unicode-aware; `^…$` anchor the rule to the block's whole text.
const i = (source: string): RegExp => new RegExp(source, 'iu');

/** Separators that follow a label: "READ MORE:", "Related -", "ALSO READ »". */
const LABEL_END = '\\s*[:\\-|»>]';
/** "Published", "Updated on", "Mis à jour :" before a dateline's date or time. */
const DATELINE_PREFIX = '(first )?(published|updated|posted|last (updated|modified)|publicado|actualizado|publie|mis a jour|veroffentlicht|aktualisiert)\\s*(on|at|:)?';

export const TEXT_RULES: readonly TextRule[] = [
  // "READ MORE: <headline>", "ALSO READ: …", "RELATED: …", in English, Spanish, French and German.
  {
    id: 'read-more-line', category: 'related', maxWords: 35, linkDense: true,
    pattern: i(`^(read more|read next|read also|also read|more|related|see also|more on this|don't miss|watch|listen|recommended|trending|lee tambien|leer mas|lea tambien|relacionad[oa]s?|te puede interesar|lire aussi|a lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|weiterlesen)${LABEL_END}`),
  },
  // Headings and labels over related-stories boxes and link lists ("Related Searches", "Read more:").
  {
    id: 'related-heading', category: 'related', maxWords: 8, takesBox: 'links',
    pattern: i(`^(related( to this story| stories| articles| posts| coverage| content| reading| news| links| searches| topics| videos)?|(read more|read next|read also|also read|lee tambien|leer mas|lire aussi|lesen sie auch)\\s*:|more( great)? [\\p{L}\\p{N} .'&-]{0,30}(stories|news|coverage|articles|reading|videos)|more:?|see also|also on [\\p{L} .'&-]+|latest (news|stories|videos)|top stories|you may also like\\.{0,3}|more (from|on) [\\p{L}\\p{N} .'&-]+|you (may|might) also like|recommended( for you| reading)?|trending( now)?|most (read|popular|viewed)( this week| today)?|popular (posts|stories)|don't miss|promoted stories|around the web|noticias relacionadas|busquedas relacionadas|te puede interesar|lo mas leido|articles lies|sur le meme sujet|les plus lus|das konnte sie auch interessieren|meistgelesen)$`),
  },
  // Ad labels left behind by ad slots.
  {
    id: 'ad-label', category: 'ad', maxWords: 8,
    pattern: i('^[-·\\s]*(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid content|(story|article) continues below( this)?( advertisement| ad)?|publicidad|anuncio|publicite|anzeige|werbung)[-·\\s]*$'),
  },
  // "Promoted By <brand>", "Patrocinado por …": a sponsor label with its name (lexicon sponsorPrefixes).
  {
    id: 'sponsor-label', category: 'ad', maxWords: 8,
    pattern: i(`^(${alternation('sponsorPrefixes')})\\s*:?\\s+\\S.*$`),
  },
  // Whole-line widget labels from the lexicons: "Member-only story", "Top highlight", "Ver resultados".
  {
    id: 'widget-label', category: 'boilerplate', maxWords: 8,
    pattern: i(`^(${alternation('labels')})[.:!\\s]*$`),
  },
  // Reading-time counters: "8 min read", "5 minutos de lectura", "Lesezeit: 4 Min.".
  {
    id: 'read-time', category: 'metadata', maxWords: 6,
    pattern: i(`^[·|\\s]*(${alternation('readTime')})\\.?[·|\\s]*$`),
  },
  // Media-player controls left as text: "Play Mute Current Time 0:00 / Duration 2:31 Full screen".
  {
    id: 'player-controls', category: 'boilerplate', maxWords: 40,
    pattern: i(`^((${alternation('playerControls')}|\\d{1,2}:\\d{2}(:\\d{2})?|[-/:x.]|\\d+(\\.\\d+)?x|\\d+%)\\s*){2,}$`),
  },
  // Form boilerplate: required-field legends and anti-spam honeypot text (Gravity Forms and others).
  {
    id: 'form-boilerplate', category: 'form', maxWords: 16,
    pattern: i('(indicates required fields?|\\bmarked with (an )?\\*|^\\*?\\s*required( fields?)?\\s*\\*?$|this field is for validation purposes|leave this field (blank|empty)|campos? obligatorios?|champs? obligatoires?|pflichtfelder?)'),
  },
  // Poll prompts: a question marked required ("…?*"), voting and results buttons, poll opt-in fine print.
  // A results button takes the small poll box around it (its question and answers).
  {
    id: 'poll-prompt', category: 'poll', maxWords: 30, takesBox: 'small',
    pattern: i('(\\?\\s*\\*$|^(vote( now)?|cast your vote|(view|see|show) (the )?results( of (the|this) (poll|survey))?|loading\\s*(\\.\\.\\.)?|votar|vota|ver (los )?resultados( de la encuesta)?|voter|voir les resultats( du sondage)?|abstimmen|ergebnisse (anzeigen|ansehen))$|^this (poll|survey|quiz)\\b|\\b(poll|survey|encuesta|sondage|umfrage)\\b.*\\b(subscribes?|unsubscribe|newsletter|premium|e-?mail)\\b)'),
  },
  // Homepage and bookmark calls to action ("Click here to return to the front page"), with their small box.
  {
    id: 'homepage-cta', category: 'cta', maxWords: 30, takesBox: 'small',
    pattern: i('(\\b(go to|visit|save|bookmark|set|make|return to|back to)\\b.{0,40}\\b(home ?page|front page)\\b|\\bsave it as a bookmark\\b|\\b(start|home) screen\\b.*\\bdevice\\b|\\b(volver|vuelve|regresar) a la portada\\b|\\bretour a la une\\b|\\bzur startseite\\b)'),
  },
  // "TAP HERE", "CLICK HERE TO …" when the block is a link: a call to action, not an article's own instruction.
  {
    id: 'tap-here', category: 'cta', maxWords: 25, linkDense: true,
    pattern: i('^(tap|click) here\\b|\\bby clicking here\\b|^(haz clic aqui|pulsa aqui|cliquez ici|hier klicken)\\b'),
  },
  // Newsletter sign-up headings and blurbs.
  {
    id: 'newsletter-cta', category: 'newsletter', maxWords: 30, takesBox: 'small',
    pattern: i("(^(sign up|subscribe|get|join|like this\\?)\\b.{0,80}\\b(newsletter|inbox|e-?mail|briefing|headlines|digest)\\b|\\b(newsletter|inbox)\\b.{0,40}\\b(every|each|daily|weekly)\\b|^(free )?newsletters?$|unsubscribe at any time|^want more (stories|news|articles)( like this)?\\??$|\\bwe (send|will send) (you )?(an )?e-?mail\\b|we won'?t send you spam|no spam,? ever|^(suscribe(te)?|inscribete|registrate)\\b.*\\b(boletin|newsletter|correo)\\b|^(abonnez-vous|inscrivez-vous)\\b.*\\b(newsletter|lettre)\\b|\\bnewsletter\\b.*\\b(abonnieren|anmelden)\\b)"),
  },
  // Subscription, membership and donation asks.
  {
    id: 'support-ask', category: 'subscription', maxWords: 40, takesBox: 'small',
    pattern: i('(^support (local|independent|our|quality) journalism\\b|\\bsubscribe (today|now)\\b|\\bsee subscription options\\b|^already a (subscriber|member)\\b|\\b(make a donation|donate (now|today))\\b|\\bbecome a (member|supporter|patron|subscriber)\\b|^subscribe$|\\bsubscribe to our\\b|\\b\\d+ issues for\\b|\\bdelivered (to|through) your (door|letterbox|mailbox)\\b|^(sign in|log in|register)( to (continue|read|comment))?$|^(apoya|suscribete a)\\b.*\\bperiodismo\\b|^soutenez\\b.*\\bjournalisme\\b|^unterstutzen sie\\b.*\\bjournalismus\\b)'),
  },
  // App-install and push-notification prompts.
  {
    id: 'app-prompt', category: 'app', maxWords: 25,
    pattern: i('(^(download|get|install) (our|the)\\b.{0,40}\\bapp\\b|\\b(turn on|enable|allow) (push )?notifications\\b|descarga nuestra app|telechargez notre application|laden sie unsere app)'),
  },
  // Share rows and their labels.
  {
    id: 'share-label', category: 'share', maxWords: 12,
    pattern: i('^(like this (story|article)\\? share it.*|share( this( article| story| post)?)?( on \\w+)?|spread the love|click to (share|email|print)\\b.*|tweet|email|print|copy (article )?link|follow us( on \\w+)?|compartir|partager|teilen)[:!.\\s]*$'),
  },
  // Comment prompts and counters: "Leave a comment", "Comments (12 posted)", "12 comentarios".
  {
    id: 'comment-prompt', category: 'comments', maxWords: 20,
    pattern: i('(^(leave a (comment|reply)|post (a )?comment( \\(\\+\\))?|\\d+ (comments?|comentarios?|commentaires?|kommentare?)|(comments?|comentarios?|commentaires?|kommentare?)( ?[(\\[]\\d+( posted)?[)\\]])?|join the (conversation|discussion)|be the first to comment|view comments|show comments|tell us what you think\\.*)$|save my name, email,? and website|\\bcomments? (are|is) moderated\\b|\\bcomentarios?\\b.*\\b(moderador|aprovad[oa]s|moderados)\\b)'),
  },
  // Disclosures, disclaimers, news-tip lines, copyright notices (with their year: "© AP" is a photo's
  // credit, see credit-line), tag lines.
  {
    id: 'boilerplate-line', category: 'boilerplate', maxWords: 45,
    pattern: i("(^(disclaimer|disclosure|editor's note: this (post|article) contains|citation)\\s*:|^(tags?|topics?|filed under|etiquetas|temas|schlagworter)\\s*[:/|]|\\bthe contents of this site are\\b|\\bthis (document|material|article) (is subject to copyright|may not be (published|reproduced))|\\b(this|the) (post|article|page) (may )?contains? affiliate links\\b|^have a (news )?tip\\b|^(copyright|©)\\s*(\\(c\\)\\s*)?\\d{4}|all rights reserved\\.?$)"),
  },
  // Datelines repeated inside the text: "Updated 1:39 am EST, Wednesday, November 20, 2019", "Published 1 day ago".
  // A time alone ("4:14 p.m.") is a live report's entry stamp: only with a date or a "Published" it is a dateline.
  {
    id: 'dateline', category: 'metadata', maxWords: 16,
    pattern: i(`^[|(\\s]*((${DATELINE_PREFIX}\\s*)?(${DATE}|\\d+ (minutes?|hours?|days?|weeks?) ago)|${DATELINE_PREFIX}\\s*(${TIME})|(${TIME})[\\s,|;·]+(${DATE}))([\\s,|;·]+((published|updated|posted)\\s*(on|at|:)?\\s*)?(${DATE}|${TIME}))*[\\s|)]*$`),
  },
  // Photo, video and wire credits standing alone: "Photo: Damian Dovarganes, AP", "(Image: GETTY)",
  // "Sonu Mehta/Hindustan Times/Getty Images", "Reporting by …; editing by …". A credit after a
  // sentence is a caption's end, and the caption stays.
  {
    id: 'credit-line', category: 'metadata', maxWords: 30,
    pattern: i('(^[(\\[]?(photo|image|picture|video|graphic|illustration|credit|source|foto|imagen)s?( credit)?\\s*[:©]|^[(\\[]?(©|\\(c\\))\\s*\\S|^(getty images|ap photo|reuters|afp|shutterstock|associated press)$|^[(\\[]?(reporting|writing|additional reporting|compiled|edited) by\\b.*\\b(editing|edited|writing|reporting) by\\b)'),
    notWithImage: true,
  },
  // A photographer's name and agency: "Sonu Mehta/Hindustan Times/Getty Images". Only names before
  // the agency (capitalised words, no sentence): "Crews lift the span on Monday / AP" is a caption.
  // Written without the i flag: the names need their capitals.
  {
    id: 'agency-credit', category: 'metadata', maxWords: 14, notWithImage: true,
    pattern: /^[(\[]?(\p{Lu}[\p{L}.'-]*\s?){1,4}(\s?\/\s?(\p{Lu}[\p{L}.'-]*\s?){1,4}){0,2}\s?[/|]\s?(Getty Images|AP( Photo)?|Reuters|AFP|EPA|Shutterstock|iStock|Bloomberg)[)\]]?$/u,
  },
  // Byline lines left in the text: "By Jane Doe", "View author archive". Case matters here ("By the
  // numbers" is a heading), so this pattern is written without the i flag.
  {
    id: 'byline-line', category: 'metadata', maxWords: 10,
    pattern: /^(([Ww]ritten |[Pp]osted |[Rr]eported )?(By|by|BY)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*[,|-]\s.*|\s+\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4})?|[Vv]iew author archive|[Mm]ore (articles|stories) by .*|[Ff]ollow (the )?author|(Por|por|Par|par|Von|von)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})$/u,
  },
  // Share rows written as text: "Whatsapp Facebook Pint Baixar", "Facebook Twitter Email".
  {
    id: 'share-row-text', category: 'share', maxWords: 10,
    pattern: i('^((whatsapp|facebook|twitter|x|pinterest|pint|linkedin|email|e-mail|reddit|telegram|messenger|print|copy link|share|tweet|baixar|flipboard|pocket|sms|compartir|partager|teilen)[\\s|·•,]*){2,}$'),
  },
  // Breadcrumb trails: "News » Local » Story", "Home > Politics > Elections", "Inicio / Deportes / Fútbol".
  {
    id: 'breadcrumb', category: 'toc', maxWords: 20,
    pattern: i(`^([^»>›]{1,60}(\\s[»>›]\\s[^»>›]{1,60}){2,}|(${alternation('homeCrumbs')})(\\s*[/»>›|]\\s*[^/»>›|]{1,40}){1,5})$`),
  },
  // Contact and contribution lines: "Reach the reporters on Twitter at …", "Write to Al Root at …",
  // "Follow Newsbeat on Instagram", "Jessica Napoli contributed to this report."
  {
    id: 'contact-credit', category: 'metadata', maxWords: 30,
    // Written without the i flag: the person followed must be a name ("Follow Newsbeat on …"), not
    // any phrase ("Follow the money on Wall Street").
    pattern: /(^([Rr]each|[Ww]rite to|[Cc]ontact|[Ee]-?mail|[Ff]ollow) (the (reporters?|authors?|writers?)|us|him|her|them|\p{Lu}[\p{L}.']*( \p{Lu}[\p{L}.']*){0,3}) (on|at|via) |\bcontributed (reporting )?to this (report|story|article)\.?$)/u,
  },
  // A contact line alone: an e-mail address or a social profile ("paul.takahashi@chron.com", "twitter.com/x").
  {
    id: 'contact-line', category: 'metadata', maxWords: 4,
    pattern: i('^(\\S+@\\S+\\.\\w+|(https?://)?(www\\.)?(twitter|x|facebook|instagram|linkedin)\\.com/\\S+|@\\w{2,30})$'),
  },
  // Gallery and player buttons, section labels, a view count: "Image 1 of 23", "Close", "BREAKING NEWS",
  // "1,204 views". A bare number is a score or a figure, and stays.
  {
    id: 'interface-label', category: 'boilerplate', maxWords: 6,
    pattern: i('^((image|photo|slide|picture) \\d+ (of|/) ?/? ?\\d+|\\d+ ?/ ?\\d+|caption|close|expand|enlarge|next|previous|prev|back to top|skip ad|view gallery|open gallery|full screen|play video|watch video|listen to (this )?article|breaking news|latest news|this slideshow requires javascript\\.?|order reprints|print( this)? article|text size|learn more|read more|home|highlights|\\d[\\d.,]*\\s*(views?|reads?|letture|lecturas|vues|shares?)|views?|letture)$'),
  },
  // Author-bio sentences: "Dallas Robinson is a freelance writer living in Minneapolis". Names need
  // capitals, so no i flag.
  {
    id: 'author-bio-line', category: 'boilerplate', maxWords: 60,
    pattern: /^\p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){0,3} (is|was) (a|an) ([\p{L}-]+ ){0,4}(writer|reporter|journalist|editor|correspondent|columnist|contributor|freelancer|photographer|producer|blogger)\b/u,
  },
  // "About <Name>" headings over author boxes.
  {
    id: 'author-bio-heading', category: 'boilerplate', maxWords: 5, takesBox: 'small',
    pattern: /^([Aa]bout ([Tt]he [Aa]uthor|\p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){0,3})|[Ss]obre el autor|[Aa] propos de l'auteur|[Uu]ber den [Aa]utor)$/u,
  },
  // Cookie banners that sit inside the article container.
  {
    id: 'cookie-notice', category: 'consent', maxWords: 60,
    pattern: i('(\\b(this (website|site) uses|we use) cookies\\b|\\baccept (all )?cookies\\b|\\busamos cookies\\b|\\butilise des cookies\\b|\\bverwendet cookies\\b)'),
  },
];
