export * from './instructions.js';
export * from './registers.js';
export * from './csr.js';
export * from './pseudo.js';
export * from './encode.js';
export * as fields from './fields.js';
