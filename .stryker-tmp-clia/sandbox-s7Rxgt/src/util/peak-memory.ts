/**
 * Peak resident memory of this process so far, in MiB. Uses the kernel's high-water mark
 * (`maxRSS`), which also catches peaks during synchronous work that no timer could sample.
 */
// @ts-nocheck

export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
