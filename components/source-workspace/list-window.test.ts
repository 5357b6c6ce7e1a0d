import { describe, expect, it } from "vitest";
import { listWindow, PANEL_PAGE } from "./list-window";

describe("listWindow", () => {
  it("draws the first page when nothing further down is active", () => {
    expect(listWindow(10_000, -1, PANEL_PAGE)).toEqual({ start: 0, end: PANEL_PAGE });
    expect(listWindow(30, 5, PANEL_PAGE)).toEqual({ start: 0, end: 30 });
  });
  it("centres a page on an active row beyond the drawn ones", () => {
    expect(listWindow(10_000, 5_000, PANEL_PAGE)).toEqual({ start: 4_950, end: 5_050 });
    expect(listWindow(10_000, 9_999, PANEL_PAGE)).toEqual({ start: 9_949, end: 10_000 });
  });
  it("keeps rows shown with 'show more' drawn", () => {
    expect(listWindow(10_000, 150, 200)).toEqual({ start: 0, end: 200 });
  });
});
