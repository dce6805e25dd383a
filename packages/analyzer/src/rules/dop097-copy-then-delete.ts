import type { InstructionNode } from '../model/types.js';
import { trimTrailingSlashes } from '../model/paths.js';
import { explicitWrites } from '../knowledge/path-writers.js';
import { defineRule, hasCacheMount } from './define.js';
import { copySources, globRoot, isUnder, removedPaths, resolvePath, workdirAt } from './support/layers.js';

interface Copied {
  ins: InstructionNode;
  dest: string;
  /** Copied to `/`: only a path named relative to it (`rm -rf docs` under WORKDIR /) is known to be one of the copied files. */
  root: boolean;
  /**
   * The paths it wrote when every source is a named file of the context (`COPY Cargo.toml
   * Cargo.lock ./`): only those, or a folder holding them, are copied files. Null when a source
   * may be a folder or a pattern.
   */
  files: string[] | null;
}

/** A COPY's written paths when its sources are plain file names (a last part with an extension). */
function namedFiles(ins: InstructionNode, dest: string, destWord: string): string[] | null {
  if (ins.keyword !== 'COPY') return null;
  const sources = copySources(ins)?.sources ?? [];
  const bases = sources.map((s) => trimTrailingSlashes(s.value).split('/').pop() ?? '');
  const plain = sources.every(
    (s, k) =>
      !s.url &&
      !s.git &&
      !s.heredoc &&
      !s.variable &&
      !s.value.endsWith('/') &&
      !/[*?[]/.test(s.value) &&
      /.\.[A-Za-z0-9]+$/.test(bases[k]!),
  );
  if (!plain || sources.length === 0) return null;
  // one file to a path not written as a folder is that path itself
  if (sources.length === 1 && !destWord.endsWith('/') && destWord !== '.') return [dest];
  return bases.map((b) => (dest === '/' ? `/${b}` : `${dest}/${b}`));
}

export const rule = defineRule({
  meta: {
    id: 'DOP097',
    slug: 'copy-then-delete',
    title: { en: 'Copied files deleted in a later RUN', ko: '복사한 파일을 뒤의 RUN에서 삭제' },
    severity: 'warning',
    practices: ['P20', 'P16', 'P21'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'Files a COPY or ADD brought in stay in that layer even when a later RUN deletes them, so `COPY . .` followed by `rm -rf docs tests` ships docs and tests anyway. Copy only what the image needs (`COPY src/ ./src/`), and keep the rest out of the build context with `.dockerignore`.',
      ko: 'COPY나 ADD로 가져온 파일은 뒤의 RUN에서 지워도 그 레이어에 남습니다. `COPY . .` 뒤에 `rm -rf docs tests`를 해도 docs와 tests는 이미지에 그대로 들어갑니다. 이미지에 필요한 것만 복사하고(`COPY src/ ./src/`), 나머지는 `.dockerignore`로 빌드 컨텍스트에서 빼세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN rm -rf docs tests\n',
      badLines: [4],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/ ./src/\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const copied: Copied[] = [];
      for (const node of stage.instructions) {
        const ins = node.trigger ?? node;
        const dir = workdirAt(model, ins);
        if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
          const ops = copySources(ins);
          const dest = ops ? resolvePath(dir, ops.dest.value) : null;
          // A copy to / covers every path, system ones too: only relative deletes are read as its files.
          if (dest)
            copied.push({ ins, dest, root: dest === '/', files: namedFiles(ins, dest, ops!.dest.value) });
          continue;
        }
        if (ins.keyword !== 'RUN' || copied.length === 0) continue;
        const moved = (ins.shell?.commands ?? []).some((c) => c.name === 'cd');
        // Folders this RUN made itself (`mkdir -p src && … && rm -r src`): deleting them is not
        // deleting copied files.
        const made: string[] = [];
        for (const cmd of ins.shell?.commands ?? []) {
          if (cmd.name === 'mkdir')
            for (const w of explicitWrites(cmd)) {
              const p = resolvePath(dir, w.value);
              if (p) made.push(p);
            }
          const removed = removedPaths(cmd);
          const hit = removed
            .map((raw) => {
              if (moved && !raw.startsWith('/')) return null;
              const p = resolvePath(dir, globRoot(raw));
              if (!p || p === '/' || hasCacheMount(ins, [p])) return null;
              if (made.some((m) => isUnder(p, m))) return null;
              const from = copied.find((c) =>
                c.files
                  ? c.files.some((f) => isUnder(f, p))
                  : c.root
                    ? !raw.startsWith('/')
                    : isUnder(p, c.dest) || isUnder(c.dest, p),
              );
              return from ? { raw, from } : null;
            })
            .find((x) => x !== null);
          if (!hit) continue;
          const line = hit.from.ins.startLine + 1;
          ctx.report({
            span: cmd.span,
            message: {
              en: `\`rm ${hit.raw}\` deletes files copied at line ${line}, but they stay in that ${hit.from.ins.keyword} layer; copy only what is needed or exclude them in .dockerignore.`,
              ko: `\`rm ${hit.raw}\`은(는) ${line}행에서 복사한 파일을 지우지만 그 ${hit.from.ins.keyword} 레이어에 그대로 남습니다. 필요한 것만 복사하거나 .dockerignore로 제외하세요.`,
            },
            related: [hit.from.ins.span],
          });
        }
      }
    }
  },
});
