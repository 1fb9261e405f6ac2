import type { Reporter, TestModule } from "vitest/node";

/** A title that carries its reason: `golden: the real seed page (skipped: ../shared is absent …)`. */
const NOTE_IN_TITLE = /\((skipped: .*)\)$/;

/**
 * Prints, after vitest's summary, why tests were skipped: the default reporter shows only a count
 * ("12 skipped"), so a note carried in a skipped test's or group's title would never be seen.
 * One line per reason, with the groups it skipped.
 */
export default class SkipNoteReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skippedBy = new Map<string, string[]>();
    for (const module of testModules) {
      const entities = [...module.children.allSuites(), ...module.children.allTests()];
      for (const entity of entities) {
        if (entity.options.mode !== "skip") continue;
        const note = NOTE_IN_TITLE.exec(entity.name)?.[1];
        if (note === undefined) continue;
        const what = entity.name.slice(0, entity.name.length - note.length - 2).trim();
        skippedBy.set(note, [...(skippedBy.get(note) ?? []), `${what} (${module.relativeModuleId})`]);
      }
    }
    if (skippedBy.size === 0) return;
    const lines = [...skippedBy].flatMap(([note, what]) => [` ${note}`, ...what.map((w) => `   - ${w}`)]);
    process.stdout.write(`\n${lines.join("\n")}\n\n`);
  }
}
