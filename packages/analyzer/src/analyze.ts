import { contextView } from './context/view.js';
import { buildModel } from './model/build.js';
import { fact, factsOf } from './model/facts.js';
import { resolveParticles } from './text/korean.js';
import type { DockerfileModel } from './model/types.js';
import type { Report, ResolvedConfig, Rule, RuleContext } from './rules/define.js';
import { RULES } from './rules/index.js';
import { RuleLookup } from './rules/lookup.js';
import { collectSuppressions, isSuppressed } from './suppress.js';
import { type Analysis, type AnalyzeOptions, type Finding, SEVERITY_ORDER, type Severity } from './types.js';

const lookup = new RuleLookup(RULES);

/** Analyzes a Dockerfile. Never throws: parse problems come back as findings (DOP001). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return runRules(buildModel(text), RULES, options, lookup);
}

/** Analyzes a model built already (the rewriter builds one per text and analyzes it). */
export function analyzeModel(model: DockerfileModel, options: AnalyzeOptions = {}): Analysis {
  return runRules(model, RULES, options, lookup);
}

/**
 * Only the named rules (ids as in the catalogue) over a text or its model: the rewriter needs a
 * few rules' fixes after each of its edits, not all rules. Ignore comments and options apply as
 * in `analyze`.
 */
export function analyzeRules(
  input: string | DockerfileModel,
  ruleIds: readonly string[],
  options: AnalyzeOptions = {},
): Analysis {
  const wanted = RULES.filter((r) => ruleIds.includes(r.meta.id));
  return runRules(typeof input === 'string' ? buildModel(input) : input, wanted, options, lookup);
}

/** Runs the given rules over a model (tests run one rule alone through the same path). */
export function runRules(
  model: DockerfileModel,
  rules: readonly Rule[],
  options: AnalyzeOptions = {},
  ruleLookup = new RuleLookup(rules),
): Analysis {
  // The model's text: the input with lone CRs read as LF, so rules and the model agree on lines.
  const source = model.text;
  const config: ResolvedConfig = {
    trustedRegistries: options.trustedRegistries ?? [],
    requiredLabels: options.requiredLabels ?? {},
  };
  const buildContext = options.context ? contextView(options.context) : null;
  const disabled = ruleLookup.resolveAll(options.disabledRules ?? []).ids;
  const enabled = ruleLookup.resolveAll(options.enabledRules ?? []).ids;
  const severity = new Map<string, Severity | 'off'>();
  for (const [key, value] of Object.entries(options.severityOverrides ?? {})) {
    for (const r of ruleLookup.resolve(key)) severity.set(r.meta.id, value);
  }

  const findings: Finding[] = [];
  // One context for every rule; `report` collects into the running rule's list.
  const reports: Report[] = [];
  const ctx: RuleContext = {
    model,
    text: source,
    config,
    buildContext,
    facts: factsOf(model),
    report: (r) => {
      reports.push(r);
    },
  };
  for (const rule of rules) {
    const id = rule.meta.id;
    if (disabled.has(id) || severity.get(id) === 'off') continue;
    if (rule.meta.optIn && !enabled.has(id) && !severity.has(id)) continue;
    const sev = (severity.get(id) as Severity | undefined) ?? rule.meta.severity;
    reports.length = 0;
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must not take the analysis down; say so where it can be seen.
      findings.push(internalError(rule, e, model.lines.range({ start: 0, end: 0 })));
      continue;
    }
    for (const r of reports) {
      const finding = toFinding(rule, sev, r, model.lines, source.length);
      if (finding.fix && editsExecForm(model, finding.fix.edits)) delete finding.fix;
      findings.push(finding);
    }
  }

  const suppressions = options.disableIgnorePragmas ? null : collectSuppressions(model, ruleLookup);
  const kept = suppressions ? findings.filter((f) => !isSuppressed(f, suppressions)) : findings;
  const unique = dedupe(kept);
  unique.sort(
    (a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId) || a.span.end - b.span.end,
  );
  return { findings: unique, model, suppressed: findings.length - kept.length };
}

