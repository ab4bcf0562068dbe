/**
 * Reasons as sentences, at the edge: the pipeline and the content script send `{ code, figures }`; this
 * table picks the words from _locales and writes the figures the reader's way. One line per code, so a
 * new code fails the type check until it has its words.
 */
import type { DeclineCode, DeclineFigures } from '../../pipeline/types.js';
import type { EdgeFailure, PageProblem } from '../platform/messages.js';
import { formatNumber, t, type MessageKey } from './i18n.js';

type Code = PageProblem['code'];
type FiguresOf<C extends Code> = C extends DeclineCode ? DeclineFigures[C] : EdgeFailure['figures'];

interface Wording<C extends Code> {
  /** What happened, in one sentence ("Clearleaf found no article to clean here."). */
  lead: MessageKey;
  /** Why, with the figures, when there is more to say. */
  detail?: MessageKey;
  args?: (figures: FiguresOf<C>) => string[];
  /** An error is Clearleaf failing; a message is a page that is not for it. */
  tone: 'message' | 'error';
}

const WORDING: { [C in Code]: Wording<C> } = {
  'no-window': { lead: 'notArticle', tone: 'message' },
  'empty': { lead: 'notArticle', detail: 'declineEmpty', tone: 'message' },
  'no-content': { lead: 'notArticle', tone: 'message' },
  'too-many-elements': { lead: 'tooLarge', detail: 'declineTooManyElements', tone: 'message',
    args: (f) => [formatNumber(f.elements), formatNumber(f.limit)] },
  'too-deep': { lead: 'tooLarge', detail: 'declineTooDeep', tone: 'message', args: (f) => [formatNumber(f.limit)] },
  'too-little-text': { lead: 'notArticle', detail: 'declineTooLittleText', tone: 'message' },
  'mostly-links': { lead: 'notArticle', detail: 'declineMostlyLinks', tone: 'message',
    args: (f) => [formatNumber(f.linkDensity, 'percent')] },
  'link-list': { lead: 'notArticle', detail: 'declineLinkList', tone: 'message' },
  'front-page': { lead: 'notArticle', detail: 'declineFrontPage', tone: 'message', args: (f) => [formatNumber(f.teaserCards)] },
  'too-slow': { lead: 'tooSlow', tone: 'message' },
  'no-access': { lead: 'noAccess', tone: 'message' },
  'timeout': { lead: 'timedOut', tone: 'message' },
  'bad-answer': { lead: 'failedMessage', tone: 'error' },
  'failed': { lead: 'failedMessage', tone: 'error' },
};

/** The table as read: any code, figures as numbers by name. */
type AnyWording = Omit<Wording<Code>, 'args'> & { args?: (figures: Record<string, number>) => string[] };
const BY_CODE = WORDING as unknown as Record<string, AnyWording | undefined>;
const FAILED: AnyWording = WORDING.failed;

function wordingOf(reason: PageProblem): { wording: AnyWording; args: string[] } {
  // Unknown codes (a newer content script than popup) read as a plain failure rather than a key.
  const wording = BY_CODE[reason.code] ?? FAILED;
  return { wording, args: wording.args?.(reason.figures) ?? [] };
}

/** The reader's sentence(s) for a reason. */
export function reasonText(reason: PageProblem): string {
  const { wording, args } = wordingOf(reason);
  return wording.detail ? `${t(wording.lead)} ${t(wording.detail, args)}` : t(wording.lead);
}

export function reasonTone(reason: PageProblem): 'message' | 'error' {
  return wordingOf(reason).wording.tone;
}
