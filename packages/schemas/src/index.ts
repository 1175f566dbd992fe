export * from './common.js';
export * from './auth.js';
export * from './organ.js';
export * from './branches.js';
export * from './persons.js';
export * from './accounts.js';
export * from './audit.js';
export * from './attachments.js';
