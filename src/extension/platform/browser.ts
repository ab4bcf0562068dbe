/** One promise-based `browser.*` in Chrome and Firefox. Only the edges import this module. */
import './page-named-browser.js';
import browser from 'webextension-polyfill';

export default browser;
