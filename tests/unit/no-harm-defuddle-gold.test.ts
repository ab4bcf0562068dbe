/** No harm on Defuddle's fixtures and on the gold pages that are articles. */
import { loadDefuddlePages, loadGoldCorpus } from '../helpers/corpora.js';
import { noHarmSuite } from '../helpers/no-harm-suite.js';

noHarmSuite("Defuddle's fixtures", loadDefuddlePages());
noHarmSuite('gold pages', loadGoldCorpus().filter((p) => p.gold.isArticle));
