/**
 * A bound on Readability's walk over the page. Its traversal steps through `_getNextNode`; a page
 * that makes that walk revisit nodes (the case clobber-guard.ts prevents) would otherwise run until
 * the tab freezes. Every step is counted and, every STEP_BATCH steps, the clock is read: past either
 * limit the walk ends with a ParseBudgetExceeded, which the caller turns into a coded decline.
 *
 * The clock is the process's own CPU time where the platform reports it (Node: the CLI, the library,
 * the tests), so a machine busy with other work does not turn a big real page (Wikipedia in jsdom)
 * into a 'too-slow' decline, while a hostile page, which burns CPU, is stopped exactly as before. In
 * a browser there is no CPU clock: the wall clock, where a page parses several times faster than in jsdom.
 */

/** A well-formed walk visits each element a few times (up to four attempts, plus clean-up passes). */
const STEPS_PER_ELEMENT = 40;
const MIN_STEPS = 50_000;
const STEP_BATCH = 1024;
/** Time limit: Readability takes well under a second on the largest real news pages. */
export const PARSE_TIME_LIMIT_MS = 8_000;

type CpuUsage = () => { user: number; system: number };

/**
 * This process's CPU time in ms (user + system), or the wall clock where there is none. In a worker
 * thread Node reports the whole process, which only makes the limit stricter.
 */
export function parseClock(): () => number {
  const usage = (globalThis as { process?: { cpuUsage?: CpuUsage } }).process?.cpuUsage;
  if (typeof usage !== 'function') return () => performance.now();
  return () => {
    const u = usage();
    return (u.user + u.system) / 1000;
  };
}

export class ParseBudgetExceeded extends Error {
  constructor(readonly limit: 'steps' | 'time') {
    super(`Readability's walk exceeded its ${limit} budget`);
    this.name = 'ParseBudgetExceeded';
  }
}

export interface ParseBudget {
  elements: number;
  timeLimitMs?: number;
  now?: () => number;
}

type Walker = { _getNextNode: (node: Node, ignoreSelfAndKids?: boolean) => Node | null };

/**
 * Wraps the instance's `_getNextNode` (Readability 0.6.0's one traversal step, pinned in package.json)
 * with the step and time limits. Throws if the method is missing, so an upgrade cannot silently drop the bound.
 */
export function boundWalk(reader: object, budget: ParseBudget): void {
  const walker = reader as Partial<Walker>;
  const step = walker._getNextNode;
  if (typeof step !== 'function') throw new TypeError('Readability no longer walks through _getNextNode: update parse-budget.ts');
  const now = budget.now ?? parseClock();
  const maxSteps = Math.max(MIN_STEPS, budget.elements * STEPS_PER_ELEMENT);
  const deadline = now() + (budget.timeLimitMs ?? PARSE_TIME_LIMIT_MS);
  let steps = 0;
  walker._getNextNode = function boundedStep(this: Walker, node, ignore) {
    steps += 1;
    if (steps > maxSteps) throw new ParseBudgetExceeded('steps');
    if (steps % STEP_BATCH === 0 && now() > deadline) throw new ParseBudgetExceeded('time');
    return step.call(this, node, ignore);
  };
}
