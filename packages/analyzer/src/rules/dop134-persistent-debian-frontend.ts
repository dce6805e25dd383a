import type { TextEdit } from '../types.js';
import { defineRule } from './define.js';
import { lineage } from '../model/lineage.js';

/**
 * Only ENV in the final image's stage lineage is reported: a builder stage's ENV never reaches
 * the runtime image. ONBUILD ENV is left alone (it belongs to images built later).
 */
export const rule = defineRule({
  meta: {
    id: 'DOP134',
    slug: 'persistent-debian-frontend',
    title: { en: 'DEBIAN_FRONTEND set with ENV', ko: 'ENV로 설정한 DEBIAN_FRONTEND' },
    severity: 'info',
    practices: ['P01'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: 'ENV DEBIAN_FRONTEND=noninteractive stays in the runtime image, so anyone who later runs apt or dpkg interactively in the container gets no prompts and silent defaults. It is only needed while building: use ARG (visible to RUN in this stage only) or put it on the RUN that installs (`RUN DEBIAN_FRONTEND=noninteractive apt-get install -y …`).',
      ko: 'ENV DEBIAN_FRONTEND=noninteractive는 실행 이미지에 남아, 나중에 컨테이너에서 apt나 dpkg를 대화형으로 쓰는 사람도 질문 없이 기본값이 조용히 적용됩니다. 빌드 중에만 필요하니 ARG(이 스테이지의 RUN에서만 보임)를 쓰거나 설치하는 RUN에 직접 붙이세요(`RUN DEBIAN_FRONTEND=noninteractive apt-get install -y …`).',
    },
    examples: {
      bad: 'FROM debian:12-slim\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2],
      // Ignored: an ONBUILD ENV belongs to images built later.
      onbuild: 'ignored',
      good: 'FROM debian:12-slim\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const final = model.stages.find((s) => s.isFinal);
    if (!final) return;
    for (const stage of lineage(model, final)) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'ENV') continue;
        const p = ins.properties.find((x) => x.name === 'DEBIAN_FRONTEND');
        if (!p) continue;
        const edits: TextEdit[] = [
          {
            start: ins.keywordSpan.start,
            end: ins.keywordSpan.end,
            text: ins.keywordRaw === 'env' ? 'arg' : 'ARG',
          },
        ];
        // `ARG NAME value` does not exist: the legacy form needs an `=`, and a one-word value.
        let only = ins.properties.length === 1;
        if (!p.hasEquals) {
          if (p.valueSpan && !/\s/.test(p.rawValue ?? ''))
            edits.push({ start: p.nameSpan.end, end: p.valueSpan.start, text: '=' });
          else only = false;
        }
        ctx.report({
          span: p.span,
          message: {
            en: `\`ENV DEBIAN_FRONTEND=${p.value ?? ''}\` stays set in the running container; it is only needed during the build.`,
            ko: `\`ENV DEBIAN_FRONTEND=${p.value ?? ''}\`은(는) 실행 중인 컨테이너에도 남습니다. 빌드 중에만 필요합니다.`,
          },
          ...(only
            ? {
                fix: {
                  title: { en: 'Use ARG instead of ENV', ko: 'ENV 대신 ARG 사용' },
                  // Review, not safe: removing the variable from the runtime config is the point,
                  // but it is a change to the image (and a stage built FROM this one loses it).
                  safety: 'review' as const,
                  edits,
                },
              }
            : {}),
        });
      }
    }
  },
});
