/**
 * Part 3: the built playground in Chromium, driven by Playwright, served from 127.0.0.1 by a small
 * static server of our own (gzip on, so "transferred" is what a real server would send).
 *
 * The app is built with `vite build` into bench/results/tmp/app-dist (ignored by git) rather than
 * app/dist: the e2e suite rebuilds app/dist (emptyOutDir) whenever it runs, and the bench must not
 * race with it. The build takes a few seconds, so it is done every run (never stale).
 *
 * Measured, each run in a fresh browser context (cold HTTP cache):
 *  (a) navigation start → the worker's first findings handled on the default example (the app's own
 *      `window.__dopFirstFindings`), the first finding in the list and the first squiggle in the DOM;
 *  (b) keystroke → updated markers on a ~100-line Dockerfile: `keydown` timestamp → the animation
 *      frame after the page handled the worker's findings for the text that includes the keystroke
 *      (markers are set synchronously in that handler). Keystrokes are one at a time (the next one
 *      once the previous one's full answer is in), so each is a clean latency sample;
 *  (c) the longest main-thread task while a 5 MB paste is handled (Chromium trace, plus the page's
 *      own PerformanceObserver 'longtask' entries), and whether the too-large message showed;
 *  (e) typing a file key by key (as "type the clipboard" tools and dictation do): 1 KB and 4 KB
 *      typed one character at a time into an empty editor, until the findings for the whole text
 *      are handled; per character, the two sizes should cost about the same (no growth with size);
 *  (d) JavaScript fetched by the initial load (until the editor and the first findings are up),
 *      raw and gzipped as sent, against what stays lazy in the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { round, stats } from './stats.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = path.join(ROOT, 'bench', 'results', 'tmp', 'app-dist');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** Not the e2e suite's 4178 nor the dev server's 5173; the next free port if taken. */
const PORT = 4189;
const KEYSTROKES = 'RUN apt-get install -y curl jq';
/** Sizes typed key by key in (e). */
const TYPED_SIZES = [1000, 4000];

/** A file to type: one FROM, then RUN lines without brackets or quotes (Monaco would close them). */
function typedText(size: number): string {
  let text = 'FROM alpine:3.20\n';
  while (text.length < size) text += 'RUN echo one more line of a typed file\n';
  return text;
}
export const TARGET_KEYSTROKE_P95_MS = 50;
export const TARGET_LONGEST_TASK_MS = 50;

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export interface JsGroup {
  files: number;
  rawKB: number;
  gzipKB: number;
}

export interface BrowserResult {
  chromium: string;
  build: string;
  runs: number;
  /** (a) */
  load: {
    firstFindingsMs: Spread;
    findingsListMs: Spread;
    firstMarkersMs: Spread;
    domContentLoadedMs: Spread;
  };
  /** (b) */
  keystroke: {
    file: string;
    lines: number;
    perRun: number;
    /** keydown → frame after the findings were handled (what a user sees), all runs pooled. */
    total: { medianMs: number; p95Ms: number; maxMs: number };
    /** p95 of each run, for the spread. */
    p95PerRunMs: number[];
    /** keydown → the request posted to the worker (waits only while an earlier request is with the worker). */
    toRequest: { medianMs: number; p95Ms: number; maxMs: number };
    /** request posted → findings handled and the next frame (worker analyze + transfer + render). */
    afterRequest: { medianMs: number; p95Ms: number; maxMs: number };
  };
  /** (c) */
  paste: {
    megabytes: number;
    longestTaskMs: Spread;
    /** Per run: what the longest task spent its time in (its largest direct children in the trace). */
    longestTaskBreakdown: string[];
    /** Tasks over 50 ms in the trace, per run. */
    tasksOver50: number[];
    /** The page's own 'longtask' entries (≥ 50 ms) per run: the longest, or 0 when none. */
    longtaskObserverMaxMs: number[];
    messageShown: boolean[];
    messageAfterMs: Spread | null;
  };
  /** (e) ms per typed character, per run, for each size typed. */
  typing: { chars: number; msPerChar: Spread }[];
  /** (d) */
  js: {
    entry: JsGroup;
    loadedAtStart: JsGroup & { transferredKB: number; names: string[] };
    lazy: JsGroup & { names: string[] };
    allInBuild: JsGroup;
    everythingAtStartTransferredKB: number;
  };
  targets: {
    keystrokeP95: { targetMs: number; valueMs: number; met: boolean };
    pasteLongestTask: { targetMs: number; valueMs: number; met: boolean };
  };
}

