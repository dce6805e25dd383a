import type { DockerfileModel, InstructionNode } from './model/types.js';
import type { RuleLookup } from './rules/lookup.js';
import type { Finding } from './types.js';

/**
 * Inline suppressions:
 * - `# dop ignore=DOP050,DL3008` and `# hadolint ignore=…` skip those rules on the next instruction;
 *   `# dop global ignore=…` / `# hadolint global ignore=…` skip them in the whole file;
 *   `# dop stage ignore=…` / `# hadolint stage ignore=…` from the next instruction to the end of
 *   its stage (the whole stage when the next instruction is its FROM);
 * - Docker's `# check=skip=A,B` parser directive skips build checks in the whole file, and the
 *   same comment right above an instruction (or a FROM, for its whole stage) skips them there;
 *   text after the list (`# check=skip=A,B // why`) is a note, not an id.
 * Ids may be ours, slugs, or other tools' ids (mapped through each rule's `aka`).
 */
export interface Suppressions {
  global: Set<string>;
  /** Rule ids suppressed per offset range [start, end). */
  scoped: { start: number; end: number; ids: Set<string> }[];
}

// Written so that no two parts can match the same characters: a pragma with thousands of spaces
// is read in linear time (the test suite checks every regex of the sources for backtracking).
const PRAGMA_HEAD = /^(dop|hadolint)\s+((?:global|stage)\s+)?ignore\s*=([^#]*)(#.*)?$/i;
const PRAGMA_IDS = /^[A-Za-z0-9_,\s-]+$/;
const CHECK = /^check\s*=(.*)$/i;
/** The id list at the start of a `skip=` value: `A,B`, `A, B`; anything after it is a note. */
const SKIP_LIST = /^[A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*/;

/** `dop|hadolint [global|stage] ignore=ID,…  [# comment]`: the id list and where it applies. */
function pragmaOf(content: string): { ids: string; global: boolean; stage: boolean } | null {
  const m = PRAGMA_HEAD.exec(content);
  if (!m) return null;
  const list = m[3]!;
  // A trailing comment needs whitespace before its `#`, and the ids must be ids.
  if (m[4] !== undefined && !/\s$/.test(list)) return null;
  if (!PRAGMA_IDS.test(list) || list.trim() === '') return null;
  const scope = m[2]?.trim().toLowerCase();
  return { ids: list.trim(), global: scope === 'global', stage: scope === 'stage' };
}

export function collectSuppressions(model: DockerfileModel, lookup: RuleLookup): Suppressions {
  const result: Suppressions = { global: new Set(), scoped: [] };
  const allBuildkit = new Set(
    lookup.rules.filter((r) => (r.meta.aka.buildkit ?? []).length > 0).map((r) => r.meta.id),
  );
  const directiveLines = new Set(model.directives.map((d) => model.lines.lineOf(d.span.start)));

  const idsOf = (list: string, checkSyntax: boolean): Set<string> => {
    const keys = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (checkSyntax && keys.some((k) => k.toLowerCase() === 'all')) return new Set(allBuildkit);
    return lookup.resolveAll(keys).ids;
  };

  // `# check=skip=…` as a parser directive: whole file.
  for (const d of model.directives) {
    if (d.name === 'check') {
      const skip = checkSkip(d.value);
      if (skip) for (const id of idsOf(skip, true)) result.global.add(id);
    }
  }

  const instructionsByLine = model.instructions;
  for (const c of model.comments) {
    if (directiveLines.has(c.line)) continue;
    const content = c.content.trim();
    const pragma = pragmaOf(content);
    const check = CHECK.exec(content);
    let ids: Set<string> | null = null;
    let global = false;
    let wholeStage = false;
    if (pragma) {
      ids = idsOf(pragma.ids, false);
      global = pragma.global;
      wholeStage = pragma.stage;
    } else if (check) {
      const skip = checkSkip(check[1]!.trim());
      if (skip) ids = idsOf(skip, true);
    }
    if (!ids || ids.size === 0) continue;
    if (global) {
      for (const id of ids) result.global.add(id);
      continue;
    }
    const next = nextInstruction(instructionsByLine, c.span.end);
    if (!next) continue;
    // A check=skip above FROM covers the whole stage; a stage pragma the rest of its stage.
    let end = next.span.end;
    if (((check && next.keyword === 'FROM') || wholeStage) && next.stage >= 0) {
      const stage = model.stages[next.stage];
      const last = stage?.instructions[stage.instructions.length - 1];
      if (last) end = last.span.end;
    }
    result.scoped.push({ start: next.span.start, end, ids });
  }
  return result;
}

function checkSkip(value: string): string | null {
  for (const part of value.split(';')) {
    const m = /^\s*skip\s*=(.*)$/i.exec(part);
    if (m) return SKIP_LIST.exec(m[1]!.trim())?.[0] ?? null;
  }
  return null;
}

function nextInstruction(list: readonly InstructionNode[], offset: number): InstructionNode | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? null;
}

export function isSuppressed(finding: Finding, s: Suppressions): boolean {
  if (s.global.has(finding.ruleId)) return true;
  for (const scope of s.scoped) {
    if (finding.span.start >= scope.start && finding.span.start < scope.end && scope.ids.has(finding.ruleId))
      return true;
  }
  return false;
}
