/**
 * How the analyzer uses dockerfile-ast (pinned in package.json), in one place. Two of its methods
 * are replaced, once, when the first model is built; `dockerfile-ast-adapter.test.ts` fails if a
 * new version renames or drops either, rather than the replacement silently doing nothing:
 *
 * - `Instruction#getRawArguments` recomputes an instruction's words from its text on every call,
 *   and the library's own constructors, `getFlags`, `getArgumentsRange` and `getHeredocs` call it
 *   again and again (about a third of an analysis went there). An instruction's text never changes
 *   after parsing, so the words are kept on the instruction. Callers get a copy of the list:
 *   `ModifiableInstruction#getArguments` shifts the flags off the array it receives.
 * - `Util.isUTF8BOM` asks Node's global `Buffer` whether the first character is a byte-order mark;
 *   browsers and workers have no Buffer, and in Node the call costs more than the parse of a short
 *   file's first line. A BOM decoded into a string is the one character U+FEFF.
 */
import { type Argument, Instruction } from 'dockerfile-ast';
import { Util } from 'dockerfile-ast/lib/util.js';

/** The library's members this adapter replaces (the test checks each exists and is replaced). */
export const ADAPTED_MEMBERS = [
  { owner: 'Instruction.prototype', name: 'getRawArguments' },
  { owner: 'Util', name: 'isUTF8BOM' },
] as const;

const WORDS = Symbol('dop.rawArguments');
type Adapted = { [WORDS]?: Argument[] };
type WithRaw = { getRawArguments(this: Adapted): Argument[] };

let adapted = false;

/** Makes dockerfile-ast fast and platform-neutral for the analyzer; idempotent. */
export function adaptDockerfileAst(): void {
  if (adapted) return;
  const proto = Instruction.prototype as unknown as WithRaw;
  const compute = proto.getRawArguments;
  const util = Util as unknown as { isUTF8BOM?: unknown };
  if (typeof compute !== 'function' || typeof util.isUTF8BOM !== 'function') {
    // Loud on purpose: every file then reports that it could not be parsed, never a silent no-op.
    throw new Error('dockerfile-ast changed: Instruction#getRawArguments or Util.isUTF8BOM is missing');
  }
  proto.getRawArguments = function (this: Adapted): Argument[] {
    let words = this[WORDS];
    if (!words) {
      words = compute.call(this);
      this[WORDS] = words;
    }
    return words.slice();
  };
  Util.isUTF8BOM = (char: string): boolean => char === '\uFEFF';
  adapted = true;
}

/** Whether the adaptation is in place (for the test). */
export function isAdapted(): boolean {
  return adapted;
}
