import { defineRule } from './define.js';
import { platformFlag } from './support/images.js';

/** The spellings BuildKit treats as "the target platform" (a lone variable, nothing else). */
const TARGET_PLATFORM = new Set(['$TARGETPLATFORM', '${TARGETPLATFORM}']);

export const rule = defineRule({
  meta: {
    id: 'DOP027',
    slug: 'redundant-target-platform',
    title: { en: 'Redundant --platform=$TARGETPLATFORM', ko: '불필요한 --platform=$TARGETPLATFORM' },
    severity: 'style',
    practices: ['P07'],
    aka: { hadolint: ['DL3065'], buildkit: ['RedundantTargetPlatform'] },
    fixable: 'safe',
    explanation: {
      en: 'A stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` changes nothing and only suggests that something special happens. Remove it; keep `--platform=$BUILDPLATFORM` where a stage must run natively to cross-compile.',
      ko: '스테이지는 따로 지정하지 않으면 타깃 플랫폼으로 빌드되므로 `--platform=$TARGETPLATFORM`은 아무것도 바꾸지 않고, 뭔가 특별한 일이 일어나는 것처럼 보이게만 합니다. 지우세요. 크로스 컴파일을 위해 네이티브로 돌아야 하는 스테이지에만 `--platform=$BUILDPLATFORM`을 남기세요.',
    },
    examples: {
      bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nCMD ["sh"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20\nCMD ["sh"]\n',
    },
  },
  check(ctx) {
    const { text } = ctx;
    for (const stage of ctx.model.stages) {
      const flag = platformFlag(stage);
      if (!flag?.value || !TARGET_PLATFORM.has(flag.value.trim().replace(/^(["'])(.*)\1$/, '$2'))) continue;
      // Remove the flag and the blanks after it (not a line continuation), so the line stays tidy.
      let end = flag.span.end;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      ctx.report({
        span: flag.span,
        message: {
          en: `\`${text.slice(flag.span.start, flag.span.end)}\` is the default: every stage is built for the target platform already.`,
          ko: `\`${text.slice(flag.span.start, flag.span.end)}\`은(는) 기본값입니다. 모든 스테이지는 이미 타깃 플랫폼으로 빌드됩니다.`,
        },
        fix: {
          title: { en: 'Remove the --platform flag', ko: '--platform 플래그 제거' },
          safety: 'safe',
          edits: [{ start: flag.span.start, end, text: '' }],
        },
      });
    }
  },
});
