/** `guide:NAME` is docs/NAME.md as text: the build resolves it (esbuild.config.mjs, guidePlugin). */
declare module 'guide:*' {
  const text: string;
  export default text;
}
