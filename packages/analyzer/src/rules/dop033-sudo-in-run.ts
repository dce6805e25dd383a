import { defineRule, instructionsOf, runCommands } from './define.js';
import { effectiveUserAt } from './support/effective-user.js';

/** sudo options that change nothing when the caller is already root, so dropping them is exact. */
const HARMLESS_SUDO_OPTIONS = new Set([
  '-E',
  '--preserve-env',
  '-H',
  '--set-home',
  '-n',
  '--non-interactive',
  '-EH',
  '-HE',
]);

/** What to do about sudo, by who the RUN runs as. */
const SUDO_ADVICE = {
  root: { en: 'RUN already runs as root; drop sudo.', ko: 'RUN은 이미 root로 실행되니 sudo를 빼세요.' },
  'non-root': {
    en: 'RUN runs as a non-root user here; switch with USER root (and back) instead of sudo.',
    ko: '여기서 RUN은 일반 사용자로 실행됩니다. sudo 대신 USER root로 바꿨다가 되돌리세요.',
  },
  unknown: {
    en: 'RUN runs as the base image’s user, which is not known here; if it is root, drop sudo, otherwise switch with USER root (and back).',
    ko: 'RUN은 베이스 이미지의 사용자로 실행되는데 그 사용자를 알 수 없습니다. root라면 sudo를 빼고, 아니라면 USER root로 바꿨다가 되돌리세요.',
  },
} as const;

export const rule = defineRule({
  meta: {
    id: 'DOP033',
    slug: 'sudo-in-run',
    title: { en: 'sudo in RUN', ko: 'RUN 안의 sudo' },
    severity: 'warning',
    practices: ['P09', 'P05'],
    aka: { hadolint: ['DL3004'], trivy: ['DS-0010'] },
    fixable: 'safe',
    explanation: {
      en: 'RUN already runs as root until a USER says otherwise, so sudo adds nothing during the build, and shipping sudo (with its setuid binary and TTY and password quirks) gives an attacker an easy way back to root. Run root-only steps before the USER instruction, or switch with `USER root` and back.',
      ko: 'RUN은 USER로 바꾸기 전까지 이미 root로 실행되므로 빌드 중 sudo는 아무 의미가 없고, sudo를 이미지에 넣으면(setuid 바이너리와 TTY·비밀번호 문제까지) 공격자가 root로 돌아갈 쉬운 길이 생깁니다. root가 필요한 단계는 USER 앞에서 실행하거나 `USER root`로 바꿨다가 되돌리세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN sudo apt-get update\nUSER 10001\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update\nUSER 10001\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    // Exec form `RUN ["sudo", "make"]` runs no shell, so it has no parsed commands of its own.
    for (const ins of instructionsOf(model, 'RUN')) {
      const json = ins.json ?? [];
      if (json[0]?.value.split('/').pop() !== 'sudo') continue;
      const next = json[1];
      const plain = next !== undefined && !next.value.startsWith('-');
      ctx.report({
        span: ins.span,
        message: {
          en: `\`sudo ${next?.value ?? ''}\`: RUN already runs as root until a USER says otherwise; drop sudo.`,
          ko: `\`sudo ${next?.value ?? ''}\`: RUN은 USER로 바꾸기 전까지 이미 root로 실행되니 sudo를 빼세요.`,
        },
        ...(plain && effectiveUserAt(model, ins).kind !== 'non-root'
          ? {
              fix: {
                title: { en: 'Remove sudo', ko: 'sudo 제거' },
                safety: effectiveUserAt(model, ins).kind === 'root' ? ('safe' as const) : ('review' as const),
                edits: [{ start: json[0]!.span.start, end: next.span.start, text: '' }],
              },
            }
          : {}),
      });
    }
    for (const { cmd, ins } of runCommands(model)) {
      if (cmd.context === 'exec') continue; // reported above, with a fix that keeps the array valid
      const at = sudoAt(cmd.argv, cmd.programIndex);
      if (at < 0) continue;
      const sudo = cmd.argv[at]!;
      const program = at < cmd.programIndex ? cmd.argv[cmd.programIndex] : undefined;
      const options = cmd.argv.slice(at + 1, cmd.programIndex);
      const shown = program ? `sudo ${program.value}` : 'sudo';
      // Dropping sudo is exact only when it wraps a program with no options that matter.
      const removable = program && options.every((o) => HARMLESS_SUDO_OPTIONS.has(o.value));
      const user = effectiveUserAt(model, ins).kind;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`${shown}\`: ${SUDO_ADVICE[user].en}`,
          ko: `\`${shown}\`: ${SUDO_ADVICE[user].ko}`,
        },
        // Under a non-root user the command would run unprivileged and fail: no fix there. Where
        // the base image's user is unknown the fix is a review (it holds only if that is root).
        ...(removable && user !== 'non-root'
          ? {
              fix: {
                title:
                  user === 'root'
                    ? { en: 'Remove sudo', ko: 'sudo 제거' }
                    : {
                        en: 'Remove sudo (if the base image runs as root)',
                        ko: 'sudo 제거(베이스 이미지가 root로 실행될 때)',
                      },
                safety: user === 'root' ? ('safe' as const) : ('review' as const),
                edits: [{ start: sudo.span.start, end: program.span.start, text: '' }],
              },
            }
          : {}),
      });
    }
  },
});

/** The first word up to the program that is `sudo` or a path to it (every command of every RUN asks). */
function sudoAt(argv: readonly { value: string }[], programIndex: number): number {
  for (let i = 0; i <= programIndex && i < argv.length; i++) {
    const v = argv[i]!.value;
    if (v === 'sudo' || v.endsWith('/sudo')) return i;
  }
  return -1;
}