type Log = (s: string) => void;

function spread(xs: number[], digits = 1): Spread {
  const s = stats(xs);
  return { median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits), runs: xs };
}

// biome-ignore lint/suspicious/noExplicitAny: Playwright is loaded lazily so a missing install only skips this part.
type Any = any;

export async function measureBrowser(
  log: Log,
  texts: readonly string[],
  files: readonly string[],
  runs: number,
): Promise<BrowserResult | { skipped: string }> {
  const found = await findChromium();
  if ('skipped' in found) return found;
  const { chromium, executablePath } = found;

  // Before anything is started: nothing to close on the way out.
  const { text: hundred, file: hundredFile } = nearest(texts, files, 100);
  if (hundred.length <= 1000) return { skipped: 'no corpus file of about 100 lines' };
  const big = toSize(hundred, 5 * 1024 * 1024);

  log('browser: building the app (vite build → bench/results/tmp/app-dist) …');
  const build = buildApp();
  if ('skipped' in build) return build;

  const server = await serve(OUT_DIR);
  const base = `http://127.0.0.1:${server.port}/`;
  log(`browser: serving the build at ${base}`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = `${browser.version()}${executablePath ? ` (${executablePath})` : " (Playwright's own)"}`;

  const loads: LoadSample[] = [];
  const keys: KeystrokeSample[] = [];
  const pastes: PasteSample[] = [];
  const typing = new Map<number, number[]>(TYPED_SIZES.map((n) => [n, []]));
  let js: BrowserResult['js'] | null = null;

  try {
    for (let run = 0; run < runs; run++) {
      log(`browser: run ${run + 1}/${runs} …`);
      const context = await freshContext(browser, base);
      const page = await context.newPage();
      server.log.length = 0;
      loads.push(await measureLoad(page, base));
      js ??= jsSizes(server.log.splice(0), server.files);
      keys.push(await measureKeystrokes(page, hundred));
      for (const size of TYPED_SIZES) typing.get(size)!.push(await measureTyping(page, typedText(size)));
      pastes.push(await measurePaste(browser, page, big));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return summarise({
    chromiumVersion,
    build: build.said,
    runs,
    hundred,
    hundredFile,
    big,
    loads,
    keys,
    pastes,
    typing,
    js: js!,
  });
}

/** Playwright's Chromium driver and the browser to drive: Debian's, else Playwright's own. */
async function findChromium(): Promise<
  { chromium: Any; executablePath: string | undefined } | { skipped: string }
> {
  let chromium: Any;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch {
    return { skipped: '@playwright/test is not installed (npx pnpm@10 install)' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { chromium, executablePath: SYSTEM_CHROMIUM };
  if (existsSync(chromium.executablePath())) return { chromium, executablePath: undefined };
  return {
    skipped: `no Chromium: neither ${SYSTEM_CHROMIUM} (apt-get install chromium) nor a browser of Playwright's own`,
  };
}

/** `vite build` of the playground into the bench's own folder; what was built, or why not. */
function buildApp(): { said: string } | { skipped: string } {
  const viteBin = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const t0 = Date.now();
  const b = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (b.status !== 0)
    return { skipped: `vite build failed: ${(b.stderr || b.stdout).split('\n').slice(-5).join(' ')}` };
  return {
    said: `built fresh by the bench (vite build, ${((Date.now() - t0) / 1000).toFixed(1)} s) into bench/results/tmp/app-dist`,
  };
}

/** A browser context with a cold HTTP cache, clipboard access, nothing fetched but the build, the probe installed. */
async function freshContext(browser: Any, base: string): Promise<Any> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });
  await context.route(
    '**/*',
    (route: { request(): { url(): string }; continue(): unknown; abort(): unknown }) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await context.addInitScript({ content: INIT_SCRIPT });
  return context;
}

interface LoadSample {
  ff: number;
  list: number;
  markers: number;
  dcl: number;
}

/** (a): the default example loaded, until its first findings, list entry and squiggle. */
async function measureLoad(page: Any, base: string): Promise<LoadSample> {
  await page.goto(base);
  await waitIn(
    page,
    'window.__bench.firstList !== undefined && window.__bench.firstMarker !== undefined && window.__dopFirstFindings !== undefined',
    30_000,
  );
  await page.waitForTimeout(500);
  const a = await page.evaluate(
    `({ ff: window.__dopFirstFindings, list: window.__bench.firstList, markers: window.__bench.firstMarker,
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })`,
  );
  return { ff: round(a.ff, 1), list: round(a.list, 1), markers: round(a.markers, 1), dcl: round(a.dcl, 1) };
}

interface KeystrokeSample {
  total: number[];
  toRequest: number[];
  afterRequest: number[];
}

/** (b): a ~100-line file pasted, then one keystroke at a time at its end, each until its findings are shown. */
async function measureKeystrokes(page: Any, hundred: string): Promise<KeystrokeSample> {
  // pasted, not typed: typing would let Monaco re-indent the lines
  await page.evaluate(writeClipboard, hundred);
  await page.locator('[data-testid="source-editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+v');
  await page.waitForTimeout(400);
  await waitIn(
    page,
    `(() => { const b = window.__bench; const p = b.posts[b.posts.length - 1];
              return p && p.len > 1000 && b.answers.some((x) => x.id === p.id && x.type === 'analyze'); })()`,
    30_000,
  );
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
  const out: KeystrokeSample = { total: [], toRequest: [], afterRequest: [] };
  for (const ch of KEYSTROKES) {
    const k = await page.evaluate('window.__bench.keys.length');
    await page.keyboard.type(ch);
    await waitIn(
      page,
      `(() => { const b = window.__bench; const key = b.keys[${k}]; if (key === undefined) return false;
                const post = b.posts.find((p) => p.t >= key); if (!post) return false;
                return b.answers.some((x) => x.id >= post.id && x.type === 'analyze'); })()`,
      15_000,
    );
    const r = await page.evaluate(
      `(() => { const b = window.__bench; const key = b.keys[${k}];
                const post = b.posts.find((p) => p.t >= key);
                const ans = b.answers.find((x) => x.id >= post.id && x.type === 'findings');
                return { key, post: post.t, frame: ans.frame }; })()`,
    );
    out.total.push(r.frame - r.key);
    out.toRequest.push(r.post - r.key);
    out.afterRequest.push(r.frame - r.post);
    await page.waitForTimeout(50);
  }
  return out;
}

/** (e): `text` typed key by key into an emptied editor, until the findings of the whole text; ms per character. */
async function measureTyping(page: Any, text: string): Promise<number> {
  await page.locator('[data-testid="source-editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await waitIn(page, 'document.querySelector("[data-testid=status]")?.dataset.status === "empty"', 30_000);
  const t0 = await page.evaluate('performance.now()');
  await page.keyboard.type(text);
  await waitIn(
    page,
    `(() => { const b = window.__bench; const p = b.posts.findLast((x) => x.len === ${text.length});
              return p !== undefined && b.answers.some((x) => x.id === p.id && x.type === 'analyze'); })()`,
    300_000,
  );
  const t1 = await page.evaluate('performance.now()');
  return round(((t1 as number) - (t0 as number)) / text.length, 2);
}

interface PasteSample {
  longest: number;
  inLongest: string;
  over50: number;
  observer: number;
  shown: boolean;
  after: number | null;
}

/** (c): a 5 MB paste through the clipboard, traced: the longest main-thread task and the message shown. */
async function measurePaste(browser: Any, page: Any, big: string): Promise<PasteSample> {
  await page.evaluate(writeClipboard, big);
  await page.locator('[data-testid="source-editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate('window.__bench.longtasks.length = 0');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  const pasteAt = await page.evaluate('performance.now()');
  await page.keyboard.press('ControlOrMeta+v');
  // The app refuses a paste larger than it can analyse (a notice) and flags a text grown past
  // the limit (an alert); either is "the message".
  let shown = true;
  try {
    await page
      .locator('[data-testid="too-large"], [data-testid="notice"]')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    shown = (await page.locator('[role="alert"]').count()) > 0;
  }
  const shownAt = await page.evaluate('performance.now()');
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const { tasks, longest: inLongest } = mainThreadTasks(trace);
  const observed = (await page.evaluate('window.__bench.longtasks')) as number[];
  return {
    longest: round(Math.max(0, ...tasks), 1),
    inLongest: inLongest.join('; '),
    over50: tasks.filter((t) => t > 50).length,
    observer: round(Math.max(0, ...observed), 1),
    shown,
    after: shown ? round(shownAt - pasteAt, 0) : null,
  };
}

/** The runs' samples as the report reads them, with the targets. */
function summarise(r: {
  chromiumVersion: string;
  build: string;
  runs: number;
  hundred: string;
  hundredFile: string;
  big: string;
  loads: LoadSample[];
  keys: KeystrokeSample[];
  pastes: PasteSample[];
  typing: Map<number, number[]>;
  js: BrowserResult['js'];
}): BrowserResult {
  const all = (f: (k: KeystrokeSample) => number[]) => r.keys.flatMap(f);
  const tot = stats(all((k) => k.total));
  const toRequest = stats(all((k) => k.toRequest));
  const after = stats(all((k) => k.afterRequest));
  const longest = spread(r.pastes.map((p) => p.longest));
  const afters = r.pastes.flatMap((p) => (p.after === null ? [] : [p.after]));
  const ms = (x: ReturnType<typeof stats>) => ({
    medianMs: round(x.median, 1),
    p95Ms: round(x.p95, 1),
    maxMs: round(x.max, 1),
  });
  return {
    chromium: r.chromiumVersion,
    build: r.build,
    runs: r.runs,
    load: {
      firstFindingsMs: spread(r.loads.map((l) => l.ff)),
      findingsListMs: spread(r.loads.map((l) => l.list)),
      firstMarkersMs: spread(r.loads.map((l) => l.markers)),
      domContentLoadedMs: spread(r.loads.map((l) => l.dcl)),
    },
    keystroke: {
      file: r.hundredFile,
      lines: r.hundred.split('\n').length,
      perRun: KEYSTROKES.length,
      total: ms(tot),
      p95PerRunMs: r.keys.map((k) => round(stats(k.total).p95, 1)),
      toRequest: ms(toRequest),
      afterRequest: ms(after),
    },
    paste: {
      megabytes: round(r.big.length / 1024 / 1024, 1),
      longestTaskMs: longest,
      longestTaskBreakdown: r.pastes.map((p) => p.inLongest),
      tasksOver50: r.pastes.map((p) => p.over50),
      longtaskObserverMaxMs: r.pastes.map((p) => p.observer),
      messageShown: r.pastes.map((p) => p.shown),
      messageAfterMs: afters.length > 0 ? spread(afters, 0) : null,
    },
    typing: TYPED_SIZES.map((n) => ({ chars: typedText(n).length, msPerChar: spread(r.typing.get(n)!, 2) })),
    js: r.js,
    targets: {
      keystrokeP95: {
        targetMs: TARGET_KEYSTROKE_P95_MS,
        valueMs: round(tot.p95, 1),
        met: tot.p95 < TARGET_KEYSTROKE_P95_MS,
      },
      pasteLongestTask: {
        targetMs: TARGET_LONGEST_TASK_MS,
        valueMs: longest.max,
        met: longest.max <= TARGET_LONGEST_TASK_MS,
      },
    },
  };
}

/**
 * Runs in the page before its own scripts: wraps Worker so the requests posted to the analysis
 * worker and the answers handled by the page are timestamped (the handler is the app's own; the
 * timestamp is taken in the animation frame after it ran), records keydown times, the first
 * finding in the list and the first squiggle, and the page's long tasks.
 */
const INIT_SCRIPT = `(() => {
  const b = (window.__bench = { posts: [], answers: [], keys: [], longtasks: [] });
  const W = window.Worker;
  class BenchWorker extends W {
    postMessage(msg, ...rest) {
      if (msg && msg.type === 'analyze') b.posts.push({ id: msg.id, t: performance.now(), len: msg.text.length });
      return super.postMessage(msg, ...rest);
    }
    get onmessage() { return super.onmessage; }
    set onmessage(fn) {
      super.onmessage = typeof fn !== 'function' ? fn : (e) => {
        const received = performance.now();
        fn.call(this, e);
        const d = e.data;
        if (d && (d.type === 'findings' || d.type === 'analyze')) {
          const handled = performance.now();
          requestAnimationFrame(() =>
            b.answers.push({ id: d.id, type: d.type, received, handled, frame: performance.now() }));
        }
      };
    }
  }
  window.Worker = BenchWorker;
  addEventListener('keydown', (e) => b.keys.push(e.timeStamp), true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const mo = new MutationObserver(() => {
    if (b.firstList === undefined && document.querySelector('[data-testid="findings"] > li')) b.firstList = performance.now();
    if (b.firstMarker === undefined && document.querySelector('.monaco-editor [class*="squiggly-"]')) b.firstMarker = performance.now();
    if (b.firstList !== undefined && b.firstMarker !== undefined) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Waits in the page until `condition` (an expression) is true, polling every 10 ms. Evaluated
 * through DevTools rather than Playwright's waitForFunction, which needs eval (the page's CSP
 * forbids it).
 */
// biome-ignore lint/suspicious/noExplicitAny: a Playwright page, loaded lazily.
async function waitIn(page: any, condition: string, timeoutMs: number): Promise<void> {
  const ok = await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    const tick = () => {
      let ok = false;
      try { ok = Boolean(${condition}); } catch {}
      if (ok) resolve(true);
      else if (performance.now() - t0 > ${timeoutMs}) resolve(false);
      else setTimeout(tick, 10);
    };
    tick();
  })`);
  if (!ok) {
    const state = await page.evaluate(
      'JSON.stringify({ posts: window.__bench.posts.slice(-3), answers: window.__bench.answers.slice(-3), status: document.querySelector("[data-testid=status]")?.dataset.status })',
    );
    throw new Error(
      `timed out after ${timeoutMs} ms waiting for ${condition.replace(/\s+/g, ' ')}; page: ${state}`,
    );
  }
}

/** Runs in the page (serialised by Playwright). */
function writeClipboard(text: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the page's navigator; this file is typed for Node.
  return (globalThis as any).navigator.clipboard.writeText(text);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
}

const isTask = (e: TraceEvent) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';

/**
 * The top-level tasks on the renderer main thread in a Chromium trace (durations in ms), and what
 * the longest one did: its direct children (event dispatch, function call, layout, paint …).
 */
function mainThreadTasks(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): {
  tasks: number[];
  longest: string[];
} {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter(isTask);
  const top = tasks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  if (!top) return { tasks: [], longest: [] };
  const end = top.ts + (top.dur ?? 0);
  const inside = onMain
    .filter(
      (e) =>
        e !== top && !isTask(e) && e.pid === top.pid && e.tid === top.tid && e.ts >= top.ts && e.ts < end,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const children: TraceEvent[] = [];
  let until = -1;
  for (const e of inside) {
    if (e.ts < until) continue; // nested in the previous child
    children.push(e);
    until = e.ts + (e.dur ?? 0);
  }
  const label = (e: TraceEvent) => {
    const d = e.args?.data;
    const detail = d?.type ?? d?.functionName ?? (d?.url ? path.basename(d.url) : '');
    return `${e.name}${detail ? ` (${detail})` : ''}`;
  };
  const longest = children
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 4)
    .map((e) => `${label(e)} ${round((e.dur ?? 0) / 1000, 1)} ms`);
  return { tasks: tasks.map((e) => (e.dur ?? 0) / 1000), longest };
}

interface Served {
  path: string;
  bytes: number;
}

interface Server {
  port: number;
  log: Served[];
  files: Map<string, { raw: Buffer; gz: Buffer }>;
  close(): void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A static server for the build: every file read and gzipped (level 9) once, sent gzipped when asked. */
async function serve(dir: string): Promise<Server> {
  const files = new Map<string, { raw: Buffer; gz: Buffer }>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const raw = readFileSync(p);
        files.set(`/${path.relative(dir, p).split(path.sep).join('/')}`, {
          raw,
          gz: gzipSync(raw, { level: 9 }),
        });
      }
    }
  };
  walk(dir);
  const log: Served[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const f = files.get(p);
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(p)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !/font|wasm/.test(type);
    const body = gzip ? f.gz : f.raw;
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
    log.push({ path: p, bytes: body.length });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', () => {
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
    server.listen(PORT, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    setTimeout(() => reject(new Error('the static server did not start')), 10_000).unref();
  });
  return { port, log, files, close: () => server.close() };
}

const kb = (n: number) => round(n / 1024, 1);

function group(names: string[], files: Server['files']): JsGroup {
  let raw = 0;
  let gz = 0;
  for (const n of names) {
    raw += files.get(n)?.raw.length ?? 0;
    gz += files.get(n)?.gz.length ?? 0;
  }
  return { files: names.length, rawKB: kb(raw), gzipKB: kb(gz) };
}

function jsSizes(served: Served[], files: Server['files']): BrowserResult['js'] {
  const html = files.get('/index.html')?.raw.toString('utf8') ?? '';
  const entry = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?([^"]+\.js)"/g),
  ].map((m) => (m[1]!.startsWith('/') ? m[1]! : `/${m[1]!}`));
  const isJs = (p: string) => p.endsWith('.js');
  const atStart = [...new Set(served.filter((s) => isJs(s.path)).map((s) => s.path))];
  const all = [...files.keys()].filter(isJs);
  const lazy = all.filter((p) => !atStart.includes(p));
  return {
    entry: group(entry, files),
    loadedAtStart: {
      ...group(atStart, files),
      transferredKB: kb(served.filter((s) => isJs(s.path)).reduce((n, s) => n + s.bytes, 0)),
      names: atStart.map((p) => path.basename(p)),
    },
    lazy: { ...group(lazy, files), names: lazy.map((p) => path.basename(p)) },
    allInBuild: group(all, files),
    everythingAtStartTransferredKB: kb(served.reduce((n, s) => n + s.bytes, 0)),
  };
}

/** The corpus file whose line count is nearest `n` (Linux ones: no `# escape=` directive). */
function nearest(
  texts: readonly string[],
  files: readonly string[],
  n: number,
): { text: string; file: string } {
  let best = 0;
  const lines = (t: string) => t.split('\n').length;
  texts.forEach((t, i) => {
    if (/^#\s*escape\s*=/im.test(t)) return;
    if (/^#\s*escape\s*=/im.test(texts[best]!) || Math.abs(lines(t) - n) < Math.abs(lines(texts[best]!) - n))
      best = i;
  });
  return { text: texts[best] ?? 'FROM alpine:3.20\n', file: files[best] ?? '(none)' };
}

/** The file's instructions after its first line, repeated until `bytes`: a large paste. */
function toSize(text: string, bytes: number): string {
  const [first, ...rest] = text.split('\n');
  const body = `${rest.join('\n')}\n`;
  return `${first}\n${body.repeat(Math.ceil(bytes / body.length))}`;
}
