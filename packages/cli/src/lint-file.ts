import { type AnalyzeOptions, analyze, type FixAllResult, type FixSafety, fixAll } from '@dop/analyzer';
import { readBuildContext } from './read-context.js';
import { encode, readDockerfile, type ReadOutcome } from './read-input.js';
import { WriteRefused, writeFileCarefully } from './safe-write.js';
import type { FileResult } from './types.js';

/** One unit of work; plain data so it can be posted to a worker thread. */
export interface LintJob {
  /** Absolute path, or null when `text` is given (stdin). */
  file: string | null;
  text?: string;
  display: string;
  options: AnalyzeOptions;
  /** With --fix: which fixes to apply, and write the file back. */
  fix?: FixSafety;
  /** Also run the rewriter (nothing is written) and report how much it would change. */
  withRewrite?: boolean;
  /** The build context's folder, read and given to the analyzer (null: none). */
  contextDir?: string | null;
  /** The context's folder as shown in reports (relative to the working folder). */
  contextShown?: string;
}

/** What `--fix` reports of a fixAll result: the fixes applied and, when there are any, those not applied with why. */
export function fixSummary(
  result: FixAllResult,
): Pick<NonNullable<FileResult['fix']>, 'applied' | 'deferred'> {
  const applied = result.applied.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line }));
  const deferred = result.deferred.map((d) => ({
    ruleId: d.finding.ruleId,
    line: d.finding.range.start.line,
    reason: d.reason,
  }));
  return deferred.length > 0 ? { applied, deferred } : { applied };
}

/**
 * Lints (and with `fix` repairs) one file. Never throws: problems become `error`. `readAlready`:
 * the file's read outcome when the caller has read it (the pool reads each file once, and learns
 * its size from it).
 */
export async function lintJob(job: LintJob, readAlready?: ReadOutcome): Promise<FileResult> {
  let text: string;
  let read: Extract<ReadOutcome, { ok: true }> | null = null;
  if (job.file === null) text = job.text ?? '';
  else {
    const r = readAlready ?? (await readDockerfile(job.file));
    if (!r.ok) return { path: job.display, text: '', findings: [], error: r.error };
    read = r;
    text = r.text;
  }
  try {
    if (job.contextDir)
      job = { ...job, options: { ...job.options, context: await readBuildContext(job.contextDir) } };
    const shown = job.contextDir && job.contextShown !== undefined ? { contextRoot: job.contextShown } : {};
    if (!job.fix) {
      const result: FileResult = {
        path: job.display,
        text,
        findings: analyze(text, job.options).findings,
        ...shown,
      };
      if (job.withRewrite) result.rewrite = await rewriteSummary(text);
      return result;
    }
    const result = fixAll(text, { ...job.options, safety: job.fix });
    const { applied, ...said } = fixSummary(result);
    let written = false;
    let skipped: string | undefined;
    if (result.stoppedBecause === 'parse-error')
      skipped = 'a fix would have broken parsing; later fixes were not applied';
    if (result.output !== text && job.file !== null && read) {
      const bytes = encode(result.output, read.encoding);
      const refused = bytes
        ? await writeFileCarefully(job.file, bytes, { expected: read.bytes }).then(
            () => null,
            (e: unknown) => (e instanceof WriteRefused ? e.message : String(e)),
          )
        : "a fix adds characters the file's encoding (not UTF-8) cannot hold";
      if (refused) {
        return {
          path: job.display,
          text: result.output,
          findings: result.remaining,
          fix: { applied, written: false, ...said },
          error: `not written: ${refused}`,
        };
      }
      written = true;
    }
    return {
      path: job.display,
      text: result.output,
      findings: result.remaining,
      fix: { applied, written, ...(skipped ? { skipped } : {}), ...said },
      ...shown,
    };
  } catch (e) {
    return { path: job.display, text, findings: [], error: `internal error: ${(e as Error).message}` };
  }
}

/** The rewriter is loaded on first use: a plain lint never pays for reading it. */
async function rewriteSummary(text: string): Promise<NonNullable<FileResult['rewrite']>> {
  const { rewrite } = await import('@dop/rewriter');
  const r = rewrite(text);
  return {
    changes: r.changes.length,
    review: r.changes.filter((c) => c.risk === 'review').length,
    restructured: r.changes.some((c) => c.transform === 'multi-stage'),
  };
}
