import { type InstructionNode, isInstall, packageManagerCall, type StageNode } from '@dop/analyzer';
import { isPlainRun, topCommands } from '../text.js';

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
