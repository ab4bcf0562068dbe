/**
 * Read aloud: the article spoken sentence by sentence with the Web Speech API, the sentence being read
 * highlighted and kept in view. Only voices that run on this device (`voice.localService`): the text
 * never leaves the machine. Hidden where the browser offers no such voice.
 *
 * Self-contained, so that any extension page can mount it over its own article element:
 *   mountReadAloud(controlsContainer, articleElement, { lang })
 * Its words come from _locales; its highlight is the CSS highlight `cl-read-aloud` where the browser has
 * the Custom Highlight API, and the class `cl-reading` on the block being read everywhere.
 */
import { t } from './i18n.js';

export interface ReadAloudOptions {
  /** The article's language (BCP 47), to split sentences and prefer a matching voice. */
  lang?: string | null;
  /** The speech engine; the page's own by default (tests pass a fake). */
  speech?: SpeechSynthesis;
  /** Builds an utterance (tests pass a fake constructor). */
  utterance?: (text: string) => SpeechSynthesisUtterance;
}

export interface ReadAloud {
  /** The sentence being read, or null. */
  readonly current: string | null;
  stop(): void;
  destroy(): void;
}

interface Sentence { block: HTMLElement; text: string; range: Range }

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td, th, dt, dd';
/** Not part of the article's text: the reading-time line, the page's own controls, hidden text. */
const UNSPOKEN = '.cl-meta, button, [aria-hidden="true"], [hidden]';
const RATES = [0.75, 1, 1.25, 1.5, 2] as const;
const HIGHLIGHT = 'cl-read-aloud';

/** Splits the article's leaf blocks into sentences, each with a Range over its own text. */
export function sentencesOf(root: HTMLElement, lang: string): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const block of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (block.querySelector(BLOCKS) || block.closest(UNSPOKEN)) continue; // inner blocks are read instead
    const nodes = textNodes(block);
    const full = nodes.map((n) => n.data).join('');
    for (const { segment, index } of segmenter.segment(full)) {
      const text = segment.trim();
      if (!/\p{L}|\p{N}/u.test(text)) continue;
      const start = index + segment.indexOf(text);
      out.push({ block, text, range: rangeOver(nodes, start, start + text.length) });
    }
  }
  return out;
}

function textNodes(block: HTMLElement): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(UNSPOKEN)) nodes.push(n as Text);
  return nodes;
}

/** A Range from character `start` to `end` of the concatenated text of `nodes`. */
function rangeOver(nodes: Text[], start: number, end: number): Range {
  const range = (nodes[0]?.ownerDocument ?? document).createRange();
  let offset = 0;
  for (const node of nodes) {
    const next = offset + node.length;
    if (start >= offset && start <= next) range.setStart(node, start - offset);
    if (end >= offset && end <= next) {
      range.setEnd(node, end - offset);
      break;
    }
    offset = next;
  }
  return range;
}

/** Local voices, those matching the article's language first. */
export function localVoices(speech: SpeechSynthesis, lang: string): SpeechSynthesisVoice[] {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const local = speech.getVoices().filter((v) => v.localService);
  const matches = (v: SpeechSynthesisVoice): boolean => v.lang.toLowerCase().split(/[-_]/u)[0] === base;
  return [...local.filter(matches), ...local.filter((v) => !matches(v))];
}

function control<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function buildControls(container: HTMLElement): { play: HTMLButtonElement; rate: HTMLSelectElement; voice: HTMLSelectElement } {
  const play = control('button', 'cl-read-aloud-play');
  play.type = 'button';
  play.setAttribute('aria-pressed', 'false');
  play.textContent = t('readAloudPlay');
  const rate = control('select', 'cl-read-aloud-rate');
  rate.setAttribute('aria-label', t('readAloudRate'));
  for (const r of RATES) rate.append(new Option(`${r}×`, String(r), r === 1, r === 1));
  const voice = control('select', 'cl-read-aloud-voice');
  voice.setAttribute('aria-label', t('readAloudVoice'));
  const note = control('span', 'cl-read-aloud-note');
  note.textContent = t('readAloudLocalOnly');
  container.replaceChildren(play, rate, voice, note);
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', t('readAloudLabel'));
  return { play, rate, voice };
}

export function mountReadAloud(container: HTMLElement, article: HTMLElement, options: ReadAloudOptions = {}): ReadAloud | null {
  const speech = options.speech ?? (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);
  if (!speech) {
    container.hidden = true;
    return null;
  }
  return new Player(container, article, speech, options);
}

