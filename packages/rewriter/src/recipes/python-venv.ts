import {
  type InstructionNode,
  isInstall,
  packageManagerCall,
  type SimpleCommand,
  type StageNode,
  trimTrailingSlashes,
} from '@dop/analyzer';
import { isAndChain, isPlainRun, topCommands } from '../text.js';

/** Debian and Ubuntu ship Python's venv module as a package of its own. */
export const VENV_PACKAGE = 'python3-venv';

/**
 * The end of the OS install of python3 (or python3-pip) before `before` (anywhere for null), to add python3-venv to;
 * `has-venv` when it installs it already, null when there is none.
 */
export function pythonInstall(
  stage: StageNode,
  before: InstructionNode | null,
): { end: number } | 'has-venv' | null {
  for (const ins of stage.instructions) {
    if (ins === before) break;
    if (!isPlainRun(ins)) continue;
    for (const c of topCommands(ins)) {
      const call = packageManagerCall(c);
      if (call?.pm.ecosystem !== 'os' || !isInstall(call)) continue;
      const names = call.operands.map((o) => o.value.split('=')[0]!);
      if (names.includes(VENV_PACKAGE)) return 'has-venv';
      if (names.some((n) => /^python3(-pip|-dev|-full)?$/.test(n)))
        return { end: call.operands.at(-1)!.span.end };
    }
  }
  return null;
}

/** Options of `python -m venv` / `virtualenv` that take no value. */
const VENV_FLAG = /^--?[\w-]+$/;

/**
 * The folder a `python -m venv DIR` or `virtualenv DIR` command creates, when it is one plain
 * absolute path (a relative one lands in the source folder, where a later `COPY . .` may overwrite
 * it); null for anything else. It reads nothing from the build context.
 */
export function venvCreated(cmd: SimpleCommand): string | null {
  const args = cmd.argv.slice(1);
  let operands: typeof args;
  if (/^python(\d(\.\d+)?)?$/.test(cmd.name) && args[0]?.value === '-m' && args[1]?.value === 'venv')
    operands = args.slice(2);
  else if (cmd.name === 'virtualenv') operands = args;
  else return null;
  if (cmd.assignments.length > 0 || operands.some((a) => a.expansion)) return null;
  const paths = operands.filter((a) => !VENV_FLAG.test(a.value));
  if (paths.length !== 1 || operands.length - paths.length > 3) return null;
  const dir = trimTrailingSlashes(paths[0]!.value, true);
  return dir.startsWith('/') && !dir.includes('..') && /^[\w./-]+$/.test(dir) ? dir : null;
}

/** The virtualenv a RUN only creates (every command of it `python -m venv DIR` for one DIR), or null. */
export function venvRun(ins: InstructionNode): string | null {
  if (!isPlainRun(ins)) return null;
  const cmds = topCommands(ins);
  if (cmds.length === 0 || cmds.length !== ins.shell?.commands.length || !isAndChain(cmds)) return null;
  const dirs = cmds.map(venvCreated);
  const [first] = dirs;
  return first && dirs.every((d) => d === first) ? first : null;
}
