import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build.js';
import type { InstructionNode } from '../../model/types.js';
import { variablesAt } from './variables.js';
import { workdirAt } from './layers.js';

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

  it('is "/" before any WORKDIR and unknown (null) after one that uses a variable', () => {
    const m = model('FROM alpine\nRUN a\nWORKDIR $HOME\nRUN b\nWORKDIR /abs\nRUN c\n');
    expect(workdirAt(m, at(m, 2))).toBe('/');
    expect(workdirAt(m, at(m, 4))).toBeNull();
    expect(workdirAt(m, at(m, 6))).toBeNull();
  });

  it('an ONBUILD trigger runs after the ONBUILD WORKDIRs before it', () => {
    const m = model('FROM alpine\nWORKDIR /a\nONBUILD WORKDIR /b\nONBUILD COPY . .\n');
    const copy = at(m, 4).trigger!;
    expect(workdirAt(m, copy)).toBe('/b');
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
