import { Inflate, deflateSync, strToU8 } from 'fflate';

/**
 * Playground permalinks: `#v2/<payload>`, where the payload is a CRC-32 of the state's JSON (4
 * bytes, big-endian) followed by that JSON deflated, all base64url-encoded. Pure (no DOM, no
 * Node), so the app, the CLI and tests share one codec. Decoding is bounded at every step: link
 * length, inflated size (checked while inflating, in small steps), the checksum, then the shape
 * of the state. Links of version 1 (no checksum, made before it existed) still open; one whose
 * bytes are not valid UTF-8 is refused as damaged, the only damage they can show. The teaching
 * extras (predict marks, exercise progress) are the exception to "refuse the whole link": a damaged
 * one is left out and named in `ignored`, and the Dockerfile and the rest open as sent.
 */
/** What a link carries. */
export interface SharedState {
  /** The Dockerfile. */
  text: string;
  lang?: 'en' | 'ko';
  /** Rewriter choices: changes switched off, and the two options a user can set. */
  rejectedChanges?: string[];
  multiStage?: boolean;
  runtimeUid?: number;
  /** BuildKit cache mounts instead of cleaning package caches (absent: off). */
  cacheMounts?: boolean;
  /** The tab that was open. */
  view?: View;
  /** The sender's settings (the keys of `.dop.yaml`), so the receiver sees the same findings and rewrite. */
  settings?: SharedSettings;
  /** Step-through open at this step (one link per slide); with `lesson`, a seed lesson's step. */
  step?: number;
  lesson?: string;
  /** Presenter mode on. */
  presenter?: boolean;
  /** The project files the sender added (the build context), within CONTEXT_LINK_LIMITS. */
  context?: SharedContext;
  /** Predict-then-reveal on (present, even empty): the lines marked, and whether the findings show. */
  predict?: SharedPredict;
  /** Exercise progress the sender shared ("share my progress"). */
  progress?: SharedProgress;
}

/** Predict-then-reveal: the lines learners marked as suspect (1-based), and whether it was revealed. */
export interface SharedPredict {
  marks?: number[];
  revealed?: boolean;
}

/** Exercises solved (their ids) and the one open, as the sender's browser kept them. */
export interface SharedProgress {
  done: string[];
  current?: string;
}

/** What a link's predict and progress fields may hold: the receiver ignores more. */
export const TEACHING_LINK_LIMITS = { marks: 1000, line: 1_000_000, exercises: 200 } as const;

/** The build context a link carries: the paths, the small manifests used, and what was left out. */
export interface SharedContext {
  /** Paths relative to the project root. */
  files: string[];
  /** Texts of the manifests the analysis read (never a credential's). */
  texts: Record<string, string>;
  /** What the sender had but the link does not carry, so the receiver is told. */
  omitted?: {
    /** Paths past the link's limit. */
    files?: number;
    /** Texts too large for the link, or past its total. */
    texts?: string[];
    /** Credential files (`.npmrc`, `.env`, keys): carried by name only. */
    secrets?: string[];
  };
}

/** What a link's context may hold: the receiver refuses more. */
export const CONTEXT_LINK_LIMITS = { files: 2000, textChars: 16 * 1024, totalChars: 48 * 1024 } as const;

export type SharedSeverity = 'error' | 'warning' | 'info' | 'style' | 'off';

/** Settings a link carries: rules switched off or on, severities, registries, labels, transforms off. */
export interface SharedSettings {
  disabledRules?: string[];
  enabledRules?: string[];
  severityOverrides?: Record<string, SharedSeverity>;
  trustedRegistries?: string[];
  requiredLabels?: Record<string, string>;
  disabledTransforms?: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'style', 'off']);
const LABEL_FORMATS = new Set(['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email']);
/** Entries of one settings list or map: far more than any real configuration. */
const MAX_SETTING_ENTRIES = 500;

export const VERSION = 'v2';
/** Links made before the checksum: still read. */
const LEGACY_VERSION = 'v1';
/** Longest link accepted (characters after `#`): far above what chat tools keep. */
export const MAX_LINK_CHARS = 1_000_000;
/** Largest JSON a link may inflate to: a zip bomb stops here. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/** Longer links still work but are cut or refused by many chat tools and issue trackers. */
export const CHAT_SAFE_CHARS = 2_000;

/** The playground's result panes a link can open, in the order the page shows them. */
export const VIEWS = ['findings', 'rewrite', 'layers', 'practices'] as const;
export type View = (typeof VIEWS)[number];

export type DecodeError =
  | 'not-a-permalink'
  | 'unknown-version'
  | 'too-long'
  | 'corrupt'
  | 'too-large'
  | 'invalid-state';

