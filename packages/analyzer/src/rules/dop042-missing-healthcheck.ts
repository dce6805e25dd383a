import { defineRule } from './define.js';
import { stageLineage } from './support/layers.js';

/** Images with no shell or curl: a health check there must run the app's own binary. */
const SHELL_LESS = [/(^|\/)distroless\//, /^cgr\.dev\//, /(^|\/)static(-debian\d+)?$/];

export const rule = defineRule({
  meta: {
    id: 'DOP042',
    slug: 'missing-healthcheck',
    title: { en: 'No HEALTHCHECK in the final image', ko: '최종 이미지에 HEALTHCHECK 없음' },
    severity: 'info',
    practices: ['P33'],
    aka: { hadolint: ['DL3057'], trivy: ['DS-0026'] },
    fixable: 'none',
    optIn: true,
    explanation: {
      en: 'Without a HEALTHCHECK, Docker and Compose only know whether the process is running, not whether it still answers; a hung service looks healthy. For long-running services add one (for example `HEALTHCHECK CMD ["/app", "healthcheck"]`, or curl/wget where the image has them), or write `HEALTHCHECK NONE` to record that the orchestrator probes it instead (Kubernetes ignores HEALTHCHECK and uses its own probes). Off by default; it also fires on scratch and distroless images, where the check must be the app binary itself.',
      ko: 'HEALTHCHECK가 없으면 Docker와 Compose는 프로세스가 떠 있는지만 알 뿐, 아직 응답하는지는 모릅니다. 멈춘 서비스도 정상으로 보입니다. 오래 실행되는 서비스라면 `HEALTHCHECK CMD ["/app", "healthcheck"]`처럼 추가하거나(curl/wget이 있는 이미지라면 그것으로), 오케스트레이터가 대신 검사한다면 `HEALTHCHECK NONE`으로 그 결정을 남기세요(Kubernetes는 HEALTHCHECK를 무시하고 자체 프로브를 씁니다). 기본으로 꺼져 있으며, scratch나 distroless 이미지에서도 알립니다. 그때는 앱 바이너리 자체로 검사해야 합니다.',
    },
    examples: {
      bad: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const final = model.stages.find((s) => s.isFinal);
    if (!final) return;
    // HEALTHCHECK NONE is a decision too; a parent stage's HEALTHCHECK is inherited.
    const lineage = stageLineage(model, final);
    if (lineage.some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) return;
    const root = lineage[lineage.length - 1]!.image;
    const ref = root.registry ? `${root.registry}/${root.name}` : root.name;
    const bare = root.scratch || SHELL_LESS.some((re) => re.test(ref));
    const image = final.image.raw || 'scratch';
    ctx.report({
      span: final.from.span,
      message: bare
        ? {
            en: `The final image (FROM ${image}) has no HEALTHCHECK; it has no shell or curl, so check with the app's own binary in exec form, or write HEALTHCHECK NONE.`,
            ko: `최종 이미지(FROM ${image})에 HEALTHCHECK가 없습니다. 셸이나 curl이 없으므로 앱 바이너리를 exec 형식으로 써서 검사하거나 HEALTHCHECK NONE을 쓰세요.`,
          }
        : {
            en: `The final image (FROM ${image}) has no HEALTHCHECK: a hung service will still look healthy.`,
            ko: `최종 이미지(FROM ${image})에 HEALTHCHECK가 없습니다. 멈춘 서비스도 정상으로 보입니다.`,
          },
    });
  },
});
