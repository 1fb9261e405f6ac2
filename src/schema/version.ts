/**
 * The schema version, apart from the TypeBox definitions: the extraction path imports only this,
 * so that `import "baoxun"` does not load TypeBox (266 modules, most of the start-up time).
 */

/** Bumped on any change that can break a reader of the graph. */
export const SCHEMA_VERSION = "1.2.0";
