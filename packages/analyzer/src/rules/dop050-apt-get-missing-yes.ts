import { isInstall, packageManagerCall, quietLevel } from '../knowledge/invocation.js';
import { hasOption } from '../shell/command.js';
import { defineRule, runCommands } from './define.js';

const MANAGERS = new Set(['apt-get', 'apt', 'aptitude']);

export const rule = defineRule({
  meta: {
    id: 'DOP050',
    slug: 'apt-get-missing-yes',
    title: { en: 'apt-get install without -y', ko: '-y 없는 apt-get install' },
    severity: 'warning',
    practices: ['P01'],
    aka: { hadolint: ['DL3014'], trivy: ['DS-0021'] },
    fixable: 'safe',
    explanation: {
      en: 'A build cannot answer prompts. Without -y, apt-get asks "Do you want to continue?" when it installs more than was named, gets no answer and aborts the build. Add -y (or --yes) to every apt-get install.',
      ko: '빌드는 질문에 답할 수 없습니다. -y가 없으면 apt-get은 추가 패키지를 설치할 때 "계속하시겠습니까?"라고 묻고, 답을 받지 못해 빌드를 중단합니다. 모든 apt-get install에 -y(또는 --yes)를 붙이세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    for (const { cmd } of runCommands(ctx.model)) {
      const call = packageManagerCall(cmd);
      if (!call || !MANAGERS.has(call.pm.id) || !isInstall(call)) continue;
      if (hasOption(cmd, call.pm.yes) || hasOption(cmd, ['--force-yes'])) continue;
      if (call.pm.yesAtQuietLevel && quietLevel(call.args) >= call.pm.yesAtQuietLevel) continue;
      const sub = call.subcommand!;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`${cmd.name} ${sub.value}\` without -y waits for an answer the build cannot give.`,
          ko: `-y 없는 \`${cmd.name} ${sub.value}\`은(는) 빌드가 할 수 없는 응답을 기다립니다.`,
        },
        fix: {
          title: { en: 'Add -y', ko: '-y 추가' },
          safety: 'safe',
          edits: [{ start: sub.span.end, end: sub.span.end, text: ' -y' }],
        },
      });
    }
  },
});
