/**
 * Seeded, bounded mutations of real Dockerfiles: the kinds of odd input that broke the analyzer or
 * the rewriter before (line endings, continuations, truncation, the escape directive, keyword case,
 * exec/shell form swaps, here-documents cut short, stray separators). The same seed gives the same
 * mutants, so any failure can be replayed and minimised.
 */

/** A small, fast, seedable PRNG (mulberry32): fuzz runs must be reproducible, not cryptographic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const lines = (t: string) => t.split('\n');
const lineAt = (r: Rand, t: string) => Math.floor(r() * Math.max(1, lines(t).length));

function editLine(t: string, i: number, f: (line: string) => string): string {
  const ls = lines(t);
  if (i < ls.length) ls[i] = f(ls[i]!);
  return ls.join('\n');
}

/** Each mutation: a name (kept in failure reports) and what it does to a text. */
export const MUTATIONS: readonly { name: string; apply: (t: string, r: Rand) => string }[] = [
  { name: 'cr-only', apply: (t) => t.replace(/\r?\n/g, '\r') },
  { name: 'crlf', apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  {
    name: 'mixed-endings',
    apply: (t, r) => t.replace(/\n/g, () => pick(r, ['\n', '\r\n', '\r', '\n'])),
  },
  { name: 'cr-after-continuation', apply: (t) => t.replace(/\\\n/, '\\\r') },
  {
    name: 'comment-in-continuation',
    apply: (t, r) => t.replace(/\\\n/, pick(r, ['\\\n# note\n', '\\\n  #\\x\n', '\\\r\n# c\r\n'])),
  },
  { name: 'blank-in-continuation', apply: (t) => t.replace(/\\\n/, '\\\n\n') },
  { name: 'truncate', apply: (t, r) => t.slice(0, Math.floor(r() * t.length)) },
  {
    name: 'escape-directive',
    apply: (t, r) => `${pick(r, ['# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1'])}\n${t}`,
  },
  {
    name: 'keyword-case',
    apply: (t, r) =>
      editLine(t, lineAt(r, t), (l) =>
        l.replace(/^\s*([A-Za-z]+)/, (k) => (r() < 0.5 ? k.toLowerCase() : k[0]! + k.slice(1).toLowerCase())),
      ),
  },
  {
    name: 'exec-to-shell',
    apply: (t) =>
      t.replace(/^(CMD|ENTRYPOINT|RUN) \[(.*)\]$/m, (_, k, body) => `${k} ${String(body).replace(/"/g, '')}`),
  },
  {
    name: 'shell-to-exec',
    apply: (t) =>
      t.replace(
        /^(CMD|ENTRYPOINT) ([^[\n].*)$/m,
        (_, k, body) => `${k} ${JSON.stringify(String(body).split(/\s+/))}`,
      ),
  },
  {
    name: 'single-quoted-exec',
    apply: (t) =>
      t.replace(/^(CMD|ENTRYPOINT) \[(.*)\]$/m, (_, k, b) => `${k} [${String(b).replace(/"/g, "'")}]`),
  },
  {
    name: 'json-escapes',
    apply: (t) =>
      t.replace(
        /^(CMD|ENTRYPOINT|RUN) \["([a-z])/m,
        (_, k, c) => `${k} ["\\u00${String(c).charCodeAt(0).toString(16)}`,
      ),
  },
  {
    name: 'heredoc-truncate',
    apply: (t, r) => {
      const m = /<<-?["']?(\w+)/.exec(t);
      if (!m) return `${t}RUN <<EOF\necho ${pick(r, ['a', 'b'])}\n`;
      return t.replace(new RegExp(`\\n${m[1]}\\n`), '\n');
    },
  },
  {
    name: 'stray-separator',
    apply: (t, r) => t.replace(/ && /, pick(r, [' ;; ', ' ; ; ', ' && && ', ' &&\t'])),
  },
  {
    name: 'delete-line',
    apply: (t, r) => {
      const ls = lines(t);
      ls.splice(lineAt(r, t), 1);
      return ls.join('\n');
    },
  },
  {
    name: 'duplicate-line',
    apply: (t, r) => {
      const ls = lines(t);
      const i = lineAt(r, t);
      ls.splice(i, 0, ls[i] ?? '');
      return ls.join('\n');
    },
  },
  {
    name: 'insert-byte',
    apply: (t, r) => {
      const at = Math.floor(r() * (t.length + 1));
      return (
        t.slice(0, at) +
        pick(r, ['\\', '$', '{', '}', '"', "'", '\t', '`', '#', '\r', '\u00a0', '\ufeff', '<<', '$(']) +
        t.slice(at)
      );
    },
  },
  {
    name: 'long-whitespace',
    apply: (t, r) =>
      editLine(t, lineAt(r, t), (l) => l.replace(' ', ' '.repeat(200 + Math.floor(r() * 800)))),
  },
];

/** `count` mutants of the given texts: 1–3 mutations each, chosen by the seed. */
export function* mutants(
  texts: readonly { name: string; text: string }[],
  count: number,
  seed: number,
): Generator<{ source: string; mutations: string[]; text: string }> {
  const r = prng(seed);
  for (let i = 0; i < count && texts.length > 0; i++) {
    const base = pick(r, texts);
    let text = base.text;
    const applied: string[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const m = pick(r, MUTATIONS);
      text = m.apply(text, r);
      applied.push(m.name);
    }
    yield { source: base.name, mutations: applied, text };
  }
}
