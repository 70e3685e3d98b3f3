// Vite's worker import suffix (https://vite.dev/guide/features#import-with-query-suffixes).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
