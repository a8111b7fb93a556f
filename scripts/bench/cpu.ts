// How much slower than this machine the bench's phone is. Lighthouse's mobile preset slows the CPU
// 4×, a figure meant for a typical desktop; on a faster machine 4× is a faster phone, and the floor
// page reaches a score that leaves no room above it. BENCH_CPU_SLOWDOWN sets the factor for
// Lighthouse and for the task loads alike; 4 × (this machine's benchmarkIndex ÷ another's)
// measures as that other machine would at 4×. The report names the factor used.
export const defaultCpuSlowdown = 4;

export function cpuSlowdownFrom(value: string | undefined): number {
  if (value === undefined || value === '') return defaultCpuSlowdown;
  const factor = Number(value);
  if (!Number.isFinite(factor) || factor < 1 || factor > 20) {
    throw new Error(`BENCH_CPU_SLOWDOWN must be a number from 1 to 20 (a CPU slowdown factor), not "${value}".`);
  }
  return factor;
}

export const cpuSlowdown = cpuSlowdownFrom(process.env.BENCH_CPU_SLOWDOWN);
