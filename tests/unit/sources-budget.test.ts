/** findSources stops at its word budget and says so; the report counts the words it read. */
import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/pipeline/sources/find-sources.js';

const paragraph = (i: number): string => `“We will finish the bridge in ${i} weeks,” said Mayor Tom Reed${i}. The council met on Monday to discuss it again.`;

describe('the word budget', () => {
  it('reads a short article whole', () => {
    const report = findSources({ text: paragraph(1) });
    expect(report.truncated).toBe(false);
    expect(report.wordsAnalysed).toBe(paragraph(1).split(/\s+/u).length);
  });

  it('stops at the last whole paragraph within the budget, says so, and finds nothing past it', () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n');
    const report = findSources({ text, maxWords: 100 });
    expect(report.truncated).toBe(true);
    expect(report.wordsAnalysed).toBeLessThanOrEqual(100);
    expect(report.wordsAnalysed).toBeGreaterThan(80);
    expect(report.sources.length).toBeGreaterThan(0);
    expect(report.sources.every((s) => s.position < text.indexOf(paragraph(6)))).toBe(true);
  });
});
