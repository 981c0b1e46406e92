// The CPU slowdown that makes Lighthouse's simulated phone the same on any machine. Lighthouse multiplies
// the main-thread time it observes by 4 by default, a factor chosen for a fast desktop (its docs:
// docs/throttling.md, "Calibrating the CPU slowdown"; benchmarkIndex 1500–2000 for a high-end desktop).
// On a slower machine the same factor simulates a slower phone than intended, and Lighthouse 12 itself
// warns under benchmarkIndex 1000. The mapping below is the one the docs point to (the Lighthouse CPU
// throttling calculator): linear between benchmarkIndex 150 → 1×, 800 → 2×, 1300 → 3×, and one more × for
// every 233 above 1300 (1533 → 4×, 2000 → 6×). Below 150 no factor emulates the target: undefined.
export function calibratedCpuSlowdown(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return undefined;
  if (benchmarkIndex < 800) return 1 + (benchmarkIndex - 150) / 650;
  if (benchmarkIndex < 1300) return 2 + (benchmarkIndex - 800) / 500;
  return 3 + (benchmarkIndex - 1300) / 233;
}
