/**
 * The lazily loaded Phaser view: one game, two scenes side by side — the map above,
 * the meters below. The loop sleeps when nothing moves, so an idle map costs no CPU.
 *
 * High-DPI: Phaser 4 has no `resolution` setting and its RESIZE scale mode sizes the canvas
 * in CSS pixels, so we size it ourselves (Scale.NONE): the canvas holds host size × dpr
 * pixels and the Scale Manager's zoom of 1/dpr shows it at the host's CSS size. Cameras
 * therefore work in device pixels.
 */
import Phaser from 'phaser';
import type { GameState, Scene } from '../engine/types';
import type { WorldView, WorldViewOptions } from '../shared/worldView';
import { MapScene, type MapSceneData } from './MapScene';
import { MeterScene, meterScale, type MeterSceneData } from './MeterScene';
import { attachMapGestures } from './mapGestures';
import { readTheme } from './theme';
import { chooseRenderer, webglRendererName } from './renderer';
import { sleepWhenStill, type LoopSleep } from './loopSleep';

/** Narrow screens show the DOM meter strip above the story instead (styles.css, same width). */
const NARROW = '(max-width: 820px)';

/** Height of the meter strip for a given canvas width (none where the DOM strip is shown). */
function meterHeight(width: number, least: number): number {
  if (window.matchMedia(NARROW).matches) return 0;
  return width < 640 ? 170 : Math.round(122 * meterScale(width, least));
}

/** The least meter scale the page asks for: CSS `--meter-scale` on the host (the projector's classroom). */
function leastMeterScale(host: HTMLElement): number {
  const v = Number(getComputedStyle(host).getPropertyValue('--meter-scale').trim());
  return Number.isFinite(v) && v > 0 ? v : 1;
}

/** Whether the page asks for each map label to carry its side's letter: CSS `--map-letters` (the Settings). */
function mapLetters(host: HTMLElement): boolean {
  return getComputedStyle(host).getPropertyValue('--map-letters').trim() === '1';
}

/** Beyond 2× the extra pixels cost fill rate without a visible gain. */
function pixelRatio(): number {
  return Math.min(2, Math.max(1, window.devicePixelRatio || 1));
}

/**
 * Render every text of a scene at the device's pixel ratio, as texts are added and whenever
 * the returned function is called (after the ratio changed).
 */
function sharpenTexts(scene: Phaser.Scene, dpr: () => number): () => void {
  const sharpen = (o: Phaser.GameObjects.GameObject): void => {
    if (o instanceof Phaser.GameObjects.Text && o.style.resolution !== dpr()) o.setResolution(dpr());
  };
  scene.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, sharpen);
  return () => scene.children.list.forEach(sharpen);
}

/** Every Text of the scenes: on screen (it and the containers it is in are visible) or hidden. */
function drawnTexts(scenes: Phaser.Scene[]): { shown: string[]; hidden: string[] } {
  const out = { shown: [] as string[], hidden: [] as string[] };
  const visit = (o: Phaser.GameObjects.GameObject, visible: boolean): void => {
    if (o instanceof Phaser.GameObjects.Container) for (const c of o.list) visit(c, visible && o.visible);
    else if (o instanceof Phaser.GameObjects.Text) (visible && o.visible ? out.shown : out.hidden).push(o.text);
  };
  for (const scene of scenes) for (const o of scene.children.list) visit(o, true);
  return out;
}

/**
 * Note the document listeners of `type` added until `stop()`. Phaser's visibility handler
 * (added when the game starts, right after its READY event) registers a `visibilitychange`
 * listener that its destroy never removes, keeping every destroyed game alive: the view
 * notes it and removes it itself.
 */
