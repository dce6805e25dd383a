import { defineRule } from './define.js';
import { checkedSources } from './support/context-sources.js';
import { isWholeContext } from './support/layers.js';

/** What makes a context without .dockerignore costly or risky to send, named in the message when present. */
const NOTABLE = ['.git', 'node_modules', '.venv', 'venv', 'target', '__pycache__'];

/** Needs the build context. Reported once, on the first copy of the whole context. */
export const rule = defineRule({
  meta: {
    id: 'DOP164',
    slug: 'dockerignore-missing',
    title: { en: 'Whole context copied and no .dockerignore', ko: '.dockerignore 없이 컨텍스트 전체를 복사' },
    severity: 'warning',
    practices: ['P21'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'The Dockerfile copies the whole build context (`COPY . .`) and the context has no .dockerignore, so everything in the folder is sent to the builder and lands in the image: `.git`, local `node_modules` or virtual environments, build output, editor files. It makes the image bigger, busts the cache on every unrelated change, and can leak secrets. Add a .dockerignore (`dop rewrite --dockerignore` suggests one). This rule needs the build context.',
      ko: 'Dockerfile이 빌드 컨텍스트 전체를 복사(`COPY . .`)하는데 컨텍스트에 .dockerignore가 없습니다. 그러면 폴더의 모든 것이 빌더로 전달되어 이미지에 들어갑니다. `.git`, 로컬 `node_modules`나 가상 환경, 빌드 결과물, 편집기 파일까지요. 이미지가 커지고, 상관없는 파일이 바뀔 때마다 캐시가 깨지며, 비밀값이 샐 수도 있습니다. .dockerignore를 추가하세요(`dop rewrite --dockerignore`가 제안해 줍니다). 이 규칙에는 빌드 컨텍스트가 필요합니다.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      badLines: [3],
      // Ignored: an ONBUILD COPY reads the downstream build's context.
      onbuild: 'ignored',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py ./\nCMD ["python", "app.py"]\n',
      options: { context: { files: ['app.py', 'requirements.txt', '.git/HEAD', '.git/config'], texts: {} } },
    },
  },
  check(ctx) {
    const view = ctx.buildContext;
    if (!view || view.hasIgnoreFile) return;
    const whole = checkedSources(ctx.model, view).find((s) => isWholeContext(s.value));
    if (!whole) return;
    const top = new Set(view.context.files.map((f) => f.split('/')[0]!));
    const notable = NOTABLE.filter((n) => top.has(n));
    const named = notable.length > 0 ? ` (${notable.map((n) => `\`${n}\``).join(', ')} included)` : '';
    const namedKo = notable.length > 0 ? ` (${notable.map((n) => `\`${n}\``).join(', ')} 포함)` : '';
    const count = view.context.files.length;
    ctx.report({
      span: whole.token.span,
      message: {
        en: `${whole.ins.keyword} ${whole.value} sends all ${count} files of the context${named}: there is no .dockerignore.`,
        ko: `.dockerignore가 없어서 ${whole.ins.keyword} ${whole.value} 명령이 컨텍스트의 파일 ${count}개를 모두 보냅니다${namedKo}.`,
      },
    });
  },
});
