import { AUTOMATIC_PLATFORM_ARGS, substituteVariables } from '../model/image-ref.js';
import { defineRule } from './define.js';
import { platformFlag } from './support/images.js';

export const rule = defineRule({
  meta: {
    id: 'DOP024',
    slug: 'undefined-arg-in-from',
    title: { en: 'FROM uses an undeclared ARG', ko: 'FROM에서 선언하지 않은 ARG 사용' },
    severity: 'warning',
    practices: ['P31', 'P07'],
    aka: { buildkit: ['UndefinedArgInFrom'] },
    fixable: 'review',
    explanation: {
      en: 'FROM lines only see ARGs declared before the first FROM (plus the automatic platform args such as TARGETPLATFORM). An undeclared name expands to an empty string, and `--build-arg` cannot set it, so the image is not what the line suggests. Declare it with `ARG NAME=default` at the top of the file.',
      ko: 'FROM 줄에서는 첫 FROM 앞에 선언한 ARG(와 TARGETPLATFORM 같은 자동 플랫폼 ARG)만 쓸 수 있습니다. 선언하지 않은 이름은 빈 문자열로 바뀌고 `--build-arg`로도 지정할 수 없어, 줄에 적힌 것과 다른 이미지가 됩니다. 파일 맨 위에 `ARG 이름=기본값`으로 선언하세요.',
    },
    examples: {
      bad: 'FROM python:${PYTHON_VERSION}-slim\nCMD ["python"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'ARG PYTHON_VERSION=3.12\nFROM --platform=$BUILDPLATFORM python:${PYTHON_VERSION}-slim\nCMD ["python"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const declared = new Set(model.globalArgs.map((a) => a.name));
    const firstFrom = model.stages[0]?.from;
    if (!firstFrom) return;
    for (const stage of model.stages) {
      const flag = platformFlag(stage);
      // The model resolves the image; the --platform value is expanded the same way here.
      const platformUnresolved =
        flag?.value && flag.valueSpan ? substituteVariables(flag.value, new Map()).unresolved : [];
      const uses = [
        ...stage.image.unresolved.map((name) => ({ name, span: stage.image.span })),
        ...platformUnresolved.map((name) => ({ name, span: flag!.valueSpan! })),
      ];
      const seen = new Set<string>();
      for (const { name, span } of uses) {
        if (declared.has(name) || AUTOMATIC_PLATFORM_ARGS.has(name) || seen.has(name)) continue;
        seen.add(name);
        ctx.report({
          span,
          message: {
            en: `\`${name}\` is not declared before the first FROM, so it expands to an empty string here. Add \`ARG ${name}=<default>\` at the top of the file.`,
            ko: `\`${name}\`이(가) 첫 FROM 앞에 선언되지 않아 여기서 빈 문자열이 됩니다. 파일 맨 위에 \`ARG ${name}=<기본값>\`을(를) 추가하세요.`,
          },
          fix: {
            title: { en: `Declare ARG ${name} before the first FROM`, ko: `첫 FROM 앞에 ARG ${name} 선언` },
            // Review: a declared ARG takes --build-arg values the build ignored until now.
            safety: 'review',
            edits: [{ start: firstFrom.span.start, end: firstFrom.span.start, text: `ARG ${name}\n` }],
          },
        });
      }
    }
  },
});
