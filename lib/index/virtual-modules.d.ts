// Types of the modules build/index-plugin.ts builds from data/.
declare module 'virtual:plainly/compiled-matcher' {
  const compiled: import('../match/compiled-matcher').CompiledMatcher;
  export default compiled;
}
declare module 'virtual:plainly/candidate-patterns' {
  const patterns: import('../match/candidates').CandidatePatterns;
  export default patterns;
}
declare module 'virtual:plainly/full-index' {
  const index: import('./compiled').FullIndex;
  export default index;
}
