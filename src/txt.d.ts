// Dictionary files are imported as text: tsup's "text" loader at build time, a Vite plugin in tests.
declare module "*.txt" {
  const text: string;
  export default text;
}
