import { browserSuite, popupExplainsRestrictedPages, popupShowsArticles } from './scenarios.js';

browserSuite('chromium', [popupShowsArticles, popupExplainsRestrictedPages]);
