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
import { everyRuleOptions, ruleCrashes } from '@dop/analyzer/testing';
import { rewrite } from '../src/index.js';
import type { Rewrite, RewriteOptions } from '../src/types.js';

export interface Violation {
  invariant: string;
  detail: string;
}

/**
 * What crashed on a text: a rule (the analyzer turns it into an internal finding) or a step of
 * the rewriter (it leaves its part undone with an internal-error note). Either fails the property.
 */
export function crashesOn(text: string): string[] {
  const steps = rewrite(text)
    .notes.filter((n) => n.id === 'internal-error')
    .map((n) => n.message.en);
  return [...ruleCrashes(analyze(text, everyRuleOptions())), ...steps];
}

/**
 * Rewrites `text` and returns the result with every invariant violation found. `rewriteWith`
 * stands in for the rewriter in tests of the invariants themselves.
 */
export function checkRewrite(
  text: string,
  options: RewriteOptions = {},
  rewriteWith: typeof rewrite = rewrite,
): { result: Rewrite; violations: Violation[] } {
  const result = rewriteWith(text, options);
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
    for (const crash of ruleCrashes(a)) v('no rule crashes', `${which}: ${crash}`);
  }
  // 0b. No step of the rewriter failed (it then leaves its part undone and says so in a note).
  for (const n of result.notes.filter((x) => x.id === 'internal-error')) v('no step crashes', n.message.en);

  // 1. The output parses (unless the input did not, in which case it is left alone).
  if (broken) {
    if (result.output !== text) v('unparseable input untouched', 'the output differs from the input');
  } else {
    const errors = after.findings.filter((f) => f.ruleId === 'DOP001');
    for (const e of errors) v('output parses', `line ${e.range.start.line}: ${e.message.en}`);
  }

  // 2. Fixpoint.
  const again = rewriteWith(result.output);
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

  // 5. What the final image runs does not change silently: the change that moves a part of it
  // (CMD/ENTRYPOINT, USER, WORKDIR, ENV, EXPOSE of the final stage) must itself be `review`; a
  // review change elsewhere does not excuse a safe one that moved it.
  if (!broken) {
    const a = runtimeOf(before.model);
    const b = runtimeOf(after.model);
    for (const key of RUNTIME_PARTS) {
      if (a[key] === b[key]) continue;
      const movers = moversOf(text, result, key, a[key], before.model, after.model, rewriteWith);
      const what = `${key}: ${a[key] || '(unset)'} → ${b[key] || '(unset)'}`;
      if (movers.length === 0) v('runtime unchanged', `${what}, by no change that says so`);
      for (const c of movers.filter((m) => m.risk !== 'review'))
        v('runtime unchanged', `${what}, by the ${c.risk} change ${c.id}`);
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

/** The parts of what the final stage runs, and the instructions that decide each. */
const RUNTIME_KEYWORDS = {
  program: ['ENTRYPOINT', 'CMD'],
  user: ['USER'],
  workdir: ['WORKDIR'],
  env: ['ENV'],
  ports: ['EXPOSE'],
} as const satisfies Record<string, readonly string[]>;

export type RuntimePart = keyof typeof RUNTIME_KEYWORDS;
const RUNTIME_PARTS = Object.keys(RUNTIME_KEYWORDS) as RuntimePart[];

/**
 * The changes that moved one part of what the image runs. Each change over the instructions that
 * set it (in the input or the output) is tried: a change is a mover when the rewrite without it
 * leaves that part as it was. When no single change does (several moved it together), every
 * change over those instructions counts as one.
 */
function moversOf(
  text: string,
  result: Rewrite,
  key: RuntimePart,
  was: string,
  before: DockerfileModel,
  after: DockerfileModel,
  rewriteWith: typeof rewrite,
): Rewrite['changes'] {
  const setters = (model: DockerfileModel) =>
    (model.stages.at(-1)?.instructions ?? [])
      .filter((i) => (RUNTIME_KEYWORDS[key] as readonly string[]).includes(i.keyword))
      .map((i) => i.span);
  const inSpans = setters(before);
  const outSpans = setters(after);
  const overlaps = (ranges: { span: { start: number; end: number } }[], targets: typeof inSpans) =>
    ranges.some((r) => targets.some((sp) => r.span.start <= sp.end && r.span.end >= sp.start));
  const near = result.changes.filter(
    (c) => overlaps(c.sourceRanges, inSpans) || overlaps(c.outputRanges, outSpans),
  );
  const undoes = (c: Rewrite['changes'][number]) =>
    runtimeOf(analyze(rewriteWith(text, { rejectedChanges: [c.id] }).output).model)[key] === was;
  const single = near.filter(undoes);
  if (single.length > 0) return single;
  // A change that moved it from afar (a stage split that makes a new final stage).
  const far = result.changes.filter((c) => !near.includes(c) && undoes(c));
  return far.length > 0 ? far : near;
}

/** What the final stage runs: program, user, workdir, env (name=value), exposed ports (last values). */
export function runtimeOf(model: DockerfileModel): Record<RuntimePart, string> {
  const final = model.stages[model.stages.length - 1];
  const out: Record<RuntimePart, string> = { program: '', user: '', workdir: '', env: '', ports: '' };
  if (!final) return out;
  const ports = new Set<string>();
  const env = new Map<string, string>();
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
    if (ins.keyword === 'ENV') for (const p of ins.properties) env.set(p.name, p.value ?? '');
    if (ins.keyword === 'WORKDIR') out.workdir = words.join(' ');
    if (ins.keyword === 'USER') out.user = words.join(' ');
  }
  out.program = entry || cmd;
  out.ports = [...ports].sort().join(',');
  out.env = [...env]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return out;
}
