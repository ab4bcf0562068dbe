/** The structural signals in the order the pass runs them (after the selector, class-token and text rules). */
import type { Pass } from '../pass.js';
import { STRUCTURAL_RULES as S, type StructuralRule } from '../rules/index.js';
import { breadcrumbLinks, homepageLink, linkRun, teaserList } from './links.js';
import { callToAction, eyebrow } from './calls.js';
import { metadataRepeat, nameRepeat } from './repeats.js';

export interface Signal {
  rule: StructuralRule;
  run: (pass: Pass) => void;
}

export const SIGNALS: readonly Signal[] = [
  { rule: S.homepageLink, run: homepageLink },
  { rule: S.breadcrumbLinks, run: breadcrumbLinks },
  { rule: S.teaserList, run: teaserList },
  { rule: S.linkRun, run: linkRun },
  { rule: S.callToAction, run: callToAction },
  { rule: S.eyebrow, run: eyebrow },
  { rule: S.metadataRepeat, run: metadataRepeat },
  { rule: S.nameRepeat, run: nameRepeat },
];
