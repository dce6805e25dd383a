import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { corpusDir, corpusFiles } from '../testing/corpus.js';
import { libraryRawArguments } from './dockerfile-ast-adapter.js';
import { type RawArgumentsSource, rawArguments } from './raw-arguments.js';

/** Every instruction's words (ONBUILD triggers too) by both splits, as comparable data. */
function bothSplits(text: string): { library: unknown[]; ours: unknown[] } {
  const library: unknown[] = [];
  const ours: unknown[] = [];
  const words = (list: { getValue(): string; getRange(): unknown }[]) =>
    list.map((a) => ({ value: a.getValue(), range: a.getRange() }));
  const visit = (ins: Instruction | null) => {
    if (!ins) return;
    library.push(words(libraryRawArguments.call(ins as never)));
    ours.push(words(rawArguments(ins as unknown as RawArgumentsSource)));
    const trigger = (ins as unknown as { getTriggerInstruction?(): Instruction | null })
      .getTriggerInstruction;
    if (trigger) visit(trigger.call(ins));
  };
  for (const ins of DockerfileParser.parse(text).getInstructions()) visit(ins);
  return { library, ours };
}

describe('rawArguments: the words and ranges of dockerfile-ast’s getRawArguments', () => {
  it('on continuations, escapes, comments and both escape characters', () => {
    const cases = [
      'RUN a b\\\n  c \\\n# note\n  d\n',
      'RUN a\\ b "c d" \\$x \\\r\n e\r\n',
      'RUN a \\  \n b\\ \t\n c\\',
      'COPY --chown=1:1 a b /c/\nCMD ["x", "y"]\n',
      '# escape=`\nRUN a `\n b c:\\d `$x\n',
      'ONBUILD RUN a \\\n b\n',
      'RUN\\\n  x\nENV A=1 \\\n  B="2 3"\n',
      'RUN a \\\r\n\r\n b\rc\n',
    ];
    for (const text of cases) {
      const { library, ours } = bothSplits(text);
      expect(ours, JSON.stringify(text)).toEqual(library);
    }
  });

  it('on generated text', () => {
    const piece = fc.constantFrom(
      'RUN ',
      'COPY ',
      'ENV ',
      'ONBUILD RUN ',
      '# escape=`\n',
      'a',
      'bc',
      ' ',
      '\t',
      '\\',
      '`',
      '\n',
      '\r\n',
      '\r',
      '#',
      '$',
      '"',
      "'",
      '=',
      '--x=1 ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const { library, ours } = bothSplits(`RUN ${pieces.join('')}`);
        expect(ours).toEqual(library);
      }),
      { numRuns: 2000 },
    );
  });

  it('on every corpus file (the rules’ own examples where the corpus is not beside the repository)', () => {
    const texts = corpusDir()
      ? [...corpusFiles()].map((f) => ({ name: f.file, text: f.text }))
      : RULES.flatMap((r) => [
          { name: `${r.meta.id} bad`, text: r.meta.examples.bad },
          { name: `${r.meta.id} good`, text: r.meta.examples.good },
        ]);
    let instructions = 0;
    for (const { name, text } of texts) {
      const { library, ours } = bothSplits(text);
      expect(ours, name).toEqual(library);
      instructions += ours.length;
    }
    expect(instructions).toBeGreaterThan(corpusDir() ? 10_000 : 200);
  });
});
