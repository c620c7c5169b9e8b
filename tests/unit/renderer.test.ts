import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../src/scenes/renderer';

describe('the map renderer', () => {
  it('uses WebGL on a GPU', () => {
    expect(chooseRenderer('', 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0)')).toBe('webgl');
    expect(chooseRenderer('', 'Apple M1')).toBe('webgl');
  });
  it('uses Canvas where WebGL is software or missing', () => {
    expect(chooseRenderer('', 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(
      'canvas',
    );
    expect(chooseRenderer('', 'llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('canvas');
    expect(chooseRenderer('', 'Microsoft Basic Render Driver')).toBe('canvas');
    expect(chooseRenderer('', '')).toBe('canvas');
  });
  it('follows ?renderer= in the address', () => {
    expect(chooseRenderer('?renderer=webgl', 'SwiftShader')).toBe('webgl');
    expect(chooseRenderer('?renderer=canvas', 'Apple M1')).toBe('canvas');
    expect(chooseRenderer('?renderer=other', 'Apple M1')).toBe('webgl');
  });
});
