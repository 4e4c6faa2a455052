/** Shannon entropy of a string, in bits per character (a character being a code point). */
export function shannonEntropy(value: string): number {
  // Nearly every candidate is ASCII, which a counting array handles without a Map.
  const ascii = asciiCounts(value);
  if (ascii) return entropyOf(ascii, value.length);
  const points = [...value];
  return entropyOf(codePointCounts(points), points.length);
}

function entropyOf(counts: ArrayLike<number>, total: number): number {
  let bits = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    const p = counts[i] / total;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const ASCII_COUNTS = new Int32Array(128);

function asciiCounts(value: string): Int32Array | undefined {
  ASCII_COUNTS.fill(0);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return undefined;
    ASCII_COUNTS[c]++;
  }
  return ASCII_COUNTS;
}

function codePointCounts(points: readonly string[]): number[] {
  const counts = new Map<string, number>();
  for (const point of points) counts.set(point, (counts.get(point) ?? 0) + 1);
  return [...counts.values()];
}

/** How many of lower, upper, digit and symbol classes the value mixes (0–4). */
export function characterClasses(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
}
