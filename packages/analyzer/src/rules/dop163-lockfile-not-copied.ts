import { BUILD_TOOLS, matchesFilePattern } from '../knowledge/ecosystems.js';
import type { DockerfileModel, InstructionNode } from '../model/types.js';
import { hasPattern } from '../model/paths.js';
import { defineRule } from './define.js';
import { type ContextSource, checkedSources } from './support/context-sources.js';

/** Lock files in the context that pin what a manifest declares, beside it (same folder). */
function locksBeside(manifest: string, files: readonly string[]): string[] {
  const slash = manifest.lastIndexOf('/');
  const dir = slash >= 0 ? manifest.slice(0, slash + 1) : '';
  const tools = BUILD_TOOLS.filter((t) =>
    t.manifests.some((g) => !g.endsWith('/') && matchesFilePattern(manifest, g)),
  );
  const locks = tools.flatMap((t) => t.locks);
  return files.filter(
    (f) =>
      f.startsWith(dir) && !f.slice(dir.length).includes('/') && locks.some((g) => matchesFilePattern(f, g)),
  );
}

/** The COPY/ADD sources of the stage of `from` that are copied before the first RUN after it. */
function copiedBeforeNextRun(
  model: DockerfileModel,
  sources: ContextSource[],
  from: InstructionNode,
): ContextSource[] {
  const next = model.stages[from.stage]?.instructions.find(
    (i) => i.index > from.index && i.keyword === 'RUN',
  );
  const limit = next?.index ?? Number.POSITIVE_INFINITY;
  return sources.filter((s) => s.ins.stage === from.stage && s.ins.index < limit);
}

/** Needs the build context. */
export const rule = defineRule({
  meta: {
    id: 'DOP163',
    slug: 'lockfile-not-copied',
    title: {
      en: 'Lock file in the context but not copied with the manifest',
      ko: '컨텍스트에 있는 잠금 파일을 매니페스트와 함께 복사하지 않음',
    },
    severity: 'warning',
    practices: ['P08', 'P23'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: 'The project pins its dependencies in a lock file (`package-lock.json`, `yarn.lock`, `poetry.lock`, `go.sum`, `Cargo.lock` …), but the Dockerfile copies only the manifest before installing, so the install inside the image resolves versions afresh and two builds of the same commit can differ. Copy the lock file with the manifest (and use the install command that honours it: `npm ci`, `yarn install --immutable`, `poetry install --no-root`). This rule needs the build context.',
      ko: '이 프로젝트는 잠금 파일(`package-lock.json`, `yarn.lock`, `poetry.lock`, `go.sum`, `Cargo.lock` 등)로 의존성 버전을 고정하는데, Dockerfile은 설치 전에 매니페스트만 복사합니다. 그러면 이미지 안의 설치가 버전을 새로 정하므로 같은 커밋을 빌드해도 결과가 달라질 수 있습니다. 잠금 파일을 매니페스트와 함께 복사하고, 잠금 파일을 따르는 설치 명령(`npm ci`, `yarn install --immutable`, `poetry install --no-root`)을 쓰세요. 이 규칙에는 빌드 컨텍스트가 필요합니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n',
      badLines: [3],
      // Ignored: an ONBUILD COPY reads the downstream build's context.
      onbuild: 'ignored',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
      options: { context: { files: ['package.json', 'package-lock.json', 'server.js'], texts: {} } },
    },
  },
  check(ctx) {
    const view = ctx.buildContext;
    if (!view) return;
    const sources = checkedSources(ctx.model, view);
    for (const s of sources) {
      if (hasPattern(s.value) || s.match.files.length !== 1 || s.match.files[0] === undefined) continue;
      const manifest = s.match.files[0];
      const locks = locksBeside(manifest, view.context.files);
      if (locks.length === 0) continue;
      const before = copiedBeforeNextRun(ctx.model, sources, s.ins);
      if (locks.some((lock) => before.some((o) => o.match.files.includes(lock)))) continue;
      const lock = locks[0]!;
      const lockName = lock.slice(lock.lastIndexOf('/') + 1);
      const tokenDir = s.value.includes('/') ? s.value.slice(0, s.value.lastIndexOf('/') + 1) : '';
      const ops = s.ins.json ? null : s.ins.args;
      const dest = ops?.[ops.length - 1]?.value ?? '';
      const destIsDir = dest.endsWith('/') || dest === '.';
      ctx.report({
        span: s.token.span,
        message: {
          en: `\`${lock}\` is in the build context but not copied with \`${manifest}\`: the install resolves versions afresh.`,
          ko: `빌드 컨텍스트에 \`${lock}\` 파일이 있지만 \`${manifest}\` 파일과 함께 복사하지 않아서, 설치할 때 버전을 새로 정합니다.`,
        },
        contextFiles: [{ path: lock }],
        ...(ops && destIsDir
          ? {
              fix: {
                title: { en: `Copy ${lockName} too`, ko: `${lockName} 파일도 복사` },
                safety: 'review' as const,
                edits: [{ start: s.token.span.end, end: s.token.span.end, text: ` ${tokenDir}${lockName}` }],
              },
            }
          : {}),
      });
    }
  },
});
