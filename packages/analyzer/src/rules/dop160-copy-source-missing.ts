import { defineRule } from './define.js';
import { checkedSources } from './support/context-sources.js';

/**
 * Needs the build context. Quiet when the context looks like another folder than the one the file
 * is built from (no source names anything in it), and where the listing is incomplete.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP160',
    slug: 'copy-source-missing',
    title: {
      en: 'COPY or ADD of a path that is not in the build context',
      ko: '빌드 컨텍스트에 없는 경로를 COPY/ADD',
    },
    severity: 'error',
    practices: ['P21'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'A COPY or ADD source is looked up in the build context (the folder given to `docker build`, less what .dockerignore excludes). A source that names nothing there stops the build with "not found". Check the spelling and the path relative to the context root, or build with the context the file expects (`docker build -f docker/Dockerfile .`). This rule needs the build context: the CLI reads the folder of the Dockerfile (`--context DIR` for another), the playground the project files you add.',
      ko: 'COPY와 ADD의 원본 경로는 빌드 컨텍스트(`docker build`에 넘긴 폴더에서 .dockerignore가 제외한 것을 뺀 나머지)에서 찾습니다. 그곳에 없는 경로를 쓰면 빌드가 "not found"로 멈춥니다. 철자와 컨텍스트 루트 기준 경로를 확인하거나, 이 파일이 기대하는 컨텍스트로 빌드하세요(`docker build -f docker/Dockerfile .`). 이 규칙에는 빌드 컨텍스트가 필요합니다. CLI는 Dockerfile이 있는 폴더를 읽고(다른 폴더는 `--context DIR`), 플레이그라운드는 추가한 프로젝트 파일을 씁니다.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nCOPY app.py ./\n',
      badLines: [4],
      // Ignored: an ONBUILD COPY reads the downstream build's context.
      onbuild: 'ignored',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nCOPY main.py ./\n',
      options: { context: { files: ['requirements.txt', 'main.py'], texts: {} } },
    },
  },
  check(ctx) {
    if (!ctx.buildContext) return;
    for (const s of checkedSources(ctx.model, ctx.buildContext)) {
      if (s.match.files.length > 0 || s.match.unknown) continue;
      ctx.report({
        span: s.token.span,
        message: {
          en: `\`${s.value}\` is not in the build context: ${s.ins.keyword} stops the build with "not found".`,
          ko: `빌드 컨텍스트에 \`${s.value}\` 경로가 없습니다. 이 ${s.ins.keyword}에서 빌드가 "not found"로 멈춥니다.`,
        },
      });
    }
  },
});
