import { runLens } from './lens';

export default defineContentScript({
  // Broad on purpose: Meta's single-page app moves between sections without reloading, and a match
  // pattern cannot see query strings. lens.tsx decides from the route whether to do anything.
  matches: ['https://business.facebook.com/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => runLens(ctx),
});
