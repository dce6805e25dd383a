/**
 * A word's value built from runs of a text: characters taken one after another are sliced once,
 * not appended one by one (a string per character was most of the word splits' allocation).
 */
export class TextRuns {
  private value = '';
  private from = -1;
  private to = -1;

  constructor(private readonly text: string) {}

  /** Appends text[from, to) to the value. */
  take(from: number, to: number = from + 1): void {
    if (this.from >= 0 && this.to === from) {
      this.to = to;
      return;
    }
    if (this.from >= 0) this.value += this.text.slice(this.from, this.to);
    this.from = from;
    this.to = to;
  }

  /** The value taken so far; the next `take` starts a new one. */
  done(): string {
    const value = this.from >= 0 ? this.value + this.text.slice(this.from, this.to) : this.value;
    this.value = '';
    this.from = -1;
    return value;
  }
}
