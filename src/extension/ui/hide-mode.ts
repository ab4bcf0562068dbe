/**
 * "Hide this": a toggle over the article that gives every short block a Hide button (so the choice
 * is reachable by keyboard, each button named by its block), and a switch for "on this site". A
 * hidden block leaves the view at once; the host stores the rule and redraws.
 */
import { LIMITS } from '../../pipeline/declutter/rules/index.js';
import { leafBlocks } from '../../pipeline/declutter/site-blocks.js';
import { collapse, countWords, truncate } from '../../pipeline/util/text.js';
import { actionButton } from './action-button.js';
import { t } from './i18n.js';

export type HideHandler = (text: string, onThisSite: boolean) => void;

const NAME_CHARS = 60;

/** Blocks a rule may take: leaf blocks shorter than prose (the pipeline would keep a longer one anyway). */
function hideableBlocks(body: HTMLElement): HTMLElement[] {
  return (leafBlocks(body) as HTMLElement[]).filter((el) => collapse(el.textContent) !== '' && countWords(el.textContent ?? '') < LIMITS.proseWords);
}

function addButtons(body: HTMLElement, onThisSite: () => boolean, onHide: HideHandler): void {
  const doc = body.ownerDocument;
  for (const block of hideableBlocks(body)) {
    const text = collapse(block.textContent);
    block.prepend(actionButton(doc, t('hideBlock'), t('hideBlockNamed', truncate(text, NAME_CHARS)), () => {
      block.remove();
      onHide(text, onThisSite());
    }, 'cl-hide-block'));
  }
}

/** Fills `bar` with the hide toggle for `body`; `on` starts in the mode (after a redraw the mode stays). */
export function attachHideMode(bar: HTMLElement, body: HTMLElement, onHide: HideHandler, on = false): void {
  const doc = bar.ownerDocument;
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.id = 'hide-mode';
  toggle.textContent = t('hideMode');
  toggle.setAttribute('aria-pressed', 'false');
  const label = doc.createElement('label');
  const site = doc.createElement('input');
  site.type = 'checkbox';
  site.id = 'hide-on-site';
  site.checked = true;
  label.append(site, ` ${t('hideOnSite')}`);
  label.hidden = true;
  const setMode = (on: boolean): void => {
    toggle.setAttribute('aria-pressed', String(on));
    label.hidden = !on;
    for (const b of body.querySelectorAll('.cl-hide-block')) b.remove();
    if (on) addButtons(body, () => site.checked, onHide);
  };
  toggle.addEventListener('click', () => setMode(toggle.getAttribute('aria-pressed') !== 'true'));
  body.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-pressed') === 'true') {
      setMode(false);
      toggle.focus();
    }
  });
  bar.replaceChildren(toggle, label);
  setMode(on);
}

export function isHideModeOn(bar: HTMLElement): boolean {
  return bar.querySelector('#hide-mode')?.getAttribute('aria-pressed') === 'true';
}
