/**
 * Moves the bundle's large data literals (the dictionaries' text, the fold table, the labeller's
 * weights) to the end of a built file, largest first, so that its code stands together. esbuild
 * places a module where the import graph first reaches it, and the data modules are reached early:
 * 40 KB and more of them sat between stretches of code, beyond the reach of gzip's 32 KB window
 * (code matches code), and mixed into the same deflate blocks. Moved, the browser bundle of
 * `extract` gzips about 2.4 KiB smaller, byte for byte the same program otherwise.
 *
 * Only what cannot change behaviour moves: a top-level `var` whose value is made of literals
 * alone (a string, or arrays and objects of literals), whose name is read only inside functions,
 * which run after the module has been evaluated. A `var` moved to the end is still declared from
 * the start (hoisting), but holds undefined until then: a function called while the module is
 * evaluated could read it early. {@link trapEarlyReads} makes such a read throw, and the build
 * imports that variant to make sure none happens.
 */
import { parse, type Node, type Program, type VariableDeclaration, type VariableDeclarator } from "acorn";
import MagicString from "magic-string";

/** Declarations shorter than this stay where they are: the gain is in the large ones. */
const MIN_LENGTH = 256;

/** True when `node` is a value made of literals alone: no name read, no call. */
function isInert(node: Node): boolean {
  const n = node as Node & Record<string, unknown>;
  switch (node.type) {
    case "Literal":
      return !("regex" in n && n.regex);
    case "TemplateLiteral":
      return (n.expressions as Node[]).length === 0;
    case "UnaryExpression":
      return (n.operator === "-" || n.operator === "!") && (n.argument as Node).type === "Literal";
    case "ArrayExpression":
      return (n.elements as (Node | null)[]).every((e) => e !== null && isInert(e));
    case "ObjectExpression":
      return (n.properties as (Node & Record<string, unknown>)[]).every(
        (p) => p.type === "Property" && p.kind === "init" && !p.computed && !p.method && isInert(p.value as Node),
      );
    default:
      return false;
  }
}

/** Names written outside any function (property keys included: a conservative count), each with its count. */
function namesOutsideFunctions(program: Program): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: Node): void => {
    if (/Function/.test(node.type)) return;
    if (node.type === "Identifier") {
      const name = (node as Node & { name: string }).name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "type" || key === "start" || key === "end") continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child !== null && typeof child === "object" && typeof (child as Node).type === "string") walk(child as Node);
      }
    }
  };
  walk(program);
  return counts;
}

export interface DataLast {
  readonly code: string;
  /** A source map from the file given to the file returned, naming the given one `source`. */
  readonly map: ReturnType<MagicString["generateMap"]>;
  /** The names moved, in their new order. */
  readonly moved: readonly string[];
}

/**
 * `code` (a built ES module or CommonJS file) with its large literal-only top-level `var`s moved
 * to its end, largest first.
 *
 * @example
 * ```ts
 * const data = JSON.stringify("x".repeat(300));
 * moveDataLast(`var a=${data};function f(){return a}export{f};`, "index.js").code;
 * // => `function f(){return a}export{f};var a="xxx…";`
 * ```
 */
export function moveDataLast(code: string, source: string): DataLast {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" });
  const outside = namesOutsideFunctions(program);
  const moving: { statement: VariableDeclaration; declarator: VariableDeclarator; name: string }[] = [];
  for (const statement of program.body) {
    if (statement.type !== "VariableDeclaration" || statement.kind !== "var") continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type !== "Identifier" || !declarator.init || declarator.end - declarator.start < MIN_LENGTH) continue;
      // Its own declaration is the one name written outside functions.
      if (isInert(declarator.init) && outside.get(declarator.id.name) === 1) moving.push({ statement, declarator, name: declarator.id.name });
    }
  }
  const s = new MagicString(code);
  const last = program.body[program.body.length - 1];
  if (moving.length === 0 || last === undefined) return { code, map: s.generateMap({ source, hires: true }), moved: [] };
  for (const statement of new Set(moving.map((m) => m.statement))) {
    const all = statement.declarations;
    const gone = new Set(moving.filter((m) => m.statement === statement).map((m) => m.declarator));
    const kept = all.filter((d) => !gone.has(d));
    if (kept.length === 0) {
      // `var ` and the commas and `;` between the declarators go; the declarators move.
      s.remove(statement.start, all[0]!.start);
      all.forEach((d, i) => s.remove(d.end, i + 1 < all.length ? all[i + 1]!.start : statement.end));
      continue;
    }
    // The comma after each moved declarator before the last kept one, before each after it.
    const lastKept = all.indexOf(kept[kept.length - 1]!);
    all.forEach((d, i) => {
      if (!gone.has(d)) return;
      if (i < lastKept) s.remove(d.end, all[i + 1]!.start);
      else s.remove(all[i - 1]!.end, d.start);
    });
  }
  moving.sort((a, b) => b.declarator.end - b.declarator.start - (a.declarator.end - a.declarator.start));
  // Moved, not copied: the source map still leads each literal back to its file.
  for (const { declarator } of moving) {
    s.prependRight(declarator.start, "var ");
    s.appendLeft(declarator.end, ";");
    s.move(declarator.start, declarator.end, last.end);
  }
  return { code: s.toString(), map: s.generateMap({ source, hires: true }), moved: moving.map((m) => m.name) };
}

/**
 * `code` as {@link moveDataLast} returned it, with each of the `moved` names first declared as a
 * value that throws when read (its properties, its conversion to a string or number): importing it
 * throws if evaluating the module reads a moved name before its declaration at the end.
 */
export function trapEarlyReads(code: string, moved: readonly string[]): string {
  if (moved.length === 0) return code;
  const trap =
    "var __dataLastTrap=new Proxy(function(){},{get(){throw new Error('data-last: a moved value was read while the module was evaluated')}," +
    "apply(){throw new Error('data-last: early call')},construct(){throw new Error('data-last: early new')},has(){throw new Error('data-last: early in')}});";
  return `${trap}var ${moved.map((name) => `${name}=__dataLastTrap`).join(",")};${code}`;
}
