import type { Span } from '../types.js';
import { defineRule } from './define.js';

export const rule = defineRule({
  meta: {
    id: 'DOP010',
    slug: 'duplicate-stage-name',
    title: { en: 'Two stages with the same name', ko: '이름이 같은 스테이지 두 개' },
    severity: 'error',
    practices: ['P15'],
    aka: { hadolint: ['DL3024'], buildkit: ['DuplicateStageName'], trivy: ['DS-0012'] },
    fixable: 'none',
    explanation: {
      en: 'Stage names are case-insensitive and must be unique: BuildKit refuses the file ("duplicate stage name"), and even where a tool accepts it, `COPY --from=<name>` and `--target` could only ever reach one of the two. Give each stage its own name.',
      ko: '스테이지 이름은 대소문자를 구분하지 않으며 고유해야 합니다. BuildKit은 이 파일을 거부하고("duplicate stage name"), 받아들이는 도구가 있더라도 `COPY --from=<이름>`과 `--target`은 둘 중 하나에만 닿을 수 있습니다. 스테이지마다 다른 이름을 붙이세요.',
    },
    examples: {
      bad: 'FROM golang:1.23 AS build\nRUN go version\nFROM node:22 AS build\nRUN node --version\nFROM alpine:3.20\nCOPY --from=build /usr/local/bin/node /usr/local/bin/node\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM golang:1.23 AS build-go\nRUN go version\nFROM node:22 AS build-node\nRUN node --version\nFROM alpine:3.20\nCOPY --from=build-node /usr/local/bin/node /usr/local/bin/node\n',
    },
  },
  check(ctx) {
    const first = new Map<string, { line: number; span: Span }>();
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameSpan) continue;
      const key = stage.name.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { line: stage.from.startLine, span: stage.nameSpan });
        continue;
      }
      ctx.report({
        span: stage.nameSpan,
        message: {
          en: `Stage name \`${stage.name}\` is already used by the stage on line ${earlier.line + 1} (names ignore case).`,
          ko: `스테이지 이름 \`${stage.name}\`은(는) ${earlier.line + 1}행의 스테이지가 이미 쓰고 있습니다(이름은 대소문자를 구분하지 않습니다).`,
        },
        related: [earlier.span],
      });
    }
  },
});
