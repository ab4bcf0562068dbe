/**
 * The sources summary: one line of figures, then People, Organisations, Anonymous, Documents & data,
 * Media and Links. Choosing a source scrolls the article to its first quote. Reports; never judges.
 */
import type { Link, NoQuoteReason, Source, SourceKind, SourcesReport } from '../../pipeline/sources/types.js';
import { formatNumber, plural, t, type MessageKey } from './i18n.js';

interface Group {
  key: MessageKey;
  kinds: SourceKind[];
}

const GROUPS: Group[] = [
  { key: 'groupPeople', kinds: ['person'] },
  { key: 'groupOrganisations', kinds: ['organization'] },
  { key: 'groupAnonymous', kinds: ['anonymous_person', 'anonymous_group'] },
  { key: 'groupDocuments', kinds: ['document', 'data_report'] },
  { key: 'groupMedia', kinds: ['media'] },
];

export function sourcesSummary(report: SourcesReport): string {
  const s = report.stats;
  const sites = new Set(report.links.map((l) => l.domain)).size;
  return [
    plural('summarySources', s.sources),
    plural('summaryNamed', s.named),
    plural('summaryAnonymous', s.anonymous),
    plural('summaryDirect', s.direct),
    plural('summaryLinks', report.links.length, [plural('siteCount', sites)]),
    // A very long text is analysed only up to the word budget: say so rather than count less silently.
    ...(report.truncated ? [t('summaryTruncated', formatNumber(report.wordsAnalysed))] : []),
  ].join(' · ');
}

export function renderSources(container: HTMLElement, report: SourcesReport, onChoose: (passage: string) => void): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  for (const group of GROUPS) {
    const sources = report.sources.filter((s) => group.kinds.includes(s.kind));
    if (sources.length === 0) continue;
    const list = doc.createElement('ul');
    for (const source of sources) list.append(sourceRow(doc, source, onChoose));
    container.append(heading(doc, `${t(group.key)} (${sources.length})`), list);
  }
  if (report.links.length > 0) {
    const list = doc.createElement('ul');
    for (const [domain, links] of byDomain(report.links)) list.append(domainRow(doc, domain, links));
    container.append(heading(doc, `${t('groupLinks')} (${report.links.length})`), list);
  }
  if (container.childElementCount === 0) {
    const p = doc.createElement('p');
    p.textContent = t('sourcesNone');
    container.append(p);
  }
}

function heading(doc: Document, text: string): HTMLElement {
  const h = doc.createElement('h3');
  h.textContent = text;
  return h;
}

const NO_QUOTE: Record<NoQuoteReason, MessageKey> = { declined: 'sourceDeclined', basis: 'sourceBasis', cited: 'sourceCited' };

function sourceRow(doc: Document, source: Source, onChoose: (passage: string) => void): HTMLElement {
  const li = doc.createElement('li');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'cl-source';
  button.dataset['sourceId'] = source.id;
  const name = doc.createElement('strong');
  name.textContent = source.name;
  button.append(name);
  if (source.role) {
    const role = doc.createElement('span');
    role.className = 'cl-source-role';
    role.textContent = ` — ${source.role}`;
    button.append(role);
  }
  const count = doc.createElement('span');
  count.className = 'cl-source-count';
  // A source with nothing quoted is still cited: say how, in the reader's language (the pipeline gives a code).
  const how = source.quotes.length === 0 ? t(NO_QUOTE[source.noQuote ?? 'cited']) : plural('quoteCount', source.quotes.length);
  count.textContent = how ? ` · ${how}` : '';
  button.append(count);
  const first = source.quotes[0];
  if (first) {
    const quote = doc.createElement('span');
    quote.className = 'cl-source-quote';
    quote.textContent = first.type === 'direct' ? `“${shorten(first.text)}”` : shorten(first.text);
    button.append(quote);
  }
  button.addEventListener('click', () => onChoose(first?.text ?? source.name));
  li.append(button);
  return li;
}

function domainRow(doc: Document, domain: string, links: Link[]): HTMLElement {
  const li = doc.createElement('li');
  const details = doc.createElement('details');
  const summary = doc.createElement('summary');
  summary.textContent = `${domain} (${links.length})${links[0]?.sameSite ? ` · ${t('linkSameSite')}` : ''}`;
  const list = doc.createElement('ul');
  for (const link of links) {
    const item = doc.createElement('li');
    const a = doc.createElement('a');
    // Links come from page HTML: only web addresses become clickable.
    if (/^https?:/iu.test(link.url)) a.href = link.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = link.anchorText || link.url;
    item.append(a);
    list.append(item);
  }
  details.append(summary, list);
  li.append(details);
  return li;
}

function byDomain(links: Link[]): [string, Link[]][] {
  const groups = new Map<string, Link[]>();
  for (const link of links) groups.set(link.domain, [...(groups.get(link.domain) ?? []), link]);
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/u, '')}…` : text;
}
