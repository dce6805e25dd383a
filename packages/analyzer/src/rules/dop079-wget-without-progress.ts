import { hasOption } from '../shell/command.js';
import { defineRule, runCommands } from './define.js';

/** wget's default progress bar writes thousands of lines into a non-terminal build log. */
export const rule = defineRule({
  meta: {
    id: 'DOP079',
    slug: 'wget-without-progress',
    title: { en: 'wget without a quiet or progress option', ko: '조용한/진행 표시 옵션 없는 wget' },
    severity: 'style',
    practices: ['P01'],
    aka: { hadolint: ['DL3047'] },
    fixable: 'safe',
    explanation: {
      en: "In a build there is no terminal, so wget's progress bar turns into one line per few kilobytes: large downloads flood the build log. Use `--progress=dot:giga` (a line per 32 MB), `-nv` or `-q`.",
      ko: '빌드에는 터미널이 없어서 wget의 진행 표시줄이 몇 KB마다 한 줄씩 찍힙니다. 큰 파일을 받으면 빌드 로그가 넘칩니다. `--progress=dot:giga`(32MB마다 한 줄), `-nv`, `-q` 중 하나를 쓰세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN wget https://example.com/tool.tar.gz\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n',
    },
  },
  check(ctx) {
    for (const { cmd } of runCommands(ctx.model)) {
      if (cmd.name !== 'wget' || cmd.args.length === 0) continue;
      if (
        hasOption(cmd, [
          '-q',
          '--quiet',
          '-nv',
          '--no-verbose',
          '--progress',
          // Messages (progress included) go to a log file instead of the build log.
          '-o',
          '--output-file',
          '-a',
          '--append-output',
          '-O-',
          '--help',
          '-V',
          '--version',
        ])
      )
        continue;
      if (cmd.args.some((a) => a.value === '-O-' || a.value === '-qO-' || /^-\w*q/.test(a.value))) continue;
      const at = cmd.argv[cmd.programIndex]!.span.end;
      ctx.report({
        span: cmd.span,
        message: {
          en: 'wget without -q, -nv or --progress fills the build log with progress lines.',
          ko: '-q, -nv, --progress 없는 wget은 빌드 로그를 진행 표시로 채웁니다.',
        },
        fix: {
          title: { en: 'Add --progress=dot:giga', ko: '--progress=dot:giga 추가' },
          safety: 'safe',
          edits: [{ start: at, end: at, text: ' --progress=dot:giga' }],
        },
      });
    }
  },
});