/** A part of a link that was damaged and left out, the rest of the link opening as sent. */
export interface IgnoredPart {
  field: 'predict' | 'progress';
  detail: string;
}

export type DecodeResult =
  | { ok: true; state: SharedState; ignored?: IgnoredPart[] }
  | { ok: false; error: DecodeError; detail: string };

/** Encodes a state as a URL hash, `#` included. */
export function encodePermalink(state: SharedState): string {
  const json = strToU8(JSON.stringify(normalize(state)));
  const deflated = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(4 + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(deflated, 4);
  return `#${VERSION}/${toBase64Url(bytes)}`;
}

/** Whether a link is long enough that chat tools may cut it. */
export function isLongForChat(hash: string): boolean {
  return hash.length > CHAT_SAFE_CHARS;
}

/** Decodes a URL hash (with or without `#`). Never throws. */
export function decodePermalink(hash: string): DecodeResult {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const slash = h.indexOf('/');
  if (slash < 0 || !/^v\d+$/.test(h.slice(0, slash))) {
    return { ok: false, error: 'not-a-permalink', detail: 'the link has no #v1/… part' };
  }
  const version = h.slice(0, slash);
  if (version !== VERSION && version !== LEGACY_VERSION) {
    return {
      ok: false,
      error: 'unknown-version',
      detail: `links of version ${version} are not understood by this version of the app`,
    };
  }
  const payload = h.slice(slash + 1);
  if (payload.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: 'too-long',
      detail: `the link is ${payload.length} characters long; the limit is ${MAX_LINK_CHARS}`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(payload);
  } catch {
    return {
      ok: false,
      error: 'corrupt',
      detail: 'the link is not valid base64url: it may have been cut or changed',
    };
  }
  const checked = version === VERSION;
  if (checked && bytes.length < 5) {
    return { ok: false, error: 'corrupt', detail: 'the link is cut short: it may have been cut or changed' };
  }
  let raw: Uint8Array;
  try {
    raw = inflateBounded(checked ? bytes.subarray(4) : bytes, MAX_INFLATED_BYTES);
  } catch (e) {
    if (e instanceof TooLarge) {
      return {
        ok: false,
        error: 'too-large',
        detail: `the link unpacks to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB`,
      };
    }
    return {
      ok: false,
      error: 'corrupt',
      detail: 'the link does not unpack: it may have been cut or changed',
    };
  }
  if (checked && new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) !== crc32(raw)) {
    return {
      ok: false,
      error: 'corrupt',
      detail: 'the link was changed or damaged on the way (its checksum does not match): ask for it again',
    };
  }
  let json: string;
  try {
    json = UTF8.decode(raw);
  } catch {
    return {
      ok: false,
      error: 'corrupt',
      detail: 'the link unpacks to text that is not UTF-8: it was damaged',
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'corrupt', detail: 'the link unpacks to something that is not JSON' };
  }
  // the teaching fields are extras: a damaged one is left out and the rest of the link opens
  const ignored = dropDamagedExtras(data);
  const problem = validate(data);
  if (problem) return { ok: false, error: 'invalid-state', detail: problem };
  const state = normalize(data as SharedState);
  return ignored.length > 0 ? { ok: true, state, ignored } : { ok: true, state };
}

const EXTRAS = { predict: validatePredict, progress: validateProgress } as const;

/** Removes the predict and progress fields that are not well formed from `d`, saying why. */
function dropDamagedExtras(d: unknown): IgnoredPart[] {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return [];
  const s = d as Record<string, unknown>;
  const out: IgnoredPart[] = [];
  for (const [field, check] of Object.entries(EXTRAS) as Array<
    [IgnoredPart['field'], (x: unknown) => string | null]
  >) {
    if (s[field] === undefined) continue;
    const problem = check(s[field]);
    if (problem) {
      delete s[field];
      out.push({ field, detail: problem });
    }
  }
  return out;
}

const isLine = (x: unknown) =>
  Number.isInteger(x) && (x as number) >= 1 && (x as number) <= TEACHING_LINK_LIMITS.line;

function validatePredict(d: unknown): string | null {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'predict must be an object';
  const p = d as Record<string, unknown>;
  if (Object.keys(p).some((k) => k !== 'marks' && k !== 'revealed')) return 'unknown predict fields';
  if (
    p.marks !== undefined &&
    !(Array.isArray(p.marks) && p.marks.length <= TEACHING_LINK_LIMITS.marks && p.marks.every(isLine))
  )
    return `predict.marks must be at most ${TEACHING_LINK_LIMITS.marks} line numbers`;
  if (p.revealed !== undefined && typeof p.revealed !== 'boolean')
    return 'predict.revealed must be true or false';
  return null;
}

const isExerciseId = (x: unknown) => typeof x === 'string' && /^[a-z0-9-]{1,80}$/.test(x);

