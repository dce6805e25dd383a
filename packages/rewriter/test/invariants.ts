/** The rewriter's invariants (DESIGN.md), checked on golden files, the corpus and generated input. */
import {
  aspnetTagForSdk,
  analyze,
  baseImageInfo,
  type DockerfileModel,
  PINNED_TAGS,
  RUNTIME_IMAGES,
  TEMURIN_JRE_MAJORS,
  temurinJre,
} from '@dop/analyzer';
import { rewrite } from '../src/index.js';
import type { Rewrite, RewriteOptions } from '../src/types.js';

export interface Violation {
  invariant: string;
  detail: string;
}

/** Rewrites `text` and returns the result with every invariant violation found. */
export function checkRewrite(
  text: string,
  options: RewriteOptions = {},
): { result: Rewrite; violations: Violation[] } {
  const result = rewrite(text, options);
  const violations: Violation[] = [];
  const v = (invariant: string, detail: string) => violations.push({ invariant, detail });
  const before = analyze(text);
  const after = analyze(result.output);
  const broken = before.findings.some((f) => f.ruleId === 'DOP001');

  // 0. No rule crashed on the input or the output (the analyzer turns a crash into a finding).
  for (const [which, a] of [
    ['input', before],
    ['output', after],
  ] as const) {
    for (const f of a.findings.filter((x) => x.internal)) v('no rule crashes', `${which}: ${f.message.en}`);
  }

  // 1. The output parses (unless the input did not, in which case it is left alone).
  if (broken) {
    if (result.output !== text) v('unparseable input untouched', 'the output differs from the input');
  } else {
    const errors = after.findings.filter((f) => f.ruleId === 'DOP001');
    for (const e of errors) v('output parses', `line ${e.range.start.line}: ${e.message.en}`);
  }

  // 2. Fixpoint.
  const again = rewrite(result.output);
  if (again.output !== result.output) {
    v('fixpoint', `second rewrite changed it again: ${again.changes.map((c) => c.id).join(', ')}`);
  }

  // 3. Every original instruction kept verbatim, or touched by a named change.
  const touched = result.changes.flatMap((c) => c.sourceRanges.map((r) => r.span));
  for (const ins of before.model.instructions) {
    const own = text.slice(ins.span.start, ins.span.end);
    const isTouched = touched.some((s) => s.start < ins.span.end && s.end >= ins.span.start);
    if (!isTouched && !result.output.includes(own)) {
      v(
        'instructions accounted for',
        `line ${ins.startLine + 1} vanished without a change: ${own.slice(0, 60)}`,
      );
    }
  }

  // 3b. …and every command of every original RUN: in the output (spacing aside) or touched by
  // the source range of a change that says what happened to it.
  const squash = (t: string) =>
    t
      .replace(/\\\r?\n/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const flatOutput = squash(result.output);
  for (const ins of before.model.instructions) {
    for (const cmd of ins.shell?.commands ?? []) {
      if (cmd.context !== 'top' || cmd.depth !== 0) continue;
      const own = squash(text.slice(cmd.span.start, cmd.span.end));
      const named = touched.some((s) => s.start <= cmd.span.end && s.end >= cmd.span.start);
      if (own && !named && !flatOutput.includes(own))
        v(
          'commands accounted for',
          `line ${ins.startLine + 1}: \`${own.slice(0, 60)}\` vanished without a change`,
        );
    }
  }

  // 4. Comments survive.
  for (const c of before.model.comments) {
    const own = text.slice(c.span.start, c.span.end).trim();
    const isTouched = touched.some((s) => s.start <= c.span.end && s.end >= c.span.start);
    if (own && !isTouched && !result.output.includes(own)) v('comments survive', own.slice(0, 60));
  }

  // 5. What the final image runs does not change silently.
  // A difference must come from a review change over the instructions that set it (or over the
  // final stage's FROM when none did): a review change elsewhere does not excuse it.
  if (!broken) {
    const a = runtimeOf(before.model);
    const b = runtimeOf(after.model);
    const final = before.model.stages.at(-1);
    for (const key of Object.keys(a) as (keyof typeof a)[]) {
      if (a[key] === b[key]) continue;
      const setters = (final?.instructions ?? []).filter((i) => RUNTIME_KEYWORDS[key].includes(i.keyword));
      const spans = (setters.length ? setters : final ? [final.from] : []).map((i) => i.span);
      // …or from one whose output holds the instruction that sets it now (an ENV it added).
      const outSpans = (after.model.stages.at(-1)?.instructions ?? [])
        .filter((i) => RUNTIME_KEYWORDS[key].includes(i.keyword))
        .map((i) => i.span);
      const overlaps = (ranges: { span: { start: number; end: number } }[], targets: typeof spans) =>
        ranges.some((r) => targets.some((sp) => r.span.start <= sp.end && r.span.end >= sp.start));
      const excused = result.changes.some(
        (c) => c.risk === 'review' && (overlaps(c.sourceRanges, spans) || overlaps(c.outputRanges, outSpans)),
      );
      if (!excused) v('runtime unchanged', `${key}: ${a[key]} → ${b[key]}`);
    }
  }

  // 6. Nothing new, and every claim true: the distinct problems (rule and message) do not grow —
  // a RUN kept in both stages of a split repeats its findings without adding a problem — and the
  // rules the changes say they resolve fire less than before.
  const distinct = (x: typeof before) => new Set(x.findings.map((f) => `${f.ruleId} ${f.message.en}`));
  const was = distinct(before);
  const now = distinct(after);
  if (now.size > was.size) {
    const added = [...now].filter((k) => !was.has(k));
    v('no new findings', `${was.size} before, ${now.size} after: ${added.join('; ').slice(0, 300)}`);
  }
  const fired = new Set(before.findings.map((f) => f.ruleId));
  const claimed = new Set(result.changes.flatMap((c) => c.resolves).filter((id) => fired.has(id)));
  if (claimed.size > 0) {
    const n = (x: typeof before) => x.findings.filter((f) => claimed.has(f.ruleId)).length;
    if (n(after) >= n(before))
      v('fewer findings', `${[...claimed].join(', ')}: ${n(before)} before, ${n(after)} after`);
  }
  // 7. Every image the output names that the input did not comes from the knowledge tables: a
  // runtime image, a pinned tag, a JRE or ASP.NET runtime, or the input image's own slim variant.
  const known = knownImages(before.model);
  for (const stage of after.model.stages) {
    const img = stage.image;
    if (img.stage !== null || img.scratch || img.raw.includes('$')) continue;
    if (!known.has(img.raw)) v('images exist', `${img.raw} is not an image the knowledge tables list`);
  }
  return { result, violations };
}

/** The images a rewrite of this input may name: its own, and those the knowledge tables give. */
function knownImages(model: DockerfileModel): Set<string> {
  const known = new Set<string>(Object.values(RUNTIME_IMAGES));
  for (const [repo, tag] of Object.entries(PINNED_TAGS)) known.add(`${repo}:${tag}`);
  for (const major of TEMURIN_JRE_MAJORS) known.add(temurinJre(major)!);
  for (const stage of model.stages) {
    const img = stage.image;
    known.add(img.raw);
    const aspnet = img.name === 'dotnet/sdk' ? aspnetTagForSdk(img.tag) : null;
    if (aspnet) known.add(`mcr.microsoft.com/dotnet/aspnet:${aspnet}`);
  }
  // …and the slim variants of those (a pinned `node:22` runs on `node:22-slim`).
  for (const raw of [...known]) {
    const ref = parseRef(raw);
    const smaller = ref && baseImageInfo(ref)?.smaller?.image;
    if (smaller) known.add(smaller);
  }
  return known;
}

function parseRef(raw: string): { registry: string | null; name: string; tag: string | null } | null {
  const m = /^(?:([^/]+\.[^/]+)\/)?([^:@]+)(?::([^@]+))?$/.exec(raw);
  return m ? { registry: m[1] ?? null, name: m[2]!, tag: m[3] ?? null } : null;
}

/** The instructions that decide each part of what the final stage runs. */
const RUNTIME_KEYWORDS: Record<'program' | 'ports' | 'env' | 'workdir', readonly string[]> = {
  program: ['ENTRYPOINT', 'CMD'],
  ports: ['EXPOSE'],
  env: ['ENV'],
  workdir: ['WORKDIR'],
};

/** What the final stage runs: program, exposed ports, env names, workdir (last values). */
export function runtimeOf(model: DockerfileModel): Record<'program' | 'ports' | 'env' | 'workdir', string> {
  const final = model.stages[model.stages.length - 1];
  const out = { program: '', ports: '', env: '', workdir: '' };
  if (!final) return out;
  const ports = new Set<string>();
  const env = new Set<string>();
  let entry = '';
  let cmd = '';
  for (const ins of final.instructions) {
    // A shell-form command's program as the shell reads it (quotes removed).
    const shellWords = ins.shell?.commands[0]?.argv.map((w) => w.value);
    const words = ins.json
      ? ins.json.map((w) => w.value)
      : ['CMD', 'ENTRYPOINT'].includes(ins.keyword) && shellWords
        ? shellWords
        : ins.args.map((a) => a.value);
    if (ins.keyword === 'ENTRYPOINT') entry = words[0] ?? '';
    if (ins.keyword === 'CMD') cmd = words[0] ?? '';
    if (ins.keyword === 'EXPOSE') for (const w of words) ports.add(w.toLowerCase().replace(/\/tcp$/, ''));
    if (ins.keyword === 'ENV') for (const p of ins.properties) env.add(p.name);
    if (ins.keyword === 'WORKDIR') out.workdir = words.join(' ');
  }
  out.program = entry || cmd;
  out.ports = [...ports].sort().join(',');
  out.env = [...env].sort().join(',');
  return out;
}
