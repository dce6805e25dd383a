import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop132-undefined-var.js';

const text = (body: string, from = 'python:3.12-slim') => `FROM ${from}\n${body}`;

describe('DOP132 undefined-var', () => {
  it('fires on undefined variables in instructions Docker expands', () => {
    for (const body of [
      'WORKDIR $APP_DIR',
      'ENV BIN=${APP_DIR}/bin',
      'COPY app.py $DEST/',
      'COPY --chown=$APP_UID app.py /app/',
      'USER $APP_UID',
      'LABEL version=$VERSION',
      'EXPOSE $PORT',
      'VOLUME $DATA',
      'ARG B=$A',
      'ENV A=1\nWORKDIR $B',
    ]) {
      expect(lint(rule, text(body)), body).toHaveLength(1);
    }
    const f = lint(rule, text('WORKDIR /srv/${APP_DIR}'));
    expect(f[0]!.message.en).toContain('`$APP_DIR` in WORKDIR');
    const src = text('WORKDIR /srv/${APP_DIR}');
    expect(src.slice(f[0]!.span.start, f[0]!.span.end)).toBe('${APP_DIR}');
    // Used before its ARG.
    expect(lint(rule, text('WORKDIR $D\nARG D=/app'))).toHaveLength(1);
    // Reported once per instruction and name.
    expect(lint(rule, text('COPY $A/x $A/'))).toHaveLength(1);
    // Each stage has its own ARGs.
    expect(lint(rule, 'FROM debian:12 AS a\nARG D=/x\nFROM debian:12\nWORKDIR $D')).toHaveLength(1);
  });

  it('knows ARG, ENV, parent stages, well-known and base-image variables', () => {
    for (const body of [
      'ARG APP_DIR\nWORKDIR $APP_DIR',
      'ENV APP_DIR=/app\nWORKDIR $APP_DIR',
      'ENV PATH=/opt/venv/bin:$PATH',
      'WORKDIR $HOME/app',
      'LABEL python=$PYTHON_VERSION',
      'WORKDIR ${APP_DIR:-/app}',
      "LABEL x='$NOT_EXPANDED'",
      'LABEL x=\\$NOT_EXPANDED',
      'ENV A=1 B=$A',
      'RUN echo $UNDEFINED_IN_SHELL',
      'CMD echo $UNDEFINED_IN_SHELL',
      'ONBUILD WORKDIR $LATER',
      'COPY <<EOF /x\n$IN_HEREDOC\nEOF',
    ]) {
      expect(lint(rule, text(body)), body).toEqual([]);
    }
    expect(lint(rule, 'FROM node:20 AS base\nENV APP=/app\nFROM base\nWORKDIR $APP')).toEqual([]);
    expect(lint(rule, text('ENV JH=$JAVA_HOME', 'eclipse-temurin:21-jre'))).toEqual([]);
  });

  it('leaves unknown bases and global ARGs alone', () => {
    // An image we do not know may define JAVA_HOME and friends.
    expect(lint(rule, text('ENV X=$SOME_IMAGE_VAR', 'example.com/team/base:1'))).toEqual([]);
    expect(lint(rule, text('ENV X=$MAVEN_HOME', 'maven:3-eclipse-temurin-21'))).toEqual([]);
    expect(lint(rule, 'ARG BASE\nFROM ${BASE}\nWORKDIR $X')).toEqual([]);
    // A global ARG not declared again in the stage is DOP133's finding.
    expect(lint(rule, 'ARG V=1\nFROM debian:12\nLABEL v=$V')).toEqual([]);
  });

  it('judges scratch with only the well-known names', () => {
    expect(lint(rule, 'FROM scratch\nCOPY app $DEST')).toHaveLength(1);
    expect(lint(rule, 'FROM scratch\nENV PATH=/bin:$PATH')).toEqual([]);
  });

  it('does not throw on odd input and is silenced by the BuildKit id', () => {
    expect(lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR $X')).toEqual(
      [],
    );
    expect(lint(rule, text('WORKDIR\nENV\nCOPY'))).toEqual([]);
    expect(lint(rule, text('# check=skip=UndefinedVar\nWORKDIR $APP_DIR'))).toEqual([]);
  });
});
