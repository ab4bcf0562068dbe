import { browserSuite } from './scenarios.js';
import { spanishEverywhere } from './spanish-scenarios.js';

browserSuite('firefox', [spanishEverywhere], { lang: 'es' });
