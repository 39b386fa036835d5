/**
 * Configures zod once, for every schema: `jitless` stops zod probing `new Function` (blocked in some
 * sandboxes) and messages default to Norwegian. Schema files import this module for its side effect and use
 * `import * as z from 'zod/mini'` themselves: re-exporting the namespace would defeat tree shaking (~540 KB).
 */
import { config } from 'zod/mini';
import { no } from 'zod/locales';

config({ jitless: true, ...no() });
