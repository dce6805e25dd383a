import type { BuildContext } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const DOCKERFILE =
  'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]\n';

function context(pkg: object, files = ['package.json', 'package-lock.json', 'src/server.ts']): BuildContext {
  return { files, texts: { 'package.json': JSON.stringify(pkg), 'package-lock.json': '{}' } };
}

const app = {
  scripts: { build: 'tsc' },
  dependencies: { express: '^4' },
  devDependencies: { typescript: '^5' },
};
const hasDepsStage = (ctx?: BuildContext) =>
  rewrite(DOCKERFILE, ctx ? { context: ctx } : {}).output.includes('FROM node:22 AS deps');

describe('node production-dependencies stage', () => {
  it('installs the production dependencies in a stage of their own, copied before the built app', () => {
    const r = rewrite(DOCKERFILE, { context: context(app) });
    expect(r.output).toContain(
      'COPY package.json package-lock.json ./\nRUN npm ci --omit=dev && npm cache clean --force',
    );
    expect(r.output).toContain(
      'COPY --from=deps /app/node_modules /app/node_modules\nCOPY --from=build /app /app',
    );
    expect(r.output).toContain('RUN rm -rf node_modules');
    expect(r.output).not.toContain('npm prune');
    const split = r.changes.find((c) => c.transform === 'multi-stage')!;
    expect(split.risk).toBe('review');
    expect(split.explanation.en).toContain('package.json defines no install script');
  });

  it('keeps the prune without the build context, a lock file, or with install scripts or generated modules', () => {
    expect(hasDepsStage()).toBe(false);
    expect(hasDepsStage(context(app, ['package.json', 'src/server.ts']))).toBe(false);
    expect(hasDepsStage(context({ ...app, scripts: { build: 'tsc', prepare: 'husky' } }))).toBe(false);
    expect(hasDepsStage(context({ ...app, dependencies: { '@prisma/client': '^5' } }))).toBe(false);
    expect(rewrite(DOCKERFILE).output).toContain('npm prune --omit=dev');
  });
});
