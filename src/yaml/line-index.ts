/** A position in a text: line and column, both 1-based. */
export interface LinePos {
  line: number;
  col: number;
}

/** Anything that turns an offset into a line and column (yaml's LineCounter or a LineIndex). */
export interface LinePositions {
  linePos(offset: number): LinePos;
}

/**
 * The start offset of every line of a text, for turning offsets into lines and columns. It answers
 * as yaml's LineCounter does for a text without carriage returns (the only texts the fast reader
 * takes): a line starts at 0 and after every "\n", the end of the text included.
 */
export class LineIndex implements LinePositions {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  linePos(offset: number): LinePos {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}
