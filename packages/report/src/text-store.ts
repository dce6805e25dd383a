/**
 * Text kept as UTF-8 in large blocks, a piece at a time, and read back piece by piece. A report
 * over thousands of files keeps each file's serialized part until its end: as JavaScript strings,
 * text with any Korean in it takes two bytes a character, and the JSON formats are mostly ASCII
 * (indentation, keys, numbers), which UTF-8 keeps in one.
 */
export class TextStore {
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(0);
  private used = 0;
  /** Three numbers a piece: its block, where it starts and where it ends. */
  private readonly pieces: number[] = [];
  private readonly encoder = new TextEncoder();
  // ignoreBOM: a piece that begins with U+FEFF keeps it.
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  /** Keeps `s` (well-formed: a lone surrogate would come back as U+FFFD); returns its number. */
  add(s: string): number {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (this.block.length - this.used < s.length * 3) {
      this.block = new Uint8Array(Math.max(BLOCK_BYTES, s.length * 3));
      this.blocks.push(this.block);
      this.used = 0;
    }
    const { written } = this.encoder.encodeInto(s, this.block.subarray(this.used));
    this.pieces.push(this.blocks.length - 1, this.used, this.used + written);
    this.used += written;
    return this.pieces.length / 3 - 1;
  }

  get size(): number {
    return this.pieces.length / 3;
  }

  /** Every piece, in the order they were added. */
  *all(): Generator<string> {
    for (let n = 0; n < this.size; n++) yield this.get(n);
  }

  /** The piece numbered `n` (as `add` returned it). */
  get(n: number): string {
    const p = this.pieces;
    return this.decoder.decode(this.blocks[p[3 * n]!]!.subarray(p[3 * n + 1], p[3 * n + 2]));
  }
}

const BLOCK_BYTES = 1 << 20;
