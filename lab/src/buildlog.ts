/**
 * Reading BuildKit's plain progress output (`docker build --progress plain`): which steps ran and
 * which came from the cache, and the step that failed.
 */

export interface BuildSteps {
  /** Steps (RUN, COPY, ADD, WORKDIR…; not FROM) that ran, i.e. were not taken from the cache. */
  ran: string[];
  cached: string[];
}

const STEP = /^#(\d+) \[([^\]]+)\] (.*)$/;

export function parseSteps(log: string): BuildSteps {
  const names = new Map<string, string>();
  const cached = new Set<string>();
  for (const line of log.split('\n')) {
    const m = STEP.exec(line);
    if (m) {
      const [, id, where, what] = m as unknown as [string, string, string, string];
      if (where.startsWith('internal') || /^FROM /.test(what) || !/\d+\/\d+$/.test(where)) continue;
      if (!names.has(id)) names.set(id, `[${where}] ${what}`);
      continue;
    }
    const c = /^#(\d+) CACHED$/.exec(line);
    if (c) cached.add(c[1]!);
  }
  const ran: string[] = [];
  const fromCache: string[] = [];
  for (const [id, name] of names) (cached.has(id) ? fromCache : ran).push(name);
  return { ran, cached: fromCache };
}

/** The step that failed, the last lines it printed and BuildKit's error, for the report. */
export function failingStep(log: string): string {
  const lines = log.split('\n');
  const errorAt = lines.findIndex((l) => /^#\d+ ERROR: /.test(l));
  const id = errorAt >= 0 ? /^#(\d+) /.exec(lines[errorAt]!)![1]! : null;
  const finalError =
    lines.find((l) => /failed to solve|^error:|^ERROR:/.test(l)) ?? lines.filter(Boolean).at(-1) ?? '';
  let step = '';
  const upTo = errorAt >= 0 ? errorAt : lines.length - 1;
  for (let i = upTo; i >= 0; i--) {
    const m = STEP.exec(lines[i] ?? '');
    if (m && (id === null || m[1] === id)) {
      step = `[${m[2]}] ${m[3]}`;
      break;
    }
  }
  // What the step printed just before failing (`#<id> <seconds> <text>`) usually says why.
  const output =
    id === null
      ? []
      : lines
          .filter((l) => l.startsWith(`#${id} `) && /^#\d+ \d+\.\d+ /.test(l))
          .map((l) => l.replace(/^#\d+ \d+\.\d+ /, '').trim())
          // stack frames and bare punctuation say nothing
          .filter((l) => l && !/^at /.test(l) && !/^[{}()[\]^~\s]*$/.test(l) && !/^Node\.js v/.test(l))
          .slice(-3);
  const error = finalError
    .replace(/^.*failed to solve: (rpc error: code = Unknown desc = )?/, '')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
  const said = output.length ? ` — it printed: ${output.join(' / ').slice(0, 400)}` : '';
  return `${step ? `${step}: ` : ''}${error}${said}`;
}
