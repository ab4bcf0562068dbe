/** No harm on the benchmark's pages, half 2 of 2 (split so that vitest runs the halves side by side). */
import { loadBenchPages } from '../helpers/corpora.js';
import { noHarmSuite } from '../helpers/no-harm-suite.js';

noHarmSuite('benchmark, half 2', loadBenchPages(undefined, { of: 2, index: 1 }));
