/**
 * npm run bench: extraction quality and speed against Readability alone, sources accuracy and speed,
 * and (where Chromium is installed) the popup's latency. Figures are printed as tables; nothing here
 * asserts a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SHARED } from '../tests/helpers/gold.js';
import { runDefuddleSuite, runReadabilitySuite } from './corpora.js';
import { runExtraction } from './extraction.js';
import { runPageResponsiveness } from './page-responsiveness.js';
import { runPipelineStages } from './pipeline-stages.js';
import { runPopupLatency } from './popup-latency.js';
import { runRobustness } from './robustness.js';
import { runBundleSizes } from './bundle-sizes.js';
import { runCliThroughput } from './cli-throughput.js';
import { runSizeCost } from './size-cost.js';
import { runRuleTable } from './rules.js';
import { runSources } from './sources.js';
import { runSiteMemory } from './site-memory.js';
import { runNoHarm } from './no-harm.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, limit: { type: 'string' }, 'no-harm-draft': { type: 'string' } } });
const want = (part: string): boolean => !values.only || values.only.split(',').includes(part);
const benchDir = path.join(SHARED, 'bench-data/article-extraction-benchmark');

/** The benchmark's pages when ../shared has them; sections that can run without them get null. */
const benchPages = fs.existsSync(benchDir) ? benchDir : null;

/** Each section in the order it prints, by the name `--only` selects it with. */
const SECTIONS: [string, () => string | Promise<string>][] = [
  ['extraction', async () => benchPages
    ? (await runExtraction(benchPages, values.limit ? Number(values.limit) : Infinity)).text
    : `Skipped article extraction: ${benchDir} is missing (it lives in ../shared/bench-data, beside the repository).`],
  ['rules', runRuleTable],
  ['corpora', () => `${runReadabilitySuite()}\n\n${runDefuddleSuite()}`],
  // --no-harm-draft FILE writes the failing pages as a draft known-failures list (causes left to fill in).
  ['no-harm', () => runNoHarm(values['no-harm-draft'])],
  ['sources', () => runSources(benchPages)],
  ['popup', runPopupLatency],
  ['responsiveness', () => runPageResponsiveness(benchPages)],
  ['stages', runPipelineStages],
  ['cli', () => runCliThroughput(benchPages)],
  ['bundles', runBundleSizes],
  ['size-cost', () => runSizeCost(benchPages)],
  ['robustness', runRobustness],
  ['site-memory', () => runSiteMemory(benchPages)],
];

for (const [name, run] of SECTIONS) {
  if (!want(name)) continue;
  console.log(await run());
  console.log('');
}
