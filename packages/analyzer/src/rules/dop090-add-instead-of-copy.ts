import { defineRule, instructionsOf } from './define.js';
import { copySources } from './support/layers.js';

/** ADD flags COPY does not have: with them the instruction really needs ADD. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const rule = defineRule({
  meta: {
    id: 'DOP090',
    slug: 'add-instead-of-copy',
    title: { en: 'ADD used to copy local files', ko: '로컬 파일 복사에 ADD 사용' },
    severity: 'warning',
    practices: ['P28'],
    aka: { hadolint: ['DL3020'], trivy: ['DS-0005'] },
    fixable: 'safe',
    explanation: {
      en: 'ADD also downloads URLs, clones git repositories and unpacks local tar archives, so a reader has to check which of these an ADD does. For plain files and directories use COPY, which does only that (it takes the same --chown, --chmod, --link and --exclude flags). Keep ADD for extracting a local tarball or fetching with --checksum.',
      ko: 'ADD는 URL 다운로드, git 저장소 복제, 로컬 tar 압축 해제까지 하므로 읽는 사람이 이 ADD가 무엇을 하는지 따져 봐야 합니다. 일반 파일과 디렉터리에는 그 일만 하는 COPY를 쓰세요(--chown, --chmod, --link, --exclude 플래그도 같습니다). ADD는 로컬 tar 압축 해제나 --checksum을 붙인 다운로드에만 쓰세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nADD requirements.txt .\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nADD vendor/wheels.tar.gz /opt/wheels/\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'ADD')) {
      if (ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()))) continue;
      const ops = copySources(ins);
      if (!ops || ops.sources.length === 0) continue;
      // URLs, git and archives are what ADD is for; a variable may be any of them.
      if (ops.sources.some((s) => s.url || s.git || s.localArchive || s.variable)) continue;
      const copy = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? 'copy' : 'COPY';
      const names = ops.sources.map((s) => s.value).join(', ');
      ctx.report({
        span: ins.keywordSpan,
        message: {
          en: `ADD of local ${names}: COPY does the same without ADD's download and unpack behaviour.`,
          ko: `로컬 ${names}의 ADD: 다운로드와 압축 해제 동작이 없는 COPY로 똑같이 할 수 있습니다.`,
        },
        fix: {
          title: { en: 'Replace ADD with COPY', ko: 'ADD를 COPY로 바꾸기' },
          safety: 'safe',
          edits: [{ start: ins.keywordSpan.start, end: ins.keywordSpan.end, text: copy }],
        },
      });
    }
  },
});
