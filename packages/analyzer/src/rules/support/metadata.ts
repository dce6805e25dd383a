import parseSpdx from 'spdx-expression-parse';
import { fact, factsOf } from '../../model/facts.js';
import { substituteVariables } from '../../model/image-ref.js';
import type { ArgToken, DockerfileModel, InstructionNode, StageNode } from '../../model/types.js';
import type { Span } from '../../types.js';

/* ------------------------------------------------------------------------------------------ */
/* Variables and WORKDIR                                                                       */
/* ------------------------------------------------------------------------------------------ */

/**
 * The variables an instruction sees, as far as the Dockerfile tells: ENV and ARG of the stage and
 * of the stages it builds on (a bare `ARG X` takes the global default). Values set
 * by the base image are unknown, so they are simply absent.
 */
export function variablesBefore(model: DockerfileModel, ins: InstructionNode): Map<string, string | null> {
  const vars = new Map<string, string | null>();
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage) return vars;
  const chain = stageChain(model, stage);
  const globals = new Map(model.globalArgs.map((a) => [a.name, a.value] as const));
  for (const s of chain) {
    const own = s === stage;
    for (const i of s.instructions) {
      if (own && (i === ins || i.span.start >= ins.span.start)) break;
      if (i.keyword === 'ENV') {
        for (const p of i.properties) vars.set(p.name, substituteVariables(p.value ?? '', vars).value);
      } else if (i.keyword === 'ARG') {
        for (const p of i.properties) {
          const v =
            p.value !== null ? substituteVariables(p.value, vars).value : (globals.get(p.name) ?? null);
          if (v !== null || !vars.has(p.name)) vars.set(p.name, v);
        }
      }
    }
  }
  return vars;
}

/** The stages a stage builds on, the oldest first, ending with the stage itself. */
export function stageChain(model: DockerfileModel, stage: StageNode): StageNode[] {
  const chain: StageNode[] = [stage];
  const seen = new Set([stage.index]);
  let cur = stage;
  while (cur.image.stage !== null && !seen.has(cur.image.stage)) {
    const parent = model.stages[cur.image.stage];
    if (!parent) break;
    seen.add(parent.index);
    chain.unshift(parent);
    cur = parent;
  }
  return chain;
}

