/**
 * Names in the article: every run of capitalised words, split into a role ("Treasury Secretary")
 * and a name ("Scott Bessent"), classified as person, organisation or outlet. The index lets later
 * mentions ("Bessent", "the secretary", "he") find the full name and the role of the first mention.
 */
import type { Lexicon } from './lexicon/types.js';
import type { SourceKind } from './types.js';

export interface Mention {
  name: string;
  role: string | null;
  kind: Extract<SourceKind, 'person' | 'organization' | 'media'> | 'unknown';
  start: number;
  end: number;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const POSSESSIVE = /['’]s?$/u;
/** Abbreviations that keep their period inside a name ("Sen.", "U.S.", "Inc."). */
const ABBREVIATED = /^((?:\p{Lu}\.)+|Mr|Mrs|Ms|Mx|Dr|Dra|Sra|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No)\.?$/u;
/** Small words inside organisation names: "Department of Justice", "Instituto Nacional de Estadística". */
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'la', 'las', 'los', 'du', 'des', 'der', 'für', 'on', 'in']);

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    // Sentence-final periods are punctuation; abbreviations ("U.S.", "Sen.") keep theirs.
    if (word.endsWith('.') && !ABBREVIATED.test(word)) word = word.slice(0, -1);
    out.push({ text: word, start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + word.length });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export class MentionIndex {
  readonly mentions: Mention[] = [];
  private readonly titles: Set<string>;
  private readonly lowerTitles: Set<string>;
  private readonly orgWords: Set<string>;
  private readonly notNames: Set<string>;

  constructor(private readonly text: string, private readonly lex: Lexicon) {
    this.titles = new Set(lex.titleHeads);
    this.lowerTitles = new Set(lex.titleHeads.map((t) => t.toLowerCase()));
    this.orgWords = new Set(lex.organizationWords);
    this.notNames = new Set(lex.notNames);
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
    while (lead < words.length && this.notNames.has(words[lead] ?? '')) lead += 1;
    const run = words.slice(lead).map((w, i, all) => (i === all.length - 1 ? w.replace(POSSESSIVE, '') : w));
    if (run.length === 0) return null;
    const joined = run.join(' ');
    if (this.isMedia(joined)) return { role: null, name: joined, kind: 'media' };
    let lastTitle = -1;
    run.forEach((w, i) => {
      if (this.isTitle(w)) lastTitle = i;
    });
    const nameWords = run.slice(lastTitle + 1);
    // A title before a name that is no organisation makes a person: "Treasury Secretary Scott Bessent".
    if (lastTitle >= 0 && nameWords.length > 0 && !nameWords.some((w) => this.orgWords.has(w))) {
      return { role: run.slice(0, lastTitle + 1).join(' '), name: nameWords.join(' '), kind: 'person' };
    }
    if (run.some((w) => this.orgWords.has(w)) || this.lex.organizationWords.some((w) => w.includes(' ') && joined.includes(w))) {
      return { role: null, name: joined, kind: 'organization' };
    }
    if (nameWords.length === 0) return null;
    return { role: null, name: joined, kind: nameWords.length >= 2 ? 'person' : 'unknown' };
  }

  isMedia(name: string): boolean {
    if (this.lex.mediaNames.some((m) => m === name || m === name.replace(/^The /u, ''))) return true;
    const words = name.split(' ');
    return words.length >= 2 && this.lex.mediaWords.includes(words.at(-1) ?? '');
  }

  /** The full person entry for a name or surname, preferring the last before `position`. */
  person(name: string, position = Infinity): Mention | null {
    const last = name.split(' ').at(-1) ?? name;
    const candidates = this.mentions.filter((m) => m.kind === 'person' && (m.name === name || m.name.split(' ').at(-1) === last));
    if (candidates.length === 0) return null;
    const before = candidates.filter((m) => m.start < position);
    return (before.at(-1) ?? candidates[0]) ?? null;
  }

  /** Fullest name and the role of the first mention that gives one. */
  fullest(name: string): { name: string; role: string | null; aliases: string[] } {
    const last = name.split(' ').at(-1) ?? name;
    const same = this.mentions.filter((m) => m.kind === 'person' && m.name.split(' ').at(-1) === last);
    const full = same.reduce((best, m) => (m.name.length > best.length ? m.name : best), name);
    const role = same.find((m) => m.role)?.role ?? null;
    const aliases = [...new Set(same.flatMap((m) => [m.name, m.role ? `${m.role} ${m.name}` : '']).filter((a) => a && a !== full))];
    return { name: full, role, aliases };
  }

  /** The nearest person mentioned before `position` (for "he", "she", "who"). */
  lastPerson(position: number, after = 0): Mention | null {
    for (let i = this.mentions.length - 1; i >= 0; i -= 1) {
      const m = this.mentions[i];
      if (m && m.kind === 'person' && m.start < position && m.start >= after) return m;
    }
    return null;
  }

  /** The nearest organisation before `position` whose name holds `head` ("the ministry"). */
  lastOrganization(head: string, position: number): Mention | null {
    const h = head.toLowerCase();
    for (let i = this.mentions.length - 1; i >= 0; i -= 1) {
      const m = this.mentions[i];
      if (m && m.kind === 'organization' && m.start < position && m.name.toLowerCase().includes(h)) return m;
    }
    return null;
  }

  private scan(): void {
    const tokens = tokenize(this.text);
    let run: Token[] = [];
    const flush = (): void => {
      if (run.length > 0) this.addRun(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      const previous = run.at(-1);
      const adjacent = previous ? /^[ \t\u00a0]+$/u.test(this.text.slice(previous.end, token.start)) && !/['’]s?$/u.test(previous.text) : true;
      const next = tokens[i + 1];
      // "Department of Justice": a small word joins a run when a capitalised word follows it.
      const joins = run.length > 0 && CONNECTORS.has(token.text) && next !== undefined && isCapitalized(next.text)
        && /^[ \t]+$/u.test(this.text.slice(token.end, next.start));
      if ((isCapitalized(token.text) || (run.length > 0 && this.isTitle(token.text)) || joins) && adjacent) run.push(token);
      else {
        flush();
        if (isCapitalized(token.text)) run.push(token);
      }
    }
    flush();
    this.addSurnames();
  }

  private addRun(whole: Token[]): void {
    // Small joining words belong in organisation names only: "President Zelensky of Ukraine" is a
    // person and a place, "Department of Justice" one body.
    const connector = whole.findIndex((t) => CONNECTORS.has(t.text));
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
    this.mentions.push({ name: found.name, role, kind: found.kind, start: first.start, end: last.end });
  }

  /** A later bare surname ("Bessent", "Dmitriev’s") is a mention of the person already named. */
  private addSurnames(): void {
    const known = this.mentions.filter((m) => m.kind === 'person');
    for (const m of [...this.mentions]) {
      if (m.kind !== 'unknown') continue;
      const person = known.find((k) => k.name.split(' ').at(-1) === m.name);
      if (person) m.kind = 'person';
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }
}
