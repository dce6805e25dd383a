import {
  type Analysis,
  LineIndex,
  analyze,
  analyzeRules,
  applyEdits,
  buildModel,
  editsOverlap,
} from '@dop/analyzer';
import { OffsetMap } from './offset-map.js';
import type { NoteProposal, Proposal, ResolvedOptions, Transform } from './transform.js';
import type { Change, Note, SourceRange } from './types.js';

export interface PipelineResult {
  output: string;
  changes: Change[];
  notes: Note[];
  /** The analysis of the input and of the output. */
  before: Analysis;
  after: Analysis;
}

interface PendingChange {
  change: Change;
  /** Output spans in the current text; mapped forward after every pass. */
  spans: { start: number; end: number }[];
  /** Original spans. */
  source: { start: number; end: number }[];
}

/** Rounds over the whole pipeline; a transform's own output may enable another's. */
const MAX_ROUNDS = 3;

/**
 * Runs the transforms in order over the text. Each transform sees a fresh model and analysis of
 * the current text, proposes edits in its coordinates, and the pipeline applies the ones that do
 * not overlap, recording each as a change with its original and output ranges.
 */
export function runPipeline(
  input: string,
  before: Analysis,
  transforms: readonly Transform[],
  options: ResolvedOptions,
  rejected: ReadonlySet<string>,
  only: ReadonlySet<string> | null = null,
): PipelineResult {
  const map = new OffsetMap();
  const originalLines = new LineIndex(input);
  const pending: PendingChange[] = [];
  const notes = new Map<string, Note>();
  const usedIds = new Set<string>();
  let text = input;
  let analysis = before;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changedThisRound = false;
    for (const transform of transforms) {
      const proposals: Proposal[] = [];
      const noteProposals: NoteProposal[] = [];
      transform.run({
        text,
        model: analysis.model,
        analysis,
        findingsOf: (ids) => analyzeRules(text, ids, { model: analysis.model }).findings,
        options,
        propose: (p) => proposals.push(p),
        note: (n) => noteProposals.push(n),
      });
      for (const n of noteProposals) {
        const id = `${transform.id}:${n.key}`;
        if (notes.has(id)) continue;
        notes.set(id, {
          id,
          message: n.message,
          sourceRanges: (n.spans ?? []).map((s) =>
            toRange(originalLines, map.backward(s.start), map.backward(s.end, 'end')),
          ),
        });
      }

      const accepted: { p: Proposal; id: string }[] = [];
      const edits = [];
      for (const p of proposals) {
        if (p.edits.length === 0 || editsOverlap([...edits, ...p.edits])) continue;
        const first = Math.min(...p.edits.map((e) => e.start));
        const line = originalLines.position(map.backward(first)).line;
        let id = `${transform.id}:${line}`;
        for (let n = 2; usedIds.has(id) || accepted.some((a) => a.id === id); n++) {
          id = `${transform.id}:${line}#${n}`;
        }
        if (rejected.has(id) || (only && !only.has(id))) continue;
        accepted.push({ p, id });
        edits.push(...p.edits);
      }
      if (accepted.length === 0) continue;

      const next = applyEdits(text, edits);
      if (next === text) continue;
      map.push(edits);
      const last = map.passCount - 1;
      for (const c of pending) {
        c.spans = c.spans.map((sp) => ({
          start: map.forward(sp.start, 'start', last),
          end: map.forward(sp.end, 'end', last),
        }));
      }
      for (const { p, id } of accepted) {
        usedIds.add(id);
        // Back through every pass but this one: the edits are in this pass's input coordinates.
        const source = p.edits.map((e) => ({
          start: map.backward(e.start, 'start', last),
          end: map.backward(e.end, 'end', last),
        }));
        pending.push({
          change: {
            id,
            transform: transform.id,
            title: p.title,
            explanation: p.explanation,
            practices: p.practices,
            resolves: p.resolves,
            sourceRanges: [],
            outputRanges: [],
            risk: p.risk,
          },
          spans: p.edits.map((e) => ({
            start: map.forward(e.start, 'start', last),
            end: map.forward(e.end, 'end', last),
          })),
          source,
        });
      }
      text = next;
      analysis = lazyAnalysis(text);
      changedThisRound = true;
    }
    if (!changedThisRound) break;
  }

  const outputLines = new LineIndex(text);
  const changes = pending.map(({ change, spans, source }) => ({
    ...change,
    sourceRanges: source.map((s) => toRange(originalLines, s.start, s.end)),
    outputRanges: spans.map((s) => toRange(outputLines, s.start, s.end)),
  }));
  return { output: text, changes, notes: [...notes.values()], before, after: analysis };
}

/**
 * The model of a text at once, and every rule's findings only if something reads them: after an
 * edit the transforms need the model, and the rule-fix ones only a few rules (`findingsOf`).
 */
function lazyAnalysis(text: string): Analysis {
  const model = buildModel(text);
  let full: Analysis | undefined;
  const all = () => {
    full ??= analyze(text, { model }); // the same model: the text is parsed once
    return full;
  };
  return {
    model,
    get findings() {
      return all().findings;
    },
    get suppressed() {
      return all().suppressed;
    },
  };
}

function toRange(lines: LineIndex, start: number, end: number): SourceRange {
  const s = Math.max(0, Math.min(start, end));
  const e = Math.max(s, end);
  return { span: { start: s, end: e }, range: lines.range({ start: s, end: e }) };
}
