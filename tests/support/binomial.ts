// An exact two-sided binomial acceptance interval: the counts k with P(X < lo) ≤ α/2 and P(X > hi) ≤ α/2 for
// X ~ Binomial(n, p). A sampler keeping each of n independent traces with probability p keeps a count inside
// [lo, hi] with probability ≥ 1 − α; a count outside says the sampler does not keep p.

/** The acceptance interval [lo, hi] for Binomial(n, p) at level 1 − alpha. */
export function binomialInterval(n: number, p: number, alpha: number): [number, number] {
    if (!(p > 0 && p < 1) || n < 1) throw new Error(`binomialInterval(${n}, ${p}): need n ≥ 1 and 0 < p < 1`);
    // pmf by recurrence from k = 0, in log space so (1 − p)^n does not underflow for large n
    const logPmf: number[] = [n * Math.log1p(-p)];
    for (let k = 0; k < n; k++) logPmf.push(logPmf[k] + Math.log((n - k) / (k + 1)) + Math.log(p / (1 - p)));
    const pmf = logPmf.map(Math.exp);
    let lo = 0;
    for (let below = 0; lo < n && below + pmf[lo] <= alpha / 2; lo++) below += pmf[lo];
    let hi = n;
    for (let above = 0; hi > 0 && above + pmf[hi] <= alpha / 2; hi--) above += pmf[hi];
    return [lo, hi];
}
