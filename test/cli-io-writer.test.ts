import { describe, expect, it } from "vitest";
import { fdWriter, type WriteSync } from "../src/cli/io.js";

/** A file descriptor in memory: records the bytes, and follows a script of what each write does. */
function fakeFd(script: ("all" | number | "EAGAIN" | "EPIPE")[] = []) {
  const bytes: number[] = [];
  const calls: string[] = [];
  const write = ((fd: number, data: string | Uint8Array, offset: number = 0, length?: number) => {
    const all = typeof data === "string" ? Buffer.from(data, "utf8") : data.subarray(offset, offset + (length ?? 0));
    calls.push(typeof data === "string" ? `text ${all.length}` : `bytes ${all.length}`);
    expect(fd).toBe(1);
    const step = script.shift() ?? "all";
    if (step === "EAGAIN" || step === "EPIPE") throw Object.assign(new Error(step), { code: step });
    const n = step === "all" ? all.length : Math.min(step, all.length);
    bytes.push(...all.subarray(0, n));
    return n;
  }) as WriteSync;
  return { write, calls, text: () => Buffer.from(bytes).toString("utf8") };
}

function fakeStream() {
  const chunks: string[] = [];
  return {
    write(chunk: Uint8Array | string) {
      chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    },
    text: () => chunks.join(""),
  };
}

describe("fdWriter", () => {
  it("writes a text in one call when the system takes it all", () => {
    const fd = fakeFd();
    const out = fdWriter(1, fakeStream, fd.write);
    out("PM2.5 44 µg/m³ 京津冀\n");
    expect(fd.text()).toBe("PM2.5 44 µg/m³ 京津冀\n");
    expect(fd.calls).toEqual(["text 27"]);
  });

  it("writes what an interrupted write left, from the bytes, even in the middle of a character", () => {
    const fd = fakeFd([5, 3, "all"]);
    const out = fdWriter(1, fakeStream, fd.write);
    out("京津冀协同发展");
    expect(fd.text()).toBe("京津冀协同发展");
    expect(fd.calls).toEqual(["text 21", "bytes 16", "bytes 13"]);
  });

  it("hands the rest, and all later output, to the stream when the descriptor is full (EAGAIN)", () => {
    const fd = fakeFd([4, "EAGAIN"]);
    const stream = fakeStream();
    const out = fdWriter(1, () => stream, fd.write);
    out("abcdefgh");
    out("ijk");
    expect(fd.text()).toBe("abcd");
    expect(stream.text()).toBe("efghijk");
  });

  it("hands a whole text to the stream when nothing could be written", () => {
    const fd = fakeFd(["EAGAIN"]);
    const stream = fakeStream();
    const out = fdWriter(1, () => stream, fd.write);
    out("京津冀");
    expect(fd.text()).toBe("");
    expect(stream.text()).toBe("京津冀");
  });

  it("throws other failures (EPIPE: the reader has gone) to the caller", () => {
    const fd = fakeFd(["EPIPE"]);
    const out = fdWriter(1, fakeStream, fd.write);
    expect(() => out("x")).toThrow(expect.objectContaining({ code: "EPIPE" }));
  });

  it("hands the rest to the stream when a write takes nothing, rather than trying for ever", () => {
    const fd = fakeFd([3, 0]);
    const stream = fakeStream();
    const out = fdWriter(1, () => stream, fd.write);
    out("abcdef");
    expect(fd.text()).toBe("abc");
    expect(stream.text()).toBe("def");
  });

  it("writes nothing for an empty text", () => {
    const fd = fakeFd();
    fdWriter(1, fakeStream, fd.write)("");
    expect(fd.calls).toEqual([]);
  });
});
