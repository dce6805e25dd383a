import {
  type BuildContext,
  COMMON_DOCKERIGNORE,
  DEPENDENCY_FOLDER_FILLED_BY,
  DOCKERIGNORE,
  DOCKERIGNORE_BY_ECOSYSTEM,
  type DockerfileModel,
  type Ecosystem,
  type ImageRef,
  RUN_FROM_SOURCE,
  baseImageInfo,
  isInstall,
  packageManagerCall,
  parseIgnoreFile,
  trimTrailingSlashes,
} from '@dop/analyzer';
import { copySources } from './layers.js';

const HEADER = [
  '# Suggested by Dockerfile Optimizer Playground: review before use.',
  '# Keeps the build context small and secrets out of the image.',
];

/**
 * A suggested `.dockerignore` for what the Dockerfile copies: the common entries plus those of
 * the ecosystems it uses, minus anything the Dockerfile copies by name. With a build context that
 * has a `.dockerignore`, the suggestion is merged with it: every line the user wrote is kept as
 * written, after the suggested ones (the last matching line decides, so the user's lines, their
 * `!` exceptions too, still win), and a pattern the user already has is not suggested again.
 */
export function suggestDockerignore(model: DockerfileModel, context?: BuildContext): string {
  const sections = suggestedSections(model);
  const existing = context?.texts[DOCKERIGNORE];
  if (existing === undefined) {
    if (!context?.files.includes(DOCKERIGNORE)) return render(HEADER, sections);
    // Listed but not read (past the size bound): it cannot be merged, and must not be replaced unseen.
    return render(
      [...HEADER, '# Your .dockerignore was too large to read here: merge these lines into it by hand.'],
      sections,
    );
  }
  const theirs = new Set(parseIgnoreFile(existing).lines.map((l) => normalise(l.pattern)));
  const kept = sections
    .map((s) => ({ ...s, entries: s.entries.filter((e) => !theirs.has(normalise(e))) }))
    .filter((s) => s.entries.length > 0);
  const lf = existing.replace(/\r\n?/g, '\n');
  let end = lf.length;
  while (end > 0 && lf[end - 1] === '\n') end--; // trailing newlines only: the user's spaces stay
  const body = `${lf.slice(0, end)}\n`;
  const head = kept.length
    ? [
        ...HEADER,
        '# Lines added by the suggestion come first; yours follow unchanged and win where they differ.',
      ]
    : ['# Your .dockerignore already has every suggested line: kept unchanged.'];
  return `${render(head, kept)}\n# From your .dockerignore (unchanged):\n${body}`;
}

interface Section {
  /** `common`, or the ecosystem the entries are for. */
  title: string;
  entries: string[];
}

/** `./dist/`, `/dist` and `dist` exclude the same thing. */
function normalise(pattern: string): string {
  return trimTrailingSlashes(pattern.replace(/^\.?\/+/, ''));
}

function render(header: string[], sections: Section[]): string {
  const out = [...header];
  for (const s of sections) {
    if (s.title === 'common') out.push(...s.entries);
    else out.push('', `# ${s.title}`, ...s.entries);
  }
  return `${out.join('\n')}\n`;
}

function suggestedSections(model: DockerfileModel): Section[] {
  const ecosystems = new Set<Ecosystem>();
  for (const stage of model.stages) {
    const eco = imageEcosystem(stage.image);
    if (eco) ecosystems.add(eco);
  }
  for (const ins of model.instructions) {
    for (const cmd of ins.shell?.commands ?? []) {
      const eco = packageManagerCall(cmd)?.pm.ecosystem;
      if (eco && eco !== 'os') ecosystems.add(eco);
    }
  }
  const copied = model.instructions
    .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from'))
    .flatMap((i) => copySources(i))
    .map((s) => trimTrailingSlashes(s.replace(/^\.\//, '')))
    .filter((s) => s !== '.' && s !== '');
  const needed = (entry: string) => {
    const bare = entry.replace(/^\*\*\//, '');
    return copied.some((c) => c === bare || c.startsWith(`${bare}/`) || bare.startsWith(`${c}/`));
  };
  const sections: Section[] = [{ title: 'common', entries: COMMON_DOCKERIGNORE.filter((e) => !needed(e)) }];
  // Dependency folders are ignored only when the Dockerfile installs them itself; otherwise the
  // context's copy is the only one the image gets.
  const installed = installedDependencyFolders(model);
  for (const eco of [...ecosystems].sort()) {
    const entries = (DOCKERIGNORE_BY_ECOSYSTEM[eco] ?? []).filter(
      (e) => !needed(e) && (!(e in DEPENDENCY_FOLDER_FILLED_BY) || installed.has(e)),
    );
    if (entries.length) sections.push({ title: eco, entries });
  }
  return sections;
}

/**
 * The ecosystem whose entries a stage's base image calls for, from the base-image table: the
 * image itself, or an official one under another name (`ghcr.io/acme/python`, a mirror's
 * `library/node`). A toolchain builds there; a runtime only when its ecosystem runs from source
 * and the image has a shell to install with (not distroless).
 */
function imageEcosystem(image: Pick<ImageRef, 'registry' | 'name' | 'tag' | 'stage'>): Ecosystem | null {
  if (image.stage !== null) return null;
  // A tag with variables unresolved still names the image (its default variant).
  const tag = image.tag?.includes('$') ? null : image.tag;
  const info =
    baseImageInfo({ ...image, tag }) ??
    baseImageInfo({ registry: null, name: image.name.split('/').pop() ?? '', tag });
  if (!info) return null;
  const eco = info.ecosystem;
  if (eco === 'os' || eco === 'service' || eco === 'none') return null;
  if (info.role === 'toolchain') return eco;
  return info.role === 'runtime' && RUN_FROM_SOURCE.has(eco) && info.shell !== null ? eco : null;
}

function installedDependencyFolders(model: DockerfileModel): Set<string> {
  const managers = new Set<string>();
  for (const ins of model.instructions) {
    // ONBUILD RUN installs in the images built on this one, from their context.
    for (const cmd of (ins.trigger ?? ins).shell?.commands ?? []) {
      const call = packageManagerCall(cmd);
      // A bare `yarn` installs too.
      if (call && (isInstall(call) || (call.pm.id === 'yarn' && call.subcommand === null)))
        managers.add(call.pm.id);
    }
  }
  return new Set(
    Object.entries(DEPENDENCY_FOLDER_FILLED_BY)
      .filter(([, pms]) => pms.some((pm) => managers.has(pm)))
      .map(([folder]) => folder),
  );
}
