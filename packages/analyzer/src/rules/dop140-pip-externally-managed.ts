import { externallyManagedPython } from '../knowledge/externally-managed-python.js';
import type { InstructionNode, StageNode } from '../model/types.js';
import { hasOption } from '../shell/command.js';
import { defineRule, type RuleContext } from './define.js';
import { envBefore } from './support/env.js';
import { lineage } from '../model/lineage.js';
import { lineageInstructions } from './support/users.js';
import { callsOf, said } from './support/packages.js';

/** Words that show a virtualenv (or the explicit override) is in use before the install. */
const VENV_WORDS = /venv|virtualenv|VIRTUAL_ENV|pipx|break-system-packages/i;

/**
 * `pip install` into a distribution's own Python that is marked externally managed (PEP 668):
 * Alpine ≥ 3.19, Debian ≥ 12 and Ubuntu ≥ 23.04 refuse it and the build stops.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP140',
    slug: 'pip-externally-managed',
    title: {
      en: 'pip install into an externally managed system Python',
      ko: '외부 관리 시스템 Python에 pip install',
    },
    severity: 'error',
    practices: ['P09'],
    aka: {},
    fixable: 'none',
    restructuredBy: 'system-pip',
    explanation: {
      en: 'Alpine 3.19 and later, Debian 12 and later and Ubuntu 23.04 and later mark their python3 as externally managed (PEP 668): `pip install` outside a virtualenv stops with "externally-managed-environment", so the build fails. Create a virtualenv first and put it on PATH (`RUN python3 -m venv /opt/venv` and `ENV PATH="/opt/venv/bin:$PATH"`; on Debian and Ubuntu install python3-venv), install the distribution\'s python3-<name> package instead, or start from the python image, whose Python is not marked. `--break-system-packages` also gets through, at the risk of breaking the distribution\'s own Python tools.',
      ko: 'Alpine 3.19 이상, Debian 12 이상, Ubuntu 23.04 이상은 python3를 외부 관리 환경으로 표시합니다(PEP 668). virtualenv 밖에서 `pip install`을 하면 "externally-managed-environment"로 멈추므로 빌드가 실패합니다. 먼저 virtualenv를 만들어 PATH에 두거나(`RUN python3 -m venv /opt/venv`와 `ENV PATH="/opt/venv/bin:$PATH"`, Debian과 Ubuntu에서는 python3-venv 설치), 배포판의 python3-<이름> 패키지를 설치하거나, 시스템 Python이 표시되지 않은 python 이미지에서 시작하세요. `--break-system-packages`로도 지나갈 수 있지만 배포판의 Python 도구가 망가질 수 있습니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nRUN apk add --no-cache python3 py3-pip\nRUN pip install --no-cache-dir flask==3.0.3\n',
      badLines: [3],
      // Ignored: a trigger runs on a downstream image whose Python this file cannot see.
      onbuild: 'ignored',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache python3\nRUN python3 -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install --no-cache-dir flask==3.0.3\n',
    },
  },
  check(ctx: RuleContext) {
    const { model } = ctx;
    // Per stage, once: where in its lineage a virtualenv first shows up (files can be huge).
    const firstVenv = new Map<StageNode, { order: Map<InstructionNode, number>; at: number }>();
    const venvBefore = (stage: StageNode, ins: InstructionNode): boolean => {
      let seen = firstVenv.get(stage);
      if (!seen) {
        const list = lineageInstructions(model, stage);
        const at = list.findIndex((i) => VENV_WORDS.test(model.text.slice(i.span.start, i.span.end)));
        seen = { order: new Map(list.map((i, n) => [i, n])), at: at < 0 ? Number.POSITIVE_INFINITY : at };
        firstVenv.set(stage, seen);
      }
      return (seen.order.get(ins) ?? -1) >= seen.at;
    };
    for (const c of callsOf(model, ['pip'])) {
      if (c.call.subcommand?.value !== 'install' || c.ins.onbuild || c.ins.stage < 0) continue;
      const stage = model.stages[c.ins.stage]!;
      const chain = lineage(model, stage);
      if (externallyManagedPython(chain[chain.length - 1]!.image) !== true) continue;
      // A pip given by path is a virtualenv's (/opt/venv/bin/pip), not the system one.
      const program = c.call.cmd.argv[c.call.cmd.programIndex]?.value ?? '';
      if (program.includes('/') && !program.startsWith('/usr/bin/')) continue;
      if (hasOption(c.call.cmd, ['--break-system-packages', '--target', '--prefix', '--root'])) continue;
      if (venvBefore(stage, c.ins)) continue;
      const override = envBefore(model, c.ins, 'PIP_BREAK_SYSTEM_PACKAGES');
      if (override && !/^(0|false|no)$/i.test(override)) continue;
      ctx.report({
        span: c.call.cmd.span,
        message: {
          en: `\`${said(c.call)}\` installs into ${chain[chain.length - 1]!.image.raw}'s system Python, which is externally managed (PEP 668): the build stops with "externally-managed-environment". Use a virtualenv.`,
          ko: `\`${said(c.call)}\` 명령은 ${chain[chain.length - 1]!.image.raw}의 시스템 Python에 설치하는데, 이 Python은 외부 관리 환경이라(PEP 668) 빌드가 "externally-managed-environment"로 멈춥니다. virtualenv를 쓰세요.`,
        },
      });
    }
  },
});
