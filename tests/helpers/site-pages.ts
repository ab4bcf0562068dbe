/**
 * Articles of one made-up site, each with its own story and the same two site lines (a masthead
 * promo and a sign-off) that no built-in rule knows: what site memory must learn. Used by the unit
 * tests, the end-to-end scenario and the bench.
 */
export const PROMO = 'ZEBRA GAZETTE — Local news, since 1887';
export const SIGN_OFF = 'Thanks for reading the Gazette. Our reporters answer to you, the people of Zebra County.';

const LEADS = [
  'The council voted on Tuesday to repave Mill Street', 'The county library reopened its east wing after a year',
  'A high school robotics team won the state final', 'Farmers reported an early harvest of sweet corn',
  'The harbour authority approved a new ferry schedule', 'A storm knocked out power to four thousand homes',
  'The hospital opened a clinic for rural patients', 'Teachers agreed a contract after long talks',
];
const WHO = ['contractors', 'librarians', 'students', 'growers', 'commuters', 'engineers', 'nurses', 'parents'];
const WHAT = ['asphalt', 'reading rooms', 'sensors', 'irrigation', 'timetables', 'power lines', 'clinics', 'salaries'];
const WHEN = ['the spring thaw', 'the roof repair', 'the last round', 'the dry June', 'the winter storms', 'the audit', 'the election', 'the budget vote'];

const pick = (list: string[], n: number): string => list[n % list.length] ?? '';

/** The n-th story's paragraphs: every n gives different text (the number is part of it). */
export function storyParagraphs(n: number): string[] {
  const lead = `${pick(LEADS, n)} (report ${n + 1})`;
  const who = pick(WHO, n + 3);
  const what = pick(WHAT, n + 5);
  const when = pick(WHEN, n + 1);
  return [
    `${lead}, ending a debate that had run for most of the year and drawn crowds to every meeting held on the subject.`,
    `Local ${who} said the decision about ${what} came after months of study, and that the work would begin once ${when} had passed and crews could be hired.`,
    `Critics argued that ${who} had not been consulted, and several of them told the meeting that the plan left too many questions about the cost of ${what} unanswered.`,
    `Supporters replied that waiting longer would only raise the price, pointing to figures that showed ${what} costing more every season since estimate number ${n + 7}.`,
  ];
}

export function storyTitle(n: number): string {
  return `${pick(LEADS, n)} (report ${n + 1})`;
}

/** The n-th article of the site as a whole page; `extra` goes after the story, before the sign-off. */
export function sitePage(n: number, extra = ''): string {
  const body = storyParagraphs(n).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${storyTitle(n)}</title></head><body><article>
    <h1>${storyTitle(n)}</h1>
    <p class="masthead-line">${PROMO}</p>
    ${body}
    ${extra}
    <p>${SIGN_OFF}</p>
  </article></body></html>`;
}
