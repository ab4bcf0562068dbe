/** No harm on Readability's 130 test pages (../shared/corpora/readability-test-pages). */
import { loadReadabilityPages } from '../helpers/corpora.js';
import { noHarmSuite } from '../helpers/no-harm-suite.js';

noHarmSuite("Readability's test pages", loadReadabilityPages());
