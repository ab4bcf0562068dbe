/**
 * Names in the article: every run of capitalised words, split into a role ("Treasury Secretary")
 * and a name ("Scott Bessent"), classified as person, organisation or outlet. The index lets later
 * mentions ("Bessent", "the secretary", "he") find the full name and the role of the first mention.
 */
import { FIRST_NAMES } from './lexicon/first-names.js';
import type { Lexicon } from './lexicon/types.js';
import { lastBefore } from './span-lookup.js';
import { abbreviationPattern } from './text-model.js';
import type { SourceKind } from './types.js';

export interface Mention {
  name: string;
  role: string | null;
  kind: Extract<SourceKind, 'person' | 'organization' | 'media'> | 'unknown';
  start: number;
  end: number;
  /** Known from a given name or a title ("Ms.", "spokeswoman"): what "she" and "he" must agree with. */
  gender: Gender;
  /** A person for certain (a given name, a title, an age), not just two capitalised words ("South Carolina"). */
  sure: boolean;
}

export type Gender = 'female' | 'male' | null;

/**
 * How many earlier mentions a back reference ("he", "the ministry", "the senator") looks through at most:
 * a careful reader's antecedent is near, and the bound keeps findSources linear in the article's length.
 */
const LOOKBACK = 60;


const GIVEN = {
  female: new Set(FIRST_NAMES.female.split(' ')),
  male: new Set(FIRST_NAMES.male.split(' ')),
  either: new Set(FIRST_NAMES.either.split(' ')),
};

