import { both, defineRule } from './define.js';
import { joinPosix, workdirSteps } from './support/metadata.js';

/**
 * Directories no application belongs in. `tree`: the directory and everything under it (the
 * runtime mounts its own filesystem there, hiding what the build put in); otherwise only the
 * directory itself (files copied there mix with the system's own).
 */
const SYSTEM_DIRS: { path: string; tree: boolean; why: { en: string; ko: string } }[] = [
  ...['/proc', '/sys', '/dev'].map((path) => ({
    path,
    tree: true,
    why: both(
      'the runtime mounts a kernel filesystem there, hiding whatever the build writes',
      '런타임이 그 위에 커널 파일시스템을 마운트해서 빌드가 쓴 내용이 가려집니다',
    ),
  })),
  ...['/boot', '/initrd', '/lost+found'].map((path) => ({
    path,
    tree: true,
    why: both(
      'it belongs to the host system, not to an application',
      '애플리케이션이 아닌 시스템의 영역입니다',
    ),
  })),
  ...['/bin', '/sbin', '/lib', '/lib64', '/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/etc'].map((path) => ({
    path,
    tree: false,
    why: both(
      "files copied or written there mix with the system's own and can replace them",
      '복사하거나 만든 파일이 시스템 파일과 섞이고 덮어쓸 수도 있습니다',
    ),
  })),
];

export const rule = defineRule({
  meta: {
    id: 'DOP101',
    slug: 'workdir-system-dir',
    title: { en: 'WORKDIR in a system directory', ko: '시스템 디렉터리를 WORKDIR로 사용' },
    severity: 'warning',
    practices: ['P09', 'P27'],
    aka: { trivy: ['DS-0030'] },
    fixable: 'none',
    explanation: {
      en: "Kernel and runtime directories such as /proc, /sys and /dev are replaced by mounts when the container runs, and files put into /usr/bin or /etc mix with (and can overwrite) the system's own. Give the application its own directory, e.g. `WORKDIR /app`.",
      ko: '/proc, /sys, /dev 같은 커널·런타임 디렉터리는 컨테이너가 실행될 때 마운트로 대체되고, /usr/bin이나 /etc에 넣은 파일은 시스템 파일과 섞이거나 그것을 덮어씁니다. `WORKDIR /app`처럼 애플리케이션 전용 디렉터리를 쓰세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nWORKDIR /proc/app\nCOPY . .\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\n',
    },
  },
  check(ctx) {
    if (ctx.model.windows) return;
    for (const step of workdirSteps(ctx.model)) {
      if (step.after === null) continue;
      const path = joinPosix('/', step.after);
      const hit = SYSTEM_DIRS.find((d) => path === d.path || (d.tree && path.startsWith(`${d.path}/`)));
      if (!hit) continue;
      ctx.report({
        span: step.ins.argsSpan ?? step.ins.span,
        message: both(
          `\`WORKDIR ${step.written}\` works in \`${hit.path}\`: ${hit.why.en}. Use a directory of the application's own, e.g. /app.`,
          `\`WORKDIR ${step.written}\`은(는) \`${hit.path}\` 안에서 작업합니다. ${hit.why.ko}. /app처럼 애플리케이션 전용 디렉터리를 쓰세요.`,
        ),
      });
    }
  },
});
