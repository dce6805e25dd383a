import type { Localized } from '../types.js';
import { defineRule } from './define.js';
import { dependsOn, looksLikeImage, stageDeps, stageRefs } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP013',
    slug: 'copy-from-unknown-stage',
    title: {
      en: '`--from` names no earlier stage',
      ko: '`--from`이 앞선 스테이지를 가리키지 않음',
    },
    severity: 'warning',
    practices: ['P15'],
    aka: { hadolint: ['DL3022'] },
    fixable: 'none',
    explanation: {
      en: 'A `--from` value that is not a stage is pulled as an image, so a misspelt stage name (`--from=biuld`) turns into a failed pull of `docker.io/library/biuld`. A reference to a later stage builds with BuildKit but not with the classic builder, and is an error when that stage depends on this one. Name an earlier stage, or write a full image reference (`name:tag`).',
      ko: '스테이지가 아닌 `--from` 값은 이미지로 받아 오므로, 스테이지 이름을 잘못 쓰면(`--from=biuld`) `docker.io/library/biuld`를 받으려다 실패합니다. 뒤에 있는 스테이지를 참조하면 BuildKit에서는 빌드되지만 기존 빌더에서는 안 되며, 그 스테이지가 현재 스테이지에 의존하면 순환 의존 오류가 납니다. 앞선 스테이지 이름을 쓰거나 전체 이미지 참조(`이름:태그`)를 쓰세요.',
    },
    examples: {
      bad: 'FROM golang:1.23 AS build\nRUN go version\nFROM alpine:3.20\nCOPY --from=biuld /usr/local/go/VERSION /VERSION\n',
      badLines: [4],
      // Ignored: a trigger's --from names a stage of the downstream build.
      onbuild: 'ignored',
      good: 'FROM golang:1.23 AS build\nRUN go version\nFROM alpine:3.20\nCOPY --from=build /usr/local/go/VERSION /VERSION\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const refs = stageRefs(model);
    const deps = stageDeps(model, refs);
    const names = model.stages.map((s) => s.name).filter((n) => n !== null);
    for (const ref of refs) {
      if (ref.kind === 'from' || ref.target === 'variable' || ref.target === ref.stage) continue;
      const flag = ref.kind === 'copy' ? `--from=${ref.value}` : `from=${ref.value}`;
      let message: Localized | null = null;
      if (typeof ref.target === 'number') {
        if (ref.target < ref.stage) continue;
        message = dependsOn(deps, ref.target, ref.stage)
          ? {
              en: `\`${flag}\` names a later stage that itself depends on this one: the build fails with "circular dependency detected".`,
              ko: `\`${flag}\`은(는) 현재 스테이지에 의존하는 뒤쪽 스테이지를 가리킵니다. "circular dependency detected" 오류로 빌드가 실패합니다.`,
            }
          : {
              en: `\`${flag}\` names a stage defined later: BuildKit accepts it, the classic builder does not, and readers expect stages in build order. Move that stage above this one.`,
              ko: `\`${flag}\`은(는) 뒤에 정의된 스테이지를 가리킵니다. BuildKit은 받아들이지만 기존 빌더는 거부하며, 읽는 사람은 빌드 순서대로 스테이지를 기대합니다. 그 스테이지를 이 스테이지 위로 옮기세요.`,
            };
      } else if (/^\d+$/.test(ref.value)) {
        message = {
          en: `\`${flag}\`: there is no stage ${ref.value} (stages are numbered from 0 and this file has ${model.stages.length}).`,
          ko: `\`${flag}\`: ${ref.value}번 스테이지는 없습니다(스테이지 번호는 0부터 시작하며 이 파일에는 ${model.stages.length}개가 있습니다).`,
        };
      } else if (!looksLikeImage(ref.value)) {
        const known = names.length ? names.map((n) => `\`${n}\``).join(', ') : '';
        message = {
          en: `\`${flag}\` names no stage${known ? ` (stages: ${known})` : ''}, so it will be pulled as the image \`${ref.value}\` unless it is a build context given with \`--build-context\`. Check the spelling, or write the image as \`name:tag\`.`,
          ko: `\`${flag}\`과(와) 같은 이름의 스테이지가 없으므로${known ? `(스테이지: ${known})` : ''}, \`--build-context\`(으)로 넘긴 빌드 컨텍스트가 아니라면 \`${ref.value}\` 이미지를 받아 오게 됩니다. 철자를 확인하거나 이미지를 \`이름:태그\`(으)로 쓰세요.`,
        };
      }
      if (message) ctx.report({ span: ref.span, message });
    }
  },
});
