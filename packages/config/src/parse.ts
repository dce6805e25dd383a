import type { AnalyzeOptions, LabelSchema, Severity } from '@dop/analyzer';
import type { RewriteOptions } from '@dop/rewriter';
import { parse as parseYaml } from 'yaml';
import {
  ConfigError,
  defaults,
  HADOLINT_NAMES,
  isThreshold,
  OUR_NAMES,
  THRESHOLDS,
  type Threshold,
} from './names.js';

export { ConfigError, defaults, HADOLINT_NAMES, isThreshold, OUR_NAMES, type Threshold };

const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'style', 'off'];
const LABEL_FORMATS = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const;

/** What a config file says, in the terms of our tools. */
export interface Config {
  /** The file it came from, or null for the defaults. */
  source: string | null;
  analyze: AnalyzeOptions;
  rewrite: RewriteOptions;
  failureThreshold?: Threshold;
  /** Unknown or ignored keys: printed as warnings, never fatal. */
  warnings: string[];
}

/** Parses `.dop.yaml` or, by file name, `.hadolint.yaml`. Throws ConfigError naming the file. */
export function parseConfig(text: string, file: string): Config {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) return { ...defaults(), source: file };
  if (!isRecord(data)) throw new ConfigError(`${file}: expected a mapping of keys at the top level`);
  const isHadolint = HADOLINT_NAMES.includes(file.split(/[\\/]/).pop() ?? file);
  const config: Config = { ...defaults(), source: file };
  const reader = new Reader(file, config);
  if (isHadolint) readHadolint(data, reader);
  else readOurs(data, reader);
  return config;
}

function readOurs(data: Record<string, unknown>, r: Reader): void {
  const a = r.config.analyze;
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'disable':
        a.disabledRules = r.strings(key, value);
        break;
      case 'enable':
        a.enabledRules = r.strings(key, value);
        break;
      case 'severity':
        a.severityOverrides = r.severities(key, value);
        break;
      case 'trustedRegistries':
        a.trustedRegistries = r.strings(key, value);
        break;
      case 'requiredLabels':
        a.requiredLabels = r.labels(key, value);
        break;
      case 'failureThreshold':
        r.config.failureThreshold = r.threshold(key, value);
        break;
      case 'disableIgnorePragmas':
        a.disableIgnorePragmas = r.boolean(key, value);
        break;
      case 'rewrite':
        readRewrite(value, r);
        break;
      default:
        r.warn(
          `unknown key "${key}" (known: disable, enable, severity, trustedRegistries, requiredLabels, failureThreshold, disableIgnorePragmas, rewrite)`,
        );
    }
  }
}

function readRewrite(value: unknown, r: Reader): void {
  if (!isRecord(value)) throw r.error('rewrite', 'expected a mapping');
  const w = r.config.rewrite;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'runtimeUid') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        throw r.error('rewrite.runtimeUid', 'expected a whole number');
      w.runtimeUid = v;
    } else if (key === 'multiStage') w.multiStage = r.boolean('rewrite.multiStage', v);
    else if (key === 'cacheMounts') w.cacheMounts = r.boolean('rewrite.cacheMounts', v);
    else if (key === 'disabledTransforms') w.disabledTransforms = r.strings('rewrite.disabledTransforms', v);
    else
      r.warn(`unknown key "rewrite.${key}" (known: runtimeUid, multiStage, cacheMounts, disabledTransforms)`);
  }
}

/** hadolint's keys, read with hadolint's meaning; rule ids resolve through our rules' `aka`. */
function readHadolint(data: Record<string, unknown>, r: Reader): void {
  const a = r.config.analyze;
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'ignored':
        a.disabledRules = r.strings(key, value);
        break;
      case 'trustedRegistries':
        a.trustedRegistries = r.strings(key, value);
        break;
      case 'override': {
        if (!isRecord(value)) throw r.error(key, 'expected a mapping of severity → rule ids');
        const overrides: Record<string, Severity> = {};
        for (const [sev, ids] of Object.entries(value)) {
          if (!(['error', 'warning', 'info', 'style'] as string[]).includes(sev)) {
            r.warn(`override.${sev}: unknown severity (error, warning, info, style)`);
            continue;
          }
          for (const id of r.strings(`override.${sev}`, ids)) overrides[id] = sev as Severity;
        }
        a.severityOverrides = overrides;
        break;
      }
      case 'failure-threshold':
        r.config.failureThreshold = r.threshold(key, value);
        break;
      case 'label-schema':
        a.requiredLabels = r.labels(key, value);
        break;
      case 'disable-ignore-pragma':
        a.disableIgnorePragmas = r.boolean(key, value);
        break;
      case 'strict-labels':
      case 'format':
      case 'no-fail':
      case 'no-color':
        r.warn(`"${key}" is a hadolint setting this tool does not use (use the command-line flags instead)`);
        break;
      default:
        r.warn(`unknown hadolint key "${key}"`);
    }
  }
}

/** Reads typed values, naming the file and key in every error. */
class Reader {
  constructor(
    readonly file: string,
    readonly config: Config,
  ) {}

  warn(message: string): void {
    this.config.warnings.push(`${this.file}: ${message}`);
  }

  error(key: string, message: string): ConfigError {
    return new ConfigError(`${this.file}: ${key}: ${message}`);
  }

  strings(key: string, value: unknown): string[] {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw this.error(key, 'expected a list of strings');
    }
    return value as string[];
  }

  boolean(key: string, value: unknown): boolean {
    if (typeof value !== 'boolean') throw this.error(key, 'expected true or false');
    return value;
  }

  threshold(key: string, value: unknown): Threshold {
    if (typeof value !== 'string' || !(THRESHOLDS as string[]).includes(value)) {
      throw this.error(key, `expected one of ${THRESHOLDS.join(', ')}`);
    }
    return value as Threshold;
  }

  severities(key: string, value: unknown): Record<string, Severity | 'off'> {
    if (!isRecord(value)) throw this.error(key, 'expected a mapping of rule id → severity');
    const out: Record<string, Severity | 'off'> = {};
    for (const [id, sev] of Object.entries(value)) {
      if (typeof sev !== 'string' || !(SEVERITIES as string[]).includes(sev)) {
        throw this.error(`${key}.${id}`, `expected one of ${SEVERITIES.join(', ')}`);
      }
      out[id] = sev as Severity | 'off';
    }
    return out;
  }

  labels(key: string, value: unknown): LabelSchema {
    if (!isRecord(value)) throw this.error(key, 'expected a mapping of label → format');
    const out: LabelSchema = {};
    for (const [label, format] of Object.entries(value)) {
      if (typeof format !== 'string' || !(LABEL_FORMATS as readonly string[]).includes(format)) {
        throw this.error(`${key}.${label}`, `expected one of ${LABEL_FORMATS.join(', ')}`);
      }
      out[label] = format as LabelSchema[string];
    }
    return out;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
