import { hasCacheMount } from './define.js';
import { envBefore, setInRun } from './support/env.js';
import { cacheHandled, missingFlagRule, said } from './support/packages.js';

/** pip keeps every wheel it downloads in ~/.cache/pip: tens to hundreds of MB in the layer. */
export const rule = missingFlagRule({
  meta: {
    id: 'DOP070',
    slug: 'pip-no-cache-dir',
    title: { en: 'pip install without --no-cache-dir', ko: '--no-cache-dir 없는 pip install' },
    severity: 'info',
    practices: ['P17'],
    aka: { hadolint: ['DL3042'] },
    fixable: 'safe',
    explanation: {
      en: 'pip caches every downloaded wheel in /root/.cache/pip, and in a Docker layer that cache is never used again — it only makes the image bigger (often by more than the packages themselves for large wheels). Add --no-cache-dir, set `ENV PIP_NO_CACHE_DIR=1`, or better for rebuild speed, use a cache mount: `RUN --mount=type=cache,target=/root/.cache/pip pip install …`. Build stages are not checked: their cache never reaches the final image.',
      ko: 'pip는 내려받은 휠을 모두 /root/.cache/pip에 캐시하는데, Docker 레이어 안의 캐시는 다시 쓰이지 않고 이미지만 키웁니다(큰 휠은 패키지보다 캐시가 더 크기도 합니다). --no-cache-dir를 붙이거나 `ENV PIP_NO_CACHE_DIR=1`을 쓰고, 재빌드 속도까지 원하면 캐시 마운트를 쓰세요: `RUN --mount=type=cache,target=/root/.cache/pip pip install …`. 빌드 스테이지의 캐시는 최종 이미지에 들어가지 않으므로 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\n',
      good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
    },
  },
  managers: ['pip'],
  applies: (c) =>
    c.call.subcommand?.value === 'install' &&
    !cacheHandled(c) &&
    !hasCacheMount(c.ins, c.call.pm.cacheDirs) &&
    !setInRun(c.ins, 'PIP_NO_CACHE_DIR'),
  flags: () => ['--no-cache-dir'],
  insert: '--no-cache-dir',
  safety: 'safe',
  message: (c) => ({
    en: `\`${said(c.call)}\` keeps its download cache in the layer: add --no-cache-dir or use a cache mount.`,
    ko: `\`${said(c.call)}\`은(는) 다운로드 캐시를 레이어에 남깁니다. --no-cache-dir를 붙이거나 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Add --no-cache-dir', ko: '--no-cache-dir 추가' },
  finalStageOnly: true,
  skip: (ctx, c) => {
    const v = envBefore(ctx.model, c.ins, 'PIP_NO_CACHE_DIR');
    return v !== undefined && v !== null && !/^(0|false|no|off)$/i.test(v);
  },
});
