import { defineRule, instructionsOf } from './define.js';
import { copySources, flagValue } from './support/layers.js';

export const rule = defineRule({
  meta: {
    id: 'DOP091',
    slug: 'add-url-without-checksum',
    title: { en: 'ADD of a URL without --checksum', ko: '--checksum 없이 URL을 ADD' },
    severity: 'warning',
    practices: ['P12'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'ADD <url> puts whatever the server returns into the image, unverified: a compromised or changed download goes straight in. Today ADD checks it for you: add `--checksum=sha256:<hash>` for HTTP sources, or the full commit id for git sources (or pin the git URL to a commit with `#<sha>`).',
      ko: 'ADD <url>은 서버가 돌려준 내용을 검증 없이 이미지에 넣습니다. 변조되거나 바뀐 파일이 그대로 들어갑니다. 지금은 ADD가 직접 검증해 줍니다. HTTP 소스에는 `--checksum=sha256:<해시>`를, git 소스에는 전체 커밋 ID를 붙이세요(또는 git URL을 `#<sha>`로 커밋에 고정하세요).',
    },
    examples: {
      bad: 'FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'ADD')) {
      if (flagValue(ins, 'checksum')) continue;
      const ops = copySources(ins);
      for (const s of ops?.sources ?? []) {
        if (!s.url && !s.git) continue;
        // A git source fixed to a full commit id is as good as a checksum.
        if (s.git && /#[0-9a-f]{40}(:|$)/i.test(s.value)) continue;
        ctx.report({
          span: s.token.span,
          message: s.git
            ? {
                en: `ADD clones ${s.value} unverified: pin it with --checksum=<commit sha> or a #<commit sha> ref.`,
                ko: `ADD가 ${s.value}을(를) 검증 없이 복제합니다. --checksum=<커밋 sha>나 #<커밋 sha>로 고정하세요.`,
              }
            : {
                en: `ADD downloads ${s.value} unverified: add --checksum=sha256:<hash>.`,
                ko: `ADD가 ${s.value}을(를) 검증 없이 내려받습니다. --checksum=sha256:<해시>를 붙이세요.`,
              },
        });
      }
    }
  },
});
