/**
 * Builds one Dockerfile in a copy of its sample and measures it: cold build, image size and
 * layers, the probe's answer and the user the process runs as, then a source edit and a
 * dependency-manifest edit, each rebuilt from the cache (steps that ran again, seconds).
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failingStep, parseSteps } from './buildlog.js';
import { CACHE_DIR, type Engine, docker } from './engine.js';
import { type Probe, type Sample, isHttpProbe } from './samples.js';
import { PROBE_IMAGE } from './standins.js';

export interface Rebuild {
  /** Steps that ran again (not from the cache), null when not measured. */
  steps: number | null;
  ran: string[];
  seconds: number | null;
  /** Whether a dependency install step ran again. */
  reranInstall: boolean | null;
  reason?: string;
}

export interface SideResult {
  built: boolean;
  /** The failing step and BuildKit's error when the build failed. */
  buildError?: string;
  coldBuildSeconds: number | null;
  probePassed: boolean | null;
  answer: string | null;
  /** The user the process runs as: a uid read from the running process, or the image's USER for one-shot commands. */
  user: string | null;
  sizeBytes: number | null;
  layers: number | null;
  /** Seconds `docker stop` took (a process that ignores SIGTERM is killed after STOP_GRACE_SECONDS). */
  stopSeconds: number | null;
  sourceEdit: Rebuild;
  manifestEdit: Rebuild;
  /** Adjustments the lab made to the Dockerfile before building, if any. */
  adjustments: string[];
  reason?: string;
}

const WORK_DIR = path.join(CACHE_DIR, 'work');

/** `docker stop -t`: the samples' apps exit on SIGTERM at once; one that ignores it is killed after this. */
export const STOP_GRACE_SECONDS = 3;

export function notMeasured(reason: string): SideResult {
  const none: Rebuild = { steps: null, ran: [], seconds: null, reranInstall: null, reason };
  return {
    built: false,
    coldBuildSeconds: null,
    probePassed: null,
    answer: null,
    user: null,
    sizeBytes: null,
    layers: null,
    stopSeconds: null,
    sourceEdit: none,
    manifestEdit: none,
    adjustments: [],
    reason,
  };
}

/**
 * The engine's built-in Dockerfile frontend is used: a `# syntax=` line would pull a frontend
 * image from a registry, which is not reachable here, so it is dropped and the drop recorded.
 */
export function adjustForLab(dockerfile: string): { text: string; adjustments: string[] } {
  const adjustments: string[] = [];
  const text = dockerfile.replace(/^#\s*syntax\s*=\s*(\S+)[^\n]*\n/i, (_m, ref: string) => {
    adjustments.push(
      `dropped "# syntax=${ref}" (no registry here; built with the engine's built-in frontend)`,
    );
    return '';
  });
  return { text, adjustments };
}

/**
 * Syntax the engine's built-in frontend (Docker 20.10) does not know, so a file using it cannot be
 * built here: heredocs need Dockerfile frontend 1.4.
 */
