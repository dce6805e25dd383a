/** A split into build and runtime stages never loses what the container needs from the build stage. */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const split = (text: string) => rewrite(text).changes.some((c) => c.transform === 'multi-stage');
const notes = (text: string) =>
  rewrite(text)
    .notes.map((n) => n.message.en)
    .join('\n');

const NODE_APP = ['FROM node:20', 'WORKDIR /app', 'COPY package.json ./', 'RUN npm install', 'COPY . .'];

describe('multi-stage split of a node stage', () => {
  it('does not split when a RUN writes outside the copied folder', () => {
    const text = [
      ...NODE_APP,
      'RUN npm run build',
      'RUN cp -r dist/* /var/www/html/',
      'CMD ["node", "server.js"]',
      '',
    ].join('\n');
    expect(split(text)).toBe(false);
    expect(notes(text)).toContain('writes to /var/www/html/, outside /app');
  });

  it('does not split when the container runs a program installed in the stage', () => {
    const text = [
      ...NODE_APP,
      'RUN apt-get update && apt-get install -y nginx',
      'CMD ["nginx", "-g", "daemon off;"]',
      '',
    ].join('\n');
    expect(split(text)).toBe(false);
    expect(notes(text)).toContain('the container runs `nginx`');
  });

  it('still splits an app that runs on node from its own folder', () => {
    for (const cmd of [
      'CMD ["node", "server.js"]',
      'CMD ["npm", "start"]',
      'CMD ["./bin/start.sh"]',
      'CMD ["/app/bin/start"]',
    ]) {
      const text = [
        ...NODE_APP,
        'RUN cp config.example.json /app/config.json',
        'RUN cp x /tmp/x',
        cmd,
        '',
      ].join('\n');
      expect(split(text), cmd).toBe(true);
    }
  });
});
