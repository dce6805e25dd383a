import { neededRecommends } from '../knowledge/apt-recommends.js';
import { recommendsOffByConfig, recommendsOffByOption } from './support/os-packages.js';
import { missingFlagRule, said } from './support/packages.js';

/** apt installs "Recommends" by default: often tens of MB nobody asked for. */
export const rule = missingFlagRule({
  meta: {
    id: 'DOP051',
    slug: 'apt-no-install-recommends',
    title: {
      en: 'apt-get install without --no-install-recommends',
      ko: '--no-install-recommends 없는 apt-get install',
    },
    severity: 'info',
    practices: ['P18', 'P09'],
    aka: { hadolint: ['DL3015'], trivy: ['DS-0029'] },
    fixable: 'review',
    explanation: {
      en: 'By default apt also installs every package the named ones merely recommend: documentation, extra tools, often tens of megabytes and more attack surface. Add --no-install-recommends (or set `APT::Install-Recommends "false"` once in /etc/apt/apt.conf.d) and name what you really need. Now and then a recommended package is what makes a feature work: the fix names ca-certificates for curl, wget and git (they need it for HTTPS), and is marked for review because others exist, so check the image still works.',
      ko: 'apt는 기본적으로 지정한 패키지가 "추천"하는 패키지까지 함께 설치합니다. 문서나 부가 도구가 따라와 수십 MB가 늘고 공격 표면도 넓어집니다. --no-install-recommends를 붙이거나(/etc/apt/apt.conf.d에 `APT::Install-Recommends "false"`를 한 번 설정해도 됩니다) 정말 필요한 패키지만 적으세요. 가끔은 추천 패키지가 있어야 기능이 동작합니다. 수정은 curl, wget, git에 ca-certificates를 함께 적어 주지만(HTTPS에 필요) 다른 경우도 있으니 검토가 필요하며, 수정 후 이미지가 제대로 동작하는지 확인하세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  managers: ['apt-get', 'apt'],
  flags: (c) => c.call.pm.noRecommends,
  // The same setting given as an apt option, or written to apt.conf.d by an earlier RUN.
  skip: (ctx, c) => recommendsOffByOption(c) || recommendsOffByConfig(ctx.model, c.ins),
  insert: '--no-install-recommends',
  // What the named packages need of their recommends (ca-certificates for curl over HTTPS) is named.
  alsoInstall: (c) => neededRecommends(c.call.operands.map((o) => o.value.split(/[=<>]/)[0]!)),
  safety: 'review',
  message: (c) => ({
    en: `\`${said(c.call)}\` also installs recommended packages; add --no-install-recommends.`,
    ko: `\`${said(c.call)}\` 명령이 추천 패키지까지 설치합니다. --no-install-recommends를 붙이세요.`,
  }),
  fixTitle: { en: 'Add --no-install-recommends', ko: '--no-install-recommends 추가' },
});
