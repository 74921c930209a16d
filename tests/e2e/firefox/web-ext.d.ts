// web-ext ships no types; the one call the store-review test makes.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(options: object, context: { shouldExitProgram: boolean }): Promise<unknown>;
      build(
        options: object,
        context: { shouldExitProgram: boolean },
      ): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
