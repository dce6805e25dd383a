/**
 * The npm-start step's note says the command was left as it is; a later change that writes a
 * command of its own (a built site served from nginx) makes that untrue, and withdraws the note.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const dockerfile = [
  'FROM node:20',
  'WORKDIR /app',
  'COPY . .',
  'RUN npm install && npm run build',
  'RUN npm install -g serve',
  'EXPOSE 3000',
  'CMD ["npm", "start"]',
  '',
].join('\n');
const packageJson = JSON.stringify({
  name: 'site',
  scripts: { start: 'serve -s build -l 3000', build: 'react-scripts build' },
});
const context = { files: ['package.json', 'src/index.js'], texts: { 'package.json': packageJson } };
const startNote = (r: ReturnType<typeof rewrite>) => r.notes.find((n) => n.id === 'npm-start:start-script');

describe('npm-start note beside a static site', () => {
  it('is withdrawn when nginx serves the built site in place of the npm command', () => {
    const r = rewrite(dockerfile, { context });
    expect(r.output).toContain('FROM nginxinc/nginx-unprivileged');
    expect(r.output).not.toMatch(/^CMD /m);
    expect(startNote(r)).toBeUndefined();
  });

  it('stays when the command is left as it is (no multi-stage, or its change rejected)', () => {
    const off = rewrite(dockerfile, { context, multiStage: false });
    expect(off.output).toContain('CMD ["npm", "start"]');
    expect(startNote(off)?.message.en).toContain('left as it is');

    const multi = rewrite(dockerfile, { context }).changes.find((c) => c.transform === 'multi-stage')!;
    const rejected = rewrite(dockerfile, { context, rejectedChanges: [multi.id] });
    expect(rejected.output).toContain('CMD ["npm", "start"]');
    expect(startNote(rejected)?.message.en).toContain('left as it is');
  });
});
