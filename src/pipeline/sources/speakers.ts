/**
 * Who a subject phrase is: "Secretary Bessent" → the person Scott Bessent; "a senior U.S. official" →
 * one anonymous person; "analysts" → an anonymous group; "he" → the person last named; "a Kremlin
 * spokesman" → the Kremlin; "battlefield reports" → data. Returns null for a phrase that is no source
 * ("the move", "this escalation").
 */
import type { Lexicon } from './lexicon/types.js';
import { givenName, isCapitalized, tokenize, type MentionIndex } from './mentions.js';
import type { SourceKind } from './types.js';

export interface Speaker {
  /** Merge key: one entry per real-world entity. */
  key: string;
  name: string;
  kind: SourceKind;
  anonymous: boolean;
  role: string | null;
  /** The form used here, kept as an alias. */
  surface: string;
}

interface Description {
  phrase: string;
  /** The phrase without its tail: "people" of "people familiar with the talks". */
  core: string;
  tail: { word: string; rest: string } | null;
  tokens: string[];
  head: string;
  headLower: string;
  /** The first word, in lower case. */
  first: string;
  /** Begins with a determiner: a description, not a name. */
  described: boolean;
}

/** Bodies and groups remembered for "they" and "it": only the last few can be meant. */
const RECENT_SPEAKERS = 2;

/** A role before a name is a few words: more and it is a clause ("Rates of cannabis use disorder have risen in U.S."). */
const MAX_ROLE_WORDS = 5;

/** What the cue says about its speaker: "assertion" and "stance" belong to people. */
export type Hint = 'person' | null;

export class SpeakerResolver {
  private readonly determiners: Set<string>;

  private readonly heads: Set<string>;
  private readonly orgHeads: Set<string>;
  /** Data and report sources seen so far, so that "the analysis" finds "a NASA analysis". */
  private readonly data: Speaker[] = [];

  /** "the mayor and the governor", "Smith, Jones": where one speaker ends and the next begins. */
  private readonly joiner: RegExp;
  /** Words that end a clause before a name (lower case as written; the first word of a phrase in any case). */
  private readonly clauseWords: Set<string>;

  constructor(private readonly lex: Lexicon, private readonly index: MentionIndex) {
    this.clauseWords = new Set([
      ...lex.functionWords, ...lex.prepositions, ...lex.clauseOpeners, ...lex.clauseStops, ...lex.relatives, ...lex.possessives,
      ...lex.cueVerbs, ...lex.participleCues, ...lex.that,
    ]);
    this.joiner = new RegExp(`\\s+${lex.and}\\s+|\\s*,\\s+`, 'u');
    this.determiners = new Set(lex.determiners);
    this.heads = new Set([...lex.anonymousPerson, ...lex.anonymousGroup, ...lex.dataHeads, ...lex.spokesperson]);
    this.orgHeads = new Set(lex.organizationWords.filter((w) => w !== w.toUpperCase()).map((w) => w.toLowerCase()));
  }

  /** Speakers already quoted, most recent last: what "they" and "it" can stand for. */
  private readonly recent: Speaker[] = [];

  noteSpeakers(speakers: Speaker[]): void {
    for (const sp of speakers) if (sp.kind !== 'person') this.recent.push({ ...sp });
    if (this.recent.length > RECENT_SPEAKERS) this.recent.splice(0, this.recent.length - RECENT_SPEAKERS);
  }

