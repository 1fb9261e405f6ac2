import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** ../shared beside the repository: the real page and the corpora, read in place, never copied. */
export const SHARED = process.env.BAOXUN_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared");
export const SEED_PAGE = resolve(SHARED, "seed/000_91a9bd5edd0f3660.txt");
export const CORPORA = resolve(SHARED, "corpora");
export const hasSeed = existsSync(SEED_PAGE);
export const hasCorpora = existsSync(CORPORA);
/** Why a test that needs ../shared was skipped; printed by the describe title. */
export const SKIP_NOTE = "skipped: ../shared is absent (CI has it); the real page and corpora are read in place";

export function readSeedPage(): string {
  return readFileSync(SEED_PAGE, "utf8");
}
