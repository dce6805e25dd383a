import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const TITLE = 'Copy the source after the install, not before it';
const change = (text: string) => rewrite(text).changes.find((c) => c.title.en === TITLE);

describe('dependencies-before-source: source copied before a manifest install moves after it', () => {
  it('moves a folder copied elsewhere below the install (review: install scripts)', () => {
    const text = [
      'FROM node:22-slim',
      'WORKDIR /app',
      'COPY pb/ /build/pb/',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'CMD ["node", "index.js"]',
      '',
    ].join('\n');
    const r = rewrite(text, { multiStage: false });
    expect(r.output).toContain('RUN npm ci && npm cache clean --force\nCOPY pb/ /build/pb/\nCOPY . .\n');
    const c = change(text)!;
    expect(c.risk).toBe('review');
    expect(c.explanation.en).toContain('install scripts');
    expect(c.explanation.ko).toContain('설치 스크립트');
    expect(r.layers.before.installsRerunOnSourceChange).toBe(1);
    expect(r.layers.after.installsRerunOnSourceChange).toBe(0);
  });

  it('moves source files and folders into the working directory, with their comments', () => {
    const text = [
      'FROM python:3.13-slim',
      'ARG DIR=/template',
      'WORKDIR ${DIR}',
      '# the pipeline',
      'COPY main.py .',
      'COPY requirements.txt .',
      'COPY src src',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'CMD ["python", "main.py"]',
      '',
    ].join('\n');
    expect(rewrite(text).output).toContain(
      'COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n# the pipeline\nCOPY main.py .\nCOPY src src\n',
    );
  });

  it('leaves the requirement file a pattern brings in place, copied on its own', () => {
    const text = [
      'FROM python:3.13-slim',
      'WORKDIR /app',
      'COPY *.py *.txt ./',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'CMD ["python", "app.py"]',
      '',
    ].join('\n');
    const r = rewrite(text);
    expect(r.output).toContain(
      'COPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY *.py *.txt ./\n',
    );
    expect(change(text)!.explanation.ko).toContain('requirements.txt는 먼저 따로 복사합니다');
  });

  it('moves an entrypoint script copied to a folder of programs past USER and WORKDIR', () => {
    const text = [
      'FROM node:22-slim',
      'COPY docker-entrypoint.sh /usr/local/bin/',
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'USER node',
      'WORKDIR /opt/app',
      'COPY --chown=node:node package.json package-lock.json* ./',
      'RUN npm ci && npm cache clean --force',
      'COPY --chown=node:node . .',
      'CMD ["node", "index.js"]',
      '',
    ].join('\n');
    expect(rewrite(text).output).toContain(
      'RUN npm ci && npm cache clean --force\nCOPY docker-entrypoint.sh /usr/local/bin/\n',
    );
  });

  it('leaves a copy that a step before the install reads, or that it may run', () => {
    const chmod = [
      'FROM node:22-slim',
      'WORKDIR /app',
      'COPY scripts/ /opt/scripts/',
      'RUN chmod +x /opt/scripts/setup.sh',
      'COPY package.json ./',
      'RUN npm install',
      '',
    ].join('\n');
    expect(change(chmod)).toBeUndefined();
    const runs = [
      'FROM python:3.13-slim',
      'WORKDIR /app',
      'COPY *.py ./',
      'COPY requirements.txt .',
      'RUN python setup_env.py && pip install -r requirements.txt',
      '',
    ].join('\n');
    expect(change(runs)).toBeUndefined();
  });

  it('leaves a folder copied into the install folder (it may bring what the install writes)', () => {
    const text = [
      'FROM node:22-slim',
      'WORKDIR /app',
      'COPY lib/ ./',
      'COPY package.json ./',
      'RUN npm install',
      '',
    ].join('\n');
    expect(change(text)).toBeUndefined();
  });

  it('leaves a copy into the folders an OS package manager reads (an apt source, its configuration)', () => {
    const text = [
      'FROM python:3.13-slim',
      'WORKDIR /app',
      'COPY deploy/sources.list /etc/apt/sources.list',
      'COPY requirements.txt .',
      'RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && pip install -r requirements.txt',
      '',
    ].join('\n');
    expect(change(text)).toBeUndefined();
  });

  it('leaves a copy to a folder of the base image’s unknown working directory a step names', () => {
    // with no WORKDIR written, /srv may be the working directory the relative copy lands in
    const text = [
      'FROM node:22-slim',
      'COPY src/ ./src/',
      'RUN mkdir -p /srv/src/cache',
      'COPY package.json ./',
      'RUN npm install',
      '',
    ].join('\n');
    expect(change(text)).toBeUndefined();
  });

  it('moves a copy past pip steps that name none of its files (`pip install --upgrade pip`, `pip check`)', () => {
    const text = [
      'FROM python:3.13-slim',
      'WORKDIR /pipeline',
      'COPY requirements.txt .',
      'COPY *.py ./',
      'RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir -r requirements.txt && pip check',
      'ENTRYPOINT ["python", "main.py"]',
      '',
    ].join('\n');
    const r = rewrite(text, { multiStage: false });
    expect(change(text)?.risk).toBe('review');
    expect(r.output).toContain('&& pip check\nCOPY *.py ./\n');
  });

  it('leaves a copy whose relative destination a WORKDIR between would move', () => {
    const text = [
      'FROM node:22-slim',
      'WORKDIR /src',
      'COPY tools.js ./',
      'WORKDIR /app',
      'COPY package.json ./',
      'RUN npm install',
      '',
    ].join('\n');
    expect(change(text)).toBeUndefined();
  });
});

