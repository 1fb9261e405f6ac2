/** The path of the deno executable that npm installed (the platform package's binary). */
export function denoExecutable(): string;
/** Writes Deno's kernel spec into `<dataDir>/kernels/deno/kernel.json` and returns its path. */
export function registerKernel(dataDir: string): string;
