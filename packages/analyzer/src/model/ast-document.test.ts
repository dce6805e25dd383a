import {
  type Dockerfile,
  DockerfileParser,
  type Flag,
  type Instruction,
  type Property,
} from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { corpusDir, corpusFiles } from '../testing/corpus.js';
import { LineIndex } from '../text/line-index.js';
import { AstDocument, type LspPosition, OffsetRange } from './ast-document.js';
import { commentContent, heredocsOf, parseDockerfile } from './dockerfile-ast-adapter.js';

interface TextDocumentLike {
  getText(): string;
  positionAt(offset: number): LspPosition;
  offsetAt(p: LspPosition): number;
}

/** TextDocument (vscode-languageserver-textdocument, as dockerfile-ast creates it) of a text. */
function textDocument(text: string): TextDocumentLike {
  const df = DockerfileParser.parse(text);
  return (df as unknown as { document: TextDocumentLike }).document;
}

/** Every offset and position of a text, asked of both documents. */
function compareDocuments(text: string): void {
  const theirs = textDocument(text);
  const ours = new AstDocument(text, new LineIndex(text));
  for (let offset = -1; offset <= text.length + 1; offset++) {
    const p = theirs.positionAt(offset);
    expect(ours.positionAt(offset), `positionAt(${offset})`).toEqual(p);
    const range = new OffsetRange(ours, text, offset, offset);
    expect(range.from, `OffsetRange(${offset})`).toBe(theirs.offsetAt(p));
    expect(range.start).toEqual(p);
  }
  const lines = new LineIndex(text).lineCount;
  for (let line = -1; line <= lines; line++) {
    for (let character = -1; character <= 12; character++) {
      const p = { line, character };
      expect(ours.offsetAt(p), JSON.stringify(p)).toBe(theirs.offsetAt(p));
    }
  }
}

type R = { start: LspPosition; end: LspPosition } | null;
const r = (range: R) => (range ? { start: range.start, end: range.end } : null);
type Word = { getValue(): string | null; getRange(): R };
const word = (a: Word | null) => (a ? { value: a.getValue(), range: r(a.getRange()) } : null);
const words = (list: Word[]) => list.map(word);

/** What the model reads of a syntax tree, as comparable data (positions included). */
function treeOf(df: Dockerfile, text: string): unknown {
  const instruction = (ins: Instruction | null): unknown => {
    if (!ins) return null;
    const any = ins as unknown as Record<string, (...a: unknown[]) => unknown>;
    let heredocs: unknown;
    try {
      heredocs = heredocsOf(ins).map((h) => ({
        name: h.getName(),
        start: r(h.getStartRange()),
        content: r(h.getContentRange()),
        delimiter: r(h.getDelimiterRange()),
      }));
    } catch {
      heredocs = 'throws';
    }
    let libraryHeredocs: unknown;
    try {
      libraryHeredocs = (any.getHeredocs!.call(ins) as ReturnType<typeof heredocsOf>).length;
    } catch {
      libraryHeredocs = 'throws';
    }
    return {
      keyword: ins.getInstruction(),
      range: r(ins.getRange()),
      keywordRange: r(ins.getInstructionRange()),
      words: words(ins.getArguments()),
      content: any.getRawArgumentsContent!.call(ins),
      argumentsRange: r(any.getArgumentsRange!.call(ins) as R),
      flags: (any.getFlags?.call(ins) as Flag[] | undefined)?.map((f) => ({
        name: f.getName(),
        value: f.getValue(),
        range: r(f.getRange()),
        valueRange: r(f.getValueRange()),
        options: f.getOptions().map((o) => [o.getName(), o.getValue()]),
      })),
      json: any.getJSONStrings ? words(any.getJSONStrings.call(ins) as Word[]) : null,
      brackets: any.getOpeningBracket
        ? [word(any.getOpeningBracket.call(ins) as Word), word(any.getClosingBracket!.call(ins) as Word)]
        : null,
      heredocs,
      libraryHeredocs: heredocs === 'throws' ? 'throws' : libraryHeredocs,
      properties: (any.getProperties?.call(ins) as Property[] | undefined)?.map((p) => ({
        name: p.getName(),
        value: p.getValue(),
        range: r(p.getRange()),
        nameRange: r(p.getNameRange()),
        valueRange: r(p.getValueRange()),
        operator: p.getAssignmentOperator(),
      })),
      trigger: any.getTriggerInstruction
        ? instruction(any.getTriggerInstruction.call(ins) as Instruction)
        : null,
    };
  };
  return {
    escape: df.getEscapeCharacter(),
    directives: df
      .getDirectives()
      .map((d) => ({ name: d.getName(), value: d.getValue(), range: r(d.getRange()) })),
    comments: df.getComments().map((c) => ({
      range: r(c.getRange()),
      content: commentContent(c, text),
      libraryContent: c.getContent(),
    })),
    instructions: df.getInstructions().map(instruction),
  };
}

