import { defineRule } from './define.js';
import { INSTRUCTION_KEYWORDS as KNOWN_KEYWORDS } from '../knowledge/instructions.js';

export const rule = defineRule({
  meta: {
    id: 'DOP002',
    slug: 'first-instruction',
    title: { en: 'The Dockerfile must start with FROM', ko: 'Dockerfile은 FROM으로 시작해야 함' },
    severity: 'error',
    practices: ['P32'],
    aka: { hadolint: ['DL3061'] },
    fixable: 'none',
    explanation: {
      en: 'Every instruction runs inside a build stage, and a stage starts at FROM; only parser directives, comments and global ARGs may come first. Anything else before the first FROM fails the build with "no build stage in current context". Move it below FROM.',
      ko: '모든 명령어는 빌드 스테이지 안에서 실행되고, 스테이지는 FROM에서 시작합니다. 첫 FROM 앞에는 파서 지시어, 주석, 전역 ARG만 올 수 있으며, 그 밖의 명령어가 있으면 "no build stage in current context" 오류로 빌드가 실패합니다. 해당 명령어를 FROM 아래로 옮기세요.',
    },
    examples: {
      bad: 'ENV APP_HOME=/app\nFROM alpine:3.20\nWORKDIR $APP_HOME\n',
      badLines: [1],
      onbuild: 'same',
      good: '# syntax=docker/dockerfile:1\nARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\nENV APP_HOME=/app\nWORKDIR $APP_HOME\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const before = model.instructions.filter((ins) => ins.stage < 0);
    for (const ins of before) {
      if (!KNOWN_KEYWORDS.has(ins.keyword) || ins.keyword === 'ARG') continue;
      ctx.report({
        span: ins.keywordSpan,
        message: {
          en: `\`${ins.keywordRaw}\` comes before the first FROM: only ARG may precede FROM, so the build stops here.`,
          ko: `\`${ins.keywordRaw}\`이(가) 첫 FROM보다 앞에 있습니다. FROM 앞에는 ARG만 올 수 있으므로 빌드가 여기서 멈춥니다.`,
        },
      });
    }
    // Only global ARGs and no FROM at all: there is nothing to build.
    if (model.stages.length === 0 && before.length > 0 && before.every((ins) => ins.keyword === 'ARG')) {
      const last = before[before.length - 1]!;
      ctx.report({
        span: last.keywordSpan,
        message: {
          en: 'The Dockerfile declares ARGs but has no FROM: add a FROM that starts a build stage.',
          ko: 'ARG만 선언되어 있고 FROM이 없습니다. 빌드 스테이지를 시작하는 FROM을 추가하세요.',
        },
      });
    }
  },
});