  /** Every speaker a phrase names ("the mayor and the governor" names two). */
  resolveAll(phrase: string, position: number, hint: Hint = null): Speaker[] {
    const parts = phrase.split(this.joiner).filter((p) => p.trim());
    const one = this.resolve(phrase, position, hint);
    // "the World Travel and Tourism Council" is one body; "the mayor and the governor" are two.
    const oneBody = one?.kind === 'organization' && !parts.slice(0, -1).some((p) => this.resolve(p, position, hint)?.kind === 'organization');
    // "prosecutors in San Francisco and Los Angeles": bare names after a described group's tail belong to the tail.
    const tailed = parts.length > 1 && this.lex.descriptionTail.test(parts[0] ?? '') && !isCapitalized(parts[0] ?? '')
      && parts.slice(1).every((p) => p.trim().split(/\s+/u).every(isCapitalized));
    if (parts.length > 1 && !oneBody && !tailed) {
      const each = parts.map((p) => this.resolve(p, position, hint));
      // "… of the Department of Health and Human Services": a second person needs a name a reader knows as one.
      const people = each.every((s) => s === null || s.kind !== 'person' || this.index.isSurePerson(s.name));
      if (people && each.every((s): s is Speaker => s !== null)) return each;
    }
    return one ? [one] : [];
  }