describe('dependencies-before-source: tool set-up between the source and the install', () => {
  it('moves a RUN of `yarn global add` before the COPY with the install', () => {
    const text =
      'FROM node:20-alpine\nWORKDIR /project\nCOPY . .\nRUN yarn global add @vue/cli\nRUN yarn install\nCMD ["yarn", "serve"]\n';
    expect(rewrite(text, { multiStage: false }).output).toContain(
      'RUN yarn global add @vue/cli\nCOPY package.json yarn.lock* .yarnrc.yml* ./\nRUN yarn install',
    );
  });

  it('leaves a RUN between that installs from a path', () => {
    const text =
      'FROM node:20-alpine\nWORKDIR /project\nCOPY . .\nRUN yarn global add ./tools\nRUN yarn install\n';
    expect(rewrite(text, { multiStage: false }).output).toContain('COPY . .\nRUN yarn global add ./tools\n');
  });
});

describe('dependencies-before-source: a project install split in two', () => {
  it('installs the dependencies without the project first (uv), moving the ENV between', () => {
    const text =
      'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.8 /uv /bin/\nCOPY . /app\nWORKDIR /app\nENV PYTHONUNBUFFERED=1\nRUN uv sync --locked\nCMD ["uv", "run", "server.py"]\n';
    const r = rewrite(text, { multiStage: false });
    expect(r.output).toContain(
      'WORKDIR /app\nENV PYTHONUNBUFFERED=1\nCOPY pyproject.toml uv.lock* uv.toml* .python-version* /app/\nRUN uv sync --locked --no-install-project\nCOPY . /app\n',
    );
    // the WORKDIR moved above the manifests is not repeated after the source
    expect(r.output).toContain('COPY . /app\nRUN uv sync --locked\n');
    expect(r.output.match(/^WORKDIR/gm)).toHaveLength(1);
    const c = r.changes.find((x) => x.transform === 'dependencies-before-source')!;
    expect(c.risk).toBe('review');
    expect(c.explanation.en).toContain('--no-install-project');
    expect(c.explanation.ko).toContain('워크스페이스');
  });

  it('does the same for `poetry install` with --no-root, keeping set-up before it', () => {
    const text =
      'FROM python:3.13\nWORKDIR /app\nCOPY . .\nRUN pip install poetry && poetry install --only main\nCMD ["poetry", "run", "app"]\n';
    const out = rewrite(text, { multiStage: false }).output;
    expect(out).toContain(
      'COPY pyproject.toml poetry.lock* poetry.toml* .python-version* ./\nRUN pip install --no-cache-dir poetry && poetry install --only main --no-root\nCOPY . .\nRUN poetry install --only main\n',
    );
  });

  it('leaves a file whose dependencies are already installed without the project first', () => {
    const text =
      'FROM python:3.13\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --no-install-project\nCOPY . .\nRUN uv sync\n';
    expect(rewrite(text).changes.some((c) => c.transform === 'dependencies-before-source')).toBe(false);
  });

  it('leaves a COPY that names a variable an ENV between sets', () => {
    const text =
      'FROM python:3.13\nCOPY . $HOME/app\nENV HOME=/srv\nWORKDIR /srv/app\nRUN pip install -r requirements.txt\n';
    expect(rewrite(text).changes.some((c) => c.transform === 'dependencies-before-source')).toBe(false);
  });
});
