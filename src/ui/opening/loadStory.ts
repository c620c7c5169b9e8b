/**
 * Fetch the compiled story, a separate hashed JSON file the page has already started to
 * download (index.html preloads it in parallel with the scripts), so the story is never
 * part of the app's code and is cached on its own.
 */
import asset from 'virtual:story-asset';
import type { StoryBundle } from '../../engine/Game';

export async function loadStory(fetcher: typeof fetch = fetch): Promise<StoryBundle> {
  // Same mode and credentials as the preload (crossorigin="anonymous"), so the preloaded response is used.
  const response = await fetcher(asset.url, { credentials: 'same-origin', mode: 'cors' });
  if (!response.ok) throw new Error(`The story could not be loaded (${response.status} ${response.statusText}).`);
  return { json: await response.text(), version: asset.version };
}