/** The library's own parse and the model's, read the same way. */
function compareTrees(text: string): void {
  const theirs = JSON.parse(JSON.stringify(treeOf(DockerfileParser.parse(text), text)));
  const ours = JSON.parse(JSON.stringify(treeOf(parseDockerfile(text, new LineIndex(text)), text)));
  expect(ours).toEqual(theirs);
  // The model's replicas agree with the library's own answers on the library's tree.
  for (const c of (theirs as { comments: { content: string; libraryContent: string }[] }).comments)
    expect(c.content).toBe(c.libraryContent);
}

const CASES = [
  '',
  'FROM alpine\n',
  'FROM a\r\nRUN b \\\r\n  c\r\n',
  'FROM a\rRUN b\r\rc\n',
  '\uFEFF# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN b `\n  c\n',
  '# a comment  \n  #\t\nFROM a # not a comment\n#\n',
  'RUN a b\\\n  c \\\n# note\n  d\n',
  'RUN a \\\n# note\n\n b\n',
  'RUN a \\  \n b\\ \t\n c\\',
  'COPY --chown=1:1 a b /c/\nCMD ["x", "y"]\nENTRYPOINT []\nSHELL [ "a" , "b\\"c" ]\n',
  'RUN <<EOF\necho c\nEOF\nRUN cat <\\<END\nd\nEND\nCOPY <<X /x\ny\nX\n',
  'ONBUILD RUN a \\\n b\nONBUILD\nENV A=1 \\\n  B="2 3"\nLABEL a=b c="d e"\nARG X\n',
  'HEALTHCHECK --interval=5s CMD curl x\nEXPOSE 80/tcp\nUSER a:b\n',
  'RUN a \\\n  # x \\\n  b\nRUN c \\\n\t\n  d\n',
  // Escapes and comments in a keyword, and a keyword at the end of the text.
  'RU\\\nN a\nR\\N x\nRUN\\ \n  x\nFR\\  \t\nOM y\nC#MD z\n\\RUN w\nRUN\\',
  '# escape=`\nRU`\r\nN a\nCOPY` `\n b c\nEXPOSE',
  // Continuations where the library's here-document scan throws (found by generating texts).
  'RUN \nRUN \\\n\\\ta\nbcRUN \r\n"bc\r\n',
  'RUN COPY \\\r\n\\#--x=1 a\n',
  'RUN --x=1  \\\r\n\t\\#bcCOPY a\n',
  'RUN a\t="\\\r#bc=\n',
  'RUN bc \\\r\r\n\n\\#bc\n\r',
  'RUN \\\r\\\t=\r\nbc\n#\r',
];

describe('the model’s dockerfile-ast document and parse', () => {
  it('answers positions and offsets as TextDocument does', () => {
    for (const text of CASES) compareDocuments(text);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\\'), { maxLength: 30 }),
        (p) => compareDocuments(p.join('')),
      ),
      { numRuns: 500 },
    );
  });

  it('builds the tree the library’s own parse builds, on examples and generated text', () => {
    for (const text of CASES) compareTrees(text);
    // The cases above do reach the library's error, and the model's scan gives it too.
    const throws = CASES.filter((text) =>
      parseDockerfile(text, new LineIndex(text))
        .getInstructions()
        .some((ins) => {
          try {
            heredocsOf(ins);
            return false;
          } catch {
            return true;
          }
        }),
    );
    expect(throws.length).toBeGreaterThanOrEqual(6);
    const piece = fc.constantFrom(
      'RUN ',
      'COPY ',
      'ENV ',
      'CMD [',
      '"x"',
      ', ',
      ']',
      'ONBUILD RUN ',
      '# escape=`\n',
      '<<EOF',
      'EOF',
      '<',
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
      '=',
      '--x=1 ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => compareTrees(`RUN ${pieces.join('')}`)),
      { numRuns: 2000 },
    );
  });

  it('builds the same tree on every corpus file (the rules’ examples where the corpus is not beside the repository)', () => {
    const texts = corpusDir()
      ? [...corpusFiles()].map((f) => f.text)
      : RULES.flatMap((r) => [r.meta.examples.bad, r.meta.examples.good]);
    for (const text of texts) compareTrees(text);
    expect(texts.length).toBeGreaterThan(corpusDir() ? 900 : 200);
  });
});
