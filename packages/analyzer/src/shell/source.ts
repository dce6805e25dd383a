/**
 * A piece of text to parse, with a way back to offsets in the original Dockerfile.
 * Line continuations and comment lines of a RUN are removed before the shell sees the text,
 * so each character keeps the original offset it came from.
 */
export interface MappedText {
  text: string;
  /** Original offset of each character; `null` means `base + index` (or `runs`, when given). */
  offsets: number[] | null;
  base: number;
  /**
   * The mapping as runs of characters that follow one another in the original, when `offsets` is
   * null: pairs [logical start, original start], by logical start (a RUN's lines joined are a
   * few runs, where a list of offsets held one number per character).
   */
  runs?: number[];
  /**
   * Original offset just past each character, when one character came from several (a JSON
   * escape such as `\u007a`); absent means one past its offset.
   */
  ends?: number[];
}

/**
 * A mapped text with all its fields, in one order: the parse and the model read them in many
 * places, and objects built with different fields (or with `ends` added later) give V8 several
 * shapes to tell apart at each of those reads ("wrong map" deoptimisations, and polymorphic reads
 * in the code that is never optimised in a one-pass run such as the CLI's).
 */
export function mappedText(
  text: string,
  offsets: number[] | null,
  base: number,
  runs: number[] | undefined,
  ends: number[] | undefined,
): MappedText {
  return { text, offsets, base, runs, ends };
}

export function mapped(text: string, base: number): MappedText {
  return mappedText(text, null, base, undefined, undefined);
}

/** Original offset of logical index `i` (one past the end maps just past the last character). */
export function originalOffset(src: MappedText, i: number): number {
  if (!src.offsets) return src.runs ? runOffset(src.runs, src.base, i) : src.base + i;
  const n = src.offsets.length;
  if (n === 0) return src.base;
  if (i < n) return src.offsets[i]!;
  return src.offsets[n - 1]! + 1 + (i - n);
}

/** Original offset of logical index `i` through runs (past the end: from the last run on). */
function runOffset(runs: readonly number[], base: number, i: number): number {
  if (runs.length === 0) return base;
  const r = runAt(runs, i);
  return runs[r + 1]! + (i - runs[r]!);
}

// The run last found, and in which list: a script's words are looked up in order, so the next
// one is most often in the same run (a hint only: the answer is the same without it).
let hintRuns: readonly number[] | null = null;
let hintAt = 0;

/** The index in `runs` of the last run starting at or before i (the first run when i is before it). */
function runAt(runs: readonly number[], i: number): number {
  if (runs === hintRuns) {
    const at = hintAt;
    if ((at === 0 || runs[at]! <= i) && (at + 2 >= runs.length || runs[at + 2]! > i)) return at;
  }
  let low = 0;
  let high = runs.length / 2;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (runs[2 * mid]! <= i) low = mid;
    else high = mid;
  }
  hintRuns = runs;
  hintAt = 2 * low;
  return 2 * low;
}

/** Original span of the logical half-open range [start, end). */
export function originalSpan(src: MappedText, start: number, end: number): { start: number; end: number } {
  const s = originalOffset(src, start);
  const last = end - 1;
  const e = end > start ? (src.ends?.[last] ?? originalOffset(src, last) + 1) : s;
  return { start: s, end: Math.max(s, e) };
}

/** A slice of a mapped text, keeping its mapping. */
export function sliceMapped(src: MappedText, start: number, end: number): MappedText {
  const text = src.text.slice(start, end);
  if (!src.offsets && src.runs) {
    // The runs inside [start, end), counted from `start`; an empty slice maps to nothing, as an
    // empty list of offsets does.
    const runs: number[] = [];
    if (text.length > 0) {
      const first = Math.max(0, start);
      runs.push(0, originalOffset(src, first));
      for (let k = 0; k < src.runs.length; k += 2) {
        const at = src.runs[k]!;
        if (at > first && at < first + text.length) runs.push(at - first, src.runs[k + 1]!);
      }
    }
    return mappedText(text, null, 0, runs, undefined);
  }
  if (!src.offsets) return mappedText(text, null, src.base + start, undefined, undefined);
  return mappedText(text, src.offsets.slice(start, end), 0, undefined, src.ends?.slice(start, end));
}

/**
 * Removes Dockerfile line continuations (`escape` + newline) and the comment lines that may sit
 * between continued lines, as the Dockerfile parser does before a shell ever sees the text.
 */
export function joinContinuations(text: string, base: number, escapeChar: string): MappedText {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return mapped(text, base);
  // The kept text is taken in runs (slices between the dropped pieces), not character by character.
  let out = '';
  let run = -1;
  const runs: number[] = [];
  const keep = (to: number) => {
    if (run >= 0 && to > run) {
      runs.push(out.length, base + run);
      out += text.slice(run, to);
    }
    run = -1;
  };
  let i = 0;
  let atLineStart = false;
  const n = text.length;
  while (i < n) {
    if (atLineStart) {
      // A continued line that is only a comment (or empty) is dropped by the Dockerfile parser.
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#' || ((text[j] === '\n' || text[j] === '\r') && j < n)) {
        // A comment line, or an empty one (BuildKit drops both; DOP003 flags the empty one).
        while (j < n && text[j] !== '\n' && text[j] !== '\r') j++;
        if (text[j] === '\r' && text[j + 1] === '\n') j++;
        keep(i);
        i = j + 1;
        continue;
      }
      atLineStart = false;
    }
    const c = text[i]!;
    if (c === escapeChar) {
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '\n' || text[j] === '\r') {
        if (text[j] === '\r' && text[j + 1] === '\n') j++;
        keep(i);
        i = j + 1;
        atLineStart = true;
        continue;
      }
      if (escapeChar !== '\\') {
        // With `# escape=`` a backslash is an ordinary character, and so is a lone backtick.
        if (run < 0) run = i;
        i++;
        continue;
      }
    }
    if (run < 0) run = i;
    i++;
  }
  keep(n);
  return mappedText(out, null, 0, runs, undefined);
}
