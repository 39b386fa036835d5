import type { BundleHarness } from '../../test/support/harness';

export interface DemoContext {
  h: BundleHarness;
  outDir: string;
  today: string;
  /** [path, what it is] of every file written, listed at the end. */
  files: Array<[string, string]>;
}

export interface DemoStep {
  title: string;
  run(ctx: DemoContext): void | Promise<void>;
}
