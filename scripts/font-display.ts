/**
 * The web fonts (Fontsource's @font-face rules ask for `font-display: swap`) are used only if
 * they are in before the first paint (`optional`): the opening is pre-rendered into index.html
 * and painted at once, and a swap arriving seconds later on a slow network reflowed its text and
 * moved the first fork's choices under the reader's finger (a layout shift of 0.12 on a phone).
 * The fonts still download and are cached (and precached by the service worker), so the next
 * visit uses them from its first paint.
 */
import type { Plugin as PostcssPlugin } from 'postcss';

export function fontDisplayOptional(): PostcssPlugin {
  return {
    postcssPlugin: 'october-paths:font-display-optional',
    AtRule: {
      'font-face': (rule) => {
        rule.walkDecls('font-display', (decl) => {
          decl.value = 'optional';
        });
      },
    },
  };
}
