/** The context menu: which entry does what, and the link entry only where Clearleaf may read the link's site. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const menus = { removeAll: vi.fn(() => Promise.resolve()), create: vi.fn(), update: vi.fn((_id: string, _p: object) => Promise.resolve()) };
vi.mock('../../src/extension/platform/browser.js', () => ({ default: { contextMenus: menus, i18n: { getMessage: (k: string) => `«${k}»` } } }));
const { LINK_ITEM, PAGE_ITEM, createMenus, limitLinkMenu, onMenuClick } = await import('../../src/extension/background/context-menu.js');

const tab = { id: 7, index: 2, highlighted: true, active: true, pinned: false, incognito: false };
const actions = () => ({ cleanTab: vi.fn(() => Promise.resolve()), openAndClean: vi.fn(() => Promise.resolve()) });

describe('context menu', () => {
  beforeEach(() => vi.clearAllMocks());

  it('creates a page entry for web and file pages and a hidden link entry, titles from _locales', async () => {
    await createMenus();
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: PAGE_ITEM, title: '«menuReadPage»', contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'] }));
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: LINK_ITEM, title: '«menuReadLink»', contexts: ['link'], visible: false }));
  });

  it('shows the link entry only on links into granted sites', async () => {
    await limitLinkMenu(['*://a.example/*', '*://www.a.example/*']);
    expect(menus.update).toHaveBeenLastCalledWith(LINK_ITEM, { visible: true, targetUrlPatterns: ['*://a.example/*', '*://www.a.example/*'] });
    await limitLinkMenu([]);
    expect(menus.update).toHaveBeenLastCalledWith(LINK_ITEM, { visible: false });
  });

  it('the page entry cleans the tab; the link entry opens http(s) links beside it; nothing else acts', async () => {
    const a = actions();
    await onMenuClick(a, { menuItemId: PAGE_ITEM, editable: false, modifiers: [] }, tab);
    expect(a.cleanTab).toHaveBeenCalledWith(7);
    await onMenuClick(a, { menuItemId: LINK_ITEM, linkUrl: 'https://a.example/story', editable: false, modifiers: [] }, tab);
    expect(a.openAndClean).toHaveBeenCalledWith('https://a.example/story', tab);
    await onMenuClick(a, { menuItemId: LINK_ITEM, linkUrl: 'javascript:alert(1)', editable: false, modifiers: [] }, tab);
    await onMenuClick(a, { menuItemId: 'someone-else', editable: false, modifiers: [] }, tab);
    expect(a.openAndClean).toHaveBeenCalledTimes(1);
    expect(a.cleanTab).toHaveBeenCalledTimes(1);
  });
});
