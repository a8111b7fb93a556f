// Stands in for client modules that src/plugins/hydration-cost/swaps.ts takes out of the main bundle.
export {};
