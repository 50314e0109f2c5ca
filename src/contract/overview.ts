import { z } from "../dataset/zod.js";
import { LText, Unit } from "./common.js";
import { CompareRecord } from "./compare.js";
import { ThemeRecord } from "./themes.js";

/** `jjj --json`: the overview screen as data. */
export const OverviewDocument = z.object({
  title: LText,
  themes: z.array(ThemeRecord),
  headlines: z.array(
    z.union([CompareRecord, z.object({ id: z.string(), label: LText, unit: Unit, values: z.array(z.number()) })]),
  ),
});
export type OverviewDocument = z.infer<typeof OverviewDocument>;
