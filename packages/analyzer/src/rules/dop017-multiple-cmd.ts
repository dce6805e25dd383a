import { defineRule } from './define.js';
import { reportEarlierRepeats } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP017',
    slug: 'multiple-cmd',
    title: { en: 'More than one CMD in a stage', ko: '한 스테이지에 CMD가 여러 개' },
    severity: 'warning',
    practices: ['P03'],
    aka: { hadolint: ['DL4003'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS-0016'] },
    fixable: 'review',
    explanation: {
      en: 'Only the last CMD of a stage sets the default command; the earlier ones are silently replaced, which usually hides a mistake (a CMD meant as RUN, or a leftover from editing). Keep one CMD, at the end of the stage.',
      ko: '스테이지의 기본 명령은 마지막 CMD 하나만 정합니다. 앞의 CMD는 말없이 대체되며, 대개 실수(RUN이어야 할 CMD나 편집하다 남은 줄)를 가립니다. CMD는 스테이지 끝에 하나만 두세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nCMD ["python", "-m", "pip", "--version"]\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nRUN python -m pip --version\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
    },
  },
  check(ctx) {
    reportEarlierRepeats(ctx, 'CMD');
  },
});
