/** The COPY/ADD sources that come from the build context, each matched against it once per model. */
import type { ContextView, SourceMatch } from '../../context/view.js';
import type { ArgToken, DockerfileModel, InstructionNode } from '../../model/types.js';
import { fact, factsOf } from '../../model/facts.js';
import { instructionsOf } from '../define.js';
import { isManifestOrLock } from '../../knowledge/ecosystems.js';
import { copiesFromElsewhere, copySources, isWholeContext } from './layers.js';

export interface ContextSource {
  ins: InstructionNode;
  token: ArgToken;
  value: string;
  match: SourceMatch;
}

export interface ContextSources {
  sources: ContextSource[];
  /**
   * Whether this context looks like the one the file is built with: some source names a file in it.
   * A Dockerfile kept in `docker/` and built with `-f docker/Dockerfile .` names nothing beside
   * itself; then a "missing" source proves nothing about the real build, and rules stay quiet.
   */
  plausible: boolean;
}

/** Per model, the sources read against each build context it was checked with. */
const BY_VIEW = fact('COPY sources by build context', () => new WeakMap<ContextView, ContextSources>());

export function contextSources(model: DockerfileModel, view: ContextView): ContextSources {
  const byView = factsOf(model).get(BY_VIEW);
  let found = byView.get(view);
  if (found) return found;
  const sources: ContextSource[] = [];
  for (const ins of instructionsOf(model, 'COPY', 'ADD')) {
    // An ONBUILD COPY runs in the downstream build and reads that build's context, not this one.
    if (ins.onbuild || copiesFromElsewhere(ins)) continue;
    for (const s of copySources(ins)?.sources ?? []) {
      if (s.url || s.git || s.heredoc || s.variable) continue;
      sources.push({ ins, token: s.token, value: s.value, match: view.source(s.value) });
    }
  }
  // Named sources decide; a file that copies only `.` needs a project file (a manifest, a lock)
  // in the folder: a folder of unrelated Dockerfiles is not anyone's build context.
  const named = sources.filter((s) => !isWholeContext(s.value));
  const plausible = named.length > 0 ? named.some((s) => s.match.files.length > 0) : hasProjectFile(view);
  found = { sources, plausible };
  byView.set(view, found);
  return found;
}

/** Whether some file of the context is a manifest, lock or build-tool config; once per context. */
function hasProjectFile(view: ContextView): boolean {
  let found = PROJECT_FILE.get(view);
  if (found === undefined) {
    found = view.context.files.some(isManifestOrLock);
    PROJECT_FILE.set(view, found);
  }
  return found;
}

// A folder's context is read once and shared by its Dockerfiles (a CLI run over a folder of
// hundreds of them asked hundreds of times).
const PROJECT_FILE = new WeakMap<ContextView, boolean>();

/** The context sources when the context looks like the file's own, else none: what context rules check. */
export function checkedSources(model: DockerfileModel, view: ContextView): ContextSource[] {
  const found = contextSources(model, view);
  return found.plausible ? found.sources : [];
}
