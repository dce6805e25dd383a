import type { ContextView } from '../context/view.js';
import { defineRule } from './define.js';
import { checkedSources } from './support/context-sources.js';
import { secretFileReason } from './support/secrets.js';

/** Keys of registry configs whose value is a credential. */
const CREDENTIAL_KEYS = ['_authToken', '_auth', '_password', 'password', 'npmAuthToken'];

/** Whether a registry config sets a credential key to a literal value (not `${TOKEN}`), line by line. */
function setsCredential(text: string): boolean {
  return text.split('\n').some((raw) => {
    const line = raw.trim();
    const eq = line.indexOf('=');
    const colon = line.indexOf(': ');
    // `key = value` (npm, pip) or `key: value` (yarn); `//registry/:_authToken=…` keys end after the last `:`
    const sep = eq > 0 ? eq : colon > 0 ? colon : -1;
    if (sep < 0) return false;
    const keyPart = line.slice(0, sep).trim();
    const key = keyPart.slice(keyPart.lastIndexOf(':') + 1).trim();
    const value = line
      .slice(sep + 1)
      .trim()
      .replace(/^["']/, '');
    return CREDENTIAL_KEYS.includes(key) && value !== '' && !value.startsWith('${');
  });
}
const READ_CONFIGS = ['.npmrc', '.yarnrc.yml', '.pypirc', '.netrc'];

function holdsSecret(view: ContextView, path: string): string | null {
  const reason = secretFileReason(path);
  if (!reason) return null;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const text = READ_CONFIGS.includes(base) ? view.text(path) : undefined;
  // A registry config that was read and names no credential is configuration, not a secret.
  if (text !== undefined && !setsCredential(text)) return null;
  return reason;
}

/** Needs the build context. A source that names the secret itself is DOP135's finding. */
export const rule = defineRule({
  meta: {
    id: 'DOP162',
    slug: 'secret-in-context',
    title: {
      en: 'A folder copy brings credentials into the image',
      ko: '폴더 복사로 자격 증명이 이미지에 들어감',
    },
    severity: 'warning',
    practices: ['P10', 'P21'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: '`COPY . .` or a folder copy takes every file that .dockerignore does not exclude, and the build context here holds credentials (`.env`, private keys, a registry config with a token). They end up in a layer that anyone who pulls the image can read, even if a later RUN deletes them. List them in .dockerignore, and give build-time credentials with `RUN --mount=type=secret`. This rule needs the build context.',
      ko: '`COPY . .`나 폴더 복사는 .dockerignore가 제외하지 않은 파일을 모두 가져갑니다. 그런데 이 빌드 컨텍스트에는 자격 증명(`.env`, 개인 키, 토큰이 든 레지스트리 설정)이 있습니다. 이 파일들은 레이어에 남아 이미지를 받는 누구나 읽을 수 있고, 나중의 RUN에서 지워도 마찬가지입니다. .dockerignore에 추가하고, 빌드 중에 필요한 자격 증명은 `RUN --mount=type=secret`으로 넘기세요. 이 규칙에는 빌드 컨텍스트가 필요합니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
      badLines: [3],
      // Ignored: an ONBUILD COPY reads the downstream build's context.
      onbuild: 'ignored',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json server.js ./\nRUN npm ci\n',
      options: {
        context: {
          files: ['package.json', 'package-lock.json', 'server.js', '.env', '.npmrc'],
          texts: { '.npmrc': '//registry.npmjs.org/:_authToken=npm_abc123\n' },
        },
      },
    },
  },
  check(ctx) {
    const view = ctx.buildContext;
    if (!view) return;
    for (const s of checkedSources(ctx.model, view)) {
      if (secretFileReason(s.value)) continue;
      const secrets = s.match.sent.filter((f) => holdsSecret(view, f) !== null);
      if (secrets.length === 0) continue;
      const shown = secrets
        .slice(0, 3)
        .map((f) => `\`${f}\``)
        .join(', ');
      const more = secrets.length > 3 ? ` (+${secrets.length - 3})` : '';
      ctx.report({
        span: s.token.span,
        message: {
          en: `${s.ins.keyword} ${s.value} copies credentials from the build context: ${shown}${more}. Add them to .dockerignore.`,
          ko: `${s.ins.keyword} ${s.value} 명령이 빌드 컨텍스트의 자격 증명을 복사합니다: ${shown}${more}. .dockerignore에 추가하세요.`,
        },
        contextFiles: secrets.map((path) => ({ path })),
      });
    }
  },
});
