import { type Finding, rules, type Severity } from '@dop/analyzer';
import { contextFileShown, type FileResult, type FormatContext } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule described (help text in the
 * chosen language, default level, practices as tags), results with regions, fixes and a stable
 * fingerprint, and paths relative to the repository root (%SRCROOT%).
 */
export function formatSarif(
  results: readonly FileResult[],
  ctx: FormatContext,
  fingerprint: Fingerprint,
): string {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  // Every rule is described (code scanning shows rule help even for rules with no results yet).
  const catalogue = rules.filter((r) => used.has(r.id) || !r.optIn);
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dop',
            fullName: 'Dockerfile Optimizer',
            version: ctx.version,
            semanticVersion: ctx.version,
            rules: catalogue.map((r) => ({
              id: r.id,
              name: pascal(r.slug),
              shortDescription: { text: r.title[ctx.lang] },
              fullDescription: { text: r.explanation[ctx.lang] },
              help: {
                text: `${r.explanation[ctx.lang]}\n\nBad:\n${r.examples.bad}\nGood:\n${r.examples.good}`,
                markdown: `${r.explanation[ctx.lang]}\n\n**Bad**\n\`\`\`dockerfile\n${r.examples.bad}\`\`\`\n**Good**\n\`\`\`dockerfile\n${r.examples.good}\`\`\``,
              },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['dockerfile', ...r.practices, ...akaIds(r.aka)], precision: 'high' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder dop ran in.' } } },
        artifacts: results.map((r) => ({ location: location(r.path) })),
        results: results.flatMap((r, artifactIndex) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message[ctx.lang] },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...location(r.path), index: artifactIndex },
                  region: region(f.range),
                },
              },
            ],
            // The Dockerfile line is what changes; the context files it is about, and the other
            // lines of the Dockerfile it names, are related locations.
            ...(f.contextFiles?.length || f.related?.length
              ? {
                  relatedLocations: [
                    ...(f.contextFiles ?? []).map((c) => ({
                      message: { text: c.path },
                      physicalLocation: {
                        artifactLocation: location(contextFileShown(r, c.path)),
                        ...(c.line ? { region: { startLine: c.line } } : {}),
                      },
                    })),
                    ...(f.related ?? []).map((range) => ({
                      physicalLocation: {
                        artifactLocation: { ...location(r.path), index: artifactIndex },
                        region: region(range),
                      },
                    })),
                  ].map((l, id) => ({ id, ...l })),
                }
              : {}),
            partialFingerprints: { 'dop/v1': fingerprint(fingerprintKey(r, f)) },
            ...(f.fix ? { fixes: [fix(r, f, ctx)] } : {}),
          })),
        ),
        invocations: [
          {
            executionSuccessful: results.every((r) => !r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => ({
                level: 'error',
                message: { text: `${r.path}: ${r.error}` },
                locations: [{ physicalLocation: { artifactLocation: location(r.path) } }],
              })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(path: string) {
  return path === '-' ? { uri: 'stdin' } : { uri: encodeURI(path), uriBaseId: '%SRCROOT%' };
}

function region(range: Finding['range']) {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

function fix(r: FileResult, f: Finding, ctx: FormatContext) {
  return {
    description: { text: `${f.fix!.title[ctx.lang]}${f.fix!.safety === 'review' ? ' (review)' : ''}` },
    artifactChanges: [
      {
        artifactLocation: location(r.path),
        replacements: f.fix!.edits.map((e) => ({
          deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
          ...(e.text ? { insertedContent: { text: e.text } } : {}),
        })),
      },
    ],
  };
}

/**
 * A result's fingerprint from its key: the first 32 hex digits of the key's SHA-256 (the caller
 * hashes: node:crypto in the CLI, Web Crypto in the browser, so this module stays pure).
 */
export type Fingerprint = (key: string) => string;

/** Stable across unrelated edits: rule, the finding's line text and its message. */
export function fingerprintKey(r: FileResult, f: Finding): string {
  const line = r.text.split('\n')[f.range.start.line - 1] ?? '';
  return `${f.ruleId}\0${line.trim()}\0${f.message.en}`;
}

function akaIds(aka: { hadolint?: string[]; buildkit?: string[]; trivy?: string[] }): string[] {
  return [...(aka.hadolint ?? []), ...(aka.buildkit ?? []), ...(aka.trivy ?? [])];
}

function pascal(slug: string): string {
  return slug.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