export function frontendLimit(dockerfile: string): string | null {
  if (/^\s*(RUN|COPY|ADD)\b[^\n]*(?<!<)<<(?!<)-?\s*["']?[A-Za-z_]\w*/im.test(dockerfile))
    return "heredocs need Dockerfile frontend 1.4; this engine's built-in frontend is older and no frontend image can be pulled here";
  return null;
}

export interface BuildInput {
  /** Unique, lowercase id for the image tag and work directory. */
  id: string;
  contextFrom: string;
  dockerfile: string;
  dockerignore: string | null;
  /** Files not to copy into the context (the lab's own files). */
  exclude: (name: string) => boolean;
}

export function prepareContext(input: BuildInput): string {
  const dir = path.join(WORK_DIR, input.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(input.contextFrom, dir, {
    recursive: true,
    filter: (src) => src === input.contextFrom || !input.exclude(path.relative(input.contextFrom, src)),
  });
  writeFileSync(path.join(dir, 'Dockerfile'), input.dockerfile);
  if (input.dockerignore !== null) writeFileSync(path.join(dir, '.dockerignore'), input.dockerignore);
  return dir;
}

export async function build(engine: Engine, dir: string, tag: string, cold: boolean) {
  const args = ['build', '--network', 'host', '--progress', 'plain', '-t', tag];
  if (cold) args.push('--no-cache');
  args.push(dir);
  const r = await docker(engine, args, { timeoutMs: 20 * 60_000 });
  return { ok: r.status === 0, log: r.stderr, seconds: r.seconds, steps: parseSteps(r.stderr) };
}

export async function inspect(engine: Engine, tag: string) {
  const r = await docker(engine, [
    'image',
    'inspect',
    '--format',
    '{{.Size}} {{len .RootFS.Layers}} {{json .Config.User}}',
    tag,
  ]);
  const [size, layers, user] = r.stdout.trim().split(' ');
  return { sizeBytes: Number(size), layers: Number(layers), configUser: JSON.parse(user ?? '""') as string };
}

/** The uid of the container's main process, read from /proc on the host (we run as root). */
function processUid(pid: number): string | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return /^Uid:\s+(\d+)/m.exec(status)?.[1] ?? null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the image and asks it the probe's question. A server runs without a network of its own
 * (`--network none`); the probe (curl) joins its network namespace and asks 127.0.0.1, so no host
 * port is ever taken.
 */
export async function runProbe(engine: Engine, tag: string, probe: Probe, configUser: string) {
  if (!isHttpProbe(probe)) {
    const r = await docker(engine, ['run', '--rm', '--network', 'none', tag, ...probe.command], {
      timeoutMs: 120_000,
    });
    const answer = (r.stdout + (r.status === 0 ? '' : r.stderr)).trim();
    return {
      passed: r.status === 0 && answer.includes(probe.expect),
      answer,
      user: configUser || 'root (no USER)',
      stopSeconds: null,
    };
  }
  const name = `dop-lab-probe-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const started = await docker(engine, ['run', '-d', '--network', 'none', '--name', name, tag]);
  if (started.status !== 0)
    return { passed: false, answer: started.stderr.trim().slice(0, 300), user: null, stopSeconds: null };
  let answer = '';
  let passed = false;
  let uid: string | null = null;
  let stopSeconds: number | null = null;
  try {
    const url = `http://127.0.0.1:${probe.port}${probe.path}`;
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      const r = await docker(
        engine,
        ['run', '--rm', '--network', `container:${name}`, PROBE_IMAGE, '-sS', '--max-time', '5', url],
        {
          timeoutMs: 30_000,
        },
      );
      if (r.status === 0) {
        answer = r.stdout.trim();
        passed = answer.includes(probe.expect);
        break;
      }
      const state = await docker(engine, ['inspect', '--format', '{{.State.Running}}', name]);
      if (state.stdout.trim() !== 'true') {
        const logs = await docker(engine, ['logs', '--tail', '20', name]);
        answer = `container exited: ${(logs.stdout + logs.stderr).trim().slice(-400)}`;
        break;
      }
      await sleep(500);
    }
    if (!answer) answer = 'no answer within 60 s';
    const pid = await docker(engine, ['inspect', '--format', '{{.State.Pid}}', name]);
    const p = Number(pid.stdout.trim());
    if (p > 0) uid = processUid(p);
  } finally {
    const stop = await docker(engine, ['stop', '-t', String(STOP_GRACE_SECONDS), name]);
    if (stop.status === 0) stopSeconds = Math.round(stop.seconds * 10) / 10;
    await docker(engine, ['rm', '-f', name]);
  }
  return { passed, answer, user: uid, stopSeconds };
}

const COMMENTS: Record<string, (s: string) => string> = {
  '.js': (s) => `// ${s}`,
  '.ts': (s) => `// ${s}`,
  '.go': (s) => `// ${s}`,
  '.rs': (s) => `// ${s}`,
  '.toml': (s) => `# ${s}`,
  '.java': (s) => `// ${s}`,
  '.c': (s) => `/* ${s} */`,
  '.py': (s) => `# ${s}`,
  '.sh': (s) => `# ${s}`,
  '.txt': (s) => `# ${s}`,
  '.mod': (s) => `// ${s}`,
  '.html': (s) => `<!-- ${s} -->`,
  '.php': (s) => `// ${s}`,
  '.rb': (s) => `# ${s}`,
};
/** Files known by name rather than extension. */
const COMMENTS_BY_NAME: Record<string, (s: string) => string> = {
  Gemfile: (s) => `# ${s}`,
};
/** JSON manifests (no comments in JSON): the edit sets their description, which installs ignore. */
const JSON_MANIFESTS = new Set(['package.json', 'composer.json']);

/** Edits a file the way a person would, without changing what it does. */
export function editFile(file: string, note: string): void {
  if (JSON_MANIFESTS.has(path.basename(file))) {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    pkg.description = note;
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    return;
  }
  const comment = COMMENTS_BY_NAME[path.basename(file)] ?? COMMENTS[path.extname(file)];
  if (!comment) throw new Error(`the lab does not know how to edit ${file}`);
  appendFileSync(file, `\n${comment(note)}\n`);
}

async function rebuildAfter(
  engine: Engine,
  dir: string,
  tag: string,
  file: string | null,
  install: RegExp,
  what: string,
): Promise<Rebuild> {
  if (file === null)
    return { steps: null, ran: [], seconds: null, reranInstall: null, reason: `no ${what} in this sample` };
  editFile(path.join(dir, file), `lab ${what} ${Date.now()}`);
  const r = await build(engine, dir, tag, false);
  if (!r.ok)
    return {
      steps: null,
      ran: [],
      seconds: null,
      reranInstall: null,
      reason: `rebuild failed: ${failingStep(r.log)}`,
    };
  return {
    steps: r.steps.ran.length,
    ran: r.steps.ran,
    seconds: Math.round(r.seconds * 10) / 10,
    reranInstall: r.steps.ran.some((s) => install.test(s)),
  };
}

export type Progress = (s: string) => void;

/** Builds and measures one side (original or rewrite) of one sample variant. */
export async function measureSide(
  engine: Engine,
  sample: Sample,
  input: BuildInput,
  log: Progress,
): Promise<SideResult> {
  const { text, adjustments } = adjustForLab(input.dockerfile);
  const dir = prepareContext({ ...input, dockerfile: text });
  const tag = `dop-lab/${input.id}:latest`;
  log(`${input.id}: cold build…`);
  const cold = await build(engine, dir, tag, true);
  if (!cold.ok) {
    const error = failingStep(cold.log);
    log(`${input.id}: build FAILED — ${error}`);
    return {
      ...notMeasured('the build failed'),
      buildError: error,
      adjustments,
      coldBuildSeconds: Math.round(cold.seconds * 10) / 10,
    };
  }
  const info = await inspect(engine, tag);
  log(
    `${input.id}: built in ${cold.seconds.toFixed(1)} s, ${(info.sizeBytes / 1e6).toFixed(1)} MB, ${info.layers} layers; probing…`,
  );
  const probe = await runProbe(engine, tag, sample.probe, info.configUser);
  log(
    `${input.id}: probe ${probe.passed ? 'passed' : 'FAILED'} (${probe.answer.replace(/\s+/g, ' ').slice(0, 80)}), user ${probe.user}`,
  );
  const install = new RegExp(sample.install);
  const sourceEdit = await rebuildAfter(engine, dir, tag, sample.sourceEdit, install, 'source edit');
  log(
    `${input.id}: source edit → ${sourceEdit.steps ?? '-'} steps re-ran${sourceEdit.reranInstall ? ' (dependency install included)' : ''}`,
  );
  const manifestEdit = await rebuildAfter(engine, dir, tag, sample.manifestEdit, install, 'manifest edit');
  log(`${input.id}: manifest edit → ${manifestEdit.steps ?? '-'} steps re-ran`);
  rmSync(dir, { recursive: true, force: true });
  return {
    built: true,
    coldBuildSeconds: Math.round(cold.seconds * 10) / 10,
    probePassed: probe.passed,
    answer: probe.answer,
    user: probe.user,
    sizeBytes: info.sizeBytes,
    layers: info.layers,
    stopSeconds: probe.stopSeconds,
    sourceEdit,
    manifestEdit,
    adjustments,
  };
}
