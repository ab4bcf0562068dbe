/**
 * Each text rule against the clutter it was written for and the prose it must leave alone, so that
 * widening a pattern shows at once what it starts to catch.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/pipeline/declutter/normalise.js';
import { TEXT_RULES } from '../../src/pipeline/declutter/rules/index.js';

const CASES: { rule: string; clutter: string[]; prose: string[] }[] = [
  { rule: 'read-more-line', clutter: ['READ MORE: Zelensky Leaves White House', 'Lee también: Los embalses del sur', 'À lire aussi : Les tarifs'], prose: ['Read more than the headline before you share it.'] },
  { rule: 'form-boilerplate', clutter: ['"*" indicates required fields', 'This field is for validation purposes and should be left unchanged.', 'Fields marked with * are required'], prose: ['The form indicates that most fields were left blank, officials said.'] },
  { rule: 'poll-prompt', clutter: ['Should The View be taken off the air?*', 'This poll subscribes you to our premium network of content. Unsubscribe at any time.', 'Vote now'], prose: ['A poll commissioned by the agency found 58 percent support.', 'Do voters care?'] },
  { rule: 'homepage-cta', clutter: ['AND GO TO THE HOMEPAGE FOR MORE MORE CONSERVATIVE POLITICS NEWS STORIES', 'Save the PatriotFetch.com homepage for daily news'], prose: ['The county saved the homepage of its old website in an archive.'] },
  { rule: 'ad-label', clutter: ['- Advertisement -', 'Advert', 'Story continues below advertisement', 'Publicidad', 'Anzeige'], prose: ['The advertisement ran for a week.'] },
  { rule: 'dateline', clutter: ['Updated 1:39 am EST, Wednesday, November 20, 2019', 'Published 1 day ago', 'PUBLISHED: 10:48, Tue, Nov 19, 2019', 'segunda-feira, 22 de janeiro de 2018 às 0:13'], prose: ['The governor spoke on May 3, 2019 at the capitol.'] },
  { rule: 'credit-line', clutter: ['Photo: Damian Dovarganes, AP', '(Image: GETTY )', 'Reporting by A; editing by B'], prose: ['The photo shows the bridge before the flood.'] },
  { rule: 'agency-credit', clutter: ['Sonu Mehta/Hindustan Times/Getty Images', 'Jane Doe / AP', '(Karen Holt/Reuters)'], prose: ['Crews lift the span on Monday / AP', 'The rescue at dawn | Reuters'] },
  { rule: 'byline-line', clutter: ['By Jane Doe', 'BY KAREN HOLT', 'By Justine Coleman - 11/18/19 11:04 PM EST', 'View author archive'], prose: ['By the numbers', 'By then, the bridge had closed.'] },
  { rule: 'contact-credit', clutter: ['Write to Al Root at allen.root@dowjones.com', 'Follow Newsbeat on Instagram, Facebook and YouTube.', 'Jessica Napoli contributed to this report.'], prose: ['Follow the money on Wall Street, analysts say.'] },
  { rule: 'share-row-text', clutter: ['Whatsapp Facebook Pint Baixar', 'Facebook Twitter Email'], prose: ['Facebook said on Tuesday it would appeal.'] },
  { rule: 'breadcrumb', clutter: ['News » Local » County board'], prose: ['The ratio moved from 3 / 4 / 5 over the year.'] },
  { rule: 'newsletter-cta', clutter: ['Sign up for our newsletter', 'Suscríbete a nuestro boletín', 'Want more stories like this?'], prose: ['Subscribers to the monthly pass would see no change in price.'] },
  { rule: 'author-bio-line', clutter: ['Dallas Robinson is a freelance writer living in Minneapolis'], prose: ['Biden is the writer of the plan.', 'The mayor is a former reporter who covered city hall.'] },
  { rule: 'interface-label', clutter: ['Image 1 of 23', 'Caption', 'Order Reprints', '2.289 letture'], prose: ['Close to 400 people attended the meeting on Tuesday.', '87', '2.289'] },
];

const byId = new Map(TEXT_RULES.map((r) => [r.id, r]));
const matches = (id: string, text: string): boolean => {
  const rule = byId.get(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.pattern.test(fold(text)) && text.split(/\s+/u).length <= rule.maxWords;
};

describe('clutter text rules', () => {
  for (const c of CASES) {
    it(`${c.rule}: catches its clutter, leaves prose alone`, () => {
      for (const text of c.clutter) expect(matches(c.rule, text), text).toBe(true);
      for (const text of c.prose) expect(TEXT_RULES.filter((r) => r.pattern.test(fold(text)) && text.split(/\s+/u).length <= r.maxWords).map((r) => r.id), text).toEqual([]);
    });
  }
  it('matches after folding apostrophes, quotes, dashes, case and accents', () => {
    for (const text of ['Don’t Miss', "DON'T MISS", "don't miss"]) expect(matches('related-heading', text), text).toBe(true);
    for (const text of ['Lee también: Otra nota', 'LEE TAMBIEN — Otra nota']) expect(matches('read-more-line', text) || matches('related-heading', text), text).toBe(true);
  });
  it('patterns are written folded, so that folded text can match them', () => {
    for (const r of TEXT_RULES) expect(fold(r.pattern.source), r.id).toBe(r.pattern.source.replace(/\s+/gu, ' ').trim());
  });
  it('every rule has an id, a category and a word limit; ids are unique', () => {
    expect(new Set(TEXT_RULES.map((r) => r.id)).size).toBe(TEXT_RULES.length);
    for (const r of TEXT_RULES) expect(r.maxWords).toBeGreaterThan(0);
  });
});