function validateProgress(d: unknown): string | null {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'progress must be an object';
  const p = d as Record<string, unknown>;
  if (Object.keys(p).some((k) => k !== 'done' && k !== 'current')) return 'unknown progress fields';
  if (
    !(Array.isArray(p.done) && p.done.length <= TEACHING_LINK_LIMITS.exercises && p.done.every(isExerciseId))
  )
    return `progress.done must be at most ${TEACHING_LINK_LIMITS.exercises} exercise ids`;
  if (p.current !== undefined && !isExerciseId(p.current)) return 'progress.current must be an exercise id';
  return null;
}

/** Returns a reason when the value is not a SharedState, null when it is. */
function validate(d: unknown): string | null {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'the state is not an object';
  const s = d as Record<string, unknown>;
  const known = new Set([
    'text',
    'lang',
    'rejectedChanges',
    'multiStage',
    'cacheMounts',
    'runtimeUid',
    'view',
    'settings',
    'step',
    'lesson',
    'presenter',
    'context',
    'predict',
    'progress',
  ]);
  const unknown = Object.keys(s).filter((k) => !known.has(k));
  if (unknown.length > 0) return `unknown fields: ${unknown.join(', ')}`;
  if (typeof s.text !== 'string') return 'text must be a string';
  if (s.lang !== undefined && s.lang !== 'en' && s.lang !== 'ko') return 'lang must be en or ko';
  if (s.rejectedChanges !== undefined) {
    if (
      !Array.isArray(s.rejectedChanges) ||
      s.rejectedChanges.some((x) => typeof x !== 'string' || x.length > 200)
    ) {
      return 'rejectedChanges must be a list of change ids';
    }
    if (s.rejectedChanges.length > 1000) return 'too many rejected changes';
  }
  if (s.multiStage !== undefined && typeof s.multiStage !== 'boolean')
    return 'multiStage must be true or false';
  if (s.cacheMounts !== undefined && typeof s.cacheMounts !== 'boolean')
    return 'cacheMounts must be true or false';
  if (
    s.runtimeUid !== undefined &&
    !(Number.isInteger(s.runtimeUid) && (s.runtimeUid as number) >= 0 && (s.runtimeUid as number) < 2 ** 31)
  ) {
    return 'runtimeUid must be a whole number';
  }
  if (s.view !== undefined && !(VIEWS as readonly unknown[]).includes(s.view))
    return 'view is not a known tab';
  if (
    s.step !== undefined &&
    !(Number.isInteger(s.step) && (s.step as number) >= 0 && (s.step as number) <= 1000)
  )
    return 'step must be a whole number from 0 to 1000';
  if (s.lesson !== undefined && !(typeof s.lesson === 'string' && /^[a-z0-9-]{1,80}$/.test(s.lesson)))
    return 'lesson must be a lesson id';
  if (s.presenter !== undefined && typeof s.presenter !== 'boolean') return 'presenter must be true or false';
  if (s.settings !== undefined) {
    const bad = validateSettings(s.settings);
    if (bad) return bad;
  }
  if (s.context !== undefined) return validateContext(s.context);
  return null;
}

const isPath = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length <= 1000;

function validateContext(d: unknown): string | null {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'context must be an object';
  const c = d as Record<string, unknown>;
  const unknown = Object.keys(c).filter((k) => !['files', 'texts', 'omitted'].includes(k));
  if (unknown.length > 0) return `unknown context fields: ${unknown.join(', ')}`;
  if (!Array.isArray(c.files) || c.files.length > CONTEXT_LINK_LIMITS.files || !c.files.every(isPath))
    return `context.files must be a list of at most ${CONTEXT_LINK_LIMITS.files} paths`;
  if (typeof c.texts !== 'object' || c.texts === null || Array.isArray(c.texts))
    return 'context.texts must be a map';
  let total = 0;
  for (const [k, v] of Object.entries(c.texts)) {
    if (!isPath(k) || typeof v !== 'string' || v.length > CONTEXT_LINK_LIMITS.textChars)
      return 'context.texts must map paths to texts within the limit';
    total += v.length;
  }
  if (total > CONTEXT_LINK_LIMITS.totalChars) return 'context.texts are over the total limit';
  if (c.omitted !== undefined) {
    if (typeof c.omitted !== 'object' || c.omitted === null || Array.isArray(c.omitted))
      return 'context.omitted must be an object';
    const o = c.omitted as Record<string, unknown>;
    if (Object.keys(o).some((k) => !['files', 'texts', 'secrets'].includes(k)))
      return 'unknown context.omitted fields';
    if (o.files !== undefined && !(Number.isInteger(o.files) && (o.files as number) >= 0))
      return 'context.omitted.files must be a count';
    for (const key of ['texts', 'secrets'])
      if (
        o[key] !== undefined &&
        !(
          Array.isArray(o[key]) &&
          (o[key] as unknown[]).length <= CONTEXT_LINK_LIMITS.files &&
          (o[key] as unknown[]).every(isPath)
        )
      )
        return `context.omitted.${key} must be a list of paths`;
  }
  return null;
}

