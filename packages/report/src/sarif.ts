import { type Finding, rules, type Severity } from '@dop/analyzer';
import {
  contextFileShown,
  type FileResult,
  type FormatContext,
  type FormatWriter,
  nestedJson,
  writeAll,
} from './types.js';
import { TextStore } from './text-store.js';

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
  return writeAll(sarifWriter(ctx, fingerprint), results);
}

/** Where the results go in the log written around them (a string no other value of it can be). */
const RESULTS_SLOT = '\u0000results';

/**
 * The SARIF log a file at a time: each finding's result serialized as it comes (its fingerprint
 * read from the file's text then), the log around them written at the end. A result's `ruleIndex`
 * is its rule's place in the catalogue, which holds the opt-in rules that found something, known
 * only at the end: each result is kept as the text before and after it, with its rule id.
 */
export function sarifWriter(ctx: FormatContext, fingerprint: Fingerprint): FormatWriter {
  const used = new Set<string>();
  const artifacts: { location: ReturnType<typeof location> }[] = [];
  const failed: { path: string; error: string }[] = [];
  // For each result: the text up to its rule id's line and the text after it, and its rule id.
  const pieces = new TextStore();
  const ruleIds: string[] = [];
  return {
    add(r) {
      const artifactIndex = artifacts.length;
      artifacts.push({ location: location(r.path) });
      if (r.error) failed.push({ path: r.path, error: r.error });
      for (const f of r.findings) {
        used.add(f.ruleId);
        const text = nestedJson(sarifResult(r, f, artifactIndex, ctx, fingerprint), 4);
        // Its first two lines are "{" and the rule id; the rule's index goes after them.
        const cut = text.indexOf('\n', text.indexOf('\n') + 1);
        pieces.add(text.slice(0, cut));
        pieces.add(text.slice(cut));
        ruleIds.push(f.ruleId);
      }
      return '';
    },
    *end() {
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
            artifacts,
            results: ruleIds.length === 0 ? [] : [RESULTS_SLOT],
            invocations: [
              {
                executionSuccessful: failed.length === 0,
                toolExecutionNotifications: failed.map((r) => ({
                  level: 'error',
                  message: { text: `${r.path}: ${r.error}` },
                  locations: [{ physicalLocation: { artifactLocation: location(r.path) } }],
                })),
              },
            ],
          },
        ],
      };
      const text = `${JSON.stringify(log, null, 2)}\n`;
      if (ruleIds.length === 0) {
        yield text;
        return;
      }
      const slot = JSON.stringify(RESULTS_SLOT);
      const at = text.indexOf(slot);
      yield text.slice(0, at);
      for (let i = 0; i < ruleIds.length; i++) {
        if (i > 0) yield ',\n        ';
        yield pieces.get(2 * i);
        const ruleIndex = index.get(ruleIds[i]!);
        if (ruleIndex !== undefined) yield `\n          "ruleIndex": ${ruleIndex},`;
        yield pieces.get(2 * i + 1);
      }
      yield text.slice(at + slot.length);
    },
  };
}

/** One result, without its `ruleIndex` (the writer puts it in once the catalogue is known). */
function sarifResult(
  r: FileResult,
  f: Finding,
  artifactIndex: number,
  ctx: FormatContext,
  fingerprint: Fingerprint,
) {
  return {
    ruleId: f.ruleId,
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
  };
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