function noteDocumentListeners(type: string): { stop(): void; remove(): void } {
  const added: EventListenerOrEventListenerObject[] = [];
  const own = Object.getOwnPropertyDescriptor(document, 'addEventListener');
  document.addEventListener = (
    t: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void => {
    if (t === type && listener) added.push(listener);
    EventTarget.prototype.addEventListener.call(document, t, listener, options);
  };
  return {
    stop: () => {
      if (own) Object.defineProperty(document, 'addEventListener', own);
      else delete (document as { addEventListener?: unknown }).addEventListener;
    },
    remove: () => added.forEach((l) => document.removeEventListener(type, l)),
  };
}

export function createWorldView(opts: WorldViewOptions): WorldView {
  const theme = readTheme();
  const host = opts.host;
  let pending: { state: GameState; scene: Scene } | null = null;
  let ready = false;
  let loop: LoopSleep | null = null;
  let dpr = pixelRatio();
  const cssSize = (): { width: number; height: number } => ({
    width: Math.max(1, host.clientWidth || 800),
    height: Math.max(1, host.clientHeight || 500),
  });
  const start = cssSize();

  const renderer = chooseRenderer(location.search, webglRendererName());
  host.dataset.renderer = renderer;
  const game = new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : Phaser.WEBGL,
    parent: host,
    transparent: true,
    antialias: true,
    scale: { mode: Phaser.Scale.NONE, width: start.width * dpr, height: start.height * dpr, zoom: 1 / dpr },
    banner: false,
    audio: { noAudio: true },
    // Input comes from the DOM (mapGestures, and the keyboard on the focusable map view in MapPanel).
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  });
  let visibility: { stop(): void; remove(): void } | null = null;
  game.events.once(Phaser.Core.Events.READY, () => {
    visibility = noteDocumentListeners('visibilitychange');
    // The game starts (and adds its listener) as soon as READY's handlers return.
    queueMicrotask(() => visibility?.stop());
  });

  const mapScene = new MapScene();
  const meterScene = new MeterScene();
  let meterCam: Phaser.Cameras.Scene2D.Camera | null = null;
  let sharpenMeters = (): void => {};

  /** `drawNow`: a sleeping loop draws at once (a resized canvas is blank until drawn), else on the next frame. */
  const keepAwake = (drawNow = true): void => loop?.wake(drawNow);

  /** Size the canvas to the host at the current pixel ratio and give each scene its strip. */
  const resize = (): void => {
    if (!ready || !meterCam) return;
    dpr = pixelRatio();
    const { width, height } = cssSize();
    const mh = meterHeight(width, leastMeterScale(host));
    const mapH = Math.max(80, height - mh);
    host.dataset.mapHeight = String(Math.round(mapH)); // published for tests: the map's part of the canvas, above the meters
    if (game.scale.zoom !== 1 / dpr) game.scale.setZoom(1 / dpr);
    mapScene.cameras.main.setViewport(0, 0, width * dpr, mapH * dpr);
    meterCam
      .setViewport(0, mapH * dpr, width * dpr, Math.max(1, mh * dpr))
      .setZoom(dpr)
      .setVisible(mh > 0);
    game.scale.resize(width * dpr, height * dpr); // MeterScene re-lays itself out on this event
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
    sharpenMeters(); // the map scene sizes its own labels
    mapScene.fit();
    keepAwake();
  };

  const observer = new ResizeObserver(() => resize());
  // Moving the window to a screen with another pixel ratio changes no CSS size: watch for it too.
  let dprQuery: MediaQueryList | null = null;
  const watchDpr = (): void => {
    dprQuery?.removeEventListener('change', onDpr);
    dprQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    dprQuery.addEventListener('change', onDpr);
  };
  const onDpr = (): void => {
    resize();
    watchDpr();
  };

  const detachGestures = attachMapGestures(host, {
    onMap: (_x, y) => ready && y <= mapScene.heightCss(),
    pan: (dx, dy) => mapScene.panScreen(dx, dy),
    zoom: (factor, x, y) => mapScene.zoomScreen(factor, x, y),
    tap: (x, y) => {
      const id = mapScene.regionAtScreen(x, y);
      mapScene.select(id);
      opts.onSelect?.(id);
    },
    touched: () => keepAwake(),
  });

  // A click on a drawn gauge asks Why? about it.
  const onClick = (e: MouseEvent): void => {
    const rect = host.getBoundingClientRect();
    const y = e.clientY - rect.top - mapScene.heightCss();
    const id = ready && y > 0 ? meterScene.meterAt(e.clientX - rect.left, y) : null;
    if (id) opts.onMeter?.(id);
  };
  host.addEventListener('click', onClick);

  let shown: GameState | null = null;
  let letters: boolean | null = null;
  const apply = (state: GameState, scene: Scene): void => {
    shown = state;
    keepAwake(false);
    mapScene.show(state, scene);
    meterScene.show(state, scene.effects);
  };

  game.events.once(Phaser.Core.Events.READY, () => {
    const mapData: MapSceneData = {
      theme,
      reducedMotion: opts.reducedMotion,
      // Read from the page's style once, and again when the setting changes (below): reading it
      // in every choice's click worked out the whole new page's style there.
      letters: () => (letters ??= mapLetters(host)),
      // Published for tests: what Moscow's label says (its name, and its side's letter if asked for).
      onLabel: (text) => {
        host.dataset.moscowLabel = text;
      },
      // Published for tests and tools that read map pixels: canvas CSS px = (world - origin) * scale.
      onView: (t) => {
        host.dataset.view = JSON.stringify(t);
      },
    };
    game.scene.add('map', mapScene, true, mapData);
    game.scene.add('meters', meterScene, true, {
      theme,
      reducedMotion: opts.reducedMotion,
      leastScale: () => leastMeterScale(host),
      // Published for tests: the drawn meters' type sizes in CSS pixels.
      onLayout: (sizes) => {
        host.dataset.meterText = JSON.stringify(sizes);
      },
    } satisfies MeterSceneData);
    meterCam = meterScene.cameras.main.setOrigin(0, 0);
    loop = sleepWhenStill(game, [mapScene, meterScene], () => meterScene.floating > 0);
    sharpenMeters = sharpenTexts(meterScene, () => dpr);
    ready = true;
    resize();
    observer.observe(host);
    watchDpr();
    host.dataset.ready = 'true';
    // For tests: the strings of the Texts on screen, and of those drawn ahead and hidden.
    Object.assign(host, { drawnTexts: () => drawnTexts([mapScene, meterScene]) });
    if (pending) apply(pending.state, pending.scene);
    opts.onReady();
  });

  /** Every call from the page may move the camera: make sure a frame gets drawn. */
  const whenReady = (f: () => void): void => {
    if (!ready) return;
    keepAwake();
    f();
  };

  // The Settings' "Letters on the map" takes effect at once.
  const settingsWatch = new MutationObserver(() => {
    letters = null;
    if (shown) {
      const state = shown;
      whenReady(() => mapScene.relabel(state));
    }
  });
  settingsWatch.observe(document.documentElement, { attributeFilter: ['data-map-letters'] });

  return {
    update(state, scene) {
      if (ready) apply(state, scene);
      else pending = { state, scene };
    },
    prepare(next) {
      if (!ready) return;
      mapScene.prepare(next);
      meterScene.prepare(next);
    },
    pan: (dx, dy) => whenReady(() => mapScene.panScreen(dx, dy, true)),
    zoom: (factor) => whenReady(() => mapScene.zoomScreen(factor, undefined, undefined, true)),
    resetView: () => whenReady(() => mapScene.resetView(true)),
    select: (id, reveal = false) => whenReady(() => mapScene.select(id, reveal)),
    destroy() {
      loop?.stop();
      observer.disconnect();
      settingsWatch.disconnect();
      dprQuery?.removeEventListener('change', onDpr);
      detachGestures();
      host.removeEventListener('click', onClick);
      // Phaser destroys a game on its next frame: a sleeping loop (see keepAwake) has none,
      // and the game would keep its window and document listeners, and its canvas, for good.
      game.destroy(true);
      if (!game.loop.running) game.loop.wake(true);
      visibility?.stop();
      visibility?.remove();
    },
  };
}
