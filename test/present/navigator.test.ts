import { describe, expect, it } from "vitest";
import { decodeKeys, initialState, type Key, type NavState, navigate } from "../../src/present/navigator.js";

/** The state after pressing keys one after another. */
function press(state: NavState, ...keys: Key[]): NavState {
  return keys.reduce(navigate, state);
}

const start = initialState(12, "en");

describe("the navigator: (state, key) → state", () => {
  it("starts on the first slide, without help, in the chosen language", () => {
    expect(start).toEqual({ index: 0, count: 12, help: false, typed: "", lang: "en", auto: false });
  });

  it("goes forward with → Space n PageDown Enter and down", () => {
    for (const key of ["right", "space", "n", "pagedown", "enter", "down"]) {
      expect(navigate(start, key).index, key).toBe(1);
    }
  });

  it("goes back with ← p PageUp Backspace and up", () => {
    const at5 = { ...start, index: 5 };
    for (const key of ["left", "p", "pageup", "backspace", "up"]) {
      expect(navigate(at5, key).index, key).toBe(4);
    }
  });

  it("stops at the first and the last slide rather than wrapping", () => {
    expect(navigate(start, "left").index).toBe(0);
    expect(press(start, "end", "right", "right").index).toBe(11);
  });

  it("goes to the first and last slide with Home and End", () => {
    expect(navigate(start, "end").index).toBe(11);
    expect(press(start, "end", "home").index).toBe(0);
  });

  it("jumps to a slide with its number and Enter", () => {
    const typing = press(start, "1", "0");
    expect(typing.typed).toBe("10");
    expect(typing.index).toBe(0);
    const jumped = navigate(typing, "enter");
    expect(jumped.index).toBe(9);
    expect(jumped.typed).toBe("");
  });

  it("says so when the number names no slide, and stays put", () => {
    const missed = press({ ...start, index: 3 }, "4", "2", "enter");
    expect(missed).toMatchObject({ index: 3, typed: "", missed: "42" });
    expect(navigate(missed, "right")).toMatchObject({ index: 4, missed: undefined });
    expect(press(start, "0", "enter")).toMatchObject({ index: 0, missed: "0" });
  });

  it("lets Backspace correct a number and Esc drop it without quitting", () => {
    expect(press(start, "1", "2", "backspace").typed).toBe("1");
    const dropped = press(start, "7", "escape");
    expect(dropped.typed).toBe("");
    expect(dropped.exit).toBeUndefined();
  });

  it("shows the keys with ?, and any key but q closes them without moving", () => {
    const help = navigate(start, "?");
    expect(help.help).toBe(true);
    expect(navigate(help, "right")).toMatchObject({ help: false, index: 0 });
    const closed = navigate(help, "escape");
    expect(closed.help).toBe(false);
    expect(closed.exit).toBeUndefined();
    expect(navigate(help, "q").exit).toBe("quit");
  });

  it("quits with q and Esc, and is interrupted by Ctrl-C", () => {
    expect(navigate(start, "q").exit).toBe("quit");
    expect(navigate(start, "escape").exit).toBe("quit");
    expect(navigate(start, "ctrl-c").exit).toBe("interrupt");
    // Once ended, keys change nothing.
    const ended = navigate(start, "q");
    expect(navigate(ended, "right")).toBe(ended);
  });

  it("switches language with l, on the same slide", () => {
    const zh = press(start, "right", "right", "l");
    expect(zh).toMatchObject({ lang: "zh", index: 2 });
    expect(navigate(zh, "l").lang).toBe("en");
  });

  it("advances on a tick only in kiosk mode, and loops after the last slide", () => {
    expect(navigate(start, "tick").index).toBe(0);
    const kiosk = initialState(3, "en", true);
    expect(press(kiosk, "tick").index).toBe(1);
    expect(press(kiosk, "tick", "tick", "tick").index).toBe(0);
    // Not while the keys are shown or a number is being typed.
    expect(press(kiosk, "?", "tick").index).toBe(0);
    expect(press(kiosk, "2", "tick")).toMatchObject({ index: 0, typed: "2" });
  });

  it("ignores keys that mean nothing", () => {
    expect(navigate(start, "x")).toEqual(start);
    expect(navigate(start, "tab")).toEqual(start);
  });
});

describe("decoding terminal input into keys", () => {
  it("reads arrows, Home, End and Page keys in xterm and VT forms", () => {
    expect(decodeKeys("\u001b[C\u001b[D\u001b[A\u001b[B")).toEqual(["right", "left", "up", "down"]);
    expect(decodeKeys("\u001bOC\u001bOD")).toEqual(["right", "left"]);
    expect(decodeKeys("\u001b[H\u001b[F\u001b[1~\u001b[4~")).toEqual(["home", "end", "home", "end"]);
    expect(decodeKeys("\u001b[5~\u001b[6~")).toEqual(["pageup", "pagedown"]);
  });

  it("reads Enter, Backspace, Space, Ctrl-C, Esc alone and printable characters", () => {
    expect(decodeKeys("\r")).toEqual(["enter"]);
    expect(decodeKeys("\r\n")).toEqual(["enter"]);
    expect(decodeKeys("\u007f")).toEqual(["backspace"]);
    expect(decodeKeys(" ")).toEqual(["space"]);
    expect(decodeKeys("\u0003")).toEqual(["ctrl-c"]);
    expect(decodeKeys("\u001b")).toEqual(["escape"]);
    expect(decodeKeys("12\rq?")).toEqual(["1", "2", "enter", "q", "?"]);
  });

  it("skips escape sequences it does not know, whole", () => {
    expect(decodeKeys("\u001b[15~n")).toEqual(["n"]);
    expect(decodeKeys("\u001b[200~")).toEqual([]);
  });
});
