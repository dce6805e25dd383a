/**
 * What a rule asks of the build context, answered once per context: does a COPY source exist,
 * which of its files reach the build, what does `.dockerignore` say.
 */
import { type IgnoreFile, parseIgnoreFile, sourcePatternMatcher } from './ignore-file.js';
import type { BuildContext } from './types.js';
import { hasPattern } from '../model/paths.js';

export const DOCKERIGNORE = '.dockerignore';

export interface SourceMatch {
  /** Files of the context the source names (the file, a folder's files, a pattern's matches). */
  files: string[];
  /** Of those, the ones `.dockerignore` leaves in the context (what the build can copy). */
  sent: string[];
  /** The source, or a folder above it, was not listed: it may exist. */
  unknown: boolean;
}

export interface ContextView {
  readonly context: BuildContext;
  readonly ignore: IgnoreFile;
  readonly hasIgnoreFile: boolean;
  /** The files a COPY/ADD source names. */
  source(source: string): SourceMatch;
  /** The text of a file that was read (manifests, lock files, `.dockerignore`). */
  text(path: string): string | undefined;
  /** Whether a file is in the listing. */
  has(path: string): boolean;
}

const VIEWS = new WeakMap<BuildContext, ContextView>();

export function contextView(context: BuildContext): ContextView {
  let view = VIEWS.get(context);
  if (!view) {
    view = buildView(context);
    VIEWS.set(context, view);
  }
  return view;
}

/** `./a//b/`, `/a/b`, `"a/b"` → `a/b`; `.` → ``. Sources are relative to the context root even when absolute. */
export function normaliseSource(source: string): string {
  return source
    .replace(/^["']|["']$/g, '')
    .replace(/\\/g, '/')
    .replace(/\/+/g, '/')
    .replace(/^\/+/, '')
    .replace(/^(\.\/)+/, '')
    .replace(/\/(\.\/)+/g, '/')
    .replace(/\/\.?$/, '')
    .replace(/^\.$/, '');
}

function buildView(context: BuildContext): ContextView {
  const files = new Set(context.files);
  const ignore = parseIgnoreFile(context.texts[DOCKERIGNORE]);
  const unlisted = (context.unlisted ?? []).map(normaliseSource);
  const underUnlisted = (path: string) =>
    unlisted.some((d) => d === '' || path === d || path.startsWith(`${d}/`));
  return {
    context,
    ignore,
    hasIgnoreFile: context.texts[DOCKERIGNORE] !== undefined || files.has(DOCKERIGNORE),
    text: (path) => context.texts[normaliseSource(path)],
    has: (path) => files.has(normaliseSource(path)),
    source(raw) {
      const src = normaliseSource(raw);
      let named: string[];
      if (src === '') named = [...files];
      else if (hasPattern(src)) named = context.files.filter(sourcePatternMatcher(src));
      else named = files.has(src) ? [src] : context.files.filter((f) => f.startsWith(`${src}/`));
      const sent = named.filter((f) => !ignore.excludes(f));
      const unknown =
        context.incomplete === true || (named.length === 0 && underUnlisted(hasPattern(src) ? '' : src));
      return { files: named, sent, unknown };
    },
  };
}