/** The path a WORKDIR names, as Docker reads it: the whole argument, surrounding quotes removed. */
export function workdirPath(ins: InstructionNode): string {
  const raw = ins.argsText.trim();
  const m = /^(["'])(.*)\1$/s.exec(raw);
  return m ? m[2]! : raw;
}

/** Absolute on Linux (`/app`) or on Windows (`C:\app`, `C:/app`, `\app`). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:([\\/]|$)/.test(path);
}

/** Joins and normalises a POSIX path (`/app` + `../src` → `/src`). */
export function joinPosix(base: string, rel: string): string {
  const parts: string[] = [];
  for (const seg of `${base}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

export interface WorkdirStep {
  ins: InstructionNode;
  /** The path as written, quotes removed. */
  written: string;
  /** After substituting known variables; null when a variable is unknown. */
  resolved: string | null;
  /** The working directory before this WORKDIR; null when it comes from an unknown base image. */
  before: string | null;
  /** The working directory after it; null when unknown. */
  after: string | null;
}

/**
 * Every WORKDIR of the file with the directory it starts from and the one it leaves. A stage
 * starts in `/` for `scratch`, in the final directory of the stage it builds on, and in an
 * unknown directory for any other image. ONBUILD triggers run in an unknown image.
 */
export function workdirSteps(model: DockerfileModel): WorkdirStep[] {
  const steps: WorkdirStep[] = [];
  const finalDir = new Map<number, string | null>();
  for (const stage of model.stages) {
    let cur: string | null = stage.image.scratch
      ? '/'
      : stage.image.stage !== null
        ? (finalDir.get(stage.image.stage) ?? null)
        : null;
    for (const ins of stage.instructions) {
      const node = ins.keyword === 'WORKDIR' ? ins : ins.trigger?.keyword === 'WORKDIR' ? ins.trigger : null;
      if (!node) continue;
      const written = workdirPath(node);
      if (written === '') continue;
      const sub = substituteVariables(written, variablesBefore(model, ins));
      const resolved = sub.unresolved.length > 0 ? null : sub.value;
      const onbuild = node !== ins;
      const before = onbuild ? null : cur;
      let after: string | null = null;
      if (resolved !== null && isAbsolutePath(resolved)) after = resolved;
      else if (resolved !== null && before !== null) after = joinPosix(before, resolved);
      steps.push({ ins: node, written, resolved, before, after });
      if (!onbuild) cur = after;
    }
    finalDir.set(stage.index, cur);
  }
  return steps;
}

/* ------------------------------------------------------------------------------------------ */
/* Quoting                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * Literal text as one ENV/LABEL word: bare when that is safe, else double-quoted, with the
 * escape character in front of `"`, `$` and itself so nothing is expanded or cut.
 */
export function quoteLiteral(value: string, escapeChar = '\\'): string {
  if (value !== '' && /^[A-Za-z0-9_./:@%+,-]+$/.test(value)) return value;
  const special = new Set(['"', '$', escapeChar]);
  let out = '';
  for (const c of value) out += special.has(c) ? escapeChar + c : c;
  return `"${out}"`;
}

/* ------------------------------------------------------------------------------------------ */
/* Labels                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export interface LabelEntry {
  key: string;
  value: string;
  ins: InstructionNode;
  span: Span;
  valueSpan: Span | null;
}

/**
 * The labels the image of a stage carries as far as the Dockerfile shows: those of the stage and
 * of the stages it builds on (labels are inherited). The last value of a key wins.
 */
export function labelsOfStage(model: DockerfileModel, stage: StageNode): Map<string, LabelEntry> {
  const labels = new Map<string, LabelEntry>();
  for (const s of stageChain(model, stage)) {
    for (const ins of s.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const p of ins.properties) {
        labels.set(p.name, { key: p.name, value: p.value ?? '', ins, span: p.span, valueSpan: p.valueSpan });
      }
    }
  }
  return labels;
}

export type LabelFormat = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/**
 * A SPDX license expression with known license and exception ids (`MIT`, `Apache-2.0 OR MIT`,
 * `GPL-2.0-or-later WITH Classpath-exception-2.0`, `LicenseRef-…`), as the SPDX parser reads it.
 */
function isSpdxExpression(value: string): boolean {
  try {
    parseSpdx(value);
    return true;
  } catch {
    return false;
  }
}

/** What each label-schema format accepts (the formats hadolint's label-schema knows). */
export const LABEL_FORMATS: Record<
  LabelFormat,
  { test: (v: string) => boolean; hadolint: string | null; describe: { en: string; ko: string } }
> = {
  text: { test: () => true, hadolint: null, describe: { en: 'text', ko: '텍스트' } },
  url: {
    test: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]\S*$/.test(v),
    hadolint: 'DL3052',
    describe: { en: 'an absolute URL', ko: '절대 URL' },
  },
  rfc3339: {
    test: (v) =>
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(
        v,
      ),
    hadolint: 'DL3053',
    describe: { en: 'an RFC 3339 timestamp', ko: 'RFC 3339 시각' },
  },
  spdx: {
    test: isSpdxExpression,
    hadolint: 'DL3054',
    describe: { en: 'an SPDX license expression', ko: 'SPDX 라이선스 식' },
  },
  hash: {
    test: (v) => /^[0-9a-f]{7,40}$/.test(v) || /^[0-9a-f]{64}$/.test(v),
    hadolint: 'DL3055',
    describe: { en: 'a git commit hash', ko: 'git 커밋 해시' },
  },
  semver: {
    test: (v) =>
      /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(
        v,
      ),
    hadolint: 'DL3056',
    describe: { en: 'a semantic version', ko: '시맨틱 버전' },
  },
  email: {
    test: (v) => /^(?:[^<>@\s]+ )*<?[^\s<>@"]+@(?=[^\s<>@".]+\.)[^\s<>@"]*[^\s<>@".]>?$/.test(v),
    hadolint: 'DL3058',
    describe: { en: 'an email address', ko: '이메일 주소' },
  },
};

/** A value that only a build argument fills in (`$VERSION`): its format is unknown here. */
export function hasExpansion(value: string): boolean {
  return /\$(\{?[A-Za-z_])/.test(value);
}

/* ------------------------------------------------------------------------------------------ */
/* EXPOSE                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export interface ExposedPort {
  ins: InstructionNode;
  token: ArgToken;
  /** After substituting known variables; null when one is unknown (only the build knows). */
  resolved: string | null;
  /** The part before `/` (`8080`, `8000-8010`, `8080:80`). */
  port: string;
  /** The part after `/`, as written; null when none. */
  proto: string | null;
  /** Where the protocol is in the text, when the token is written without quotes or variables. */
  protoSpan: Span | null;
  /** Written as the resolved text (no quotes, no variables), so offsets inside it are exact. */
  literal: boolean;
}

/** Every port of every EXPOSE (ONBUILD included), split into port and protocol (four rules ask). */
export function exposedPorts(model: DockerfileModel): readonly ExposedPort[] {
  return factsOf(model).get(EXPOSED_PORTS);
}

const EXPOSED_PORTS = fact('exposed ports', (model): ExposedPort[] => {
  const ports: ExposedPort[] = [];
  for (const top of model.instructions) {
    const ins = top.keyword === 'EXPOSE' ? top : top.trigger?.keyword === 'EXPOSE' ? top.trigger : null;
    if (!ins) continue;
    const vars = ins.onbuild ? new Map<string, string | null>() : variablesBefore(model, top);
    for (const token of ins.args) {
      const sub = substituteVariables(token.value, vars);
      // `${X:?msg}` and other forms the substitution does not know stay as written: unknown too.
      const resolved = sub.unresolved.length > 0 || sub.value.includes('$') ? null : sub.value;
      const text = resolved ?? token.value;
      const slash = text.indexOf('/');
      const literal = resolved === token.value && token.span.end - token.span.start === token.value.length;
      ports.push({
        ins,
        token,
        resolved,
        port: slash >= 0 ? text.slice(0, slash) : text,
        proto: slash >= 0 ? text.slice(slash + 1) : null,
        protoSpan:
          literal && slash >= 0 ? { start: token.span.start + slash + 1, end: token.span.end } : null,
        literal,
      });
    }
  }
  return ports;
});

/** Protocols EXPOSE accepts. */
export const EXPOSE_PROTOCOLS = ['tcp', 'udp', 'sctp'];
