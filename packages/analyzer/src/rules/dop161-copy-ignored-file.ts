import { DOCKERIGNORE, normaliseSource } from '../context/view.js';
import { defineRule } from './define.js';
import { checkedSources } from './support/context-sources.js';

/** Needs the build context and its `.dockerignore`. */
export const rule = defineRule({
  meta: {
    id: 'DOP161',
    slug: 'copy-ignored-file',
    title: {
      en: 'COPY or ADD of a path .dockerignore excludes',
      ko: '.dockerignore가 제외하는 경로를 COPY/ADD',
    },
    severity: 'error',
    practices: ['P21', 'P20'],
    aka: { buildkit: ['CopyIgnoredFile'] },
    fixable: 'none',
    explanation: {
      en: 'Files that .dockerignore excludes are never sent to the builder, so a COPY or ADD of them finds nothing and the build stops with "not found" (or, for a folder, silently copies less than you meant). Either copy something else or add an exception line (`!path`) to .dockerignore. This rule needs the build context.',
      ko: '.dockerignore가 제외한 파일은 빌더에 아예 전달되지 않습니다. 그래서 그 파일을 COPY나 ADD하면 아무것도 찾지 못해 빌드가 "not found"로 멈추고, 폴더라면 생각보다 적게 복사됩니다. 다른 경로를 복사하거나 .dockerignore에 예외 줄(`!path`)을 추가하세요. 이 규칙에는 빌드 컨텍스트가 필요합니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nCOPY dist/ ./dist/\n',
      badLines: [4],
      // Ignored: an ONBUILD COPY reads the downstream build's context.
      onbuild: 'ignored',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nCOPY src/ ./src/\n',
      options: {
        context: {
          files: ['.dockerignore', 'package.json', 'dist/index.js', 'src/index.js'],
          texts: { '.dockerignore': 'node_modules\ndist\n' },
        },
      },
    },
  },
  check(ctx) {
    const view = ctx.buildContext;
    if (!view) return;
    for (const s of checkedSources(ctx.model, view)) {
      const { files, sent, unknown } = s.match;
      // A folder .dockerignore excludes whole is not walked: its files are unknown, the folder excluded.
      const excludedUnwalked =
        files.length === 0 && unknown && view.ignore.excludes(normaliseSource(s.value));
      if (!excludedUnwalked && (files.length === 0 || sent.length > 0)) continue;
      const line = view.ignore.decidingLine(files[0] ?? normaliseSource(s.value));
      const where = line ? ` (line ${line.line}: \`${line.pattern}\`)` : '';
      const whereKo = line ? ` (${line.line}행: \`${line.pattern}\`)` : '';
      ctx.report({
        span: s.token.span,
        message: {
          en: `.dockerignore excludes \`${s.value}\`${where}: the builder never receives it, and this ${s.ins.keyword} finds nothing.`,
          ko: `.dockerignore가 \`${s.value}\` 경로를 제외합니다${whereKo}. 빌더에 전달되지 않으므로 이 ${s.ins.keyword}는 아무것도 찾지 못합니다.`,
        },
        contextFiles: [{ path: DOCKERIGNORE, ...(line ? { line: line.line } : {}) }],
      });
    }
  },
});