  resolve(rawPhrase: string, position: number, hint: Hint = null): Speaker | null {
    const phrase = this.stripOpener(rawPhrase.trim().replace(/[,;:]+$/u, '').trim()).replace(this.lex.partitive, '');
    if (!phrase) return null;
    // "he asked about the Muslim Brotherhood, called Omar a “terrorist” and said": a clause whose subject is a pronoun.
    const clause = /^(\p{L}+)\s+(\p{Ll}[\p{L}'’-]*)/u.exec(phrase);
    const subject = clause?.[1]?.toLowerCase() ?? '';
    if (clause && [...this.lex.pronouns.female, ...this.lex.pronouns.male].includes(subject) && clause[2] !== this.lex.and) {
      return this.byReference(subject, position) ?? null;
    }
    const reference = this.byReference(phrase, position);
    if (reference !== undefined) return reference;
    const document = this.lex.documentPatterns.map((p) => p.exec(phrase)).find((m) => m && m.index === 0);
    if (document) return { key: `document:${document[0].toLowerCase()}`, name: document[0], kind: 'document', anonymous: false, role: null, surface: phrase };
    const d = this.describe(phrase);
    if (this.isClause(d)) return null;
    const found = this.possessed(d, position) ?? this.spokesperson(d, position) ?? this.outlet(d) ?? this.dataSource(d) ?? this.bodyOrGroup(d, position) ?? this.backReference(d, position) ?? this.named(d, position, hint);
    return found && this.shownAsName(found) ? found : null;
  }

  /** "His office said" → "Eric Holcomb’s office": a body owned by the person "his" or "her" stands for. */
  private possessed(d: Description, position: number): Speaker | null {
    const { female, male } = this.lex.possessivePronouns;
    const gender = female.includes(d.first) ? 'female' : male.includes(d.first) ? 'male' : null;
    if (!gender || d.tokens.length > 3 || !this.orgHeads.has(d.headLower)) return null;
    const person = this.index.lastPerson(position, gender);
    if (!person) return null;
    const name = this.index.fullest(person.name).name;
    return { key: `org:${name.toLowerCase()}’s ${d.headLower}`, name: `${name}’s ${d.tokens.slice(1).join(' ')}`, kind: 'organization', anonymous: false, role: null, surface: d.phrase };
  }

  /**
   * "To get shanked doing what people", "Who said he had spoken to people": a clause, no description (a phrase
   * that ends in a name is cut down to the name in `nameTokens`).
   */
  private isClause(d: Description): boolean {
    if (isCapitalized(d.head)) return false;
    return d.tokens.slice(1, -1).some((w) => this.clauseWords.has(w) && !this.lex.nameConnectors.includes(w))
      || [...this.lex.relatives, ...this.lex.prepositions].includes(d.first);
  }

  /**
   * A person, body or outlet is shown by its name: one written in lower case ("company", "the governor’s office",
   * "his") names nobody a reader could look up, so its words stay unattributed.
   */
  private shownAsName(sp: Speaker): boolean {
    // ("local news reports" is the media as a whole, described, not named: it is shown as written.)
    if ((sp.kind !== 'person' && sp.kind !== 'organization' && sp.kind !== 'media') || (sp.kind === 'media' && sp.anonymous)) return true;
    const words = sp.name.split(/\s+/u).filter((w) => !this.determiners.has(w.toLowerCase()) && !this.lex.possessives.includes(w.toLowerCase()));
    return words.some(isCapitalized);
  }

  /** Pronouns, relatives and "the 56-year-old": someone named before. `undefined` when the phrase is none of them. */
  private byReference(phrase: string, position: number): Speaker | null | undefined {
    const lex = this.lex;
    const lower = phrase.toLowerCase();
    const gender = lex.pronouns.female.includes(lower) ? 'female' : lex.pronouns.male.includes(lower) ? 'male' : null;
    if (gender || lex.relatives.includes(lower) || lex.agedPerson.test(phrase)) {
      const person = this.index.lastPerson(position, gender, lex.relatives.includes(lower));
      return person ? this.person(person.name, position, phrase) : null;
    }
    // "they said", "it added": the body or group that spoke last.
    if (lex.pronouns.group.includes(lower)) return this.recent.filter((sp) => sp.kind !== 'person').at(-1) ?? null;
    if (lex.pronouns.thing.includes(lower)) {
      const spoke = this.recent.filter((sp) => sp.kind === 'organization' || sp.kind === 'data_report' || sp.kind === 'document').at(-1);
      // "The agency warned shoppers. “…,” it said": the body named last, when none has spoken yet.
      const named = spoke ? null : this.index.lastOrganization('', position);
      return spoke ?? (named ? this.organization(named.name, position, phrase) : null);
    }
    return undefined;
  }

  /**
   * A phrase split into its core and tail: "people familiar with the talks", "a spokesman for the ministry"
   * end where the tail begins; a proper name keeps its "of" ("Department of Justice").
   */
  private describe(phrase: string): Description {
    const tailMatch = this.lex.descriptionTail.exec(phrase);
    const beforeTail = tailMatch ? phrase.slice(0, tailMatch.index) : phrase;
    const lastBefore = beforeTail.split(/\s+/u).at(-1) ?? '';
    const descriptive = !isCapitalized(lastBefore) || this.heads.has(lastBefore.toLowerCase());
    const tail = tailMatch && descriptive ? { word: tailMatch[1] ?? '', rest: tailMatch[2] ?? '' } : null;
    const core = tail ? beforeTail : phrase;
    const tokens = tokenize(core, this.lex).map((t) => t.text);
    const head = (tokens.at(-1) ?? '').replace(/['’]s?$/u, '');
    const first = (tokens[0] ?? '').toLowerCase();
    return { phrase, core, tail, tokens, head, headLower: head.toLowerCase(), first, described: this.determiners.has(first) };
  }

  /** A spokesperson or statement speaks for the organisation: "a Kremlin spokesman", "a spokeswoman for the ministry". */
  private spokesperson(d: Description, position: number): Speaker | null {
    const lower = d.core.toLowerCase();
    const word = this.lex.spokesperson.find((w) => lower.endsWith(w));
    if (!word || !(d.described || !isCapitalized(d.head))) return null;
    const owner = d.core.slice(0, d.core.length - word.length).trim().split(/\s+/u)
      .filter((w) => w && !this.determiners.has(w.toLowerCase()) && !this.lex.spokespersonFillers.includes(w.toLowerCase()));
    const orgName = d.tail?.rest ? this.withoutArticle(d.tail.rest) : owner.join(' ');
    return orgName ? this.organization(orgName, position, d.phrase) : null;
  }

  /**
   * Outlets named by a lower-case noun: "local news reports", "Israeli media" (the media, anonymous) and
   * "Vulture magazine" (a named outlet).
   */
  private outlet(d: Description): Speaker | null {
    const heads = this.lex.mediaHeads;
    const reporting = this.lex.dataHeads.includes(d.headLower) && heads.includes((d.tokens.at(-2) ?? '').toLowerCase());
    if (!reporting && !heads.includes(d.head)) return null;
    const owner = d.tokens.slice(d.described ? 1 : 0, reporting ? -2 : -1);
    const named = owner.length > 0 && owner.every(isCapitalized) && !owner.some((w) => this.lex.demonym.test(w));
    if (named && !reporting) {
      const name = `${owner.join(' ')} ${d.head}`;
      return { key: `media:${name.toLowerCase()}`, name, kind: 'media', anonymous: false, role: null, surface: d.phrase };
    }
    if (!reporting && !['media', 'press'].includes(d.head)) return null;
    const name = d.phrase.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    return { key: `media:${d.core.toLowerCase()}`, name, kind: 'media', anonymous: true, role: null, surface: d.phrase };
  }

  /** "battlefield reports", "a study published in The Lancet", "the analysis" (after "a NASA analysis"). */
  private dataSource(d: Description): Speaker | null {
    if (!this.lex.dataHeads.includes(d.headLower)) return null;
    const bareName = this.withoutArticle(d.core);
    if (this.lex.definite.includes(d.first) && d.tokens.length <= 2) {
      const earlier = this.data.filter((x) => x.name.toLowerCase().endsWith(d.headLower)).at(-1);
      if (earlier) return { ...earlier, surface: d.phrase };
    }
    const authored = /\p{Lu}/u.test(bareName.replace(/^\p{Lu}/u, '')) || (d.tail !== null && /\p{Lu}/u.test(d.tail.rest));
    const name = d.tail && this.lex.authorPrepositions.includes(d.tail.word.toLowerCase()) ? `${bareName} ${d.tail.word} ${d.tail.rest}` : bareName;
    const speaker: Speaker = { key: `data:${name.toLowerCase()}`, name: capitalize(name), kind: 'data_report', anonymous: !authored, role: null, surface: d.phrase };
    this.data.push(speaker);
    return speaker;
  }

  /** "Con Edison officials", "West Mercia police", "analysts", "a senior U.S. official". */
  private bodyOrGroup(d: Description, position: number): Speaker | null {
    const lex = this.lex;
    // "Con Edison officials said" → Con Edison; "American officials", "Obama administration officials" stay vague.
    const owner = d.tokens.slice(d.described ? 1 : 0, -1);
    if (owner.length > 0 && owner.every(isCapitalized)) {
      if (lex.officialHeads.includes(d.headLower) && !owner.some((w) => lex.demonym.test(w))) return this.organization(owner.join(' '), position, d.phrase);
      // "West Mercia police", "the Afghan government": a body named in lower case after its owner.
      // ("BERLIN -- The European Space Agency says": the name as a run of capitals gives it, dateline aside.)
      if (this.orgHeads.has(d.headLower)) {
        const run = this.index.classify([...owner, d.head])?.name ?? '';
        return this.organization(run.includes(' ') ? run : `${owner.join(' ')} ${d.head}`, position, d.phrase);
      }
    }
    if (lex.anonymousGroup.includes(d.headLower) && (!isCapitalized(d.head) || d.tokens.length === 1)) {
      const key = d.described ? d.core.toLowerCase().replace(/^\S+\s+/u, '') : d.core.toLowerCase();
      return { key: `group:${key}`, name: capitalize(d.phrase), kind: 'anonymous_group', anonymous: true, role: null, surface: d.phrase };
    }
    if (lex.anonymousPerson.includes(d.headLower) && d.described && !lex.definite.includes(d.first)) {
      const role = d.core.replace(/^\S+\s+/u, '');
      return { key: `one:${role.toLowerCase().replace(/\./gu, '')}`, name: d.phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'anonymous_person', anonymous: true, role, surface: d.phrase };
    }
    return null;
  }

  /** "the secretary" → the person last named with that title; "the ministry" → the body last named with that word. */
  private backReference(d: Description, position: number): Speaker | null {
    if (this.lex.definite.includes(d.first) && d.tokens.length <= 3 && this.index.isTitleWord(d.head)) {
      const person = this.index.lastPersonTitled(d.headLower, position);
      return person ? this.person(person.name, position, d.phrase) : null;
    }
    if (!d.described || d.tokens.length > 3 || isCapitalized(d.head)) return null;
    const org = this.index.lastOrganization(d.head, position);
    if (org) return this.organization(org.name, position, d.phrase);
    // "The group added": the body that spoke last (only one that has spoken: a body merely named may be anyone).
    if (this.lex.definite.includes(d.first) && this.lex.collectiveHeads.includes(d.headLower)) {
      const spoke = this.recent.filter((sp) => sp.kind === 'organization').at(-1);
      if (spoke) return { ...spoke, surface: d.phrase };
    }
    // (Acronyms match as written: "the number who" is not the WHO.)
    const orgWord = this.lex.organizationWords.some((w) => w.toLowerCase() === d.headLower && w !== w.toUpperCase());
    return orgWord ? this.organization(d.core, position, d.phrase) : null;
  }

  /**
   * The words of a phrase that can be a name: those after the last function word, cue verb or word of time
   * ("yet Nissan", "Liu said that People’s Liberation Army", "so I"), without a lower-case lead that ends in
   * no title ("state-run Xinhua News Agency"; "press secretary Josh Earnest" keeps its role).
   */
  private nameTokens(tokens: string[]): string[] {
    let cut = -1;
    tokens.forEach((w, i) => {
      const word = i === 0 ? w.toLowerCase() : w;
      // "Department of Justice", "Travel and Tourism": a connector between capitalised words is part of the name.
      const inside = this.lex.nameConnectors.includes(word) && tokens.slice(0, i).some(isCapitalized);
      if (this.clauseWords.has(word) && !inside) cut = i;
    });
    const rest = tokens.slice(cut + 1);
    const firstName = rest.findIndex(isCapitalized);
    if (firstName < 0) return [];
    const lead = rest.slice(0, firstName).filter((w) => !this.determiners.has(w.toLowerCase()));
    return lead.length > 0 && !this.index.isTitleWord(lead.at(-1) ?? '') ? rest.slice(firstName) : rest;
  }

  /** A name: capitalised words, possibly after a title or a short role ("Wikileaks editor-in-chief Kristinn Hrafnsson"). */
  private named(d: Description, position: number, hint: Hint): Speaker | null {
    const { phrase } = d;
    const tokens = this.nameTokens(d.tokens);
    if (!tokens.some(isCapitalized) || !isCapitalized(d.head)) return null;
    // "Rates of cannabis use disorder have risen in U.S." is a clause: a long lower-case run, or a preposition before the name.
    const inName = (w: string): boolean => isCapitalized(w) || this.lex.nameConnectors.includes(w) || this.determiners.has(w.toLowerCase()) || this.index.isTitleWord(w);
    const lastLower = tokens.map(inName).lastIndexOf(false);
    if (lastLower >= 0 && (lastLower >= MAX_ROLE_WORDS || this.lex.prepositions.includes(tokens[lastLower]?.toLowerCase() ?? '') || (!tokens.slice(0, lastLower).some(isCapitalized) && lastLower > 2))) return null;
    let named = this.index.classify(tokens.filter((w) => !this.determiners.has(w.toLowerCase()) || isCapitalized(w)));
    if (!named) return null;
    // "High school math teacher Angela Cooper", "Both @s_bielefeld & I": lower-case words inside what would be a
    // name are a description before it; the name is the capitalised words after them, or there is none.
    const words = named.name.split(' ');
    const lower = (w: string, i: number): boolean => /^\p{Ll}/u.test(w) && !this.lex.nameConnectors.includes(w) && !this.determiners.has(w) && !(i > 0 && this.index.isTitleWord(w));
    const lastLowerWord = words.map(lower).lastIndexOf(true);
    if (named.kind === 'person' && lastLowerWord >= 0 && !this.index.isTitleWord(words[lastLowerWord] ?? '')) {
      const after = words.slice(lastLowerWord + 1);
      named = after.length > 0 ? this.index.classify(after) : null;
      if (!named) return null;
    }
    if (named.name === 'I') return null;
    if (named.kind === 'media') return { key: `media:${named.name.toLowerCase()}`, name: named.name, kind: 'media', anonymous: false, role: null, surface: phrase };
    if (named.kind === 'organization') return this.organization(named.name, position, phrase);
    const found = this.index.person(named.name, position);
    // "Fiona Parry" is not the "Eloise Parry" named before her: a full name stands for itself or a longer form of it.
    const first = named.name.split(' ')[0] ?? '';
    const other = named.name.includes(' ') && givenName(first).known && found && found.name.split(' ')[0] !== first && !found.name.endsWith(` ${named.name}`);
    const known = other ? null : found;
    // "her mother, Fiona, said": a given name alone is a person.
    const given = named.name.split(' ').length === 1 && givenName(named.name).known;
    if (named.kind === 'person' || known || given) return this.person(known?.name ?? named.name, position, phrase, named.role);
    // One capitalised word that is no known person: a place or body speaking ("Moscow", "Google"),
    // unless the cue is one only people have ("Putin's assertion"); a word in capitals ("UK", "NATO") is an acronym, never a person.
    const acronym = /^\p{Lu}[\p{Lu}\d.&]+$/u.test(named.name);
    return hint === 'person' && !acronym ? this.person(named.name, position, phrase) : this.organization(named.name, position, phrase);
  }

  private withoutArticle(name: string): string {
    const first = /^(\S+)\s+/u.exec(name);
    return first?.[1] && this.lex.articles.includes(first[1].toLowerCase()) ? name.slice(first[0].length) : name;
  }

  /** "Although the researchers" → "the researchers": a clause opener is no part of a name. */
  private stripOpener(phrase: string): string {
    const first = /^(\p{L}+)\s+/u.exec(phrase);
    const word = first?.[1]?.toLowerCase() ?? '';
    const opener = this.lex.clauseOpeners.includes(word) || word === this.lex.and || ['but', 'pero'].includes(word);
    return first && opener ? phrase.slice(first[0].length) : phrase;
  }

  private person(name: string, _position: number, surface: string, role: string | null = null): Speaker {
    const full = this.index.fullest(name);
    this.index.markSpeaker(full.name);
    return { key: `person:${full.name.toLowerCase()}`, name: full.name, kind: 'person', anonymous: false, role: full.role ?? role, surface };
  }

  private organization(name: string, position: number, surface: string): Speaker {
    const clean = this.withoutArticle(name).replace(/['’]s?$/u, '');
    const known = this.index.lastOrganization(clean, position + 1);
    const finalName = known && known.name.length > clean.length ? known.name : clean;
    return { key: `org:${this.bodyKey(finalName)}`, name: finalName, kind: 'organization', anonymous: false, role: null, surface };
  }

  /** One key for a body however its name is turned: "Environmental Protection Department" = "Department of Environmental Protection". */
  private bodyKey(name: string): string {
    const words = name.split(/\s+/u);
    const head = words.at(-1) ?? '';
    const of = this.lex.bodyOf;
    const turned = words.length >= 2 && this.lex.bodyHeads.includes(head) && !words.includes(of) ? `${head} ${of} ${words.slice(0, -1).join(' ')}` : name;
    return turned.toLowerCase().replace(new RegExp(`^(\\S+ ${of}) (?:${this.lex.articles.join('|')}) `, 'u'), '$1 ');
  }
}

function capitalize(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
