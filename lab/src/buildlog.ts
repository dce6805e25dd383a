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

/** The step that failed and the error BuildKit gave, for the report. */
export function failingStep(log: string): string {
  const lines = log.split('\n');
  const err = lines.findIndex((l) => /^(error: |ERROR: |failed to solve)/.test(l) || / ERROR: /.test(l));
  const errorLine =
    lines.find((l) => /failed to solve|^error:|^ERROR:/.test(l)) ?? lines.filter(Boolean).at(-1) ?? '';
  let step = '';
  const upTo = err >= 0 ? err : lines.length - 1;
  for (let i = upTo; i >= 0; i--) {
    const m = STEP.exec(lines[i] ?? '');
    if (m) {
      step = `[${m[2]}] ${m[3]}`;
      break;
    }
  }
  const clean = errorLine
    .replace(/^.*failed to solve: (rpc error: code = Unknown desc = )?/, '')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
  return step ? `${step}: ${clean}` : clean;
}
