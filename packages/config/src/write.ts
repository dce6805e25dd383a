import { stringify } from 'yaml';
import type { Config } from './parse.js';

/**
 * A config as `.dop.yaml` text: only the keys that differ from the defaults, with the names
 * `parseConfig` reads, so writing and reading again gives the same options.
 */
export function toDopYaml(config: Pick<Config, 'analyze' | 'rewrite' | 'failureThreshold'>): string {
  const a = config.analyze;
  const doc: Record<string, unknown> = {};
  if (a.disabledRules?.length) doc.disable = [...a.disabledRules];
  if (a.enabledRules?.length) doc.enable = [...a.enabledRules];
  if (a.severityOverrides && Object.keys(a.severityOverrides).length > 0)
    doc.severity = { ...a.severityOverrides };
  if (a.trustedRegistries?.length) doc.trustedRegistries = [...a.trustedRegistries];
  if (a.requiredLabels && Object.keys(a.requiredLabels).length > 0)
    doc.requiredLabels = { ...a.requiredLabels };
  if (config.failureThreshold) doc.failureThreshold = config.failureThreshold;
  if (a.disableIgnorePragmas) doc.disableIgnorePragmas = true;
  const w = config.rewrite;
  const rewrite: Record<string, unknown> = {};
  if (w.runtimeUid !== undefined) rewrite.runtimeUid = w.runtimeUid;
  if (w.multiStage !== undefined) rewrite.multiStage = w.multiStage;
  if (w.cacheMounts !== undefined) rewrite.cacheMounts = w.cacheMounts;
  if (w.disabledTransforms?.length) rewrite.disabledTransforms = [...w.disabledTransforms];
  if (Object.keys(rewrite).length > 0) doc.rewrite = rewrite;
  return Object.keys(doc).length === 0 ? '# .dop.yaml: every setting at its default\n' : stringify(doc);
}
