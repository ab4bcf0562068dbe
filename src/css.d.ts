// esbuild's text loader bundles .css files as strings (the in-place view adopts them into a shadow root).
declare module '*.css' {
  const css: string;
  export default css;
}
