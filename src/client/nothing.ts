// Stands in for client modules that src/plugins/hydration-cost.ts takes out of the main bundle.
export {};
