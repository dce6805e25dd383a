import { hasOption } from '../shell/command.js';
import { defineRule, hasCacheMount, type RuleContext } from './define.js';
import { envBefore, setInRun } from './support/env.js';
import { type Call, cacheHandled, callsOf, reachesImage, said } from './support/packages.js';

/**
 * Per installer: what counts as an install, the flags and variable that switch the cache off, the
 * flag the fix adds. uv is left out on purpose: it hard-links installed files from its cache
 * (the default link mode on Linux), so in one layer the cache adds little.
 */
const INSTALLERS = {
  pip: {
    installs: (c: Call) => c.call.subcommand?.value === 'install',
    off: ['--no-cache-dir'],
    env: 'PIP_NO_CACHE_DIR',
    insert: '--no-cache-dir',
  },
} as const;

/**
 * pip turns its cache off for any value of PIP_NO_CACHE_DIR, "0" and "false" included (kept so
 * for backwards compatibility, see `_handle_no_cache_dir` in pip's cmdoptions.py); only unset or
 * empty leaves it on.
 */
function setToAnything(v: string | null | undefined): boolean {
  return v !== undefined && v !== null && v !== '';
}

/** pip keeps every wheel it downloads in ~/.cache/pip: tens to hundreds of MB in the layer. */
export const rule = defineRule({
  meta: {
    id: 'DOP070',
    slug: 'pip-no-cache-dir',
    title: { en: 'pip install without --no-cache-dir', ko: '--no-cache-dir 없는 pip install' },
    severity: 'info',
    practices: ['P17'],
    aka: { hadolint: ['DL3042'] },
    fixable: 'safe',
    explanation: {
      en: 'pip caches every downloaded wheel in /root/.cache/pip, and in a Docker layer that cache is never used again — it only makes the image bigger (often by more than the packages themselves for large wheels). Add --no-cache-dir, set `ENV PIP_NO_CACHE_DIR=1`, or better for rebuild speed, use a cache mount: `RUN --mount=type=cache,target=/root/.cache/pip pip install …`. (uv is not checked: it hard-links installed files from its cache, so the cache adds little to the layer.) Build stages are not checked: their cache never reaches the final image.',
      ko: 'pip는 내려받은 휠을 모두 /root/.cache/pip에 캐시하는데, Docker 레이어 안의 캐시는 다시 쓰이지 않고 이미지만 키웁니다(큰 휠은 패키지보다 캐시가 더 크기도 합니다). --no-cache-dir를 붙이거나 `ENV PIP_NO_CACHE_DIR=1`을 쓰고, 재빌드 속도까지 원하면 캐시 마운트를 쓰세요: `RUN --mount=type=cache,target=/root/.cache/pip pip install …`. (uv는 설치 파일을 캐시에서 하드 링크하므로 캐시가 레이어를 크게 키우지 않아 검사하지 않습니다.) 빌드 스테이지의 캐시는 최종 이미지에 들어가지 않으므로 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
    },
  },
  check(ctx: RuleContext) {
    for (const c of callsOf(ctx.model, ['pip'])) {
      const spec = INSTALLERS[c.call.pm.id as keyof typeof INSTALLERS];
      if (!spec?.installs(c) || hasOption(c.call.cmd, spec.off)) continue;
      if (cacheHandled(c) || hasCacheMount(c.ins, c.call.pm.cacheDirs)) continue;
      if (!reachesImage(ctx.model, c.ins) || setInRun(c.ins, spec.env)) continue;
      if (setToAnything(envBefore(ctx.model, c.ins, spec.env))) continue;
      const after = c.call.subcommand;
      if (!after) continue;
      const at = after.span.end;
      const written = said(c.call);
      ctx.report({
        span: c.call.cmd.span,
        message: {
          en: `\`${written}\` keeps its download cache in the layer: add ${spec.insert} or use a cache mount.`,
          ko: `\`${written}\`은(는) 다운로드 캐시를 레이어에 남깁니다. ${spec.insert}를 붙이거나 캐시 마운트를 쓰세요.`,
        },
        fix: {
          title: { en: `Add ${spec.insert}`, ko: `${spec.insert} 추가` },
          safety: 'safe',
          edits: [{ start: at, end: at, text: ` ${spec.insert}` }],
        },
      });
    }
  },
});
