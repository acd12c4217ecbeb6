// Whether Cytoscape's WebGL renderer is worth using in this browser.

let webglSupport: boolean | null = null;
/**
 * WebGL only pays when a GPU draws it: a software rasteriser (SwiftShader, llvmpipe) is
 * far slower than Cytoscape's canvas renderer, so it counts as no WebGL.
 */
export function webglAvailable(): boolean {
  if (webglSupport === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webglSupport = gl !== null && !/swiftshader|llvmpipe|software/i.test(renderer);
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}
