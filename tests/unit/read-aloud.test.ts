// @vitest-environment jsdom
/**
 * Read aloud over a fake speechSynthesis: local voices only, sentence by sentence with the chosen voice
 * and rate, the block being read marked, pause and resume, rate changes mid-sentence, hidden without voices.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/extension/platform/browser.js', () => ({ default: { i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' } } }));
const { mountReadAloud, sentencesOf } = await import('../../src/extension/ui/read-aloud.js');

interface FakeUtterance { text: string; lang: string; rate: number; voice: SpeechSynthesisVoice | null; onend: (() => void) | null; onerror: (() => void) | null }

const voice = (name: string, lang: string, localService: boolean): SpeechSynthesisVoice =>
  ({ name, lang, localService, voiceURI: `urn:${name}`, default: false });

class FakeSpeech extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: FakeUtterance[] = [];
  cancels = 0;
  getVoices(): SpeechSynthesisVoice[] { return this.voices; }
  speak(u: FakeUtterance): void { this.spoken.push(u); }
  cancel(): void {
    this.cancels += 1;
    // Engines fire `end` on the utterance they drop.
    this.spoken.at(-1)?.onend?.();
  }
  /** The engine finishes the utterance it is saying. */
  finish(): void { this.spoken.at(-1)?.onend?.(); }
}

function setUp(voices: SpeechSynthesisVoice[]) {
  document.body.innerHTML = `<div id="controls"></div><article id="a">
    <p class="cl-meta">5 min read</p>
    <h1>Council Votes on the Budget</h1>
    <p>The council met on Monday. It voted 7 to 2, after a <a href="#">long debate</a>.</p>
    <ul><li>Parks get more money.</li></ul>
  </article>`;
  const speech = new FakeSpeech();
  speech.voices = voices;
  const controls = document.getElementById('controls') as HTMLElement;
  const article = document.getElementById('a') as HTMLElement;
  const reader = mountReadAloud(controls, article, {
    lang: 'en', speech: speech as unknown as SpeechSynthesis,
    utterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance,
  });
  const play = controls.querySelector('button') as HTMLButtonElement;
  const [rate, voiceSelect] = controls.querySelectorAll('select');
  return { speech, controls, article, reader, play, rate: rate as HTMLSelectElement, voiceSelect: voiceSelect as HTMLSelectElement };
}

describe('read aloud', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('splits the article into sentences, skipping the reading-time line', () => {
    const { article } = setUp([voice('Local', 'en-GB', true)]);
    expect(sentencesOf(article, 'en').map((s) => s.text)).toEqual([
      'Council Votes on the Budget', 'The council met on Monday.', 'It voted 7 to 2, after a long debate.', 'Parks get more money.',
    ]);
    // Each sentence's range covers exactly its words, across the link inside it.
    expect(sentencesOf(article, 'en')[2]?.range.toString()).toBe('It voted 7 to 2, after a long debate.');
  });

  it('offers only local voices, the article language first, and says so', () => {
    const { voiceSelect, controls } = setUp([voice('Cloud', 'en-US', false), voice('Marta', 'es-ES', true), voice('Daniel', 'en-GB', true)]);
    expect([...voiceSelect.options].map((o) => o.textContent)).toEqual(['Daniel (en-GB)', 'Marta (es-ES)']);
    expect(controls.hidden).toBe(false);
    expect(controls.textContent).toContain('readAloudLocalOnly');
  });

  it('is hidden where the browser has no local voice, and appears when voices arrive', () => {
    const { controls, speech } = setUp([voice('Cloud', 'en-US', false)]);
    expect(controls.hidden).toBe(true);
    speech.voices = [voice('Daniel', 'en-GB', true)];
    speech.dispatchEvent(new Event('voiceschanged'));
    expect(controls.hidden).toBe(false);
  });

  it('reads sentence after sentence with the chosen voice and rate, marking the block being read', () => {
    const { speech, play, rate, voiceSelect, article, reader } = setUp([voice('Daniel', 'en-GB', true), voice('Kate', 'en-GB', true)]);
    voiceSelect.value = 'urn:Kate';
    rate.value = '1.5';
    play.click();
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect(speech.spoken[0]).toMatchObject({ text: 'Council Votes on the Budget', rate: 1.5, lang: 'en' });
    expect(speech.spoken[0]?.voice?.name).toBe('Kate');
    // (querySelectorAll: jsdom's querySelector can answer from a stale cache after a class change)
    const reading = (): string[] => [...article.querySelectorAll('.cl-reading')].map((el) => el.textContent.slice(0, 15));
    expect(reading()).toEqual(['Council Votes o']);
    speech.finish();
    expect(reader?.current).toBe('The council met on Monday.');
    expect(reading()).toEqual(['The council met']);
    speech.finish();
    speech.finish();
    expect(speech.spoken.map((u) => u.text).at(-1)).toBe('Parks get more money.');
    speech.finish();
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(reading()).toEqual([]);
  });

  it('pause keeps the place (the dropped utterance does not advance); play resumes that sentence', () => {
    const { speech, play } = setUp([voice('Daniel', 'en-GB', true)]);
    play.click();
    speech.finish();
    play.click(); // pause: cancel() fires `end`, which must not move on
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(speech.spoken).toHaveLength(2);
    play.click();
    expect(speech.spoken.map((u) => u.text)).toEqual(['Council Votes on the Budget', 'The council met on Monday.', 'The council met on Monday.']);
  });

  it('a new rate mid-sentence says the same sentence again at that rate', () => {
    const { speech, play, rate } = setUp([voice('Daniel', 'en-GB', true)]);
    play.click();
    rate.value = '2';
    rate.dispatchEvent(new Event('change'));
    expect(speech.spoken.map((u) => [u.text, u.rate])).toEqual([['Council Votes on the Budget', 1], ['Council Votes on the Budget', 2]]);
  });

  it('no speechSynthesis at all: hidden, nothing mounted', () => {
    document.body.innerHTML = '<div id="c"></div><article id="a"><p>Text.</p></article>';
    const c = document.getElementById('c') as HTMLElement;
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'speechSynthesis');
    expect(mountReadAloud(c, document.getElementById('a') as HTMLElement, { lang: 'en' })).toBeNull();
    expect(c.hidden).toBe(true);
    expect(saved).toBeUndefined();
  });
});
