import { defineRule } from './define.js';
import { callsOf, said } from './support/packages.js';

/** `apt` is meant for people: its output and CLI may change between releases; scripts use apt-get. */
export const rule = defineRule({
  meta: {
    id: 'DOP054',
    slug: 'apt-instead-of-apt-get',
    title: { en: 'apt used in a script', ko: '스크립트에서 apt 사용' },
    severity: 'warning',
    practices: ['P01'],
    aka: { hadolint: ['DL3027'] },
    fixable: 'safe',
    explanation: {
      en: '`apt` is the front end for people at a terminal: in a script it prints "WARNING: apt does not have a stable CLI interface", and its output and defaults may change between releases. In a Dockerfile use `apt-get` (and `apt-cache` for search/show/policy), which take the same install/update/remove commands and keep their behaviour stable.',
      ko: '`apt`는 터미널 앞의 사람을 위한 도구라서, 스크립트에서 쓰면 "WARNING: apt does not have a stable CLI interface"를 출력하고 출력 형식이나 기본 동작이 릴리스마다 바뀔 수 있습니다. Dockerfile에서는 같은 install/update/remove 명령을 받으면서 동작이 안정적인 `apt-get`(검색·조회는 `apt-cache`)을 쓰세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2, 2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    for (const { call } of callsOf(ctx.model, ['apt'])) {
      const word = call.cmd.argv[call.cmd.programIndex] ?? call.cmd.argv[0];
      const sub = call.subcommand?.value ?? '';
      const same = SCRIPT_EQUIVALENT[sub];
      const say = same ? `${same[0]} ${same[1]}` : 'apt-get / apt-cache';
      // Swapped word for word only when written `apt` (not /usr/bin/apt) and apt-get has the subcommand.
      const fixable = word?.value === 'apt' && same?.[0] === 'apt-get';
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`${said(call)}\` in a build: \`apt\` has no stable CLI for scripts; use \`${say}\`.`,
          ko: `빌드에서 \`${said(call)}\` 대신 \`${say}\`을(를) 쓰세요. \`apt\`은(는) 스크립트용 CLI가 안정적이지 않습니다.`,
        },
        ...(fixable && word && same
          ? {
              fix: {
                title: { en: 'Use apt-get', ko: 'apt-get 사용' },
                safety: 'safe' as const,
                edits: [
                  { start: word.span.start, end: word.span.end, text: 'apt-get' },
                  ...(same[1] !== sub && call.subcommand
                    ? [{ start: call.subcommand.span.start, end: call.subcommand.span.end, text: same[1] }]
                    : []),
                ],
              },
            }
          : {}),
      });
    }
  },
});

/** What each `apt` subcommand is called in the script-stable tools (`full-upgrade` is apt-get's `dist-upgrade`). */
const SCRIPT_EQUIVALENT: Record<string, readonly [string, string]> = {
  install: ['apt-get', 'install'],
  reinstall: ['apt-get', 'install --reinstall'],
  update: ['apt-get', 'update'],
  upgrade: ['apt-get', 'upgrade'],
  'full-upgrade': ['apt-get', 'dist-upgrade'],
  'dist-upgrade': ['apt-get', 'dist-upgrade'],
  remove: ['apt-get', 'remove'],
  purge: ['apt-get', 'purge'],
  autoremove: ['apt-get', 'autoremove'],
  autopurge: ['apt-get', 'autoremove --purge'],
  clean: ['apt-get', 'clean'],
  autoclean: ['apt-get', 'autoclean'],
  source: ['apt-get', 'source'],
  'build-dep': ['apt-get', 'build-dep'],
  download: ['apt-get', 'download'],
  satisfy: ['apt-get', 'satisfy'],
  search: ['apt-cache', 'search'],
  show: ['apt-cache', 'show'],
  showsrc: ['apt-cache', 'showsrc'],
  policy: ['apt-cache', 'policy'],
  depends: ['apt-cache', 'depends'],
  rdepends: ['apt-cache', 'rdepends'],
  list: ['dpkg-query', '-W'],
};
