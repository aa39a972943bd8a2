import type { CheckFormat, CheckReporter } from '../types.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export const REPORTERS: Record<CheckFormat, CheckReporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
};

export const FORMATS = Object.keys(REPORTERS) as CheckFormat[];

export function reporterFor(format: CheckFormat): CheckReporter {
  return REPORTERS[format];
}
