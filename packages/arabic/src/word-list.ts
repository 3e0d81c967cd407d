/** A copy of `array` with room for twice as many numbers. */
export function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * The offsets and key hashes of the words of one text, in typed arrays that are kept from one text to the
 * next: set `count` to 0 to start over.
 */
export class WordList {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  hashes = new Int32Array(1024);
  count = 0;

  /** Appends a word, growing the arrays when they are full. */
  push(start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }
}
