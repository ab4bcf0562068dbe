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

if (want('extraction')) {
  if (!fs.existsSync(benchDir)) {
    console.log(`Skipped article extraction: ${benchDir} is missing (it lives in ../shared/bench-data, beside the repository).`);
  } else {
    console.log((await runExtraction(benchDir, values.limit ? Number(values.limit) : Infinity)).text);
  }
  console.log('');
}

if (want('rules')) {
  console.log(await runRuleTable());
  console.log('');
}

if (want('corpora')) {
  console.log(runReadabilitySuite());
  console.log('');
  console.log(runDefuddleSuite());
  console.log('');
}

if (want('no-harm')) {
  // --no-harm-draft FILE writes the failing pages as a draft known-failures list (causes left to fill in).
  console.log(runNoHarm(values['no-harm-draft']));
  console.log('');
}

if (want('sources')) {
  console.log(runSources(fs.existsSync(benchDir) ? benchDir : null));
  console.log('');
}

if (want('popup')) {
  console.log(await runPopupLatency());
  console.log('');
}

if (want('responsiveness')) {
  console.log(await runPageResponsiveness(fs.existsSync(benchDir) ? benchDir : null));
  console.log('');
}

if (want('stages')) {
  console.log(await runPipelineStages());
  console.log('');
}

if (want('cli')) {
  console.log(await runCliThroughput(fs.existsSync(benchDir) ? benchDir : null));
  console.log('');
}

if (want('bundles')) {
  console.log(runBundleSizes());
  console.log('');
}

if (want('size-cost')) {
  console.log(runSizeCost(fs.existsSync(benchDir) ? benchDir : null));
  console.log('');
}

if (want('robustness')) {
  console.log(runRobustness());
  console.log('');
}

if (want('site-memory')) {
  console.log(runSiteMemory(fs.existsSync(benchDir) ? benchDir : null));
  console.log('');
}
