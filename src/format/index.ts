/**
 * The scenario format: its types, the standard lists every scenario starts from, and how a
 * problem in a file (a scenario or a save) is reported. It imports nothing else in `src/`, so the
 * engine, the scenario checks and the languages can all build on it.
 */
export * from './types';
export * from './actions';
export * from './standard';
export * from './problems';
export * from './guard';
export * from './ids';
export * from './jsonScan';
export * from './mapLimits';
export * from './fileLimits';
