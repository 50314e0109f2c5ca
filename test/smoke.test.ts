import { describe, expect, it } from "vitest";
import { memoryIo } from "../src/cli/io.js";
import { main } from "../src/main.js";

describe("jjj compare", () => {
  it("prints the 2020 PM2.5 value of 44 in JSON", async () => {
    const io = memoryIo();
    const code = await main(["compare", "--json"], io);
    expect(code).toBe(0);
    const rows = JSON.parse(io.stdout()) as { id: string; to: { value: number } }[];
    expect(rows.find((r) => r.id === "pm25")?.to.value).toBe(44);
  });
});
