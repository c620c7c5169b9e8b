/**
 * The benchmark's other baseline, "the usual way": the same story with inkjs and Phaser in
 * one bundle. Nothing shows until the whole bundle has arrived and run; then a Phaser canvas
 * boots and the story's first text and choices are written out, as a typical game would.
 */
import Phaser from 'phaser';
import { Story } from 'inkjs';
import bundle from 'virtual:story';

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'map',
  width: 800,
  height: 400,
  banner: false,
  audio: { noAudio: true },
  scene: {
    create(this: Phaser.Scene) {
      this.add.rectangle(400, 200, 780, 380, 0xc8102e, 0.4);
    },
  },
});
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
