import { defineRule } from './define.js';
import { platformFlag } from './support/images.js';

export const rule = defineRule({
  meta: {
    id: 'DOP026',
    slug: 'constant-platform-flag',
    title: { en: 'FROM --platform with a constant value', ko: 'FROM --platform에 고정값 사용' },
    severity: 'warning',
    practices: ['P07'],
    aka: { hadolint: ['DL3029'], buildkit: ['FromPlatformFlagConstDisallowed'] },
    fixable: 'none',
    explanation: {
      en: 'A constant such as `--platform=linux/amd64` forces that architecture whatever the build asks for: on an arm64 machine or in a multi-platform build the stage runs under emulation (slow) or yields the wrong binaries. Use `--platform=$BUILDPLATFORM` for stages that cross-compile, or drop the flag and choose the platform with `docker build --platform`. A stage named for its platform (`FROM --platform=linux/amd64 … AS build-amd64`, picked later with `FROM build-${TARGETARCH}`) is the per-platform pattern Docker documents and is not reported.',
      ko: '`--platform=linux/amd64` 같은 고정값은 빌드가 무엇을 요청하든 그 아키텍처를 강제합니다. arm64 머신이나 멀티 플랫폼 빌드에서는 에뮬레이션으로 느리게 돌거나 엉뚱한 바이너리가 나옵니다. 크로스 컴파일하는 스테이지에는 `--platform=$BUILDPLATFORM`을 쓰고, 그 밖에는 플래그를 지우고 `docker build --platform`으로 플랫폼을 고르세요. 스테이지 이름에 플랫폼이 들어 있으면(`FROM --platform=linux/amd64 … AS build-amd64`를 두고 나중에 `FROM build-${TARGETARCH}`로 고르는 방식) Docker 문서가 권하는 플랫폼별 스테이지이므로 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM --platform=linux/amd64 alpine:3.20\nCMD ["sh"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20\nCMD ["sh"]\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = platformFlag(stage);
      const value = flag?.value?.trim();
      // A variable (even one with a constant default) leaves the choice to the build.
      if (!flag || !value || value.includes('$')) continue;
      if (namedForPlatform(stage.name, value)) continue;
      ctx.report({
        span: flag.span,
        message: {
          en: `\`--platform=${value}\` forces ${value} on every build. Use \`--platform=$BUILDPLATFORM\` for a cross-compiling build stage, or remove the flag and pass \`docker build --platform\`.`,
          ko: `\`--platform=${value}\`은(는) 모든 빌드에 ${value}를 강제합니다. 크로스 컴파일하는 빌드 스테이지라면 \`--platform=$BUILDPLATFORM\`을(를) 쓰고, 아니라면 플래그를 지우고 \`docker build --platform\`(으)로 지정하세요.`,
        },
      });
    }
  },
});

/**
 * A stage whose name says which platform it is for (`build_amd64`, `linux-tools`): the pattern
 * Docker's documentation gives for per-architecture stages chosen with `FROM build_${TARGETARCH}`.
 */
function namedForPlatform(name: string | null, platform: string): boolean {
  if (!name) return false;
  const lower = name.toLowerCase();
  return platform
    .toLowerCase()
    .split('/')
    .some((part) => part !== '' && lower.includes(part));
}
