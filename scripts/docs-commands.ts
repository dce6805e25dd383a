/** The command lines of a Markdown text that a reader copies, and what stops each on a fresh machine. */

export interface CopyableCommand {
  line: number;
  text: string;
}

/** Lines of ```sh blocks, `run:` steps of YAML blocks, and inline code that starts with a command. */
export function copyableCommands(markdown: string): CopyableCommand[] {
  const out: CopyableCommand[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const open = /^\s*```(\w*)/.exec(raw);
    if (open) {
      fence = fence === undefined ? open[1] || 'text' : undefined;
      return;
    }
    if (fence === 'sh' || fence === 'bash' || fence === 'shell') {
      const text = raw.replace(/\s+#.*$/, '').trim();
      if (text) out.push({ line, text });
      return;
    }
    const run = /^\s*-?\s*run:\s*(.+)$/.exec(raw);
    if (run?.[1]) {
      out.push({ line, text: run[1].trim() });
      return;
    }
    if (fence !== undefined) return;
    for (const m of raw.matchAll(/`((?:pnpm|npx|tsx|npm) [^`]+)`/g)) out.push({ line, text: m[1]! });
  });
  return out;
}

const PNPM_BUILTINS = new Set([
  'install',
  'i',
  'add',
  'exec',
  'dlx',
  'run',
  'update',
  'remove',
  'why',
  'list',
]);

/** Each invocation in a command line (split at && || ; |) checked; the problems, in order. */
export function commandProblems(command: string, scripts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const part of command.split(/&&|\|\||;|\|/)) {
    const words = part.trim().split(/\s+/);
    const [first] = words;
    if (first === 'pnpm')
      problems.push('bare `pnpm`: not installed on a fresh machine (write `npx --yes pnpm@10 …`)');
    else if (first === 'tsx') {
      problems.push(
        'bare `tsx`: not on PATH outside a package script (write `npx --yes pnpm@10 exec tsx …`)',
      );
    } else if (first === 'npx') {
      if (!words.includes('--yes') && !words.includes('-y')) {
        problems.push('`npx` without `--yes`: npm 11 stops to ask, and fails with no terminal');
      }
      const at = words.findIndex((w) => /^pnpm@/.test(w));
      const script = at >= 0 ? firstOperand(words.slice(at + 1)) : undefined;
      if (script && !PNPM_BUILTINS.has(script) && !scripts.has(script)) {
        problems.push(`no script \`${script}\` in package.json`);
      }
    }
  }
  return problems;
}

/** pnpm's options that take a value, so the script name is not mistaken for it. */
const PNPM_VALUE_OPTIONS = new Set(['-C', '--dir', '--filter', '-F']);

function firstOperand(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (PNPM_VALUE_OPTIONS.has(w)) i++;
    else if (!w.startsWith('-')) return w;
  }
  return undefined;
}
