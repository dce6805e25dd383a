import { DockerfileParser, Instruction, ModifiableInstruction, PropertyInstruction } from 'dockerfile-ast';
import { Dockerfile } from 'dockerfile-ast/lib/dockerfile.js';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { Util } from 'dockerfile-ast/lib/util.js';
import { describe, expect, it } from 'vitest';
import { buildModel } from './build.js';
import { ADAPTED_MEMBERS, adaptDockerfileAst, isAdapted } from './dockerfile-ast-adapter.js';

const owners: Record<string, object> = {
  'Instruction.prototype': Instruction.prototype,
  'ModifiableInstruction.prototype': ModifiableInstruction.prototype,
  'PropertyInstruction.prototype': PropertyInstruction.prototype,
  'Parser.prototype': Parser.prototype,
  'Dockerfile.prototype': Dockerfile.prototype,
  Util,
};

describe('dockerfile-ast adapter', () => {
  it('finds every member it replaces in the installed dockerfile-ast', () => {
    // A renamed or removed member fails here, before the adapter could turn into a no-op.
    for (const m of ADAPTED_MEMBERS) {
      const owner = owners[m.owner];
      expect(owner, m.owner).toBeDefined();
      expect(typeof (owner as Record<string, unknown>)[m.name], `${m.owner}.${m.name}`).toBe('function');
    }
  });

  it('is in place once a model is built, and replaces the members', () => {
    buildModel('FROM alpine\n');
    expect(isAdapted()).toBe(true);
    const proto = Instruction.prototype as unknown as { getRawArguments: unknown };
    const adapted = proto.getRawArguments;
    adaptDockerfileAst(); // idempotent: no second wrapper around the first
    expect(proto.getRawArguments).toBe(adapted);
    expect(Util.isUTF8BOM('\uFEFF')).toBe(true);
    expect(Util.isUTF8BOM('F')).toBe(false);
  });

  it('keeps the words an instruction gives: one list, never changed; flags left out of getArguments', () => {
    adaptDockerfileAst();
    const ins = DockerfileParser.parse('COPY --chown=1:1 a b /c/\n').getInstructions()[0]!;
    const raw = () => (ins as unknown as { getRawArguments(): { getValue(): string }[] }).getRawArguments();
    const raw1 = raw();
    expect(raw()).toBe(raw1);
    expect(ins.getArguments().map((a) => a.getValue())).toEqual(['a', 'b', '/c/']);
    expect(ins.getArguments().map((a) => a.getValue())).toEqual(['a', 'b', '/c/']);
    expect(raw().map((a) => a.getValue())).toEqual(['--chown=1:1', 'a', 'b', '/c/']);
    expect((ins as ModifiableInstruction).getFlags().map((f) => f.getName())).toEqual(['chown']);
  });

  it('still finds here-documents, written plainly or with an escaped `<`, when it skips the probe of instructions without `<`', () => {
    const model = buildModel(
      'FROM alpine\nRUN echo a \\\n  && echo b\nRUN <<EOF\necho c\nEOF\nRUN cat <\\<END\nd\nEND\nCOPY <<X /x\ny\nX\n',
    );
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN', 'RUN', 'COPY']);
    expect(model.instructions.map((i) => i.heredocs.map((h) => h.content))).toEqual([
      [],
      [],
      ['echo c'],
      ['d'],
      ['y'],
    ]);
  });

  it('reads a byte-order mark without Node’s Buffer', () => {
    const g = globalThis as { Buffer?: unknown };
    const saved = g.Buffer;
    g.Buffer = undefined;
    try {
      const model = buildModel('\uFEFF# syntax=docker/dockerfile:1\nFROM alpine\n');
      expect(model.directives.map((d) => d.name)).toEqual(['syntax']);
      expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM']);
    } finally {
      g.Buffer = saved;
    }
  });
});
