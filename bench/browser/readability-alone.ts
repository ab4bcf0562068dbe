/**
 * Run in a plain page of the browser under test (bench/page-responsiveness.ts injects it): the page at
 * `url` fetched, parsed with DOMParser and read by Readability alone, timed, so the popup's figures
 * have Readability's own cost in the same browser and the same run beside them.
 */
import { Readability } from '@mozilla/readability';

async function readabilityAlone(url: string): Promise<{ parseMs: number; readabilityMs: number; ok: boolean }> {
  const html = await (await fetch(url)).text();
  const started = performance.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parsed = performance.now();
  const article = new Readability(doc).parse();
  return { parseMs: parsed - started, readabilityMs: performance.now() - parsed, ok: article !== null };
}

(globalThis as { __readabilityAlone?: typeof readabilityAlone }).__readabilityAlone = readabilityAlone;
