import { type Analysis, analyze, buildModel, inStyleOf, resolveLocalized } from '@dop/analyzer';
import { suggestDockerignore } from './dockerignore.js';
import { computeLayers } from './layers.js';
import { runPipeline } from './pipeline.js';
import { estimateSize } from './size.js';
import type { ResolvedOptions } from './transform.js';
import { TRANSFORMS } from './transforms/index.js';
import type { Rewrite, RewriteOptions } from './types.js';

const DEFAULTS: ResolvedOptions = { runtimeUid: 10001, multiStage: true, cacheMounts: false };

/**
 * Rewrites a Dockerfile into an optimized one, every change explained. Never throws: a fault in a
 * transform becomes a note (pipeline.ts), and one anywhere else gives back the text unchanged
 * with a note saying so.
 */
export function rewrite(text: string, options: RewriteOptions = {}): Rewrite {
  return rewriteAnalyzed(text, null, options);
}

/**
 * `rewrite` from the file's analysis under the default options (`analyze(text)`), when the caller
 * made it already: the playground shows those findings and rewrites from them, analysing once.
 * Null analyses here. The analysis is read, never changed.
 */
export function rewriteAnalyzed(
  text: string,
  analysis: Analysis | null,
  options: RewriteOptions = {},
): Rewrite {
  const source = typeof text === 'string' ? text : String(text ?? '');
  try {
    return rewriteOrThrow(source, options, analysis ?? analyze(source));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const none = buildModel('');
    const empty = computeLayers(none);
    return {
      output: source,
      dockerignore: '',
      changes: [],
      notes: [
        {
          id: 'internal-error',
          message: {
            en: `The rewriter failed on this file (${msg}); it was left as it is. Please report it.`,
            ko: `이 파일을 다시 쓰다가 실패해(${msg}) 그대로 두었습니다. 알려 주세요.`,
          },
          sourceRanges: [],
        },
      ],
      layers: { before: empty, after: empty },
      size: estimateSize(none, none, empty, empty),
    };
  }
}

function rewriteOrThrow(source: string, options: RewriteOptions, initial: Analysis): Rewrite {
  const resolved: ResolvedOptions = {
    runtimeUid: options.runtimeUid ?? DEFAULTS.runtimeUid,
    multiStage: options.multiStage ?? DEFAULTS.multiStage,
    cacheMounts: options.cacheMounts ?? DEFAULTS.cacheMounts,
    context: options.context,
  };
  const disabled = new Set(options.disabledTransforms ?? []);
  if (!resolved.multiStage) disabled.add('multi-stage');
  // with cache mounts the caches are kept out of the image by the mount, not deleted
  if (resolved.cacheMounts) for (const id of ['package-cache-off', 'package-cache-clean']) disabled.add(id);
  else disabled.add('cache-mounts');
  const transforms = TRANSFORMS.filter((t) => !disabled.has(t.id));
  // A file the analyzer cannot parse is left as it is: rewriting it could lose what it meant.
  const broken = initial.findings.some((f) => f.ruleId === 'DOP001');
  const result = runPipeline(
    source,
    initial,
    broken ? [] : transforms,
    resolved,
    new Set(options.rejectedChanges ?? []),
    options.onlyChanges ? new Set(options.onlyChanges) : null,
  );
  const notes = [...result.notes];
  if (broken) {
    notes.push({
      id: 'parse-errors',
      message: {
        en: 'The Dockerfile has syntax errors (see the findings): it was not rewritten. Fix them first.',
        ko: 'Dockerfile에 문법 오류가 있어(발견 항목 참고) 다시 쓰지 않았습니다. 먼저 오류를 고치세요.',
      },
      sourceRanges: [],
    });
  }
  const before = computeLayers(result.before.model);
  const after = computeLayers(result.after.model);
  // New lines are written with LF; a file with CR or CRLF throughout keeps its style.
  const output = result.output === source ? source : inStyleOf(source, result.output);
  return {
    output,
    dockerignore: suggestDockerignore(result.after.model, options.context),
    // Korean particles after words only known now (`${image}은(는)`) are chosen here, once.
    changes: (output.length === result.output.length
      ? result.changes
      : shiftOutputSpans(result.changes, result.output)
    ).map((c) => ({ ...c, title: resolveLocalized(c.title), explanation: resolveLocalized(c.explanation) })),
    notes: notes.map((n) => ({ ...n, message: resolveLocalized(n.message) })),
    layers: { before, after },
    size: estimateSize(result.before.model, result.after.model, before, after),
  };
}

/**
 * After LF became CRLF in the output, each output offset moves by the LFs before it that gained a
 * CR; lines and columns stay as they were.
 */
function shiftOutputSpans(changes: Rewrite['changes'], lfOutput: string): Rewrite['changes'] {
  const grown: number[] = []; // offsets of the LFs that gained a CR
  for (let i = lfOutput.indexOf('\n'); i >= 0; i = lfOutput.indexOf('\n', i + 1))
    if (lfOutput[i - 1] !== '\r') grown.push(i);
  const shift = (o: number) => {
    let lo = 0;
    let hi = grown.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (grown[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  };
  return changes.map((c) => ({
    ...c,
    outputRanges: c.outputRanges.map((r) => ({
      ...r,
      span: { start: shift(r.span.start), end: shift(r.span.end) },
    })),
  }));
}
