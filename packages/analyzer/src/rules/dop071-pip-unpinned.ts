import { list, pinRule, said } from './support/packages.js';

export const rule = pinRule({
  meta: {
    id: 'DOP071',
    slug: 'pip-unpinned',
    title: { en: 'pip packages without versions', ko: '버전 없는 pip 패키지' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3013'] },
    fixable: 'none',
    explanation: {
      en: '`pip install flask` installs the newest release on the day of the build, and a new major version can break the app without any change to the Dockerfile. Pin (`flask==3.0.3`), or better install from a lock file (`pip install -r requirements.txt` with pinned, hashed requirements; poetry.lock, uv.lock). Requirement files, local paths, URLs and versions in variables are not reported.',
      ko: '`pip install flask`는 빌드한 날의 최신 릴리스를 설치하므로, Dockerfile을 바꾸지 않아도 새 메이저 버전이 앱을 깨뜨릴 수 있습니다. 버전을 고정(`flask==3.0.3`)하거나, 더 좋게는 잠금 파일로 설치하세요(고정·해시된 requirements.txt, poetry.lock, uv.lock). 요구사항 파일, 로컬 경로, URL, 변수로 준 버전은 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
    },
  },
  managers: ['pip', 'pipx'],
  message: (c, names) => ({
    en: `\`${said(c.call)}\` of ${list(names)} without a version.`,
    ko: `\`${said(c.call)}\`: ${list(names)}에 버전이 없습니다.`,
  }),
});
