import { list, pinRule, said } from './support/packages.js';

/** Off-by-default in spirit: the better answer today is a pinned base image (info severity). */
export const rule = pinRule({
  meta: {
    id: 'DOP055',
    slug: 'apt-unpinned',
    title: { en: 'apt packages without versions', ko: '버전 없는 apt 패키지' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3008'] },
    fixable: 'none',
    explanation: {
      en: 'Without `pkg=version`, a rebuild installs whatever the archive has that day. Pinning makes rebuilds repeatable, but Debian and Ubuntu remove old versions from their archives, so exact pins break builds within weeks. Today the practical answer is to pin the base image (tag plus digest) and rebuild on purpose; pin packages when you also control the archive (a snapshot mirror). Versions in variables (`curl=${CURL_VERSION}`) and local .deb files count as pinned.',
      ko: '`pkg=버전` 없이 설치하면 재빌드할 때마다 그날 저장소에 있는 버전이 들어옵니다. 고정하면 재현성이 생기지만, Debian과 Ubuntu는 옛 버전을 저장소에서 지우므로 정확한 고정은 몇 주 안에 빌드를 깨뜨립니다. 요즘 현실적인 답은 베이스 이미지를 태그와 다이제스트로 고정하고 의도적으로 재빌드하는 것입니다. 저장소까지 통제할 때(스냅샷 미러) 패키지를 고정하세요. 변수로 준 버전(`curl=${CURL_VERSION}`)과 로컬 .deb 파일은 고정된 것으로 봅니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  managers: ['apt-get', 'apt', 'aptitude'],
  message: (c, names) => ({
    en: `\`${said(c.call)}\` of ${list(names)} without a version.`,
    ko: `\`${said(c.call)}\`: ${list(names)}에 버전이 없습니다.`,
  }),
});
