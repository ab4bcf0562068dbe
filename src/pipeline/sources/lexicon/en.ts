/** English attribution words, from news copy. */
import type { Lexicon } from './types.js';
import { capitalisedDateNames } from './date-names.js';

const verbs = (...stems: string[][]): string[] => stems.flat();

export const en: Lexicon = {
  lang: 'en',
  cueVerbs: verbs(
    ['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'noted', 'notes'],
    ['argued', 'argues', 'insisted', 'insists', 'insist', 'warned', 'warns', 'warn', 'predicted', 'predicts', 'predict'],
    ['estimated', 'estimates', 'estimate', 'claimed', 'claims', 'claim', 'denied', 'denies', 'deny', 'accused', 'accuses'],
    ['confirmed', 'confirms', 'confirm', 'announced', 'announces', 'reported', 'reports', 'report', 'wrote', 'writes'],
    ['posted', 'posts', 'acknowledged', 'acknowledges', 'explained', 'explains', 'highlighted', 'highlights', 'emphasized', 'emphasizes'],
    ['stressed', 'stresses', 'cautioned', 'cautions', 'indicated', 'indicates', 'indicate', 'showed', 'shows', 'show', 'found', 'finds'],
    ['concluded', 'concludes', 'conclude', 'ruled', 'rules', 'testified', 'testifies', 'asserted', 'asserts', 'contended', 'contends'],
    ['maintained', 'maintains', 'maintain', 'observed', 'observes', 'remarked', 'replied', 'replies', 'responded', 'countered'],
    ['conceded', 'concedes', 'admitted', 'admits', 'tweeted', 'classified', 'described', 'describes'],
    ['projected', 'projects', 'forecast', 'forecasts', 'suggested', 'suggests', 'suggest'],
    ['pointed out', 'went on to say', 'recalled', 'recalls', 'complained', 'complains', 'vowed', 'vows', 'promised', 'pledged'],
    ['urged', 'urges', 'questioned', 'disputed', 'agreed', 'agrees', 'objected', 'alleged', 'alleges', 'allege', 'charged', 'declared', 'declares'],
    ['texted', 'emailed', 'shared', 'revealed', 'reveals', 'signaled', 'signalled'],
    // "Senior author Dr. Silvia Martins commented: “…”", "“…,” he continued", "she asked: “…”"
    ['commented', 'continued', 'asked', 'reiterated', 'recounted', 'joked', 'quipped', 'lamented', 'boasted'],
  ),
  evidenceVerbs: ['indicated', 'indicates', 'indicate', 'showed', 'shows', 'show', 'found', 'finds', 'concluded', 'concludes', 'conclude', 'suggested', 'suggests', 'suggest'],
  contentLead: /^(((on|last|this|early|late|earlier|later)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|yesterday|today)|(on|in|at|during)\s+(a|an|the|his|her|their|its)\s+[\p{L} -]{2,40}?)\s+(?=that\s)/iu,
  cuePrepositions: ['according to', 'as reported by', 'citing'],
  cueNouns: ['assertion', 'statement', 'claim', 'stance', 'view', 'position', 'warning', 'argument', 'remarks', 'words', 'response', 'message', 'verdict', 'message', 'promise', 'pledge', 'answer', 'reply', 'contention', 'prediction', 'estimate', 'assessment'],
  noComment: /\b(declined to comment|declined to be interviewed|declined to elaborate|did not (immediately )?respond to (a |several )?requests? for comment|could not be reached for comment|did not return (calls|messages|a request) (for|seeking) comment)\b/iu,
  documentCues: ['under', 'pursuant to', 'as required by', 'in violation of', 'authorized by'],
  between: ['also', 'himself', 'herself', 'themselves', 'itself', 'later', 'previously', 'earlier', 'repeatedly', 'publicly', 'privately', 'has', 'have', 'had', 'would', 'will', 'has since', 'then', 'again', 'once', 'recently', 'separately', 'further', 'flatly', 'quickly', 'simply', 'bluntly', 'openly', 'first', 'last week', 'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'yesterday', 'today', 'on Twitter', 'on X'],
  pronouns: { female: ['she'], male: ['he'], group: ['they', 'we'], thing: ['it'] },
  titleGender: {
    female: ['Mrs.', 'Ms.', 'Miss', 'Spokeswoman', 'Chairwoman', 'Councilwoman', 'Assemblywoman', 'Congresswoman', 'Queen', 'Princess', 'Lady', 'Dame', 'Sister'],
    male: ['Mr.', 'Spokesman', 'Chairman', 'Councilman', 'Assemblyman', 'Congressman', 'King', 'Prince', 'Lord', 'Sir', 'Father', 'Brother'],
  },
  relatives: ['who', 'which', 'that'],
  determiners: ['a', 'an', 'the', 'one', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'most', 'few', 'another', 'various', 'numerous', 'multiple', 'both'],
  anonymousPerson: ['judge', 'user', 'poster', 'resident', 'student', 'teacher', 'nurse', 'official', 'source', 'analyst', 'commentator', 'expert', 'diplomat', 'aide', 'adviser', 'advisor', 'person', 'insider', 'observer', 'economist', 'resident', 'lawmaker', 'executive', 'employee', 'staffer', 'strategist', 'researcher', 'scientist', 'investor', 'trader', 'critic', 'witness', 'officer', 'negotiator', 'operative', 'veteran', 'consultant', 'lobbyist', 'activist', 'scholar', 'historian', 'professor', 'doctor', 'worker', 'member', 'neighbor', 'parent', 'voter', 'organizer', 'supporter', 'opponent', 'insurer', 'banker', 'lawyer', 'attorney', 'prosecutor', 'regulator', 'engineer', 'inspector', 'manager', 'owner'],
  anonymousGroup: ['politicians', 'users', 'posters', 'observers', 'protesters', 'unions', 'judges', 'officials', 'sources', 'analysts', 'commentators', 'experts', 'diplomats', 'aides', 'advisers', 'advisors', 'people', 'insiders', 'observers', 'economists', 'residents', 'lawmakers', 'executives', 'employees', 'staffers', 'strategists', 'researchers', 'scientists', 'investors', 'traders', 'critics', 'witnesses', 'officers', 'negotiators', 'operatives', 'veterans', 'consultants', 'lobbyists', 'activists', 'scholars', 'historians', 'doctors', 'workers', 'members', 'neighbors', 'parents', 'voters', 'organizers', 'supporters', 'opponents', 'bankers', 'lawyers', 'attorneys', 'prosecutors', 'regulators', 'engineers', 'inspectors', 'managers', 'owners', 'groups', 'advocates', 'leaders', 'farmers', 'users', 'customers', 'riders', 'homeowners', 'teachers', 'students', 'families', 'patients', 'fishermen'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press secretary', 'press office', 'statement'],
  dataHeads: ['report', 'reports', 'study', 'studies', 'survey', 'surveys', 'data', 'figures', 'statistics', 'analysis', 'analyses', 'poll', 'polls', 'census', 'records', 'estimates', 'projections', 'forecast', 'research', 'review', 'audit', 'assessment', 'assessments', 'index', 'filing', 'filings', 'numbers', 'documents', 'models', 'tally', 'count'],
  documentPatterns: [
    // Executive orders, bills, resolutions, public laws, sections of a code.
    /\b(Executive Order|EO|Presidential Proclamation|Proclamation|(House|Senate|Assembly) (Bill|Resolution|Joint Resolution)|H\.R\.|S\.|Resolution|Public Law|Directive|Regulation|Decree|Order|Ordinance|Bill|Amendment)\s+(No\.\s*)?[\dA-Z][\d\-./]*\d?\b/u,
    // Named acts and treaties: "the Inflation Reduction Act", "the Paris Agreement".
    /\bthe (?:[A-Z][\w'’-]+ ){1,6}(Act|Agreement|Treaty|Accord|Accords|Convention|Charter|Constitution|Code|Protocol|Doctrine)\b/u,
  ],
  organizationWords: ['Department', 'Ministry', 'Agency', 'Bureau', 'Council', 'Committee', 'Commission', 'Court', 'University', 'Institute', 'Company', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'LLC', 'Co.', 'Bank', 'Fund', 'Association', 'Union', 'Party', 'Office', 'Board', 'Service', 'Administration', 'Authority', 'Police', 'Kremlin', 'White House', 'Pentagon', 'Congress', 'Senate', 'House', 'Parliament', 'Government', 'Foundation', 'Center', 'Centre', 'Group', 'Organization', 'Organisation', 'Coalition', 'Alliance', 'Federation', 'Society', 'Church', 'Army', 'Navy', 'Forces', 'Command', 'Cabinet', 'Secretariat', 'Embassy', 'Consulate', 'Legislature', 'Assembly', 'Chamber', 'Club', 'League', 'Institution', 'Trust', 'Network', 'Systems', 'Technologies', 'Holdings', 'Partners', 'Capital', 'Airlines', 'Motors', 'Energy', 'Pharmaceuticals', 'Labs', 'College', 'School', 'District', 'County', 'City', 'State', 'Republic', 'Nations', 'NATO', 'EU', 'UN', 'IMF', 'WHO', 'FBI', 'CIA', 'IEA', 'OPEC', 'Treasury', 'Fed', 'Reserve', 'Equities', 'Securities', 'Investments', 'Productions', 'Studios', 'Records', 'Entertainment', 'Brothers'],
  mediaNames: ['Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'CNN', 'BBC', 'NPR', 'PBS', 'Fox News', 'MSNBC', 'CNBC', 'NBC', 'ABC', 'CBS', 'Axios', 'Politico', 'Semafor', 'ProPublica', 'Al Jazeera', 'TASS', 'RIA Novosti', 'Xinhua', 'Kyodo', 'Yonhap', 'Interfax', 'The Economist', 'Vox', 'Vice', 'BuzzFeed', 'The Hill', 'The Atlantic', 'The New Yorker', 'Newsweek', 'Time', 'Forbes', 'Fortune', 'Der Spiegel', 'Le Monde', 'El País'],
  mediaWords: ['Times', 'Post', 'Journal', 'News', 'Herald', 'Tribune', 'Gazette', 'Guardian', 'Telegraph', 'Independent', 'Chronicle', 'Observer', 'Courier', 'Ledger', 'Dispatch', 'Standard', 'Express', 'Mirror', 'Sun', 'Star', 'Bulletin', 'Inquirer', 'Examiner', 'Register', 'Review', 'Magazine', 'Radio', 'Television', 'TV', 'Broadcasting', 'Newspaper', 'Press', 'Wire', 'Daily'],
  titleHeads: ['President', 'Vice President', 'Secretary', 'Minister', 'Envoy', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Governor', 'Gov.', 'Mayor', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'Ambassador', 'General', 'Gen.', 'Judge', 'Justice', 'Commissioner', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Leader', 'Chief', 'Officer', 'Adviser', 'Advisor', 'Dr.', 'Prof.', 'Professor', 'Adm.', 'Admiral', 'Lt.', 'Col.', 'Colonel', 'Sgt.', 'Captain', 'Capt.', 'Rabbi', 'Pope', 'King', 'Queen', 'Prince', 'Princess', 'Speaker', 'Whip', 'member', 'Member', 'Councilwoman', 'Councilman', 'Councilmember', 'Treasurer', 'Auditor', 'Attorney', 'Sheriff', 'Superintendent', 'Chancellor', 'Premier', 'CEO', 'CFO', 'Executive', 'Founder', 'Economist', 'Analyst', 'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Lord', 'Lady', 'Sir', 'Dame', 'Bishop', 'Cardinal', 'Coach', 'Manager', 'Supervisor', 'Delegate', 'Assemblyman', 'Assemblywoman', 'Comptroller', 'Administrator', 'Inspector', 'Marshal', 'Prosecutor', 'Sergeant', 'Lieutenant', 'Deputy', 'Head', 'Editor', 'Pastor', 'official', 'Father', 'Sister', 'Brother', 'Rev.', 'Reverend', 'Senior', 'Principal', 'Miss'],
  notNames: ['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'However', 'Nevertheless', 'Meanwhile', 'Still', 'Yet', 'In', 'On', 'At', 'For', 'From', 'With', 'As', 'If', 'When', 'While', 'After', 'Before', 'Despite', 'Although', 'Though', 'Because', 'Since', 'Responses', 'Public', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'There', 'Here', 'Some', 'Many', 'Most', 'Other', 'Both', 'Each', 'Every', 'No', 'Not', 'Such', 'What', 'Which', 'Who', 'Why', 'How', 'Where', 'Under', 'Among', 'Between', 'By', 'To', 'Of', 'So', 'Then', 'Now', 'Also', 'Even', 'Only', 'Just', 'Last', 'Next', 'First', 'Second', 'Third', 'Several', 'According',
    // Month and day names, capitalised, from the one table of them (util/dates.ts): "March", "Monday" open no name.
    ...capitalisedDateNames('en')],
  via: /^,?\s*(in (a|an|his|her|their|its) (statement|interview|email|e-mail|letter|post|video|speech|news conference|press conference|briefing|testimony|memo|filing|op-ed|tweet)( (with|to|on|at) (?:the )?(?:[A-Z][\w.&'’-]*\s?){1,5})?|told (?:the )?(?:[A-Z][\w.&'’-]*\s?){1,5}|to reporters|on (X|Twitter|Facebook|Instagram|Telegram|TikTok|Truth Social|social media)|in remarks( to [\w\s]{3,30})?)/u,
  and: 'and',
  weakCueVerbs: ['continued', 'asked', 'joked', 'maintained', 'maintains', 'maintain', 'shared', 'revealed', 'reveals', 'classified', 'signaled', 'signalled', 'projected', 'projects', 'observed', 'observes', 'highlighted', 'highlights', 'questioned', 'disputed', 'agreed', 'agrees', 'objected', 'charged', 'posted', 'posts', 'states', 'shows', 'show', 'showed', 'recalls', 'recalled', 'promised', 'pledged', 'vowed', 'vows', 'called', 'calls', 'dubbed', 'labeled', 'labelled'],
  // "a number of analysts", "some of the officials": the people are the head.
  partitive: /^(?:a number|a group|a handful|some|many|most|several|dozens|hundreds|thousands|one|two|three|four|five|a few|few) of (?:the )?/iu,
  // "the 56-year-old said": an age stands for the person named last.
  agedPerson: /^the \d{1,3}-year-old$/iu,
  participleCues: ['saying', 'adding', 'asking', 'arguing', 'noting', 'warning', 'insisting', 'claiming', 'explaining', 'stressing', 'writing'],
  toldCues: ['told', 'tells', 'tell'],
  researchWords: ['research', 'scien', 'stud'],
  clauseStops: ['and', 'but', 'while', 'because', 'although', 'though', 'as'],
  possessives: ['his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those'],
  descriptionTail: /\s+(familiar with|close to|with knowledge of|with direct knowledge of|briefed on|involved in|(?:published|released|conducted|commissioned|issued|obtained|prepared|funded|led)(?: (?:in|by|on|for|last))?|who|at|from|for|of|in|on|with|inside|within|across)\s+(.*)$/iu,
  spokespersonFillers: ['company', 'official', 'government', 'senior', 'former', 'chief'],
  articles: ['the', 'a', 'an', 'new'],
  definite: ['the', 'this', 'that'],
  authorPrepositions: ['by', 'from', 'of'],
  abbreviations: ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Rev', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'Vol', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'etc', 'vs', 'approx'],
  runConnectors: ['of', 'for', 'on', 'in', 'du', 'des', 'der', 'für'],
  nameTags: /\s*\((?:D|R|I|Ind)-[\p{L}.]+(?:\s[\p{L}.]+)?\)|(?<=,\s)(?:D|R|I)-[\p{L}.]+(?:\s[\p{L}.]+)?(?=,)/gu,
  afterNoun: ['where', 'which', 'whose'],
  prepositions: ['in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'to', 'into', 'about', 'against', 'between', 'among', 'journal', 'during', 'under', 'over', 'after', 'before',
    // places after these are objects too: "a telescope atop Mauna Kea have confirmed", "near Hanoi", "across the Taiwan Strait"
    'atop', 'near', 'across', 'throughout', 'toward', 'towards', 'amid', 'inside', 'outside', 'beyond', 'behind', 'along', 'within', 'upon', 'onto', 'around', 'through'],
  nameConnectors: ['of', 'for', 'the', 'on', 'and', 'de', 'del'],
  clauseOpeners: ['although', 'though', 'while', 'when', 'whether', 'if', 'because', 'since', 'what', 'which', 'would', 'how', 'why', 'where', 'once', 'unless', 'until', 'as'],
  officialHeads: ['officials', 'official', 'executives', 'spokespeople', 'representatives'],
  // "American officials", "U.S. officials", "Western diplomats": a nation or region, not a body.
  demonym: /^(?:\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i|ic|ch)|U\.S\.|US|UK|U\.K\.|EU|Western|Eastern|Northern|Southern|Arab|Greek|Thai|Swiss|Dutch|French|Irish|Welsh|Scottish|Turkish|Polish|Danish|Swedish|Finnish)$/u,
  functionWords: [
    // adverbs and particles that open or link clauses: "yet Nissan said", "so I wrote", "only Arab states"
    'yet', 'so', 'only', 'even', 'just', 'here', 'there', 'not', 'no', 'nor', 'or', 'then', 'now', 'matter', 'whom', 'whose', 'who',
    // auxiliaries and common verbs: "here is where I", "the case was"
    'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'get', 'got', 'doing', 'supporting',
    // pronouns
    'he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'them', 'us', 'me', 'my', 'your',
    // words of time: "last week State Department official David Holmes testified"
    'week', 'month', 'year', 'weekend', 'day', 'night', 'morning', 'afternoon', 'evening', 'ago', 'earlier', 'later',
  ],
  possessivePronouns: { female: ['her'], male: ['his'] },
  that: ['that'],
  // participles and nouns after a hyphen that make a description: "Australian-born", "Kremlin-backed", "state-run"
  compoundDescriptors: ['born', 'based', 'owned', 'led', 'backed', 'run', 'made', 'funded', 'controlled', 'affiliated', 'linked', 'aligned', 'raised', 'bred', 'educated', 'trained', 'founded', 'headquartered', 'listed', 'registered', 'operated', 'sponsored', 'appointed', 'elected', 'turned'],
  // streets and geography: "of 1119 Eighth St.", "near Central Avenue", "across the Taiwan Strait"
  placeHeads: ['St.', 'Street', 'Ave.', 'Avenue', 'Rd.', 'Road', 'Blvd.', 'Boulevard', 'Lane', 'Highway', 'Hwy.', 'Square', 'Plaza', 'Bridge', 'River', 'Lake', 'Mountain', 'Mountains', 'Valley', 'Island', 'Islands', 'Bay', 'Coast', 'Peninsula', 'Desert', 'Canyon', 'Region', 'Province', 'Prefecture', 'Strait', 'Sea', 'Ocean', 'Gulf', 'Hills', 'Heights', 'Falls', 'Beach'],
  // compass and place words that open a place's name: "South Africa said", "North Korea warned", "New Delhi", "Los Angeles"
  placeLeads: ['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Mount', 'Lake', 'Port', 'Fort', 'New', 'Los', 'Las'],
  // "The Riverside Tenants Coalition said …. The group added …": the body that spoke last
  collectiveHeads: ['group', 'coalition', 'organization', 'organisation', 'body', 'campaign', 'movement', 'alliance', 'charity'],
  // outlets named by a lower-case noun: "local news reports", "state media said", "Vulture magazine reported"
  mediaHeads: ['news', 'media', 'press', 'magazine', 'newspaper', 'tabloid', 'broadcaster', 'outlet', 'outlets', 'daily', 'weekly', 'website', 'blog'],
  // a surname's own first word, never a sentence's or a role's: "De Miranda", "Van Der Beek", "Al Jazeera"
  nameParticles: ['De', 'Van', 'Von', 'Di', 'Da', 'Le', 'La', 'Du', 'Del', 'Della', 'Dos', 'Al', 'El', 'Bin', 'Ben', 'Abu', 'Mac', 'Ter', 'Ten', 'Te', 'St.'],
  // running text writes these in lower case inside a name ("Department of Justice"); capitalised inside a run, they are a headline's
  headlineWords: ['Of', 'The', 'And', 'For', 'On', 'In', 'To', 'With', 'At', 'By', 'From', 'Is', 'Are', 'Was', 'Why', 'How'],
  // "Spot gold added 0.1%", "the index adds 20 points": a figure, not a statement
  numericNotCue: ['added', 'adds', 'add'],
  // "Environmental Protection Department" = "Department of Environmental Protection"
  bodyHeads: ['Department', 'Ministry', 'Office', 'Bureau', 'Agency', 'Commission', 'Committee', 'Council', 'Board', 'Administration', 'Authority', 'Institute', 'Service'],
  bodyOf: 'of',
};
