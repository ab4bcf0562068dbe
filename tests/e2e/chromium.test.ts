import { browserSuite, popupExplainsRestrictedPages, popupShowsArticles, popupShowsSources } from './scenarios.js';

browserSuite('chromium', [popupShowsArticles, popupExplainsRestrictedPages, popupShowsSources]);
