import { parseArgs, type ParseArgsConfig } from "node:util";
import { BaoxunError } from "../../errors.js";
import { InputError } from "./inputs.js";

/** A mistake of the user's: one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** The queue commands of src/runners/cli/worker-commands.ts, loaded only when asked for (they bring BullMQ). */
export const QUEUE_COMMANDS: readonly string[] = ["worker", "enqueue", "collect", "drop"];

/**
 * Reports a command's failure on stderr in one line and returns its exit code: 2 for the user's
 * mistakes (bad arguments, input or options, and the command's own `alsoMistakes`, such as the
 * queue settings' RangeError), 1 otherwise.
 */
export function reportFailure(
  error: unknown,
  stderr: (text: string) => void,
  unexpected: (message: string) => string,
  alsoMistakes: readonly (abstract new (...args: never[]) => Error)[] = [],
): number {
  const mistake =
    error instanceof UsageError || error instanceof BaoxunError || error instanceof InputError || alsoMistakes.some((kind) => error instanceof kind);
  const message = error instanceof Error ? error.message : String(error);
  stderr(mistake ? `baoxun: ${message}\n` : `${unexpected(message)}\n`);
  return mistake ? 2 : 1;
}

/**
 * Parses a command's arguments strictly (positionals allowed); an unknown or malformed option is
 * a UsageError whose message ends with `usage`.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]}${usage}`);
  }
}
