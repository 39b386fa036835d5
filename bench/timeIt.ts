/** Best-of-N wall time of a pure function in milliseconds (the minimum is the least noisy estimate). */
export function timeIt(fn: () => void, repeat = 5): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}
