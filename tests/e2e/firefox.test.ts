import { browserSuite, popupExplainsRestrictedPages, popupShowsArticles, popupShowsSources } from './scenarios.js';

browserSuite('firefox', [popupShowsArticles, popupExplainsRestrictedPages, popupShowsSources]);
