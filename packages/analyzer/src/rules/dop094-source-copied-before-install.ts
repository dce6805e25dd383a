import { dependencyInstallOf, isManifestOrLock } from '../knowledge/ecosystems.js';
import type { InstructionNode } from '../model/types.js';
import { defineRule } from './define.js';
import { copiesFromElsewhere, copySources, isWholeContext } from './support/layers.js';

/** Directories that conventionally hold application source: copying them busts the install cache too. */
const SOURCE_DIRS = new Set([
  'src',
  'app',
  'lib',
  'cmd',
  'internal',
  'pkg',
  'components',
  'pages',
  'public',
  'static',
  'templates',
]);

/** Files without an extension that are not source: the name alone does not make a folder. */
const NOT_A_FOLDER = /^(?:[A-Za-z]+file|LICEN[CS]E|README|NOTICE|VERSION|CHANGELOG|AUTHORS|COPYING)$/;

/**
 * A project folder under a name of its own (`COPY django_project /app`): a last path segment
 * with no dot that is no manifest and no known extensionless file. The teaching notes copy one
 * before `pip install`, and every edit in it re-runs the install just as `src/` would.
 */
function looksLikeFolder(path: string): boolean {
  const last = path.split('/').pop() ?? '';
  if (last === '' || last.includes('.') || /[*?[$]/.test(last)) return false;
  return !NOT_A_FOLDER.test(last) && !isManifestOrLock(last);
}

/** What a COPY brings in that is application source, for the message; null when it is not source. */
function sourceCopied(ins: InstructionNode): string | null {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || copiesFromElsewhere(ins)) return null;
  const ops = copySources(ins);
  for (const s of ops?.sources ?? []) {
    if (s.url || s.heredoc || s.variable) continue;
    const dir = s.value.replace(/^\.\//, '').replace(/(?<!\/)\/+\*?$/, '');
    if (isWholeContext(s.value) || SOURCE_DIRS.has(dir) || looksLikeFolder(dir)) return s.value;
  }
  return null;
}

export const rule = defineRule({
  meta: {
    id: 'DOP094',
    slug: 'source-copied-before-install',
    title: {
      en: 'Source copied before the dependency install',
      ko: '의존성 설치 전에 소스를 복사',
    },
    severity: 'warning',
    practices: ['P23', 'P22'],
    aka: {},
    fixable: 'none',
    restructuredBy: 'dependencies-before-source',
    explanation: {
      en: 'A COPY is cached only while the copied files stay the same. Copying the whole source before `npm ci`, `pip install -r`, `go mod download` and the like means every code edit invalidates that layer and re-installs all dependencies. Copy the manifest and lock files first, install, then copy the rest.',
      ko: 'COPY 레이어는 복사한 파일이 그대로일 때만 캐시됩니다. `npm ci`, `pip install -r`, `go mod download` 같은 설치 전에 소스 전체를 복사하면 코드를 고칠 때마다 캐시가 깨져 의존성을 모두 다시 설치합니다. 매니페스트와 잠금 파일을 먼저 복사해 설치한 뒤 나머지를 복사하세요.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n',
      badLines: [4],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let copied: { ins: InstructionNode; what: string } | null = null;
      // tools that installed the dependencies without the project before the source (`uv sync
      // --no-install-project`): their install after it only adds the project, as it must
      const withoutProject = new Set<string>();
      for (const node of stage.instructions) {
        const ins = node.trigger ?? node;
        if (!copied) {
          const what = sourceCopied(ins);
          if (what) copied = { ins, what };
        }
        if (ins.keyword !== 'RUN') continue;
        if (!copied) {
          for (const cmd of ins.shell?.commands ?? []) {
            const tool = dependencyInstallOf(cmd);
            if (tool?.withoutProject && cmd.args.some((a) => a.value === tool.withoutProject!.flag))
              withoutProject.add(tool.id);
          }
          continue;
        }
        for (const cmd of ins.shell?.commands ?? []) {
          const tool = dependencyInstallOf(cmd);
          if (!tool || withoutProject.has(tool.id)) continue;
          const said = cmd.argv
            .slice(cmd.programIndex)
            .map((w) => w.value)
            .join(' ');
          const files = [...tool.manifests, ...tool.locks]
            .filter((f) => !f.endsWith('/'))
            .slice(0, 3)
            .join(', ');
          ctx.report({
            span: cmd.span,
            message: {
              en: `\`${said}\` runs after \`${copied.ins.keyword} ${copied.what}\` (line ${copied.ins.startLine + 1}): every source change re-installs the dependencies. Copy ${files} first, install, then copy the source.`,
              ko: `\`${said}\`이(가) \`${copied.ins.keyword} ${copied.what}\`(${copied.ins.startLine + 1}행) 뒤에 실행되어 소스가 바뀔 때마다 의존성을 다시 설치합니다. ${files}을(를) 먼저 복사해 설치한 뒤 소스를 복사하세요.`,
            },
            related: [copied.ins.span],
          });
          break;
        }
      }
    }
  },
});
