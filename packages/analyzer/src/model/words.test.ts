import { describe, expect, it } from 'vitest';
import { buildModel } from './build.js';

const argsOf = (text: string, keyword: string) =>
  buildModel(text)
    .instructions.filter((i) => i.keyword === keyword)
    .map((i) => i.args.map((a) => a.value));

describe('words of COPY, ADD, WORKDIR … as Docker reads them', () => {
  it('removes quotes around sources and destinations', () => {
    expect(argsOf('FROM x\nADD "https://e.example/a.tgz" /opt/\n', 'ADD')).toEqual([
      ['https://e.example/a.tgz', '/opt/'],
    ]);
    expect(argsOf('FROM x\nCOPY \'a.txt\' "b.txt" /d/\n', 'COPY')).toEqual([['a.txt', 'b.txt', '/d/']]);
  });

  it('keeps backslashes inside double quotes unless they escape a quote, $ or a backslash', () => {
    expect(argsOf('FROM x\nWORKDIR "C:\\Program Files\\app"\n', 'WORKDIR')).toEqual([
      ['C:\\Program Files\\app'],
    ]);
    expect(argsOf('FROM x\nCOPY "a\\"b" /d/\n', 'COPY')).toEqual([['a"b', '/d/']]);
    expect(argsOf("FROM x\nCOPY 'C:\\x' /d/\n", 'COPY')).toEqual([['C:\\x', '/d/']]);
  });

  it('takes a backslash outside quotes as an escape, and a backslash as text under escape=`', () => {
    expect(argsOf('FROM x\nCOPY a\\ b /d/\n', 'COPY')).toEqual([['a b', '/d/']]);
    expect(argsOf('# escape=`\nFROM x\nCOPY C:\\src C:\\dst\n', 'COPY')).toEqual([['C:\\src', 'C:\\dst']]);
  });

  it('leaves variables, JSON form and spans as written', () => {
    const m = buildModel('FROM x\nCOPY "$SRC" /d/\n');
    const copy = m.instructions[1]!;
    expect(copy.args.map((a) => a.value)).toEqual(['$SRC', '/d/']);
    expect(m.text.slice(copy.args[0]!.span.start, copy.args[0]!.span.end)).toBe('"$SRC"');
    expect(buildModel('FROM x\nCOPY ["a b", "/d/"]\n').instructions[1]!.json!.map((a) => a.value)).toEqual([
      'a b',
      '/d/',
    ]);
  });

  it('joins continued lines', () => {
    expect(argsOf('FROM x\nCOPY a \\\n  "b" /d/\n', 'COPY')).toEqual([['a', 'b', '/d/']]);
  });
});
