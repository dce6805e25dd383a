import { defineRule, instructionsOf, stageOf } from './define.js';
import { copyOperands } from './support/structure.js';

/** Sources that mean "the whole root filesystem". */
const ROOT = new Set(['/', '/.', '/*', '//']);

export const rule = defineRule({
  meta: {
    id: 'DOP015',
    slug: 'copy-whole-filesystem',
    title: { en: 'COPY --from of the whole filesystem', ko: '파일 시스템 전체를 COPY --from' },
    severity: 'warning',
    practices: ['P15', 'P20'],
    aka: { hadolint: ['DL3067'] },
    fixable: 'none',
    explanation: {
      en: '`COPY --from=build / /` brings everything the build stage had, compilers, package caches and sources included, into this image, so the multi-stage split saves nothing and the files of both bases are mixed. Copy only the artefacts the runtime needs (`COPY --from=build /app/bin /usr/local/bin/`). Flattening into `FROM scratch` on purpose is not reported.',
      ko: '`COPY --from=build / /`는 컴파일러, 패키지 캐시, 소스까지 빌드 스테이지의 모든 것을 이 이미지로 가져오므로 멀티 스테이지로 나눈 효과가 없고 두 베이스의 파일이 뒤섞입니다. 실행에 필요한 산출물만 복사하세요(`COPY --from=build /app/bin /usr/local/bin/`). 일부러 `FROM scratch`로 평탄화하는 경우는 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM debian:12-slim\nCOPY --from=build / /\nCMD ["/out/app"]\n',
      badLines: [6],
      onbuild: 'same',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/app\nCMD ["app"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of instructionsOf(model, 'COPY')) {
      const from = ins.flags.find((f) => f.name.toLowerCase() === 'from' && f.value);
      if (!from) continue;
      // Copying a whole image into an empty one is the known way to squash its layers: deliberate.
      if (!ins.onbuild && stageOf(model, ins)?.image.scratch) continue;
      const root = copyOperands(ins)?.sources.find((s) => ROOT.has(s.value.replace(/^"(.*)"$/, '$1')));
      if (!root) continue;
      ctx.report({
        span: root.span,
        message: {
          en: `\`COPY --from=${from.value} ${root.value}\` copies the whole filesystem of \`${from.value}\`: copy only the files this image needs.`,
          ko: `\`COPY --from=${from.value} ${root.value}\`은(는) \`${from.value}\`의 파일 시스템 전체를 복사합니다. 이 이미지에 필요한 파일만 복사하세요.`,
        },
      });
    }
  },
});
