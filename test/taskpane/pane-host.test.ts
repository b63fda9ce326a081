/** Deciding "inside Office or a plain browser tab" from what Office provides (src/taskpane/shared/pane-host.ts). */
import {
  STARTUP_TEXT,
  STILL_WAITING_AFTER_MS,
  hostInfoParameter,
  isFramed,
  paneHostFromLocation,
  parseHostInfo,
} from "../../src/taskpane/shared/pane-host";

describe("paneHostFromLocation", () => {
  test.each([
    ["Excel on the web", "?_host_Info=Excel$Web$16.01$en-GB$$$$16", false, "office"],
    ["Excel on Windows", "?_host_Info=Excel$Win32$16.01$en-GB$$$$0", false, "office"],
    ["Excel on Mac", "?_host_Info=Excel%24Mac%2416.01%24en-GB%24%24%24%240", false, "office"],
    ["with other parameters around it", "?et=&_host_Info=Excel$Web$16.01$en-GB$$$$16&x=1", false, "office"],
    ["framed without the parameter", "", true, "office"],
    ["a plain tab", "", false, "browser"],
    ["a plain tab with other parameters", "?debug=1&host=Excel", false, "browser"],
    ["an empty _host_Info", "?_host_Info=", false, "browser"],
    ["a look-alike parameter", "?my_host_Info=Excel$Web", false, "browser"],
  ])("%s", (_label, search, framed, expected) => {
    expect(paneHostFromLocation(search, framed)).toBe(expected);
  });

  test("a reload inside the pane (office.js kept _host_Info in sessionStorage) is still inside Office", () => {
    expect(paneHostFromLocation("", false, "Excel$Win32$16.01$en-GB$$$$0")).toBe("office");
    expect(paneHostFromLocation("", false, "")).toBe("browser");
    expect(paneHostFromLocation("", false, null)).toBe("browser");
  });
});

describe("hostInfoParameter and parseHostInfo", () => {
  test("read the value the way office.js does", () => {
    const value = hostInfoParameter("?_host_Info=Excel$Web$16.01$en-GB$$$$16#hash");
    expect(value).toBe("Excel$Web$16.01$en-GB$$$$16");
    expect(parseHostInfo(value!)).toEqual({ host: "Excel", platform: "Web", version: "16.01", locale: "en-GB" });
    expect(parseHostInfo("Excel|Win32|16.01|en-US")).toEqual({
      host: "Excel",
      platform: "Win32",
      version: "16.01",
      locale: "en-US",
    });
    expect(hostInfoParameter("_host_Info=Excel%24Mac%2416.01")).toBe("Excel$Mac$16.01");
    expect(hostInfoParameter("?_host_Info=%E0%A4%A")).toBe("%E0%A4%A");
    expect(hostInfoParameter("?a=1")).toBeUndefined();
  });
});

describe("isFramed", () => {
  test("compares top and self, and counts an unreadable top as framed", () => {
    const self = {} as Window;
    expect(isFramed({ top: self, self } as unknown as Window)).toBe(false);
    expect(isFramed({ top: {} as Window, self } as unknown as Window)).toBe(true);
    const crossOrigin = Object.defineProperty({ self }, "top", {
      get() {
        throw new Error("cross-origin");
      },
    });
    expect(isFramed(crossOrigin as unknown as Window)).toBe(true);
  });
});

test("the start-up words", () => {
  expect(STARTUP_TEXT.starting).toBe("Starting…");
  expect(STARTUP_TEXT.officeMissing).toBe(
    "Excel's add-in script could not load; check your connection and reopen the pane.",
  );
  expect(STARTUP_TEXT.stillWaiting).toMatch(/^Still waiting for Excel…/);
  expect(STILL_WAITING_AFTER_MS).toBe(10_000);
});
