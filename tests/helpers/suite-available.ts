/** Whether a ../shared suite is there: the one place a missing suite fails (CI) or is skipped (elsewhere). */
import fs from 'node:fs';

const skipped = new Set<string>();
/**
 * Whether a suite's folder is there. Missing under CI=true is an error (a green run that tested
 * nothing is a lie); elsewhere the suite is skipped with one plain line.
 */
export function suiteAvailable(dir: string): boolean {
  if (fs.existsSync(dir)) return true;
  const line = `${dir} not found: its suite is skipped (it lives in ../shared beside the repository; CLEARLEAF_SHARED may point elsewhere).`;
  if (process.env['CI'] === 'true') throw new Error(line);
  if (!skipped.has(dir)) console.warn(line);
  skipped.add(dir);
  return false;
}
