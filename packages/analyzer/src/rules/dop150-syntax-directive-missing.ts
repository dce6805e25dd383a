import type { FlagNode, InstructionNode } from '../model/types.js';
import type { Localized, Span } from '../types.js';
import { allInstructions, both, defineRule } from './define.js';

const DIRECTIVE = '# syntax=docker/dockerfile:1\n';

/** Flags the Dockerfile frontend bundled with older Docker engines does not know, per instruction. */
const NEW_FLAGS: { keywords: string[]; flag: string; applies?: (f: FlagNode) => boolean }[] = [
  { keywords: ['RUN'], flag: 'mount' },
  { keywords: ['RUN'], flag: 'network' },
  { keywords: ['RUN'], flag: 'security' },
  { keywords: ['COPY', 'ADD'], flag: 'link' },
  { keywords: ['COPY', 'ADD'], flag: 'exclude' },
  { keywords: ['COPY', 'ADD'], flag: 'parents' },
  // Octal modes work in every BuildKit frontend; symbolic ones (`u+x`) need a recent one.
  { keywords: ['COPY', 'ADD'], flag: 'chmod', applies: (f) => !/^[0-7]{3,4}$/.test(f.value ?? '') },
  { keywords: ['ADD'], flag: 'checksum' },
  { keywords: ['ADD'], flag: 'keep-git-dir' },
];

/** The first feature of the instruction that needs a recent frontend, with where it is. */
function newFeature(ins: InstructionNode): { what: Localized; span: Span } | null {
  for (const f of ins.flags) {
    const name = f.name.toLowerCase();
    const hit = NEW_FLAGS.find((n) => n.flag === name && n.keywords.includes(ins.keyword));
    if (hit && (!hit.applies || hit.applies(f)))
      return { what: both(`${ins.keyword} --${name}`, `${ins.keyword} --${name}`), span: f.span };
  }
  // Exec form has no here-documents, though the model reports `<<EOF` inside a JSON string as one.
  const heredoc = ins.json ? undefined : ins.heredocs[0];
  if (heredoc)
    return {
      what: both(`a here-document in ${ins.keyword}`, `${ins.keyword}의 here-document`),
      span: heredoc.markerSpan,
    };
  return null;
}

export const rule = defineRule({
  meta: {
    id: 'DOP150',
    slug: 'syntax-directive-missing',
    title: {
      en: 'New Dockerfile features without a syntax directive',
      ko: 'syntax 지시어 없이 쓴 새 Dockerfile 기능',
    },
    severity: 'info',
    practices: ['P32'],
    aka: {},
    fixable: 'safe',
    explanation: {
      en: 'Without `# syntax=`, the build uses the Dockerfile frontend bundled with the Docker engine at hand, and older engines and CI runners reject RUN --mount, here-documents, COPY --link, --exclude, ADD --checksum and the like. Put `# syntax=docker/dockerfile:1` on the first line so every builder fetches a frontend that knows them.',
      ko: '`# syntax=`가 없으면 빌드는 그 Docker 엔진에 들어 있는 Dockerfile 프런트엔드를 쓰며, 오래된 엔진이나 CI 러너는 RUN --mount, here-document, COPY --link, --exclude, ADD --checksum 같은 기능을 거부합니다. 첫 줄에 `# syntax=docker/dockerfile:1`을 두어 어느 빌더든 이 기능을 아는 프런트엔드를 받아 오게 하세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
      badLines: [2],
      onbuild: 'same',
      good: '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.directives.some((d) => d.name.toLowerCase() === 'syntax')) return;
    const features: { what: Localized; span: Span }[] = [];
    const check = model.directives.find((d) => d.name.toLowerCase() === 'check');
    if (check)
      features.push({ what: both('the `# check=` directive', '`# check=` 지시어'), span: check.span });
    for (const ins of allInstructions(model)) {
      const f = newFeature(ins);
      if (f && !features.some((x) => x.what.en === f.what.en)) features.push(f);
    }
    if (features.length === 0) return;
    const bom = ctx.text.startsWith('\uFEFF') ? 1 : 0;
    const list = (lang: keyof Localized) =>
      features
        .slice(0, 3)
        .map((f) => f.what[lang])
        .join(', ');
    const more = features.length > 3 ? ` (+${features.length - 3})` : '';
    ctx.report({
      span: features[0]!.span,
      message: both(
        `This file uses ${list('en')}${more} but has no \`# syntax=\` directive; older builders will reject it.`,
        `이 파일은 ${list('ko')}${more}을(를) 쓰지만 \`# syntax=\` 지시어가 없어 오래된 빌더에서는 빌드가 실패합니다.`,
      ),
      fix: {
        title: both('Add `# syntax=docker/dockerfile:1`', '`# syntax=docker/dockerfile:1` 추가'),
        safety: 'safe',
        // After a byte-order mark, if any, so the directive stays the first thing the parser reads.
        edits: [{ start: bom, end: bom, text: DIRECTIVE }],
      },
    });
  },
});