/**
 * Whether a fix edits the JSON array of an exec-form RUN and leaves it broken: most rules write
 * their fixes for shell words (` -y` after a word), which is not JSON, so those findings come
 * without a fix; an edit that keeps the array valid (dropping `"sudo", `) stays.
 */
function editsExecForm(
  model: DockerfileModel,
  edits: readonly { start: number; end: number; text: string }[],
): boolean {
  for (const span of execSpans(model)) {
    const inside = edits.filter((e) => e.start >= span.start && e.start <= span.end);
    if (inside.length === 0) continue;
    let text = model.text.slice(span.start, span.end);
    for (const e of [...inside].sort((a, b) => b.start - a.start))
      text =
        text.slice(0, e.start - span.start) + e.text + text.slice(Math.min(e.end, span.end) - span.start);
    try {
      const value: unknown = JSON.parse(`[${text}]`);
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** The JSON arrays of exec-form RUNs (ONBUILD included). */
const EXEC_SPANS = fact('exec-form spans', (model) => {
  const spans: { start: number; end: number }[] = [];
  for (const ins of model.instructions)
    for (const run of [ins, ins.trigger])
      for (const c of run?.shell?.commands ?? []) if (c.context === 'exec') spans.push(c.span);
  return spans;
});

function execSpans(model: DockerfileModel): readonly { start: number; end: number }[] {
  return factsOf(model).get(EXEC_SPANS);
}

function toFinding(
  rule: Rule,
  severity: Severity,
  r: Report,
  lines: Analysis['model']['lines'],
  length: number,
): Finding {
  const start = clamp(r.span.start, 0, length);
  const end = clamp(Math.max(r.span.end, start), start, length);
  const span = { start, end };
  const finding: Finding = {
    ruleId: rule.meta.id,
    slug: rule.meta.slug,
    severity,
    message: localized(r.message),
    range: lines.range(span),
    span,
    practices: [...rule.meta.practices],
    aka: rule.meta.aka,
  };
  if (r.contextFiles?.length) finding.contextFiles = r.contextFiles.map((f) => ({ ...f }));
  if (r.related?.length)
    finding.related = r.related.map((s) => {
      const from = clamp(s.start, 0, length);
      return lines.range({ start: from, end: clamp(Math.max(s.end, from), from, length) });
    });
  if (r.fix && r.fix.edits.length > 0) finding.fix = { ...r.fix, title: localized(r.fix.title) };
  return finding;
}

/**
 * A message with its Korean particles resolved (as `resolveLocalized`), each Korean text resolved
 * once: a rule says the same thing in many files (about 60 % of the messages over the corpus, and
 * all but 61 of its 2,215 fix titles, are repeats).
 */
function localized<T extends { en: string; ko: string }>(text: T): T {
  let ko = RESOLVED.get(text.ko);
  if (ko === undefined) {
    ko = resolveParticles(text.ko);
    if (RESOLVED.size >= 4096) RESOLVED.clear();
    RESOLVED.set(text.ko, ko);
  }
  return ko === text.ko ? text : { ...text, ko };
}

const RESOLVED = new Map<string, string>();

function internalError(rule: Rule, e: unknown, range: Finding['range']): Finding {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    ruleId: rule.meta.id,
    slug: rule.meta.slug,
    severity: 'info',
    message: {
      en: `Rule ${rule.meta.id} could not check this file (${msg}). Please report it.`,
      ko: `규칙 ${rule.meta.id}이(가) 이 파일을 검사하지 못했습니다 (${msg}). 알려 주세요.`,
    },
    range,
    span: { start: 0, end: 0 },
    practices: [...rule.meta.practices],
    aka: rule.meta.aka,
    internal: true,
  };
}

function dedupe(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.ruleId}:${f.span.start}:${f.span.end}:${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? n : lo));
}

export { SEVERITY_ORDER, lookup as ruleLookup };
