import { defineRule, instructionsOf } from './define.js';
import { DOWNLOADERS, INTERPRETERS } from './support/shell-facts.js';

/**
 * Whether an interpreter's arguments leave the script to stdin: no script file or `-c` before
 * `-s`, `-` or `--` (`sh -s -- --yes`, `python3 -`); `bash install.sh` reads its own file.
 */
function readsStdin(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '-s' || a === '-' || a === '--') return true;
    if (a === '-c' || /^-[abd-z]*c[a-z]*$/i.test(a)) return false;
    if (!a.startsWith('-') && !a.startsWith('+')) return false;
  }
  return true;
}

/** A script fetched and run in one go: nothing checks what was downloaded. */
export const rule = defineRule({
  meta: {
    id: 'DOP082',
    slug: 'curl-pipe-shell',
    title: { en: 'Downloaded script run without verification', ko: '검증 없이 실행하는 내려받은 스크립트' },
    severity: 'warning',
    practices: ['P12'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: '`curl … | sh` runs whatever the server (or anyone between) sends at build time, with no record of what it was; a half-sent script can even run truncated. Download to a file, check its SHA-256 (`echo "<sum>  install.sh" | sha256sum -c -`) or signature, then run it — or use `ADD --checksum=sha256:…`, or a package from the distribution.',
      ko: '`curl … | sh`는 빌드할 때 서버가(또는 중간의 누군가가) 보내는 내용을 무엇이든 실행하고, 무엇이었는지 기록도 남지 않습니다. 스크립트가 중간에 끊기면 잘린 채로 실행될 수도 있습니다. 파일로 받아 SHA-256(`echo "<sum>  install.sh" | sha256sum -c -`)이나 서명을 확인한 뒤 실행하거나, `ADD --checksum=sha256:…` 또는 배포판 패키지를 쓰세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh && rm /tmp/install.sh\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'RUN')) {
      const cmds = ins.shell?.commands ?? [];
      for (const c of cmds) {
        // `curl URL | sh`: an interpreter reading stdin later in the same pipeline as a downloader.
        const piped =
          INTERPRETERS.has(c.name) &&
          c.pipeline.index > 0 &&
          readsStdin(c.args.map((a) => a.value)) &&
          cmds.some(
            (d) =>
              d.pipeline.id === c.pipeline.id &&
              d.pipeline.index < c.pipeline.index &&
              DOWNLOADERS.has(d.name),
          );
        // `sh -c "$(curl …)"`: a downloader inside a substitution that an interpreter runs.
        const substituted =
          INTERPRETERS.has(c.name) &&
          cmds.some(
            (d) =>
              d.context === 'substitution' &&
              DOWNLOADERS.has(d.name) &&
              d.span.start > c.span.start &&
              d.span.end <= c.span.end,
          );
        if (!piped && !substituted) continue;
        ctx.report({
          span: c.span,
          message: {
            en: `A downloaded script is run by \`${c.name}\` without checking what was downloaded.`,
            ko: `내려받은 스크립트를 확인 없이 \`${c.name}\`(으)로 실행합니다.`,
          },
        });
      }
    }
  },
});
