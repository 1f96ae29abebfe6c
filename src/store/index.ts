/**
 * The store's public surface: what screens, the entry point and tests import. Files inside
 * `src/store/` import each other directly; everything outside goes through here.
 */
export * from './session';
