import { defineRule } from './define.js';
import { finalBaseInfo } from './support/images.js';

/** Below this estimate (MB on disk) a variant change is not worth a finding. */
const MIN_SAVING_MB = 25;

export const rule = defineRule({
  meta: {
    id: 'DOP028',
    slug: 'large-base-image',
    title: { en: 'Final image on a full-size base', ko: '최종 이미지가 전체 크기 베이스를 사용' },
    severity: 'info',
    practices: ['P14'],
    aka: {},
    fixable: 'none',
    restructuredBy: 'multi-stage',
    explanation: {
      en: 'Full tags such as `python:3.12` or `node:20` carry compilers, headers and tools the running app rarely needs: hundreds of MB to pull, store and scan. A `-slim` variant usually runs the same app; for Python and Node prefer Debian `-slim` over Alpine (musl). Switching can break a build that compiles native code in the final stage, so try it, or build in a full stage and copy into a slim one (P15).',
      ko: '`python:3.12`나 `node:20` 같은 전체 태그에는 실행 중인 앱에 거의 필요 없는 컴파일러, 헤더, 도구가 들어 있어 받고 저장하고 스캔할 것이 수백 MB 늘어납니다. 대개 `-slim` 변형으로도 같은 앱이 돌아갑니다. Python과 Node는 Alpine(musl)보다 Debian `-slim`이 안전합니다. 최종 스테이지에서 네이티브 코드를 컴파일한다면 바꾸는 순간 빌드가 깨질 수 있으니 직접 시험해 보거나, 전체 이미지 스테이지에서 빌드하고 slim 스테이지로 복사하세요(P15).',
    },
    examples: {
      bad: 'FROM python:3.12\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM python:3.12 AS build\nRUN pip wheel --wheel-dir /w requests\nFROM python:3.12-slim\nCOPY --from=build /w /w\nCMD ["python"]\n',
    },
  },
  check(ctx) {
    const found = finalBaseInfo(ctx.model);
    if (!found) return;
    const { stage, info } = found;
    // A toolchain in the final image is DOP029's finding: the answer is a second stage, not a smaller SDK.
    if (info.role === 'toolchain' || !info.smaller || info.smaller.savedMb < MIN_SAVING_MB) return;
    const current = stage.image.resolved;
    const { image: smaller, savedMb, variant } = info.smaller;
    ctx.report({
      span: stage.image.span,
      message: {
        en: `The final image is based on \`${current}\` (about ${info.size.uncompressedMb} MB). \`${smaller}\` is about ${variant.size.uncompressedMb} MB: an estimated ${savedMb} MB smaller, if the app runs on it.`,
        ko: `최종 이미지의 베이스가 \`${current}\`(약 ${info.size.uncompressedMb} MB)입니다. \`${smaller}\`은(는) 약 ${variant.size.uncompressedMb} MB로, 앱이 그 위에서 돌아간다면 약 ${savedMb} MB 줄어들 것으로 추정됩니다.`,
      },
    });
  },
});
