/**
 * What a config reader needs before any file is parsed: the file names, the defaults, the error
 * type and the thresholds. Kept apart from the YAML parser (parse.ts) so that a CLI run with no
 * config file never loads it.
 */
import type { Severity } from '@dop/analyzer';
import type { Config } from './parse.js';

export type Threshold = Severity | 'none';
export const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'info', 'style', 'none'];

export class ConfigError extends Error {}

/** Config file names, ours first; a folder's nearest one wins. */
export const OUR_NAMES = ['.dop.yaml', '.dop.yml'];
export const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

export function defaults(): Config {
  return { source: null, analyze: {}, rewrite: {}, warnings: [] };
}

export function isThreshold(v: string): v is Threshold {
  return (THRESHOLDS as string[]).includes(v);
}