const isShortString = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length <= 200;

function validateSettings(d: unknown): string | null {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'settings must be an object';
  const s = d as Record<string, unknown>;
  const lists = ['disabledRules', 'enabledRules', 'trustedRegistries', 'disabledTransforms'];
  const maps = { severityOverrides: SEVERITIES, requiredLabels: LABEL_FORMATS } as const;
  const unknown = Object.keys(s).filter((k) => !lists.includes(k) && !(k in maps));
  if (unknown.length > 0) return `unknown settings: ${unknown.join(', ')}`;
  for (const key of lists) {
    const v = s[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.length > MAX_SETTING_ENTRIES || !v.every(isShortString))
      return `settings.${key} must be a list of names`;
  }
  for (const [key, allowed] of Object.entries(maps)) {
    const v = s[key];
    if (v === undefined) continue;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `settings.${key} must be a map`;
    const entries = Object.entries(v);
    if (entries.length > MAX_SETTING_ENTRIES) return `settings.${key} has too many entries`;
    if (!entries.every(([k, x]) => isShortString(k) && allowed.has(x as string)))
      return `settings.${key} has a value that is not one of ${[...allowed].join(', ')}`;
  }
  return null;
}

/** Only the fields a link carries, defaults dropped so equal states give equal links. */
function normalize(s: SharedState): SharedState {
  const out: SharedState = { text: s.text };
  if (s.lang) out.lang = s.lang;
  if (s.rejectedChanges && s.rejectedChanges.length > 0) out.rejectedChanges = [...s.rejectedChanges].sort();
  if (s.multiStage === false) out.multiStage = false;
  if (s.cacheMounts === true) out.cacheMounts = true;
  if (s.runtimeUid !== undefined && s.runtimeUid !== 10001) out.runtimeUid = s.runtimeUid;
  if (s.view && s.view !== 'findings') out.view = s.view;
  const settings = normalizeSettings(s.settings);
  if (settings) out.settings = settings;
  if (s.step !== undefined) out.step = s.step;
  if (s.step !== undefined && s.lesson) out.lesson = s.lesson;
  if (s.presenter) out.presenter = true;
  if (s.context) out.context = s.context;
  if (s.predict) {
    const marks = [...new Set(s.predict.marks ?? [])].sort((a, b) => a - b);
    out.predict = {
      ...(marks.length > 0 ? { marks } : {}),
      ...(s.predict.revealed ? { revealed: true } : {}),
    };
  }
  if (s.progress) {
    out.progress = { done: [...new Set(s.progress.done)].sort() };
    if (s.progress.current) out.progress.current = s.progress.current;
  }
  return out;
}

/** Settings with empty parts dropped (and none at all when nothing is set), lists sorted. */
function normalizeSettings(s: SharedSettings | undefined): SharedSettings | undefined {
  if (!s) return undefined;
  const out: SharedSettings = {};
  for (const key of ['disabledRules', 'enabledRules', 'trustedRegistries', 'disabledTransforms'] as const) {
    const v = s[key];
    if (v && v.length > 0) out[key] = [...v].sort();
  }
  if (s.severityOverrides && Object.keys(s.severityOverrides).length > 0)
    out.severityOverrides = s.severityOverrides;
  if (s.requiredLabels && Object.keys(s.requiredLabels).length > 0) out.requiredLabels = s.requiredLabels;
  return Object.keys(out).length > 0 ? out : undefined;
}

class TooLarge extends Error {}

/** Input fed to the inflater at a time: deflate expands at most ~1032×, so one step stays ~1 MB. */
const INFLATE_STEP = 1024;

/**
 * Inflates, stopping as soon as the output passes `limit` bytes. The input goes in small steps:
 * given all at once, the inflater would produce everything (700 MB from a 1 MB link) before the
 * first check.
 */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
    if (final) done = true;
  });
  for (let at = 0; at < data.length && !done; at += INFLATE_STEP) {
    const end = Math.min(data.length, at + INFLATE_STEP);
    inflate.push(data.subarray(at, end), end === data.length);
  }
  if (!done) throw new Error('truncated');
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64url without padding (RFC 4648 §5), written out so it runs the same everywhere. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function fromBase64Url(s: string): Uint8Array {
  if (s.length % 4 === 1) throw new Error('bad length');
  const out = new Uint8Array(Math.floor((s.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of s) {
    const v = LOOKUP.get(c);
    if (v === undefined) throw new Error(`bad character ${c}`);
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out;
}
