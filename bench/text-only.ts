/**
 * The benchmark's floor: the same story in a plain inkjs page, no map, no meters, no
 * fonts. `npm run bench` compares the game's time to first text and choices against this.
 */
import { Story } from 'inkjs';
import bundle from 'virtual:story';

const story = new Story(bundle.json);
story.allowExternalFunctionFallbacks = true;
const root = document.getElementById('story');
while (story.canContinue) {
  const p = document.createElement('p');
  p.textContent = story.Continue() ?? '';
  root?.append(p);
}
for (const c of story.currentChoices) {
  const b = document.createElement('button');
  b.className = 'choice';
  b.textContent = c.text;
  root?.append(b);
}
