/**
 * Who a subject phrase is: "Secretary Bessent" → the person Scott Bessent; "a senior U.S. official" →
 * one anonymous person; "analysts" → an anonymous group; "he" → the person last named; "a Kremlin
 * spokesman" → the Kremlin; "battlefield reports" → data. Returns null for a phrase that is no source
 * ("the move", "this escalation").
 */
import type { Lexicon } from './lexicon/types.js';
import { givenName, isCapitalized, surname, tokenize, type MentionIndex } from './mentions.js';
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

/** Phrases after the head of a description: "people familiar with the talks", "a spokesman for X". */
const TAILS = /\s+(familiar with|close to|with knowledge of|with direct knowledge of|briefed on|involved in|(?:published|released|conducted|commissioned|issued|obtained|prepared|funded|led)(?: (?:in|by|on|for|last))?|who|at|from|for|of|in|on|with|inside|within|across|con|de|del|en|cercan[oa]s? a)\s+(.*)$/iu;

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

  constructor(private readonly lex: Lexicon, private readonly index: MentionIndex) {
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
    const parts = phrase.split(new RegExp(`\\s+${this.lex.and}\\s+|\\s*,\\s+`, 'u')).filter((p) => p.trim());
    const one = this.resolve(phrase, position, hint);
    // "the World Travel and Tourism Council" is one body; "the mayor and the governor" are two.
    const oneBody = one?.kind === 'organization' && !parts.slice(0, -1).some((p) => this.resolve(p, position, hint)?.kind === 'organization');
    if (parts.length > 1 && !oneBody) {
      const each = parts.map((p) => this.resolve(p, position, hint));
      if (each.every((s): s is Speaker => s !== null)) return each;
    }
    return one ? [one] : [];
  }

  resolve(rawPhrase: string, position: number, hint: Hint = null): Speaker | null {
    const lex = this.lex;
    const phrase = this.stripOpener(rawPhrase.trim().replace(/[,;:]+$/u, '').trim()).replace(lex.partitive, '');
    if (!phrase) return null;
    const lower = phrase.toLowerCase();
    if (lex.agedPerson.test(phrase)) {
      const person = this.index.lastPerson(position);
      return person ? this.person(person.name, position, phrase) : null;
    }

    const gender = lex.pronouns.female.includes(lower) ? 'female' : lex.pronouns.male.includes(lower) ? 'male' : null;
    if (gender || lex.relatives.includes(lower)) {
      const person = this.index.lastPerson(position, gender, !gender);
      return person ? this.person(person.name, position, phrase) : null;
    }
    // "they said", "it added": the body or group that spoke last.
    if (lex.pronouns.group.includes(lower) || lex.pronouns.thing.includes(lower)) {
      const group = lex.pronouns.group.includes(lower);
      return this.recent.filter((sp) => (group ? sp.kind !== 'person' : sp.kind === 'organization' || sp.kind === 'data_report' || sp.kind === 'document')).at(-1) ?? null;
    }

    const document = lex.documentPatterns.map((p) => p.exec(phrase)).find((m) => m && m.index === 0);
    if (document) return { key: `document:${document[0].toLowerCase()}`, name: document[0], kind: 'document', anonymous: false, role: null, surface: phrase };

    // "people familiar with the talks", "a spokesman for the ministry": the description ends where its
    // tail begins. A proper name keeps its "of" ("Department of Justice").
    const tailMatch = TAILS.exec(phrase);
    const beforeTail = tailMatch ? phrase.slice(0, tailMatch.index) : phrase;
    const lastBefore = (beforeTail.split(/\s+/u).at(-1) ?? '').toLowerCase();
    const descriptive = !isCapitalized(beforeTail.split(/\s+/u).at(-1) ?? '') || this.heads.has(lastBefore);
    const tail = tailMatch && descriptive ? tailMatch : null;
    const core = tail ? beforeTail : phrase;
    const tokens = tokenize(core).map((t) => t.text);
    const head = (tokens.at(-1) ?? '').replace(/['’]s?$/u, '');
    const headLower = head.toLowerCase();
    const first = tokens[0] ?? '';
    const described = this.determiners.has(first.toLowerCase());

    // A spokesperson or statement speaks for the organisation: "a Kremlin spokesman", "a spokeswoman for the ministry".
    if (lex.spokesperson.some((s) => core.toLowerCase().endsWith(s)) && (described || !isCapitalized(head))) {
      // "a Kremlin spokesman" → Kremlin; "a police spokeswoman" → police; "a spokesperson for X" → X.
      const spokesWord = lex.spokesperson.find((w) => core.toLowerCase().endsWith(w)) ?? '';
      const owner = core.slice(0, core.length - spokesWord.length).trim().split(/\s+/u)
        .filter((w) => w && !this.determiners.has(w.toLowerCase()) && !/^(company|official|government|senior|former|chief)$/iu.test(w));
      const orgName = tail?.[2] ? tail[2].replace(/^(the|la|el)\s+/iu, '') : owner.join(' ');
      if (orgName) return this.organization(orgName, position, phrase);
      return null;
    }

    if (lex.dataHeads.includes(headLower)) {
      const bareName = core.replace(/^(the|a|an|new|el|la|los|las|un|una)\s+/iu, '');
      // "the analysis" after "a NASA analysis": the same report.
      if (/^(the|this|that|el|la|este|esta)\s/iu.test(core) && tokens.length <= 2) {
        const earlier = this.data.filter((d) => d.name.toLowerCase().endsWith(headLower)).at(-1);
        if (earlier) return { ...earlier, surface: phrase };
      }
      const authored = /\p{Lu}/u.test(bareName.replace(/^\p{Lu}/u, '')) || (tail?.[2] !== undefined && /\p{Lu}/u.test(tail[2]));
      const name = /^(by|from|of|de|del)$/iu.test(tail?.[1] ?? '') ? `${bareName} ${tail?.[1]} ${tail?.[2]}` : bareName;
      const speaker: Speaker = { key: `data:${name.toLowerCase()}`, name: capitalize(name), kind: 'data_report', anonymous: !authored, role: null, surface: phrase };
      this.data.push(speaker);
      return speaker;
    }

    // "Con Edison officials said" → Con Edison; "American officials", "Obama administration officials" stay vague.
    const owner = tokens.slice(described ? 1 : 0, -1);
    if (owner.length > 0 && owner.every(isCapitalized)) {
      if (lex.officialHeads.includes(headLower) && !owner.some((w) => lex.demonym.test(w))) return this.organization(owner.join(' '), position, phrase);
      // "West Mercia police", "the Afghan government": a body named in lower case after its owner.
      if (this.orgHeads.has(headLower)) return this.organization(`${owner.join(' ')} ${head}`, position, phrase);
    }
    if (lex.anonymousGroup.includes(headLower) && (!isCapitalized(head) || tokens.length === 1)) {
      return { key: `group:${core.toLowerCase().replace(/^(the|some|many|several|other|most|two|three|both)\s+/u, '')}`, name: capitalize(phrase), kind: 'anonymous_group', anonymous: true, role: null, surface: phrase };
    }
    if (lex.anonymousPerson.includes(headLower) && described && !['the'].includes(first.toLowerCase())) {
      const role = core.replace(/^\S+\s+/u, '');
      return { key: `one:${role.toLowerCase().replace(/\./gu, '')}`, name: phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'anonymous_person', anonymous: true, role, surface: phrase };
    }

    // "the secretary", "the senator": the person last named with that title.
    if (first.toLowerCase() === 'the' && tokens.length <= 3 && this.index.isTitleWord(head)) {
      const person = this.index.mentions.filter((m) => m.kind === 'person' && m.start < position && (m.role ?? '').toLowerCase().includes(headLower)).at(-1);
      return person ? this.person(person.name, position, phrase) : null;
    }
    // "the ministry", "the company", "the authority": the organisation last named with that word.
    if (described && tokens.length <= 3 && !isCapitalized(head)) {
      const org = this.index.lastOrganization(head, position);
      if (org) return this.organization(org.name, position, phrase);
      // (Acronyms match as written: "the number who" is not the WHO.)
      if (lex.organizationWords.some((w) => w.toLowerCase() === headLower && w !== w.toUpperCase())) return this.organization(core, position, phrase);
      return null;
    }

    // A name: capitalised words, possibly after a title.
    const capitalized = tokens.filter(isCapitalized);
    if (capitalized.length === 0 || !isCapitalized(head)) return null;
    // A name is capitalised words (and the small words inside names): "Rates of cannabis use disorder have
    // risen in U.S." is a clause.
    // A role in lower case may come first ("Wikileaks editor-in-chief Kristinn Hrafnsson").
    const inName = (w: string): boolean => isCapitalized(w) || lex.nameConnectors.includes(w) || this.determiners.has(w.toLowerCase()) || this.index.isTitleWord(w);
    const lastLower = tokens.map(inName).lastIndexOf(false);
    if (lastLower >= 0 && (lastLower >= MAX_ROLE_WORDS || lex.prepositions.includes(tokens[lastLower]?.toLowerCase() ?? '') || !tokens.slice(0, lastLower).some(isCapitalized) && lastLower > 2)) return null;
    const named = this.index.classify(tokens.filter((w) => !this.determiners.has(w.toLowerCase()) || isCapitalized(w)));
    if (!named) return null;
    if (named.kind === 'media') return { key: `media:${named.name.toLowerCase()}`, name: named.name, kind: 'media', anonymous: false, role: null, surface: phrase };
    if (named.kind === 'organization') return this.organization(named.name, position, phrase);
    const known = this.index.person(named.name, position);
    // "her mother, Fiona, said": a given name alone is a person.
    const given = named.name.split(' ').length === 1 && givenName(named.name).known;
    if (named.kind === 'person' || known || given) return this.person(known?.name ?? named.name, position, phrase, named.role);
    // One capitalised word that is no known person: a place or body speaking ("Moscow", "Google"),
    // unless the cue is one only people have ("Putin's assertion").
    return hint === 'person' ? this.person(named.name, position, phrase) : this.organization(named.name, position, phrase);
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
    return { key: `person:${surname(full.name).toLowerCase()}`, name: full.name, kind: 'person', anonymous: false, role: full.role ?? role, surface };
  }

  private organization(name: string, position: number, surface: string): Speaker {
    const clean = name.replace(/^(the|a|an|la|el)\s+/iu, '').replace(/['’]s?$/u, '');
    const known = this.index.lastOrganization(clean, position + 1);
    const finalName = known && known.name.length > clean.length ? known.name : clean;
    return { key: `org:${finalName.toLowerCase()}`, name: finalName, kind: 'organization', anonymous: false, role: null, surface };
  }
}

function capitalize(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