/** The gender a given name carries, or null; `known` when it is a given name at all. */
export function givenName(word: string): { known: boolean; gender: Gender } {
  const w = word.toLowerCase();
  if (GIVEN.female.has(w)) return { known: true, gender: 'female' };
  if (GIVEN.male.has(w)) return { known: true, gender: 'male' };
  return { known: GIVEN.either.has(w), gender: null };
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const POSSESSIVE = /['’]s?$/u;

export function tokenize(text: string, lex: Lexicon, offset = 0): Token[] {
  const abbreviated = abbreviationPattern(lex);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    // Sentence-final periods are punctuation; abbreviations ("U.S.", "Sen.") keep theirs.
    if (word.endsWith('.') && !abbreviated.test(word)) word = word.slice(0, -1);
    out.push({ text: word, start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + word.length });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Name suffixes that are not the surname: "James P. Kennedy Jr." is Kennedy. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;

/** The surname of a full name, suffixes aside. */
export function surname(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && SUFFIX.test(words.at(-1) ?? '')) words.pop();
  return words.at(-1) ?? name;
}

export class MentionIndex {
  readonly mentions: Mention[] = [];
  /** Persons in text order, all of them and by surname: what back references search (built once, after the scan). */
  private people: Mention[] = [];
  private peopleBySurname = new Map<string, Mention[]>();
  private organizations: Mention[] = [];
  private readonly fullestCache = new Map<string, { name: string; role: string | null; aliases: string[] }>();
  private readonly titles: Set<string>;
  private readonly lowerTitles: Set<string>;
  private readonly orgWords: Set<string>;
  private readonly notNames: Set<string>;
  private readonly connectors: Set<string>;
  private readonly openers: Set<string>;
  /** Outer offsets of the quoted passages, in text order. */
  private quoted: { start: number; end: number }[] = [];
  private readonly speakers = new Set<string>();
  private readonly headline: Set<string>;
  private readonly placeHeads: Set<string>;
  private readonly placeLeads: Set<string>;
  private readonly compound: RegExp;
  /** Words the article writes in lower case somewhere ("following", "recent"): a capital on them is the sentence's. */
  private readonly lowerWords = new Set<string>();
  /** Capitalised words the article also writes alone or at a name's end ("Ukraine"): not a given name's first half. */
  private readonly standalone = new Set<string>();
  private readonly particles: Set<string>;

  constructor(private readonly text: string, private readonly lex: Lexicon) {
    this.titles = new Set(lex.titleHeads);
    this.lowerTitles = new Set(lex.titleHeads.map((t) => t.toLowerCase()));
    this.orgWords = new Set(lex.organizationWords);
    this.notNames = new Set(lex.notNames);
    this.connectors = new Set(lex.runConnectors);
    this.openers = new Set([...lex.clauseOpeners, ...lex.prepositions]);
    this.headline = new Set(lex.headlineWords);
    this.placeHeads = new Set(lex.placeHeads);
    this.placeLeads = new Set(lex.placeLeads);
    this.particles = new Set(lex.nameParticles);
    this.compound = new RegExp(`^\\p{Lu}[\\p{L}.'’]*-(?:${lex.compoundDescriptors.join('|') || '(?!)'})$`, 'u');
    this.scan();
  }

  /** Is this word a title head as written in a name ("Secretary", "Sen.", "Council member")? */
  isTitle(word: string): boolean {
    return this.titles.has(word);
  }

  /** A title in any case: "the secretary" refers back to "Treasury Secretary Scott Bessent". */
  isTitleWord(word: string): boolean {
    return this.lowerTitles.has(word.toLowerCase());
  }

  /** Splits capitalised words into a role and a name, and says what kind of name it is. */
  classify(words: string[]): { role: string | null; name: string; kind: Mention['kind'] } | null {
    let lead = 0;
    // "Whether Bartleby", "About Lute", "The Kremlin": a sentence's opening word is no part of the name.
    while (lead < words.length && (this.notNames.has(words[lead] ?? '') || this.openers.has((words[lead] ?? '').toLowerCase()))) lead += 1;
    // "The Hypocrisy Of Sam Yagan": a capitalised small word inside a run is a headline's title case; the name follows it.
    for (let i = words.length - 1; i > lead; i -= 1) if (this.headline.has(words[i] ?? '')) { lead = i + 1; break; }
    // "Australian-born Assange", "Sacramento-based McClatchy": a describing compound is no part of the name.
    while (lead < words.length - 1 && this.compound.test(words[lead] ?? '')) lead += 1;
    let run = words.slice(lead).map((w, i, all) => (i === all.length - 1 ? w.replace(POSSESSIVE, '') : w));
    if (run.length === 0) return null;
    if (this.isMedia(run.join(' '))) return { role: null, name: run.join(' '), kind: 'media' };
    run = this.fromGivenName(run);
    // "Dr. Joneigh Khaldun of the Michigan Department of Health": a person and the body they are with.
    const of = run.findIndex((w, i) => i > 0 && this.connectors.has(w));
    if (of > 0) {
      const person = this.classify(run.slice(0, of));
      const sure = person?.role !== null || givenName(person.name.split(' ')[0] ?? '').known;
      const body = run.slice(of + 1).filter((w, i) => i > 0 || !this.lex.articles.includes(w.toLowerCase())).join(' ');
      if (person?.kind === 'person' && sure) return { ...person, role: body || person.role };
    }
    const joined = run.join(' ');
    let lastTitle = -1;
    run.forEach((w, i) => {
      // "White House press secretary Josh Earnest": titles inside a run may be lower case.
      if (this.isTitle(w) || (i > 0 && this.isTitleWord(w))) lastTitle = i;
    });
    const nameWords = run.slice(lastTitle + 1);
    // "CEO of Take-Two", "Senior Vice President of Sales for Dräger": a title and its complement, no name.
    if (lastTitle >= 0 && this.connectors.has(nameWords[0] ?? '')) return null;
    // A title before a name that is no organisation makes a person: "Treasury Secretary Scott Bessent".
    if (lastTitle >= 0 && nameWords.length > 0 && !nameWords.some((w) => this.orgWords.has(w))) {
      return { role: run.slice(0, lastTitle + 1).join(' '), name: nameWords.join(' '), kind: 'person' };
    }
    if (run.some((w) => this.orgWords.has(w)) || this.lex.organizationWords.some((w) => w.includes(' ') && joined.includes(w))) {
      return { role: null, name: joined, kind: 'organization' };
    }
    if (nameWords.length === 0) return null;
    // "Iraq and Syria", "Russian and Syrian": a person's name never holds "and" (two people are split before this).
    if (run.some((w, i) => w === this.lex.and && isCapitalized(run[i - 1] ?? '') && isCapitalized(run[i + 1] ?? ''))) return null;
    // "of 1119 Eighth St.", "Central Avenue": a street or a river never speaks.
    if (this.placeHeads.has(run.at(-1) ?? '')) return null;
    // "South Africa said": a place speaking is its government, not a person.
    const place = run.length >= 2 && run.length <= 3 && this.placeLeads.has(run[0] ?? '') && run.every(isCapitalized) && !run.some((w) => givenName(w).known);
    if (place) return { role: null, name: joined, kind: 'organization' };
    return { role: null, name: joined, kind: nameWords.length >= 2 ? 'person' : 'unknown' };
  }

  isMedia(name: string): boolean {
    if (this.lex.mediaNames.some((m) => m === name || m === name.replace(/^The /u, ''))) return true;
    // "CBS DFW", "NBC News 4": an outlet's name begins with a known outlet.
    if (this.lex.mediaNames.some((m) => m.length > 2 && name.startsWith(`${m} `))) return true;
    const words = name.split(' ');
    return words.length >= 2 && this.lex.mediaWords.includes(words.at(-1) ?? '');
  }

  /**
   * "Enter Stuart R. Kaplan", "Ukraine Kurt Volker" (the envoy to Ukraine), "Employee Steve Castro": with no
   * title, a name that holds a given name after other capitalised words begins at the given name.
   */
  private fromGivenName(run: string[]): string[] {
    if (run.some((w, i) => this.isTitle(w) || (i > 0 && this.isTitleWord(w)) || this.orgWords.has(w))) return run;
    const given = run.findIndex((w) => givenName(w.split('-')[0] ?? w).known);
    if (given <= 0 || given > 2 || run.length - given < 2) return run;
    // Only words the article also uses on their own: "Lijo Jose Pellissery", "C. Eugene Steuerle", "Te Kaurinui Robert Parata" keep theirs.
    const lead = run.slice(0, given);
    const apart = lead.every((w) => !/^\p{Lu}\.$/u.test(w) && !this.particles.has(w) && (this.ordinary(w) || this.standalone.has(w) || /-\p{Ll}+$/u.test(w)));
    return apart ? run.slice(given) : run;
  }

  /** A person a reader knows as one: named somewhere with a given name, a title or an age. */
  isSurePerson(name: string): boolean {
    return (this.peopleBySurname.get(surname(name)) ?? []).some((m) => m.sure);
  }

  /** The full person entry for a name or surname, preferring the last before `position`. */
  person(name: string, position = Infinity): Mention | null {
    const candidates = this.peopleBySurname.get(surname(name)) ?? [];
    return candidates[lastBefore(candidates, position)] ?? candidates[0] ?? null;
  }

  /** Fullest name and the role of the first mention that gives one (the same wherever it is asked). */
  fullest(name: string): { name: string; role: string | null; aliases: string[] } {
    const last = surname(name);
    const cached = this.fullestCache.get(`${last}\u0000${name}`);
    if (cached) return cached;
    // "Fiona Parry" and her daughter "Eloise Parry": a full name grows only into names with its own given name.
    const words = name.split(' ');
    const all = this.peopleBySurname.get(last) ?? [];
    const titled = this.isTitle(words[0] ?? '') || this.isTitle(`${words[0] ?? ''}.`);   // "Mr Obama" is a surname with a title
    // ("Forrest Jones" grows into "Michael Forrest Jones", "Van Der Beek" into "James Van Der Beek".)
    const same = words.length > 1 && !titled ? all.filter((m) => m.name.split(' ')[0] === words[0] || m.name.endsWith(` ${name}`)) : all;
    const full = same.reduce((best, m) => (m.name.length > best.length ? m.name : best), name);
    const role = same.find((m) => m.role)?.role ?? null;
    const aliases = [...new Set(same.flatMap((m) => [m.name, m.role ? `${m.role} ${m.name}` : '']).filter((a) => a && a !== full))];
    const found = { name: full, role, aliases };
    this.fullestCache.set(`${last}\u0000${name}`, found);
    return found;
  }

  /**
   * The nearest person mentioned before `position` whom "he"/"she" can stand for: named outside a quotation,
   * a person for certain (or already a speaker), and of a gender that agrees when both are known; not the
   * object of a preposition, unless `objects` (a relative "who" follows its noun: "the views of Zelensky, who").
   */
  lastPerson(position: number, gender: Gender = null, objects = false): Mention | null {
    const from = lastBefore(this.people, position);
    for (let i = from; i >= 0 && i > from - LOOKBACK; i -= 1) {
      const m = this.people[i];
      if (!m || m.kind !== 'person' || this.isQuoted(m.start) || (!objects && this.isObject(m.start))) continue;
      if (!m.sure && !this.speakers.has(surname(m.name))) continue;
      if (gender && m.gender && m.gender !== gender) continue;
      return m;
    }
    return null;
  }

  /** The nearest person before `position` whose role holds `title` ("the senator" → "Sen. Ann Cole"). */
  lastPersonTitled(title: string, position: number): Mention | null {
    const from = lastBefore(this.people, position);
    for (let i = from; i >= 0 && i > from - LOOKBACK; i -= 1) {
      const m = this.people[i];
      if (m && (m.role ?? '').toLowerCase().includes(title)) return m;
    }
    return null;
  }

  /** Quoted passages (outer offsets): names inside them are not antecedents of pronouns outside. */
  setQuoted(spans: readonly { outerStart: number; outerEnd: number }[]): void {
    this.quoted = spans.map((q) => ({ start: q.outerStart, end: q.outerEnd }));
  }

  /** A person already quoted as a speaker is a person for certain, whatever their name. */
  markSpeaker(name: string): void {
    this.speakers.add(surname(name));
  }

  /** "harm to Omar": a name right after a preposition is an object, not who goes on speaking. */
  private isObject(at: number): boolean {
    const before = /(\p{L}+)\s+$/u.exec(this.text.slice(Math.max(0, at - 16), at))?.[1] ?? '';
    return this.lex.prepositions.includes(before.toLowerCase()) && before !== before.toUpperCase();
  }

  /** Inside a quoted passage (passages are in text order and do not overlap: a binary search). */
  private isQuoted(at: number): boolean {
    const q = this.quoted[lastBefore(this.quoted, at + 1)];
    return q !== undefined && at < q.end;
  }

  /** The nearest organisation before `position` whose name holds `head` ("the ministry"). */
  lastOrganization(head: string, position: number): Mention | null {
    const h = head.toLowerCase();
    const from = lastBefore(this.organizations, position);
    for (let i = from; i >= 0 && i > from - LOOKBACK; i -= 1) {
      const m = this.organizations[i];
      if (m?.name.toLowerCase().includes(h)) return m;
    }
    return null;
  }

  private scan(): void {
    const tokens = tokenize(this.text, this.lex);
    const runs: Token[][] = [];
    let run: Token[] = [];
    const flush = (): void => {
      if (run.length > 0) runs.push(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      const previous = run.at(-1);
      const adjacent = previous ? /^[ \t\u00a0]+$/u.test(this.text.slice(previous.end, token.start)) && !/['’]s?$/u.test(previous.text) : true;
      const next = tokens[i + 1];
      // "Department of Justice": a small word joins a run when a capitalised word follows it.
      const joins = run.length > 0 && this.connectors.has(token.text) && next !== undefined && isCapitalized(next.text)
        && /^[ \t]+$/u.test(this.text.slice(token.end, next.start));
      // "State Department official David Holmes": a lower-case title joins a run only before a name.
      const titled = run.length > 0 && this.isTitle(token.text) && (isCapitalized(token.text) || (next !== undefined && isCapitalized(next.text)));
      if ((isCapitalized(token.text) || titled || joins) && adjacent) run.push(token);
      else {
        flush();
        if (isCapitalized(token.text)) run.push(token);
        else this.lowerWords.add(token.text);
      }
    }
    flush();
    const openers = this.sentenceOpeners(runs);
    for (const r of runs) this.addRun(openers.has(r) ? r.slice(1) : r);
    this.addSurnames();
  }

  /**
   * Runs whose first word is capitalised only because it opens the sentence: "Accordingly Turkey", "Questioning
   * Vindman", "Hosting Cook". The word is never capitalised inside a sentence, is no given name or title, reads
   * as an ordinary word (the article writes it in lower case, or it ends in -ly or -ing), and the rest of the run
   * is a name the article also writes without it.
   */
  private sentenceOpeners(runs: Token[][]): Set<Token[]> {
    const inside = new Set<string>();
    // For each run tail ("Cook", "Kurt Volker"), the words seen right before it ('' at a run's start).
    const before = new Map<string, Set<string>>();
    for (const r of runs) {
      const last = r.at(-1);
      if (last) this.standalone.add(last.text.replace(POSSESSIVE, ''));
      r.forEach((t, i) => {
        if (i > 0 || !this.opensSentence(t.start)) inside.add(t.text);
        const tail = r.slice(i).map((x) => x.text.replace(POSSESSIVE, '')).join(' ');
        const seen = before.get(tail) ?? new Set<string>();
        seen.add(r[i - 1]?.text ?? '');
        before.set(tail, seen);
      });
    }
    const out = new Set<Token[]>();
    for (const r of runs) {
      const first = r[0];
      if (!first || r.length < 2 || inside.has(first.text) || this.isTitle(first.text) || this.particles.has(first.text) || givenName(first.text).known) continue;
      const tail = r.slice(1).map((x) => x.text.replace(POSSESSIVE, '')).join(' ');
      if (this.ordinary(first.text) && [...(before.get(tail) ?? [])].some((p) => p !== first.text)) out.add(r);
    }
    return out;
  }

  /** A capitalised word that reads as an ordinary word: the article writes it (or its plural) in lower case, or it ends in -ly or -ing. */
  private ordinary(word: string): boolean {
    const w = word.toLowerCase();
    return this.lowerWords.has(w) || this.lowerWords.has(`${w}s`) || (/ly$/u.test(w) && w.length >= 6) || (/ing$/u.test(w) && w.length >= 7);
  }

  /** Is this the first word of a sentence (or of a quotation, a paragraph, the text)? */
  private opensSentence(at: number): boolean {
    const from = Math.max(0, at - 8);
    const left = this.text.slice(from, at);
    return (from === 0 && /^[\s"“‘'(\[]*$/u.test(left)) || /(?:[.!?]["”’)\]]?\s+|\n\s*|["“‘(]\s*|:\s+)$/u.test(left);
  }

  private addRun(whole: Token[]): void {
    // Small joining words belong in organisation names only: "President Zelensky of Ukraine" is a
    // person and a place, "Department of Justice" one body.
    const connector = whole.findIndex((t) => this.connectors.has(t.text));
    if (connector > 0 && !whole.some((t) => this.orgWords.has(t.text))) {
      this.addRun(whole.slice(0, connector));
      this.addRun(whole.slice(connector + 1));
      return;
    }
    const run = whole;
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return;
    // Documents ("Executive Order 14024") are cited, not people: attribution.ts finds them.
    const from = this.text.slice(first.start, last.end + 24);
    if (this.lex.documentPatterns.some((p) => p.exec(from)?.index === 0)) return;
    const found = this.classify(run.map((t) => t.text));
    if (!found) return;
    let role = found.role;
    // "President Zelensky of Ukraine": the place completes the role.
    const after = this.text.slice(last.end, last.end + 40);
    const of = /^ of ((?:the )?\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)/u.exec(after);
    if (found.kind === 'person' && role && of?.[1]) role = `${role} of ${of[1].replace(POSSESSIVE, '')}`;
    // "Kirill Dmitriev, a key Russian diplomat,": an apposition gives the role.
    const apposition = /^,\s+(?:a|an|the)\s+([^,.;]{3,60}?),/u.exec(this.text.slice(last.end, last.end + 80));
    if (found.kind === 'person' && !role && apposition?.[1]) role = apposition[1];
    const given = givenName(found.name.split(' ')[0] ?? '');
    // "her mother, Fiona, said": a given name alone is a person.
    if (found.kind === 'unknown' && given.known) found.kind = 'person';
    const gender = given.gender ?? this.titleGender(found.role ?? '');
    // "Patrick Carlineo Jr., 55,": an age makes a person.
    const aged = /^,\s*\d{1,3},/u.test(this.text.slice(last.end, last.end + 8));
    const sure = found.kind === 'person' && (given.known || found.role !== null || aged);
    this.mentions.push({ name: found.name, role, kind: found.kind, start: first.start, end: last.end, gender, sure });
  }

  private titleGender(role: string): Gender {
    const words = role.split(/\s+/u);
    if (words.some((w) => this.lex.titleGender.female.includes(w))) return 'female';
    if (words.some((w) => this.lex.titleGender.male.includes(w))) return 'male';
    return null;
  }

  /** A later bare surname ("Bessent", "Dmitriev’s") is a mention of the person already named. */
  private addSurnames(): void {
    // Persons by surname as the scan found them (before any bare surname joins them).
    const known = bySurname(this.mentions.filter((x) => x.kind === 'person'));
    for (const m of this.mentions) {
      if (m.kind !== 'unknown' && !(m.kind === 'person' && m.name.split(' ').length === 1)) continue;
      const person = known.get(m.name)?.find((k) => k !== m);
      if (!person) continue;
      m.kind = 'person';
      // "Omar" after "Ilhan Omar" is her surname, not the man's given name.
      m.gender = person.gender;
      m.sure ||= person.sure;
    }
    this.mentions.sort((a, b) => a.start - b.start);
    this.buildLookups();
  }

  private buildLookups(): void {
    this.people = this.mentions.filter((m) => m.kind === 'person');
    this.organizations = this.mentions.filter((m) => m.kind === 'organization');
    this.peopleBySurname = bySurname(this.people);
  }
}

/** Persons grouped by surname, each list in the order given. */
function bySurname(people: Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of people) {
    const list = out.get(surname(m.name)) ?? [];
    list.push(m);
    out.set(surname(m.name), list);
  }
  return out;
}
