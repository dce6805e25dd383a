import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop095-chown-after-copy.js';

describe('DOP095 chown-after-copy', () => {
  it('fires on chown/chmod of copied paths', () => {
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node:node /app')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN chown -R node /app')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY src/ ./src/\nRUN chown -R node .')).toHaveLength(1);
    expect(
      lint(rule, 'FROM node:22\nCOPY run.sh /usr/local/bin/run.sh\nRUN chmod +x /usr/local/bin/run.sh'),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM node:22\nCOPY --from=build /out /srv\nRUN apt-get update && chown -R www-data /srv'),
    ).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM node:22\nCOPY . /app\nRUN chown -R node /app'))).toHaveLength(1);
  });

  it('resolves paths through the ENV and ARG values the file gives', () => {
    const env = 'FROM python:3.12-slim\nENV APP_HOME=/home/app/web\n';
    expect(lint(rule, `${env}COPY . $APP_HOME\nRUN chown -R app:app $APP_HOME`)).toHaveLength(1);
    expect(lint(rule, `${env}COPY . \${APP_HOME}/\nRUN chown -R app:app /home/app/web`)).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nARG DIR=/app\nCOPY . $DIR\nRUN chown -R node $DIR')).toHaveLength(1);
    expect(
      lint(rule, `${env}WORKDIR $APP_HOME\nCOPY . $APP_HOME\nRUN chown -R 1000:1000 $APP_HOME`),
    ).toHaveLength(1);
    // the RUN sets the variable itself: its value there is not the ENV's
    expect(lint(rule, `${env}COPY . $APP_HOME\nRUN APP_HOME=/x chown -R app $APP_HOME`)).toEqual([]);
  });

  it('does not fire on other paths, other stages, or paths it cannot resolve', () => {
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node /data')).toEqual([]);
    // Only part of the copied tree: COPY --chown would change more than the RUN does.
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node /app/data')).toEqual([]);
    expect(lint(rule, 'FROM node:22 AS a\nCOPY . /app\nFROM node:22\nRUN chown -R node /app')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN cd /x && chown -R node app')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . $APP\nRUN chown -R node /app')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node $APP')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown --reference=/etc /app')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node /')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nRUN chown -R node /app\nCOPY . /app')).toEqual([]);
  });

  it('folds a lone chown into COPY --chown (review)', () => {
    const text = 'FROM node:22\nCOPY . /app\nRUN chown -R node:node /app\nUSER node\n';
    expect(fixed(rule, text)).toBe('FROM node:22\nCOPY --chown=node:node . /app\nUSER node\n');
    expect(lint(rule, text)[0]?.fix?.safety).toBe('review');
    expect(fixed(rule, 'FROM node:22\nCOPY run.sh /run.sh\nRUN chmod 755 /run.sh\n')).toBe(
      'FROM node:22\nCOPY --chmod=755 run.sh /run.sh\n',
    );
  });

  it('takes a chown that starts a && chain out of it: what follows runs on files with the owner either way', () => {
    expect(fixed(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node /app && npm ci\n')).toBe(
      'FROM node:22\nCOPY --chown=node . /app\nRUN npm ci\n',
    );
  });

  it('does not read a chmod of the folder alone (no -R) as one of the files copied into it', () => {
    expect(
      lint(rule, 'FROM alpine\nWORKDIR /work/\nCOPY target/app /work/application\nRUN chmod 775 /work\n'),
    ).toEqual([]);
  });

  it('offers no fix when the command reaches more than the copy, or something ran in between', () => {
    // The folder above the copy, or an install between them, has files the COPY does not make.
    expect(
      lint(rule, 'FROM node:22\nCOPY conf /etc/app/conf\nRUN chown -R node /etc/app')[0]?.fix,
    ).toBeUndefined();
    expect(
      lint(rule, 'FROM node:22\nCOPY . /app\nRUN npm ci\nRUN chown -R node /app')[0]?.fix,
    ).toBeUndefined();
    // Without -R only the folder changes, while COPY --chmod would change every file in it.
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chmod 755 /app')[0]?.fix).toBeUndefined();
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nENV A=1\nRUN chown -R node /app')[0]?.fix).toBeDefined();
  });

  it('offers no fix when the RUN does more, or the mode is symbolic', () => {
    // After npm ci the chown also owns what the install wrote; a ; or || chain may skip or re-run.
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN npm ci && chown -R node /app')[0]?.fix).toBeUndefined();
    expect(lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node /app; npm ci')[0]?.fix).toBeUndefined();
    expect(
      lint(rule, 'FROM node:22\nCOPY . /app\nRUN chown -R node /app && (cd /app && npm ci)')[0]?.fix,
    ).toBeUndefined();
    expect(lint(rule, 'FROM node:22\nCOPY a /a\nRUN chmod +x /a')[0]?.fix).toBeUndefined();
    expect(
      lint(rule, 'FROM node:22\nCOPY --chown=1:1 . /app\nRUN chown -R node /app')[0]?.fix,
    ).toBeUndefined();
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, 'FROM node:22\nCOPY . /app\n# dop ignore=DOP095\nRUN chown -R node /app')).toEqual([]);
  });
});
