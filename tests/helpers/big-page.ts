/**
 * A synthetic news article of any size (the 10 MB page of issue 14 and the per-size cost table):
 * a headline, a byline, then paragraphs that quote people, cite reports and link out, as real
 * articles do, so every part of the pipeline has work at every size. Deterministic.
 */
const SENTENCES = [
  'The committee heard testimony for six hours before voting to send the bill to the full chamber.',
  '"We have waited long enough for this," said Maria Lopez, who chairs the transport panel.',
  'According to a report by the National Audit Office, costs rose by 14 percent over two years.',
  'Leaders expect a close vote next week, and several members have not said how they will vote.',
  'A spokesperson for the ministry said the figures would be published in the spring.',
  'Residents near the proposed route told reporters they had not been consulted.',
];

function paragraph(i: number): string {
  const a = SENTENCES[i % SENTENCES.length] ?? '';
  const b = SENTENCES[(i * 7 + 3) % SENTENCES.length] ?? '';
  const link = i % 9 === 0 ? ` Read <a href="https://example.org/reports/${i % 50}">the full study</a> for details.` : '';
  return `<p>${i + 1}. ${a} ${b}${link}</p>`;
}

/** An article page of about `bytes` bytes of HTML. */
export function syntheticArticle(bytes: number): string {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes on the new rail line</title></head>'
    + '<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article>'
    + '<h1>Council votes on the new rail line</h1><p class="byline">By Sam Carter</p>';
  const tail = '</article></main><footer><p>© Example News</p></footer></body></html>';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i += 1) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length;
    if (i % 40 === 39) {
      parts.push('<h2>What happens next</h2>');
      size += 25;
    }
  }
  parts.push(tail);
  return parts.join('');
}
