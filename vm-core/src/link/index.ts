export { link } from './link.js';
export type { LinkOptions, LinkResult } from './link.js';
