import { defineRule } from './define.js';
import { callsOf } from './support/packages.js';

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
      en: '`apt` is the interactive front end: it prints "WARNING: apt does not have a stable CLI interface", shows progress bars and may change behaviour between releases. In a Dockerfile use `apt-get` (and `apt-cache`), which take the same install/update/remove commands.',
      ko: '`apt`는 사람이 쓰는 대화형 도구라 "WARNING: apt does not have a stable CLI interface"를 출력하고, 진행 표시줄을 그리며, 버전마다 동작이 바뀔 수 있습니다. Dockerfile에서는 같은 install/update/remove 명령을 받는 `apt-get`(과 `apt-cache`)을 쓰세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    for (const { call } of callsOf(ctx.model, ['apt'])) {
      const word = call.cmd.argv[call.cmd.programIndex] ?? call.cmd.argv[0]!;
      const sub = call.subcommand?.value ?? '';
      // Only subcommands apt-get has too can be swapped word for word.
      const fix =
        [
          'install',
          'update',
          'upgrade',
          'remove',
          'purge',
          'autoremove',
          'dist-upgrade',
          'full-upgrade',
          'clean',
        ].includes(sub) && word.value === 'apt';
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`apt ${sub}\` in a build: use \`apt-get ${sub === 'full-upgrade' ? 'dist-upgrade' : sub}\`.`,
          ko: `빌드에서 \`apt ${sub}\` 대신 \`apt-get ${sub === 'full-upgrade' ? 'dist-upgrade' : sub}\`을 쓰세요.`,
        },
        ...(fix
          ? {
              fix: {
                title: { en: 'Use apt-get', ko: 'apt-get 사용' },
                safety: 'safe' as const,
                edits: [
                  { start: word.span.start, end: word.span.end, text: 'apt-get' },
                  ...(sub === 'full-upgrade' && call.subcommand
                    ? [
                        {
                          start: call.subcommand.span.start,
                          end: call.subcommand.span.end,
                          text: 'dist-upgrade',
                        },
                      ]
                    : []),
                ],
              },
            }
          : {}),
      });
    }
  },
});
