/** A1 notation helpers. */

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return columnToLetters(col) + row;
}

export function rangeA1(row: number, col: number, numRows: number, numCols: number): string {
  const a = cellA1(row, col);
  if (numRows === 1 && numCols === 1) return a;
  return a + ':' + cellA1(row + numRows - 1, col + numCols - 1);
}

export interface A1Rect {
  sheetName?: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Splits an optional sheet prefix: `'My sheet'!A1:B2` or `Ark1!A1`. */
export function splitSheetPrefix(a1: string): { sheetName?: string; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!'][^!]*))!(.+)$/.exec(a1.trim());
  if (!m) return { ref: a1.trim() };
  return { sheetName: (m[1] ?? m[2])!.replace(/''/g, "'"), ref: m[3]! };
}

/**
 * Parses A1 notation ('A1', 'A1:C10', 'B:B', 'B2:B', '2:3', '$A$1') against sheet dimensions.
 * Returns null for notation Sheets would reject.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): A1Rect | null {
  const { sheetName, ref } = splitSheetPrefix(a1);
  const part = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;
  const pieces = ref.split(':');
  if (pieces.length > 2 || pieces.length === 0) return null;
  const ends = pieces.map((p) => part.exec(p.trim()));
  if (ends.some((e) => !e || (e[1] === '' && e[2] === ''))) return null;
  const [s, e] = [ends[0]!, ends[1] ?? ends[0]!];
  if (pieces.length === 1 && (s[1] === '' || s[2] === '')) return null;
  const c1 = s[1] ? lettersToColumn(s[1]) : 1;
  const r1 = s[2] ? Number(s[2]) : 1;
  const c2 = e[1] ? lettersToColumn(e[1]) : s[1] && !s[2] && !e[2] ? c1 : maxCols;
  const r2 = e[2] ? Number(e[2]) : maxRows;
  // 'B:B' → whole column; '2:3' → whole rows
  const colOnly = !s[2] && !e[2];
  const rowOnly = !s[1] && !e[1];
  const rowStart = colOnly ? 1 : r1;
  const rowEnd = colOnly ? maxRows : r2;
  const colStart = rowOnly ? 1 : c1;
  const colEnd = rowOnly ? maxCols : e[1] ? lettersToColumn(e[1]) : c2;
  if (rowStart < 1 || colStart < 1) return null;
  const rect: A1Rect = {
    row: Math.min(rowStart, rowEnd),
    col: Math.min(colStart, colEnd),
    numRows: Math.abs(rowEnd - rowStart) + 1,
    numCols: Math.abs(colEnd - colStart) + 1,
  };
  if (sheetName !== undefined) rect.sheetName = sheetName;
  return rect;
}
