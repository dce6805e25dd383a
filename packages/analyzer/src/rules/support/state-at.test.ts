import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build.js';
import type { InstructionNode } from '../../model/types.js';
import { variablesAt } from './variables.js';
import { workdirAt } from './layers.js';
import { writtenWorkdirAtEnd, writtenWorkdirBefore } from '../../model/state-at.js';

const model = (text: string) => buildModel(text);
const at = (m: ReturnType<typeof buildModel>, line: number): InstructionNode =>
  m.instructions.find((i) => i.startLine + 1 === line)!;

describe('workdirAt', () => {
  it('follows WORKDIRs in build order across stages: the child’s own one wins over its parent’s', () => {
    const m = model(
      'FROM alpine AS base\nWORKDIR /app\nRUN a\nFROM base AS child\nRUN b\nWORKDIR src\nRUN c\nWORKDIR /x\nRUN d\n',
    );
    expect(workdirAt(m, at(m, 3))).toBe('/app');
    expect(workdirAt(m, at(m, 5))).toBe('/app');
    expect(workdirAt(m, at(m, 7))).toBe('/app/src');
    expect(workdirAt(m, at(m, 9))).toBe('/x');
  });

  it('is "/" before any WORKDIR, unknown (null) after one that uses a variable or is relative to it, known again after an absolute one', () => {
    const m = model('FROM alpine\nRUN a\nWORKDIR $HOME\nRUN b\nWORKDIR src\nRUN c\nWORKDIR /abs\nRUN d\n');
    expect(workdirAt(m, at(m, 2))).toBe('/');
    expect(workdirAt(m, at(m, 4))).toBeNull();
    expect(workdirAt(m, at(m, 6))).toBeNull();
    expect(workdirAt(m, at(m, 8))).toBe('/abs');
  });

  it('an ONBUILD trigger runs after the ONBUILD WORKDIRs before it', () => {
    const m = model('FROM alpine\nWORKDIR /a\nONBUILD WORKDIR /b\nONBUILD COPY . .\n');
    const copy = at(m, 4).trigger!;
    expect(workdirAt(m, copy)).toBe('/b');
  });
});

describe('writtenWorkdirBefore / writtenWorkdirAtEnd (the base image decides where the file says nothing)', () => {
  it('is unknown before any WORKDIR of an image stage and after a relative one from there; known from an absolute one on', () => {
    const m = model('FROM alpine\nRUN a\nWORKDIR src\nRUN b\nWORKDIR /app/\nWORKDIR ../srv\nRUN c\n');
    expect(writtenWorkdirBefore(m, at(m, 2))).toBeNull();
    expect(writtenWorkdirBefore(m, at(m, 4))).toBeNull();
    expect(writtenWorkdirBefore(m, at(m, 7))).toBe('/srv');
    expect(writtenWorkdirAtEnd(m, m.stages[0]!)).toBe('/srv');
    // the rules' view of the same file assumes '/'
    expect(workdirAt(m, at(m, 4))).toBe('/src');
  });

  it('a stage built on another starts in that stage’s directory; a stage on an unrelated image does not', () => {
    const m = model(
      'FROM golang AS build\nWORKDIR /src\nFROM build AS test\nRUN go test\nFROM alpine\nRUN a\n',
    );
    expect(writtenWorkdirBefore(m, at(m, 4))).toBe('/src');
    expect(writtenWorkdirBefore(m, at(m, 6))).toBeNull();
    expect(writtenWorkdirAtEnd(m, m.stages[2]!)).toBeNull();
  });
});

describe('variablesAt', () => {
  it('ENV and ARG are inherited by stages built on a stage (as BuildKit does), not by other stages; ARG without a value takes the global default', () => {
    const m = model(
      'ARG V=1\nFROM alpine AS base\nARG V\nARG LOCAL=x\nENV HOME_DIR=/home/$LOCAL\nFROM base\nRUN echo\n',
    );
    const inBase = variablesAt(m, at(m, 5));
    expect(inBase.get('V')).toBe('1');
    expect(inBase.get('LOCAL')).toBe('x');
    const inChild = variablesAt(m, at(m, 7));
    expect(inChild.get('V')).toBe('1');
    expect(inChild.get('LOCAL')).toBe('x');
    expect(inChild.get('HOME_DIR')).toBe('/home/x');
    const other = model('FROM alpine AS a\nARG LOCAL=x\nENV E=1\nFROM alpine\nRUN echo\n');
    const inOther = variablesAt(other, at(other, 5));
    expect(inOther.has('LOCAL')).toBe(false);
    expect(inOther.has('E')).toBe(false);
  });

  it('ENV wins over a later ARG of the same name; only what comes before counts', () => {
    const m = model('FROM alpine\nRUN echo\nENV A=env\nARG A=arg\nRUN echo $A\n');
    expect(variablesAt(m, at(m, 2)).has('A')).toBe(false);
    expect(variablesAt(m, at(m, 5)).get('A')).toBe('env');
  });
});