/** One article's reading: where it is, what it says next, and the controls that steer it. */
class Player implements ReadAloud {
  private readonly controls: ReturnType<typeof buildControls>;
  private readonly lang: string;
  private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance;
  private voices: SpeechSynthesisVoice[] = [];
  private sentences: Sentence[] = [];
  private index = 0;
  private playing = false;
  /** Each utterance's token: cancel() fires `end` on the old one, which must not advance. */
  private token = 0;
  private readonly onVoices = (): void => this.fillVoices();

  constructor(private readonly container: HTMLElement, private readonly article: HTMLElement, private readonly speech: SpeechSynthesis, options: ReadAloudOptions) {
    this.lang = options.lang || document.documentElement.lang || 'en';
    this.makeUtterance = options.utterance ?? ((text: string) => new SpeechSynthesisUtterance(text));
    this.controls = buildControls(container);
    this.controls.play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    // Rate or voice changed mid-sentence: say the current sentence again with the new one.
    for (const select of [this.controls.rate, this.controls.voice]) select.addEventListener('change', () => this.playing && this.restart());
    speech.addEventListener('voiceschanged', this.onVoices);
    this.fillVoices();
  }

  get current(): string | null {
    return this.playing ? this.sentences[this.index]?.text ?? null : null;
  }

  stop(): void {
    this.silence();
    this.setPlaying(false);
    this.index = 0;
    this.mark(undefined);
  }

  destroy(): void {
    this.stop();
    this.speech.removeEventListener('voiceschanged', this.onVoices);
    this.container.replaceChildren();
  }

  private play(): void {
    // From the start, or the article was drawn again (put back, hide) while paused.
    if (this.index === 0 || !this.sentences[this.index]?.block.isConnected) {
      this.sentences = sentencesOf(this.article, this.lang);
      this.index = 0;
    }
    this.setPlaying(true);
    this.speak();
  }

  /** Pauses by cancelling and resumes from the start of the same sentence: speechSynthesis.pause() is
   * unreliable across engines (Chrome drops paused speech after a while). */
  private pause(): void {
    this.silence();
    this.setPlaying(false);
  }

  private restart(): void {
    this.silence();
    this.speak();
  }

  private silence(): void {
    this.token += 1;
    this.speech.cancel();
  }

  private speak(): void {
    const sentence = this.sentences[this.index];
    if (!sentence) return this.stop();
    const mine = ++this.token;
    const utterance = this.makeUtterance(sentence.text);
    utterance.lang = this.lang;
    utterance.rate = Number(this.controls.rate.value);
    const chosen = this.voices.find((v) => v.voiceURI === this.controls.voice.value) ?? this.voices[0];
    if (chosen) utterance.voice = chosen;
    utterance.onend = () => {
      if (mine !== this.token || !this.playing) return;
      this.index += 1;
      this.speak();
    };
    utterance.onerror = utterance.onend;
    this.mark(sentence);
    this.speech.speak(utterance);
  }

  private setPlaying(on: boolean): void {
    this.playing = on;
    this.controls.play.setAttribute('aria-pressed', String(on));
    this.controls.play.textContent = t(on ? 'readAloudPause' : 'readAloudPlay');
  }

  private fillVoices(): void {
    const { voice } = this.controls;
    this.voices = localVoices(this.speech, this.lang);
    this.container.hidden = this.voices.length === 0;
    const chosen = voice.value;
    voice.replaceChildren(...this.voices.map((v) => new Option(`${v.name} (${v.lang})`, v.voiceURI)));
    if (this.voices.some((v) => v.voiceURI === chosen)) voice.value = chosen;
    if (this.voices.length === 0 && this.playing) this.stop();
  }

  private mark(sentence: Sentence | undefined): void {
    for (const el of this.article.querySelectorAll('.cl-reading')) el.classList.remove('cl-reading');
    const highlights = typeof CSS !== 'undefined' ? (CSS as { highlights?: Map<string, unknown> }).highlights : undefined;
    highlights?.delete(HIGHLIGHT);
    if (!sentence) return;
    sentence.block.classList.add('cl-reading');
    if (highlights && typeof Highlight === 'function') highlights.set(HIGHLIGHT, new Highlight(sentence.range));
    keepInView(sentence.range, sentence.block);
  }
}

/** Scrolls the sentence into view only when it is not already visible. */
function keepInView(range: Range, block: HTMLElement): void {
  const box = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  const view = block.ownerDocument.defaultView;
  if (!box || !view || (box.top >= 0 && box.bottom <= view.innerHeight && box.height > 0)) return;
  block.scrollIntoView({ block: 'center', behavior: view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}
