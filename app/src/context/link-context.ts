/**
 * The project files in a permalink: the paths and the small manifests the analysis used, within
 * the link's limits; credential files (`.npmrc`, `.env`, keys) by name only, never their text;
 * and what was left out, so the receiver is told.
 */
import { type BuildContext, secretFileReason } from '@dop/analyzer';
import { CONTEXT_LINK_LIMITS, type SharedContext } from '@dop/share';
import type { ProjectState } from '../store/store';

/** Registry configs hold tokens even when their names do not say so. */
const CREDENTIAL_CONFIGS = new Set(['.npmrc', '.yarnrc.yml', '.pypirc', '.netrc']);

function isCredential(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return CREDENTIAL_CONFIGS.has(base) || secretFileReason(path) !== null;
}

export function contextForLink(ctx: BuildContext): SharedContext {
  const files = ctx.files.slice(0, CONTEXT_LINK_LIMITS.files);
  const texts: Record<string, string> = {};
  const tooLarge: string[] = [];
  const secrets: string[] = [];
  let total = 0;
  // smallest first: more manifests fit in the total
  const entries = Object.entries(ctx.texts)
    .filter(([path]) => files.includes(path))
    .sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [path, text] of entries) {
    if (isCredential(path)) secrets.push(path);
    else if (
      text.length > CONTEXT_LINK_LIMITS.textChars ||
      total + text.length > CONTEXT_LINK_LIMITS.totalChars
    )
      tooLarge.push(path);
    else {
      texts[path] = text;
      total += text.length;
    }
  }
  const omitted: NonNullable<SharedContext['omitted']> = {};
  if (ctx.files.length > files.length) omitted.files = ctx.files.length - files.length;
  if (tooLarge.length) omitted.texts = tooLarge.sort();
  if (secrets.length) omitted.secrets = secrets.sort();
  return { files, texts, ...(Object.keys(omitted).length ? { omitted } : {}) };
}

/** The receiver's project: the files a link carried (texts only where it had them). */
export function projectFromLink(shared: SharedContext): ProjectState {
  const context: BuildContext = {
    files: shared.files,
    texts: shared.texts,
    // past the link's limit, absence proves nothing
    ...(shared.omitted?.files ? { incomplete: true } : {}),
  };
  return {
    files: shared.files.map((path) => ({
      path,
      size: shared.texts[path]?.length ?? 0,
      text: shared.texts[path] ?? null,
    })),
    context,
    fromLink: shared.omitted ?? {},
  };
}
