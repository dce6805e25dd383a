import { nonRootDefault } from '../knowledge/nonroot-images.js';
import { defineRule } from './define.js';
import { lineage } from '../model/lineage.js';
import { isRootUser, lastUser, resolveUser } from './support/users.js';

/**
 * The final image runs as root when its stage lineage sets no USER (and the base image's default
 * user is root) or when the last USER is root/0.
 *
 * Decisions: `FROM scratch` with no USER still fires (the process runs as uid 0; a numeric
 * `USER 65532:65532` works there without /etc/passwd). A base that is an unresolved variable
 * (`FROM ${BASE}` with no default) is skipped: its default user is unknown. Windows images are
 * skipped (ContainerUser/ContainerAdministrator, not uid 0).
 */
export const rule = defineRule({
  meta: {
    id: 'DOP030',
    slug: 'runs-as-root',
    title: { en: 'Container runs as root', ko: '컨테이너가 root로 실행됨' },
    severity: 'warning',
    practices: ['P05'],
    aka: { hadolint: ['DL3002'], trivy: ['DS-0002'] },
    fixable: 'none',
    restructuredBy: 'multi-stage',
    explanation: {
      en: 'Without a USER, a container runs as root, and root inside the container plus a mounted volume or a runtime escape means root on the host. Create an unprivileged user (or use one the base image ships, such as node or nonroot) and switch to it with USER, preferably by numeric UID, before CMD/ENTRYPOINT.',
      ko: 'USER가 없으면 컨테이너는 root로 실행되며, 컨테이너 안의 root는 볼륨 마운트나 런타임 탈출과 만나면 곧 호스트의 root 권한이 됩니다. 권한 없는 사용자를 만들거나(또는 node, nonroot처럼 베이스 이미지가 제공하는 사용자를 쓰고) CMD/ENTRYPOINT 전에 USER로, 가능하면 숫자 UID로 전환하세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nCOPY app.py /app/app.py\nCMD ["python", "/app/app.py"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nCOPY app.py /app/app.py\nUSER 10001\nCMD ["python", "/app/app.py"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.windows) return;
    const final = model.stages.find((s) => s.isFinal);
    if (!final) return;
    const user = lastUser(model, final);
    if (user) {
      const value = resolveUser(model, user);
      if (value === null || !isRootUser(value)) return;
      ctx.report({
        span: user.span,
        message: {
          en: `The last USER of the final image is \`${value}\`, so the container runs as root.`,
          ko: `최종 이미지의 마지막 USER가 \`${value}\`이므로 컨테이너가 root로 실행됩니다.`,
        },
      });
      return;
    }
    const chain = lineage(model, final);
    const base = chain[chain.length - 1]!;
    const image = base.image;
    if (image.stage !== null || image.unresolved.length > 0) return;
    if (!image.scratch && image.name.trim() === '') return;
    if (!image.scratch && nonRootDefault(image)) return;
    const name = image.scratch ? 'scratch' : image.resolved || image.raw;
    ctx.report({
      span: final.from.span,
      message: {
        en: `The final image (based on \`${name}\`) sets no USER, so the container runs as root.`,
        ko: `최종 이미지(\`${name}\` 기반)에 USER가 없어 컨테이너가 root로 실행됩니다.`,
      },
    });
  },
});
