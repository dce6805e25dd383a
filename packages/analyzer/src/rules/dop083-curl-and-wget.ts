import { exclusive } from '../shell/command.js';
import type { SimpleCommand } from '../shell/types.js';
import { defineRule, type RuleContext, runCommands } from './define.js';

export const rule = defineRule({
  meta: {
    id: 'DOP083',
    slug: 'curl-and-wget',
    title: { en: 'Both curl and wget used', ko: 'curl과 wget을 모두 사용' },
    severity: 'info',
    practices: ['P09', 'P14'],
    aka: { hadolint: ['DL4001'], trivy: ['DS-0014'] },
    fixable: 'none',
    explanation: {
      en: 'curl and wget do the same job; needing both usually means both get installed, adding size and attack surface. Pick one for every download in a stage (each stage is an image of its own; curl is in more base images; BusyBox images ship a small wget).',
      ko: 'curl과 wget은 같은 일을 합니다. 둘 다 쓰면 보통 둘 다 설치하게 되어 용량과 공격 표면이 늘어납니다. 스테이지마다 모든 다운로드에 하나만 쓰세요(스테이지마다 이미지가 따로 만들어집니다. curl이 더 많은 베이스 이미지에 있고, BusyBox 이미지에는 작은 wget이 있습니다).',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN curl -fsSLo /a.tgz https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN curl -fsSLo /a.tgz https://example.com/a.tgz\nRUN curl -fsSLo /b.tgz https://example.com/b.tgz\n',
    },
  },
  check(ctx) {
    // Per stage, as each stage is an image of its own: curl in a build stage and wget in the
    // final one never sit in one image.
    const byStage = new Map<number, SimpleCommand[]>();
    for (const { cmd, ins } of runCommands(ctx.model)) {
      const list = byStage.get(ins.stage);
      if (list) list.push(cmd);
      else byStage.set(ins.stage, [cmd]);
    }
    for (const all of byStage.values()) reportStage(ctx, all);
  },
});

function reportStage(ctx: RuleContext, all: readonly SimpleCommand[]): void {
  const curl = all.filter((c) => c.name === 'curl');
  const wget = all.filter((c) => c.name === 'wget');
  // A tool used only in another arm of the same `case`/`if` as every use of the other tool
  // (one download per architecture, say) is an alternative, not a second tool in the image.
  if (!curl.some((c) => wget.some((w) => !exclusive(c, w)))) return;
  // Report the tool used less, where it is used.
  const minor = wget.length <= curl.length ? wget : curl;
  const other = minor === wget ? 'curl' : 'wget';
  for (const c of minor) {
    ctx.report({
      span: c.span,
      message: {
        en: `\`${c.name}\` here, \`${other}\` elsewhere in this stage: use one of them.`,
        ko: `여기서는 \`${c.name}\`, 이 스테이지의 다른 곳에서는 \`${other}\`을(를) 씁니다. 하나만 쓰세요.`,
      },
    });
  }
}
