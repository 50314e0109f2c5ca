/**
 * zod, configured once for all of jjj: `jitless`, so that it never compiles a parser with
 * `new Function` (its default speeds up object parsing that way). jjj evaluates no code, its own or
 * generated (see the README's Security section). zod reads the setting when a schema is built, so
 * every module that builds one imports `z` from here, never from "zod" directly.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
