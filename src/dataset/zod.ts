/**
 * zod, as every module of jjj that builds a schema imports it. zod's default mode compiles fast
 * parsers (with `new Function`) from jjj's own schemas, never from data; where code generation is
 * refused (`node --disallow-code-generation-from-strings`), zod falls back by itself.
 */
export { z } from "zod";
