import { browserSuite, popupExplainsRestrictedPages, popupShowsArticles } from './scenarios.js';

browserSuite('firefox', [popupShowsArticles, popupExplainsRestrictedPages]);
