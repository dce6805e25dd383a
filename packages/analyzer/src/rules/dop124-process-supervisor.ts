import type { InstructionNode } from '../model/types.js';
import { parseShell } from '../shell/parse.js';
import { mapped } from '../shell/source.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Localized, Span } from '../types.js';
import { both, defineRule, instructionsOf } from './define.js';

/** Programs whose job is to start and watch several services (matched on the basename). */
const SUPERVISORS: Record<string, string> = {
  supervisord: 'supervisord',
  systemd: 'systemd',
  init: 'an init system',
  runsvdir: 'runit',
  runit: 'runit',
  's6-svscan': 's6',
  monit: 'monit',
  circusd: 'circus',
  foreman: 'foreman (Procfile)',
  honcho: 'honcho (Procfile)',
  overmind: 'overmind (Procfile)',
};

/** s6-overlay's entrypoint is this exact path. */
const S6_OVERLAY_INIT = '/init';

/** `service x start`, `rc-service x start`, `systemctl start x`, `/etc/init.d/x start`: a daemon. */
function startsService(cmd: SimpleCommand): boolean {
  const args = cmd.args.map((a) => a.value);
  if (cmd.name === 'service' || cmd.name === 'rc-service') return args[1] === 'start';
  if (cmd.name === 'systemctl') return args[0] === 'start';
  const prog = cmd.argv[cmd.programIndex]?.value ?? '';
  return prog.startsWith('/etc/init.d/') && args[0] === 'start';
}

const POSIX_SHELL = /(^|\/)(sh|bash|dash|ash|zsh|ksh|mksh)$/;

/** The shell commands of a CMD/ENTRYPOINT: shell form, or exec form through `sh -c`. */
function commandsOf(ins: InstructionNode): SimpleCommand[] {
  if (ins.shell) return ins.shell.commands;
  const json = ins.json ?? [];
  const c = json.findIndex((w, i) => i > 0 && /^-[abd-zA-Z]*c[a-zA-Z]*$/.test(w.value));
  const script = c > 0 ? json[c + 1] : undefined;
  if (!POSIX_SHELL.test(json[0]?.value ?? '') || !script) return [];
  // The model parses `sh -c` only for RUN; do the same here (offsets skip the opening quote).
  return parseShell(mapped(script.value, script.span.start + 1), { context: 'sh-c', depth: 1 }).commands;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Why the instruction runs several services, and where; null when it does not. */
function diagnose(ins: InstructionNode): { span: Span; what: Localized } | null {
  const first = ins.json?.[0];
  if (first && first.value === S6_OVERLAY_INIT)
    return { span: first.span, what: both('starts s6-overlay', 's6-overlay를 시작합니다') };
  if (first && SUPERVISORS[basename(first.value)])
    return { span: first.span, what: supervisorText(SUPERVISORS[basename(first.value)]!) };
  const commands = commandsOf(ins);
  for (const cmd of commands) {
    const sup = SUPERVISORS[cmd.name];
    if (sup) return { span: cmd.span, what: supervisorText(sup) };
  }
  const service = commands.find(startsService);
  if (service && commands.some((c) => c.span.start > service.span.start))
    return {
      span: service.span,
      what: both(
        'starts a background service and then another process',
        '백그라운드 서비스를 띄운 뒤 다른 프로세스를 실행합니다',
      ),
    };
  // `a & b`: the command after `&` runs while the first keeps running in the background.
  const background = commands.find((c) => c.connector === '&');
  if (background)
    return {
      span: background.span,
      what: both('runs processes side by side with `&`', '`&`로 여러 프로세스를 나란히 실행합니다'),
    };
  return null;
}

function supervisorText(name: string): Localized {
  return both(`runs the process supervisor ${name}`, `프로세스 관리자 ${name}을(를) 실행합니다`);
}

export const rule = defineRule({
  meta: {
    id: 'DOP124',
    slug: 'process-supervisor',
    title: { en: 'Several services in one container', ko: '한 컨테이너에 여러 서비스' },
    severity: 'info',
    practices: ['P04'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'When a supervisor or a `service … start && …` script runs several services, the runtime sees only one process: it cannot restart, scale, log or health-check the others, and a crashed service goes unnoticed. Run one service per container and connect them with Compose or Kubernetes; use tini or `docker run --init` when you only need an init that reaps zombies.',
      ko: '프로세스 관리자나 `service … start && …` 스크립트로 여러 서비스를 돌리면 런타임은 프로세스 하나만 봅니다. 나머지를 재시작·확장하거나 로그와 헬스 체크를 다룰 수 없고, 죽은 서비스도 알아채지 못합니다. 컨테이너마다 서비스 하나를 두고 Compose나 Kubernetes로 연결하세요. 좀비 프로세스 정리만 필요하다면 tini나 `docker run --init`을 쓰세요.',
    },
    examples: {
      bad: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends supervisor nginx && rm -rf /var/lib/apt/lists/*\nCMD ["/usr/bin/supervisord", "-n"]\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM nginx:1.27\nENTRYPOINT ["tini", "--"]\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'CMD', 'ENTRYPOINT')) {
      const found = diagnose(ins);
      if (!found) continue;
      ctx.report({
        span: found.span,
        message: both(
          `${ins.keyword} ${found.what.en}: run one service per container.`,
          `${ins.keyword}이(가) ${found.what.ko}. 컨테이너마다 서비스 하나만 실행하세요.`,
        ),
      });
    }
  },
});
