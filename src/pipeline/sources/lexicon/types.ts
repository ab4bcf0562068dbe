/**
 * A language's words for attribution, as data. The analysis (attribution.ts, speakers.ts) reads
 * only these tables, so a language is added by writing one more lexicon.
 */
export interface Lexicon {
  lang: string;
  /** Verbs that attribute content to their subject, in the forms news copy uses ("said", "insists"). */
  cueVerbs: string[];
  /** Verbs of evidence ("showed", "indicate"): they attribute only to data, documents and researchers. */
  evidenceVerbs: string[];
  /** Words between a cue and its "that" that belong to neither: "said Tuesday that", "told analysts on a call that". */
  contentLead: RegExp;
  /** Cue phrases that come before the source: "according to X". */
  cuePrepositions: string[];
  /** Nouns that carry a statement when possessed: "Putin's assertion that …", "Trump's stance …: …". */
  cueNouns: string[];
  /** A source that answers nothing: "declined to comment". */
  noComment: RegExp;
  /** Prepositions that cite a document as the basis of an act: "sanctions under Executive Order 14024". */
  documentCues: string[];
  /** Words skipped between a subject and its verb: "Dmitriev himself acknowledged", "he also said". */
  between: string[];
  /** Pronouns by what they can stand for. */
  pronouns: { female: string[]; male: string[]; group: string[]; thing: string[] };
  /** Title words that say a person's gender ("Ms.", "spokeswoman"), for pronoun agreement. */
  titleGender: { female: string[]; male: string[] };
  /** Relative pronouns whose antecedent is the nearest person before them ("…, who insists that"). */
  relatives: string[];
  /** Determiners that begin a description rather than a name ("a senior official"). */
  determiners: string[];
  /** Heads of descriptions of one unnamed person: "a senior U.S. official". */
  anonymousPerson: string[];
  /** Heads of descriptions of unnamed people: "analysts", "people familiar with the talks". */
  anonymousGroup: string[];
  /** A spokesperson speaks for an organisation: "a Kremlin spokesman" → the Kremlin. */
  spokesperson: string[];
  /** Heads of data and report sources: "battlefield reports indicate", "a study found". */
  dataHeads: string[];
  /** Patterns of documents cited in their own right. */
  documentPatterns: RegExp[];
  /** Words that make a capitalised name an organisation. */
  organizationWords: string[];
  /** Names of media outlets, and words that make a name an outlet ("Times", "Post"). */
  mediaNames: string[];
  mediaWords: string[];
  /** Title words that end a role before a name: "Treasury Secretary Scott Bessent". */
  titleHeads: string[];
  /** Capitalised words that begin sentences or name months and days, never a source. */
  notNames: string[];
  /** Media and addressees of a statement: "told Reuters", "in a statement", "on X". */
  via: RegExp;
  /** "and" joining two sources: "the mayor and the governor said". */
  and: string;
  /** Cue verbs that attribute only before a claim, a colon or a quote: "maintained a lead" is no statement. */
  weakCueVerbs: string[];
  /** Participles that attribute to the sentence's speaker or subject: "…, saying that …". */
  participleCues: string[];
  /** A quantity before a group: "a number of analysts" are analysts. */
  partitive: RegExp;
  /** A description by age that stands for the person named last: "the 56-year-old". */
  agedPerson: RegExp;
  /** Words that follow a noun and never a cue verb: "U.S. states where the drug is legal". */
  afterNoun: string[];
  /** Prepositions: a name right after one is an object, not the subject of a cue ("published in JAMA Psychiatry argued"). */
  prepositions: string[];
  /** Small words inside a long proper name: "Office for the Western District of New York". */
  nameConnectors: string[];
  /** Words that open a clause, never a name: "Although the researchers found", "Would allow". */
  clauseOpeners: string[];
  /** Heads of unnamed officials who speak for the body named before them: "Con Edison officials" → Con Edison. */
  officialHeads: string[];
  /** Words before such a head that make it a vague group instead: "American officials", "U.S. officials". */
  demonym: RegExp;
  /** Cues whose object is the addressee: "told Reuters" (the first is how the via is written). */
  toldCues: string[];
  /** Words in a source's name that make it research, which finds and shows things: "the researchers found". */
  researchWords: string[];
  /** Words that end the clause before a subject: "…, but Smith said", "because officials said". */
  clauseStops: string[];
  /** Possessives and demonstratives before a noun: "his report" is no cue "report". */
  possessives: string[];
  /** Where a description's tail begins: "people [familiar with the talks]", "a spokesman [for the ministry]". */
  descriptionTail: RegExp;
  /** Words before "spokesman" that name no body: "a company spokesman", "a senior official". */
  spokespersonFillers: string[];
  /** Articles dropped from the front of a name: "the Kremlin" → Kremlin. */
  articles: string[];
  /** Definite determiners: "the ministry" refers back to one already named. */
  definite: string[];
  /** Prepositions that name a report's author: "a report by the IEA". */
  authorPrepositions: string[];
  /**
   * The one abbreviation list: words whose period ends neither a sentence nor a name ("Sen.", "Inc.",
   * "Sept."). Initials ("U.S.") are recognised by their shape in every language.
   */
  abbreviations: string[];
  /** Small words that join capitalised words into one name: "Department of Justice", "Banco de España". */
  runConnectors: string[];
  /** Tags written after a name that are part of it: party and state "(D-Wis.)", ", R-Utah,". Global. */
  nameTags: RegExp;
  /**
   * Lower-case words that are never part of a name or of the role before one: adverbs, auxiliaries,
   * pronouns and words of time ("yet Nissan", "so I", "last week State Department official David Holmes").
   * With the prepositions, clause openers and cue verbs they mark where a clause ends and a name begins.
   */
  functionWords: string[];
  /** Possessive pronouns that say whose body speaks: "his office said" → the office of the man named last. */
  possessivePronouns: { female: string[]; male: string[] };
  /** Connector before indirect content: "said that …". */
  that: string[];
  /**
   * Lower-case second parts of a compound that describes a name, never part of it: "Australian-born Assange",
   * "Sacramento-based McClatchy", "Amazon-owned Whole Foods".
   */
  compoundDescriptors: string[];
  /** Last words of a place a reader never takes for a speaker: "Eighth St.", "Central Avenue", "Mauna Kea" is not one. */
  placeHeads: string[];
  /** Collective nouns that refer back to the body that spoke last, whatever its name: "the group added". */
  collectiveHeads: string[];
  /** Lower-case outlet nouns: "local news reports", "state media", "Vulture magazine". */
  mediaHeads: string[];
  /** Particles that open a surname and are part of it: "De Miranda", "Van Der Beek". */
  nameParticles: string[];
  /** First words of a place ("South Africa", "North Dakota"): speaking, it is its government, never a person. */
  placeLeads: string[];
  /** Capitalised small words inside a run that only a headline's title case writes: "The Hypocrisy Of Sam Yagan". */
  headlineWords: string[];
  /** Cues that a number right after makes a market figure, not speech: "gold added 0.1%". */
  numericNotCue: string[];
  /** Heads of a body's name written either way round: "Environmental Protection Department" is "Department of Environmental Protection". */
  bodyHeads: string[];
  /** How the same body's head and name join when written the other way round ("Department" + of + "Justice"). */
  bodyOf: string;
}
