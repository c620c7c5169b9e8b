/**
 * How students join, on the projector: the join code, its QR code and address, and the lock
 * that stops new joins. The address is the server's own on the school network.
 */
import QRCode from 'qrcode';
import { h } from '../ui/dom';

let joinUrl = '';

export async function joinPanel(code: string, lock: (locked: boolean) => void): Promise<HTMLElement> {
  if (!joinUrl) {
    // The server knows its address on the school network; the page may have been opened as localhost.
    const base = await fetch('/classroom.json')
      .then((r) => r.json() as Promise<{ join?: string }>)
      .catch(() => ({ join: undefined }));
    joinUrl = base.join ?? `${location.origin}/live.html`;
  }
  const url = `${joinUrl}?code=${code}`;
  const img = h('img', { class: 'live-qr', alt: `QR code for ${url}`, width: 240, height: 240 });
  img.src = await QRCode.toDataURL(url, { margin: 1, width: 480, errorCorrectionLevel: 'M' });
  const box = h('input', { type: 'checkbox', id: 'lock' });
  box.addEventListener('change', () => lock(box.checked));
  return h(
    'section',
    { class: 'live-join', 'aria-label': 'How to join' },
    h('p', { class: 'live-join-label' }, 'Join code'),
    h('p', { class: 'live-code', 'data-testid': 'join-code' }, code),
    img,
    h('p', { class: 'live-url' }, url),
    h('label', { class: 'live-check' }, box, ' Lock the class (no new joins)'),
  );
}
