import {
  externallyManagedPython,
  type InstructionNode,
  isInstall,
  packageManagerCall,
  shell,
} from '@dop/analyzer';
import { pythonInstall } from '../recipes/python-venv.js';
import { eol, indentAt, isPlainRun, wholeLines } from '../text.js';
import { defineTransform } from '../transform.js';

const VENV = '/opt/venv';
/** Words that show the stage already deals with PEP 668 (a virtualenv, or the override). */
const HANDLED = /venv|virtualenv|break-system-packages|BREAK_SYSTEM_PACKAGES|pipx|VIRTUAL_ENV/i;

/**
 * `pip install` into the system Python of Alpine ≥ 3.19, Debian ≥ 12 or Ubuntu ≥ 23.04 stops with
 * "externally-managed-environment" (PEP 668). The stage gets a virtualenv before its first pip
 * install, first on PATH, so every later `pip` and `python3` use it; on Debian and Ubuntu the
 * venv module is its own package (python3-venv), added to the RUN that installs Python.
 */
export const transform = defineTransform({
  id: 'system-pip',
  run(ctx) {
    for (const stage of ctx.model.stages) {
      if (stage.image.stage !== null || externallyManagedPython(stage.image) !== true) continue;
      if (stage.instructions.some((i) => HANDLED.test(ctx.text.slice(i.span.start, i.span.end)))) continue;
      const first = stage.instructions.find((i) => pipInstalls(i));
      if (!first || !isPlainRun(first)) continue;
      const debianLike = stage.image.name.replace(/^library\//, '') !== 'alpine';
      const edits = [];
      if (debianLike) {
        const python = pythonInstall(stage, first);
        if (!python) {
          ctx.note({
            key: `${stage.index}`,
            message: {
              en: 'pip installs into the system Python, which this distribution marks as externally managed (PEP 668): the build stops with "externally-managed-environment". Install python3-venv and use a virtualenv (or the python image).',
              ko: 'pip가 시스템 Python에 설치하는데, 이 배포판은 시스템 Python을 외부 관리 환경으로 표시해(PEP 668) 빌드가 "externally-managed-environment"로 멈춥니다. python3-venv를 설치하고 virtualenv를 쓰세요(또는 python 이미지를 쓰세요).',
            },
            spans: [first.span],
          });
          continue;
        }
        if (python !== 'has-venv') edits.push({ start: python.end, end: python.end, text: ' python3-venv' });
      }
      const nl = eol(ctx.text);
      const indent = indentAt(ctx.text, first.span.start);
      const at = wholeLines(ctx.text, first.span).start;
      edits.push({
        start: at,
        end: at,
        text: `${indent}RUN python3 -m venv ${VENV}${nl}${indent}ENV PATH="${VENV}/bin:$PATH"${nl}`,
      });
      ctx.propose({
        title: {
          en: `Install Python packages into a virtualenv at ${VENV} (PEP 668)`,
          ko: `Python 패키지를 ${VENV}의 virtualenv에 설치(PEP 668)`,
        },
        explanation: {
          en: `${stage.image.raw} marks its system Python as externally managed (PEP 668), so a system-wide \`pip install\` stops with "externally-managed-environment". A virtualenv created before the first pip install and put first on PATH takes every later pip install and python3 run${debianLike ? '; python3-venv, which provides it on Debian and Ubuntu, joins the Python install' : ''}. Scripts that call /usr/bin/python3 by its full path still use the system Python.`,
          ko: `${stage.image.raw}는 시스템 Python을 외부 관리 환경으로 표시하므로(PEP 668) 시스템 전체에 \`pip install\`을 하면 "externally-managed-environment"로 멈춥니다. 첫 pip install 전에 virtualenv를 만들어 PATH 맨 앞에 두면 이후의 pip install과 python3 실행이 모두 그 환경을 씁니다${debianLike ? '. Debian과 Ubuntu에서 이를 제공하는 python3-venv를 Python 설치에 함께 넣었습니다' : ''}. /usr/bin/python3를 전체 경로로 부르는 스크립트는 여전히 시스템 Python을 씁니다.`,
        },
        practices: ['P09'],
        resolves: ['DOP140'],
        risk: 'review',
        edits,
      });
    }
  },
});

/** Whether a RUN installs with pip (pip, pip3, python3 -m pip), system-wide. */
function pipInstalls(ins: InstructionNode): boolean {
  return (ins.shell?.commands ?? []).some((c) => {
    const call = packageManagerCall(c);
    return call?.pm.id === 'pip' && isInstall(call) && shell.findOption(call.args, ['--user']) === null;
  });
}
