/** Samples RSS while work runs, so benchmarks can report peak memory without external tools. */
export function trackPeakRss(intervalMs = 20): { stop: () => number } {
  let peak = process.memoryUsage.rss();
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  t.unref();
  return {
    stop() {
      clearInterval(t);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}
