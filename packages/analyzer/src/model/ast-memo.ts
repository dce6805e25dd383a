/**
 * dockerfile-ast recomputes an instruction's arguments from its text on every call, and its own
 * constructors, getFlags, getArgumentsRange and getHeredocs each call it again: about a third of
 * the time of an analysis went there. An instruction's text never changes after parsing, so the
 * result is kept per instruction. Callers get a copy because ModifiableInstruction.getArguments
 * shifts the flags off the array it receives.
 */
import { type Argument, Instruction } from 'dockerfile-ast';

type WithRaw = { getRawArguments(): Argument[] };

const proto = Instruction.prototype as unknown as WithRaw & { __dopMemo?: true };

if (!proto.__dopMemo) {
  const compute = proto.getRawArguments;
  const memo = new WeakMap<object, Argument[]>();
  proto.getRawArguments = function (this: WithRaw): Argument[] {
    let args = memo.get(this);
    if (!args) {
      args = compute.call(this);
      memo.set(this, args);
    }
    return args.slice();
  };
  proto.__dopMemo = true;
}
