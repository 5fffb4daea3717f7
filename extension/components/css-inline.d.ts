/** Vite's `?inline` CSS import: the style sheet as a string, for our shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
