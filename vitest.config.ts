import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Dictionary files are plain text; tsup inlines them with its "text" loader, tests do the same here.
  plugins: [
    {
      name: "dictionary-text",
      enforce: "pre",
      load(id) {
        if (!id.endsWith(".txt")) return undefined;
        return { code: `export default ${JSON.stringify(readFileSync(id, "utf8"))};`, map: null };
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
