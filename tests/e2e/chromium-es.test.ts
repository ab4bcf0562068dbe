import { browserSuite } from './scenarios.js';
import { spanishEverywhere } from './spanish-scenarios.js';

browserSuite('chromium', [spanishEverywhere], { lang: 'es' });
