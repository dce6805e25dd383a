import { findOption, optionValue } from '../shell/command.js';
import type { SimpleCommand } from '../shell/types.js';
import { defineRule } from './define.js';
import { EXTRACTORS } from './support/shell-facts.js';

/** The file a download command writes, when it names one. */
function downloadedFile(c: SimpleCommand): string | null {
  const letter = c.name === 'curl' ? 'o' : c.name === 'wget' ? 'O' : null;
  if (!letter) return null;
  const long = c.name === 'curl' ? '--output' : '--output-document';
  // Short options bundle: `-fsSLo FILE` ends in the letter and takes the next word.
  const bundled = c.args.findIndex((a) => new RegExp(`^-[a-zA-Z]*${letter}$`).test(a.value));
  const value = bundled >= 0 ? (c.args[bundled + 1]?.value ?? null) : optionValue(c.args, [long]);
  if (value) return value === '-' ? null : value;
  // No name given: `curl -O URL` and plain `wget URL` save under the URL's last path segment.
  const remoteName =
    c.name === 'wget'
      ? findOption(c.args, ['-P', '--directory-prefix', '-i', '--input-file']) === null
      : c.args.some((a) => /^-[a-zA-NP-Z]*O[a-zA-Z]*$/.test(a.value) || a.value === '--remote-name');
  if (!remoteName) return null;
  const url = c.args.find((a) => /^(https?|ftp):\/\//i.test(a.value))?.value;
  const name = url
    ?.replace(/[?#][\s\S]*$/, '')
    .split('/')
    .pop();
  return name && !name.includes('$') ? name : null;
}

export const rule = defineRule({
  meta: {
    id: 'DOP088',
    slug: 'download-extract-separate',
    title: { en: 'Download and extract in different layers', ko: '다운로드와 압축 해제가 다른 레이어' },
    severity: 'info',
    practices: ['P19', 'P16'],
    aka: {},
    fixable: 'none',
    restructuredBy: 'late-cleanup',
    explanation: {
      en: 'A file downloaded in one RUN stays in that layer for good, even if a later RUN extracts and deletes it: the image carries the archive and its contents. Download, extract and delete in the same RUN (`curl -fsSLo /tmp/x.tgz URL && tar -xzf /tmp/x.tgz -C /opt && rm /tmp/x.tgz`), or download in a build stage.',
      ko: '한 RUN에서 내려받은 파일은 뒤의 RUN에서 압축을 풀고 지워도 그 레이어에 영구히 남아, 이미지에 압축 파일과 내용이 모두 들어갑니다. 같은 RUN에서 내려받고 풀고 지우거나(`curl -fsSLo /tmp/x.tgz URL && tar -xzf /tmp/x.tgz -C /opt && rm /tmp/x.tgz`), 빌드 스테이지에서 내려받으세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz\nRUN tar -xzf /tmp/tool.tgz -C /opt && rm /tmp/tool.tgz\n',
      badLines: [2],
      // Ignored: triggers run in a downstream build; only this file's own RUNs are compared.
      onbuild: 'ignored',
      good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt && rm /tmp/tool.tgz\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const runs = stage.instructions.filter((i) => i.keyword === 'RUN' && i.shell);
      runs.forEach((ins, k) => {
        for (const c of ins.shell!.commands) {
          const file = downloadedFile(c);
          if (!file || file.includes('$')) continue;
          const base = file.split('/').pop()!;
          const later = runs
            .slice(k + 1)
            .find((r) =>
              r.shell!.commands.some(
                (x) =>
                  EXTRACTORS.has(x.name) &&
                  x.args.some(
                    (a) => a.value === file || (!file.startsWith('/') && a.value.endsWith(`/${base}`)),
                  ),
              ),
            );
          if (!later) continue;
          ctx.report({
            span: c.span,
            message: {
              en: `${file} is downloaded here but used in a later RUN (line ${later.startLine + 1}): the download stays in this layer.`,
              ko: `${file}을(를) 여기서 내려받고 뒤의 RUN(${later.startLine + 1}행)에서 씁니다. 내려받은 파일이 이 레이어에 남습니다.`,
            },
            related: [later.span],
          });
        }
      });
    }
  },
});
