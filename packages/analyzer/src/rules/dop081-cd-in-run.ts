import { defineRule, instructionsOf } from './define.js';

/** `cd` at the top of a RUN to work somewhere: WORKDIR says it once, for every later instruction. */
export const rule = defineRule({
  meta: {
    id: 'DOP081',
    slug: 'cd-in-run',
    title: { en: 'cd in RUN instead of WORKDIR', ko: 'WORKDIR 대신 RUN에서 cd' },
    severity: 'info',
    practices: ['P27'],
    aka: { hadolint: ['DL3003'], trivy: ['DS-0013'] },
    fixable: 'none',
    explanation: {
      en: '`RUN cd /app && make` changes directory for that RUN only; the next instruction starts in the old place again, which is easy to forget. `WORKDIR /app` persists, creates the folder and documents where the app lives. A `cd` inside a subshell `( … )` or one that returns with `cd -` is not reported.',
      ko: '`RUN cd /app && make`는 그 RUN에서만 디렉터리를 바꿉니다. 다음 명령어는 다시 원래 위치에서 시작하는데, 이를 놓치기 쉽습니다. `WORKDIR /app`은 유지되고, 폴더를 만들며, 앱이 있는 곳을 문서로 남깁니다. 서브셸 `( … )` 안의 `cd`나 `cd -`로 돌아오는 경우는 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM golang:1.23\nCOPY . /src\nRUN cd /src && go build -o /app .\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'RUN')) {
      const cmds = (ins.shell?.commands ?? []).filter((c) => c.context === 'top' && c.depth === 0);
      const cd = cmds.find((c, i) => c.name === 'cd' && i < cmds.length - 1);
      if (!cd) continue;
      if (cmds.some((c) => c.name === 'cd' && c.args[0]?.value === '-')) continue;
      ctx.report({
        span: cd.span,
        message: {
          en: `\`cd ${cd.args.map((a) => a.value).join(' ')}\` lasts for this RUN only: use WORKDIR.`,
          ko: `\`cd ${cd.args.map((a) => a.value).join(' ')}\`은(는) 이 RUN에서만 유효합니다. WORKDIR를 쓰세요.`,
        },
      });
    }
  },
});
