/**
 * The body font, PT Serif (Fontsource's @font-face rules ask for `font-display: swap`), is used
 * only if it is in before the first paint (`optional`): the opening is pre-rendered into index.html
 * and painted at once, and a swap arriving seconds later on a slow network reflowed its text and
 * moved the first fork's choices under the reader's finger (a layout shift of 0.12 on a phone).
 * The fonts still download and are cached (and precached by the service worker), so the next
 * visit uses them from its first paint. Oswald keeps `swap`: the layout is drawn for a condensed
 * face (a wider fallback would not fit the phone's date line), and its boxes are kept the same
 * height in both by set line heights (e.g. `.stakes-key`).
 */
import type { Plugin as PostcssPlugin } from 'postcss';

export function bodyFontDisplayOptional(): PostcssPlugin {
  return {
    postcssPlugin: 'october-paths:font-display-optional',
    AtRule: {
      'font-face': (rule) => {
        if (!rule.some((n) => n.type === 'decl' && n.prop === 'font-family' && n.value.includes('PT Serif'))) return;
        rule.walkDecls('font-display', (decl) => {
          decl.value = 'optional';
        });
      },
    },
  };
}
