import { type Analysis, EditPlan, LineIndex, analyzeModel, analyzeRules, buildModel } from '@dop/analyzer';
import { OffsetMap } from './offset-map.js';
import type { NoteProposal, NoteSubject, Proposal, ResolvedOptions, Transform } from './transform.js';
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
  /** A later change that deleted every line this one touched (and re-wrote them itself). */
  swallowedBy?: PendingChange;
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
  /** The subject of each note that has one: an applied change that replaces it withdraws the note. */
  const noteSubjects = new Map<string, NoteSubject>();
  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  /** Each transform's proposals deferred on its last run: the ones no later pass took. */
  const lastDeferred = new Map<string, Proposal[]>();
  let text = input;
  let analysis = before;
  const addNote = (step: string, n: NoteProposal) => {
    const id = `${step}:${n.key}`;
    if (notes.has(id)) return;
    if (n.about) noteSubjects.set(id, n.about);
    notes.set(id, {
      id,
      message: n.message,
      sourceRanges: (n.spans ?? []).map((s) =>
        toRange(originalLines, map.backward(s.start), map.backward(s.end, 'end')),
      ),
    });
  };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changedThisRound = false;
    for (const transform of transforms) {
      const proposals: Proposal[] = [];
      const noteProposals: NoteProposal[] = [];
      try {
        transform.run({
          // The model's text (lone CRs read as LF): the edits land on `text` at the same offsets,
          // so bytes no edit touches stay as they were.
          text: analysis.model.text,
          model: analysis.model,
          analysis,
          findingsOf: (ids) => analyzeRules(analysis.model, ids).findings,
          options,
          propose: (p) => proposals.push(p),
          note: (n) => noteProposals.push(n),
        });
      } catch (e) {
        // A transform's bug must not take the rewrite down: it proposes nothing and says so.
        proposals.length = 0;
        noteProposals.length = 0;
        noteProposals.push(faultNote(transform.id, e));
      }
      for (const n of noteProposals) addNote(transform.id, n);

      // The one edit policy (text/edits.ts): proposals in order, each whole or not at all; one
      // that clashes with a proposal taken before waits for the next pass over the new text.
      const accepted: { p: Proposal; id: string }[] = [];
      const acceptedIds = new Set<string>();
      const plan = new EditPlan(text.length);
      const deferred: Proposal[] = [];
      lastDeferred.set(transform.id, deferred);
      for (const p of proposals) {
        if (p.edits.length === 0) continue;
        if (plan.check(p.edits)) {
          deferred.push(p);
          continue;
        }
        const first = Math.min(...p.edits.map((e) => e.start));
        const line = originalLines.position(map.backward(first)).line;
        const base = `${transform.id}:${line}`;
        const isTaken = (x: string) => usedIds.has(x) || acceptedIds.has(x);
        let id = base;
        if (isTaken(id)) {
          // The smallest free `#n`; ids only get taken, so the search resumes where it last stopped.
          let n = nextSuffix.get(base) ?? 2;
          while (isTaken(`${base}#${n}`)) n++;
          nextSuffix.set(base, n);
          id = `${base}#${n}`;
        }
        if (rejected.has(id) || (only && !only.has(id))) continue;
        accepted.push({ p, id });
        acceptedIds.add(id);
        plan.take(p.edits);
      }
      if (accepted.length === 0) continue;

      const edits = plan.taken();
      const next = plan.apply(text);
      if (next === text) {
        nextSuffix.clear(); // this pass's ids were not used after all: free again
        continue;
      }
      // Everything below is guarded like the transform itself: a step whose new text cannot be
      // read, or whose bookkeeping fails, is undone whole and said in a note; the rest stands.
      const saved = {
        pending: pending.length,
        spans: pending.map((c) => c.spans),
        swallowed: pending.map((c) => c.swallowedBy),
        usedIds: new Set(usedIds),
        nextSuffix: new Map(nextSuffix),
        passes: map.passCount,
      };
      try {
        const nextAnalysis = lazyAnalysis(next);
        map.push(edits);
        const last = map.passCount - 1;
        // Changes whose every span lies inside text this pass replaces are now described by the
        // change that replaced it: the lines they pointed at are gone.
        // When the new text carries the old one's words (a RUN copied into a new stage, commands
        // joined into another RUN), the change follows them there instead.
        const swallowing = new Map<PendingChange, number>();
        const moved = new Map<PendingChange, { start: number; end: number }[]>();
        for (const c of pending) {
          if (c.swallowedBy || c.spans.length === 0) continue;
          const covering = c.spans.map((sp) => {
            for (const [i, { p }] of accepted.entries()) {
              const e = p.edits.find((x) => x.end > x.start && x.start <= sp.start && sp.end <= x.end);
              if (e) return { i, e, sp };
            }
            return null;
          });
          if (covering.some((x) => x === null)) continue;
          const found = covering.map((x) => {
            let words = text.slice(x!.sp.start, x!.sp.end);
            // A deletion left nothing to follow: it goes with the change's other spans.
            if (words.trim() === '') return 'none' as const;
            // Too short to find alone (`=`): follow its whole line.
            if (words.trim().length < 3) {
              const from = text.lastIndexOf('\n', x!.sp.start - 1) + 1;
              const to = text.indexOf('\n', x!.sp.end);
              words = text.slice(from, to < 0 ? text.length : to).replace(/\r$/, '');
            }
            // In the covering edit's new text, or another edit of the same change (joined RUNs).
            const edits = [x!.e, ...accepted[x!.i]!.p.edits.filter((e) => e !== x!.e)];
            const into = edits.find((e) => e.text.includes(words));
            if (into) {
              const at = into.text.indexOf(words);
              const base = map.landed(into, last).start;
              return { start: base + at, end: base + at + words.length };
            }
            // Several lines (a COPY and its RUN) may land apart: each line, in order, in one edit.
            const lines = words.split(/\r?\n/).filter((l) => l.trim().length >= 3);
            for (const e of edits) {
              let from = 0;
              let first = -1;
              for (const l of lines) {
                const at = e.text.indexOf(l, from);
                if (at < 0) {
                  first = -2;
                  break;
                }
                if (first === -1) first = at;
                from = at + l.length;
              }
              if (lines.length > 0 && first >= 0) {
                const base = map.landed(e, last).start;
                return { start: base + first, end: base + from };
              }
            }
            return null;
          });
          const spans = found.filter((f) => f !== 'none');
          if (spans.length > 0 && spans.every((f) => f !== null))
            moved.set(c, spans as { start: number; end: number }[]);
          else swallowing.set(c, covering[0]!.i);
        }
        for (const c of pending) {
          c.spans = moved.get(c) ?? c.spans.map((sp) => map.forwardSpan(sp, last));
        }
        const added: PendingChange[] = [];
        for (const { p, id } of accepted) {
          usedIds.add(id);
          // Back through every pass but this one: the edits are in this pass's input coordinates.
          const source = p.edits.map((e) => ({
            start: map.backward(e.start, 'start', last),
            end: map.backward(e.end, 'end', last),
          }));
          added.push({
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
            // Each edit found by itself: two insertions at one offset each keep their own text.
            spans: p.edits.map((e) => map.landed(e, last)),
            source,
          });
        }
        pending.push(...added);
        for (const [c, by] of swallowing) c.swallowedBy = added[by];
        for (const { p } of accepted)
          for (const [id, about] of noteSubjects) if (p.replaces?.includes(about)) notes.delete(id);
        text = next;
        analysis = nextAnalysis;
        changedThisRound = true;
      } catch (e) {
        pending.length = saved.pending;
        pending.forEach((c, k) => {
          c.spans = saved.spans[k]!;
          c.swallowedBy = saved.swallowed[k];
        });
        usedIds.clear();
        for (const x of saved.usedIds) usedIds.add(x);
        nextSuffix.clear();
        for (const [k, v] of saved.nextSuffix) nextSuffix.set(k, v);
        map.truncate(saved.passes);
        addNote(transform.id, faultNote(transform.id, e));
      }
    }
    if (!changedThisRound) break;
  }

  for (const [id, ps] of lastDeferred) {
    if (ps.length === 0) continue;
    notes.set(`${id}:deferred`, deferredNote(id, ps));
  }

  // A swallowed change is folded into the one that swallowed it (its source, what it resolves,
  // its risk, a line in the explanation) so that no listed change points at deleted lines.
  const owner = (c: PendingChange): PendingChange => (c.swallowedBy ? owner(c.swallowedBy) : c);
  for (const c of pending) {
    if (!c.swallowedBy) continue;
    const into = owner(c);
    into.source.push(...c.source);
    into.change.resolves = [...new Set([...into.change.resolves, ...c.change.resolves])];
    into.change.practices = [...new Set([...into.change.practices, ...c.change.practices])];
    if (c.change.risk === 'review') into.change.risk = 'review';
    into.change.explanation = {
      en: `${into.change.explanation.en} It carries an earlier change along: ${c.change.title.en}.`,
      ko: `${into.change.explanation.ko} 앞선 변경도 함께 담았습니다: ${c.change.title.ko}.`,
    };
  }
  const outputLines = new LineIndex(text);
  const changes = pending
    .filter((c) => !c.swallowedBy)
    .map(({ change, spans, source }) => ({
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
    full ??= analyzeModel(model); // the same model: the text is parsed once
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

/** Proposals the edit policy deferred on the transform's last run: said, not dropped silently. */
function deferredNote(id: string, ps: readonly Proposal[]): Note {
  const titles = (pick: (l: Proposal['title']) => string) => ps.map((p) => pick(p.title)).join('; ');
  return {
    id: `${id}:deferred`,
    message: {
      en: `Left out because they overlapped another change (or had edits outside the text): ${titles((t) => t.en)}.`,
      ko: `다른 변경과 겹치거나 편집 범위가 텍스트 밖이라 빠진 변경: ${titles((t) => t.ko)}.`,
    },
    sourceRanges: [],
  };
}

function faultNote(id: string, e: unknown): NoteProposal {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    key: 'internal-error',
    message: {
      en: `The "${id}" step failed on this file (${msg}) and changed nothing. Please report it.`,
      ko: `"${id}" 단계가 이 파일에서 실패해 아무것도 바꾸지 않았습니다 (${msg}). 알려 주세요.`,
    },
  };
}

function toRange(lines: LineIndex, start: number, end: number): SourceRange {
  const s = Math.max(0, Math.min(start, end));
  const e = Math.max(s, end);
  return { span: { start: s, end: e }, range: lines.range({ start: s, end: e }) };
}
