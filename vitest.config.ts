import { defineConfig } from "vitest/config";
import { dictionaryText } from "./scripts/build/dictionary-text.js";

export default defineConfig({
  // Dictionary files are inlined as text, as tsup inlines them (scripts/build/dictionary-text.ts).
  plugins: [
    {
      name: "dictionary-text",
      enforce: "pre",
      load(id) {
        if (!id.endsWith(".txt")) return undefined;
        return { code: `export default ${JSON.stringify(dictionaryText(id))};`, map: null };
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The default reporter counts skipped tests; the second one prints why (../shared absent, …).
    reporters: ["default", "./test/helpers/skip-note-reporter.ts"],
  },
});
