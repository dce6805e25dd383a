import { describe, expect, it } from 'vitest';
import { buildModel } from './build.js';
import { allInstructions, instructionsOf, runCommands } from './traversal.js';

const TEXT =
  'FROM a AS b\nCOPY x /x\nONBUILD ADD y /y\nADD z /z\nRUN p && q\nENV A=1\nLABEL l=2\nCOPY w /w\n';

describe('the instructions of a model by keyword', () => {
  it('lists them in document order, ONBUILD triggers as instructions of their own', () => {
    const model = buildModel(TEXT);
    const lines = (list: readonly { startLine: number; keyword: string }[]) =>
      list.map((i) => `${i.startLine}:${i.keyword}`);
    expect(lines(instructionsOf(model, 'COPY'))).toEqual(['1:COPY', '7:COPY']);
    expect(lines(instructionsOf(model, 'COPY', 'ADD'))).toEqual(['1:COPY', '2:ADD', '3:ADD', '7:COPY']);
    expect(lines(instructionsOf(model, 'ADD', 'COPY'))).toEqual(['1:COPY', '2:ADD', '3:ADD', '7:COPY']);
    expect(lines(instructionsOf(model, 'ENV', 'LABEL'))).toEqual(['5:ENV', '6:LABEL']);
    expect(lines(allInstructions(model))).toHaveLength(9);
    expect(runCommands(model).map((r) => r.cmd.name)).toEqual(['p', 'q']);
  });

  it('lists each keyword or set of keywords once per model, and none as an empty list', () => {
    const model = buildModel(TEXT);
    expect(instructionsOf(model, 'COPY', 'ADD')).toBe(instructionsOf(model, 'COPY', 'ADD'));
    expect(instructionsOf(model, 'RUN')).toBe(instructionsOf(model, 'RUN'));
    expect(instructionsOf(model, 'HEALTHCHECK')).toEqual([]);
    expect(instructionsOf(model, 'HEALTHCHECK', 'SHELL')).toEqual([]);
    // Another model of the same text has its own lists.
    expect(instructionsOf(buildModel(TEXT), 'COPY', 'ADD')).not.toBe(instructionsOf(model, 'COPY', 'ADD'));
  });
});
