// node --test tests/js/ — the facilitators' tally, pure parts: pasted text into codes, de-duplication, the summary
// (counts, pass rate, change per domain, hand-computed), the CSV export, and a paper sheet's answers read into responses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dir = "../../src/hocvuso/static/assets/hocvuso/";
const M = require(dir + "model.js");
const RC = require(dir + "resultcode.js");
const T = require(dir + "tally.js");

const COURSES = ["nong-dan", "nguoi-dan"];
const r = (course, kind, passed, domains, commune = "", nickname = "", minute = 0) => ({
  course, kind, passed, commune, nickname, minute, date: "2026-03-02",
  domains: Object.fromEntries(Object.entries(domains).map(([d, [right, total]]) => [d, {right, total}]))
});
const RESULTS = [
  r("nong-dan", "entry", false, {0: [1, 3], 4: [2, 4]}, "Tân Hồng", "", 1),
  r("nong-dan", "standard", true, {0: [3, 3], 4: [3, 4]}, "Tân Hồng", "", 2),
  r("nong-dan", "standard", false, {0: [2, 3], 4: [1, 4]}, "An Long", "Út", 3),
  r("nguoi-dan", "entry", false, {1: [2, 5]}, "", "", 4),
  r("nong-dan", "entry", false, {0: [0, 3]}, "An Long", "", 5)
];
const codes = RESULTS.map(RC.encode);

test("pieces: one code a line, or several separated by spaces, commas or semicolons; a commune keeps its spaces", () => {
  const text = `${codes[0]}, ${codes[1]}\r\n\n  ${codes[2]} ;${codes[3]}\n${codes[4].toLowerCase().replace(/-/g, " ")}`;
  assert.deepEqual(T.pieces(text), [
    {line: 1, text: codes[0]}, {line: 1, text: codes[1]}, {line: 3, text: codes[2]}, {line: 3, text: codes[3]},
    {line: 4, text: codes[4].toLowerCase().replace(/-/g, " ")}
  ]);
  assert.ok(codes[2].includes("~An Long~Út"));
  assert.deepEqual(T.pieces(" \n ,\n"), []);
  const bare = codes[1].toLowerCase().replace(/-/g, "");  // typed without dashes, after a comma
  assert.deepEqual(T.pieces(`${codes[3]},${bare}; ${codes[2]}`).map(p => p.text), [codes[3], bare, codes[2]]);
});

test("paste: each code added once (the same canonical code is a duplicate); a mistyped one is an error with decode's key", () => {
  const tally = T.empty();
  const bad = codes[1].slice(0, 6) + (codes[1][6] === "Z" ? "Y" : "Z") + codes[1].slice(7);
  const lower = codes[0].replace(/^[^~]+/, core => core.toLowerCase().replace(/-/g, ""));  // the commune as written
  const lines = T.paste(tally, [...codes, lower, bad].join("\n"), COURSES);
  assert.deepEqual(lines.map(x => x.status), ["added", "added", "added", "added", "added", "duplicate", "error"]);
  assert.equal(lines[6].line, 7);
  assert.equal(lines[6].error, "rcChecksum");
  assert.equal(tally.items.length, 5);
  assert.deepEqual(tally.items.map(i => i.code), codes.map(RC.normalize));
  assert.equal(tally.items[2].nickname, "Út");
  assert.equal(tally.items[0].source, "online");
  assert.equal(T.paste(tally, codes[0].replace("nong", ""), ["khac"])[0].error, "rcUnknownCourse");
  // stored and read back; damaged storage gives an empty tally
  assert.deepEqual(T.parse(JSON.stringify(tally)), tally);
  assert.deepEqual(T.parse("{oops"), T.empty());
  assert.deepEqual(T.parse(JSON.stringify({v: 1, items: [{code: 1}, null]})).items, []);
});

test("summary: counts, pass rate and the change per domain from entry to standard, hand-computed", () => {
  const tally = T.empty();
  T.paste(tally, codes.join("\n"), COURSES);
  const s = T.summary(tally.items);
  assert.equal(s.total, 5);
  assert.deepEqual(s.byKind, {entry: 3, standard: 2});
  assert.deepEqual(s.byCourse, {"nong-dan": {entry: 2, standard: 2, total: 4, passed: 1}, "nguoi-dan": {entry: 1, standard: 0, total: 1, passed: 0}});
  assert.deepEqual(s.byCommune, {"Tân Hồng": {entry: 1, standard: 1, total: 2, passed: 1},
    "An Long": {entry: 1, standard: 1, total: 2, passed: 0}, "": {entry: 1, standard: 0, total: 1, passed: 0}});
  assert.equal(s.passRate, 50);
  // domain 0: entry (100/3 + 0) / 2, standard (100 + 200/3) / 2; domain 4: entry 50, standard (75 + 25) / 2
  const c = s.change["nong-dan"];
  assert.deepEqual(Object.keys(c), ["0", "4"]);
  assert.ok(Math.abs(c["0"].entry - 50 / 3) < 1e-9 && Math.abs(c["0"].standard - 250 / 3) < 1e-9);
  assert.ok(Math.abs(c["0"].change - 200 / 3) < 1e-9);
  assert.equal(c["4"].change, 0);
  assert.equal(c["0"].nEntry, 2);
  assert.equal(s.change["nguoi-dan"], undefined, "no standard result there");
  assert.equal(T.summary([]).passRate, null);
});

test("CSV: BOM, the fixed header, one row per result, RFC 4180 quoting, empty domain columns", () => {
  const tally = T.empty();
  T.paste(tally, codes.join("\n"), COURSES);
  T.add(tally, "HVXX-TEST", {course: "nong-dan", kind: "standard", date: "2026-03-02", percent: 100, passed: true,
    commune: 'Ấp "Mới", Tân Hồng', nickname: "", domains: {6: {right: 2, total: 2}}}, "paper");
  const text = T.csv(tally.items);
  assert.ok(text.startsWith("\ufeffcode,course,kind,date,percent,passed,commune,nickname,source,d0_right,d0_total,d1_right,d1_total,d2_right,d2_total,d3_right,d3_total,d4_right,d4_total,d5_right,d5_total,d6_right,d6_total\r\n"));
  const rows = text.slice(1).trimEnd().split("\r\n");
  assert.equal(rows.length, 7);
  assert.equal(rows[3], `${RC.normalize(codes[2])},nong-dan,standard,2026-03-02,42,0,An Long,Út,online,2,3,,,,,,,1,4,,,,`);
  assert.equal(rows[6], 'HVXX-TEST,nong-dan,standard,2026-03-02,100,1,"Ấp ""Mới"", Tân Hồng",,paper,,,,,,,,,,,,,2,2');
});

test("paper answers: letters, Đ/S, typed text, order and match into the engine's responses; mistakes named", () => {
  const yes = ["Đ", "T"], no = ["S", "F"];
  const single = {type: "single", feedback: ["", "", "", ""], correct: [2]};
  const multiple = {type: "multiple", feedback: ["", "", "", "", ""], correct: [0, 2]};
  assert.deepEqual(T.paperResponse(single, " c ", [], yes, no), {response: "2"});
  assert.deepEqual(T.paperResponse(single, "", [], yes, no), {response: null});
  assert.deepEqual(T.paperResponse(single, "E", [], yes, no), {error: "pErrLetter", v: "E", n: "D"});
  assert.deepEqual(T.paperResponse(single, "AB", [], yes, no), {error: "pErrOne", v: "AB"});
  assert.deepEqual(T.paperResponse(multiple, "c, a", [], yes, no), {response: ["0", "2"]});
  assert.ok(M.check(multiple, T.paperResponse(multiple, "CA", [], yes, no).response).correct);
  const tf = {type: "truefalse", answer: false};
  for (const w of ["Đ", "đ", "đúng", "D", "t", "True"]) assert.deepEqual(T.paperResponse(tf, w, [], yes, no), {response: "true"}, w);
  for (const w of ["S", "sai", "f"]) assert.deepEqual(T.paperResponse(tf, w, [], yes, no), {response: "false"}, w);
  assert.equal(T.paperResponse(tf, "x", [], yes, no).error, "pErrTf");
  assert.deepEqual(T.paperResponse({type: "text", answers: ["113"]}, " gọi 113 ", [], yes, no), {response: "gọi 113"});
  // order: tiles printed as A = item 2, B = item 0, C = item 1; the right order is items 0, 1, 2 = "BCA"
  const order = {type: "order", items: ["x", "y", "z"]}, tiles = ["2", "0", "1"];
  assert.deepEqual(T.paperResponse(order, "b c a", tiles, yes, no), {response: ["0", "1", "2"]});
  assert.ok(M.check(order, T.paperResponse(order, "BCA", tiles, yes, no).response).correct);
  assert.equal(T.paperResponse(order, "BCB", tiles, yes, no).error, "pErrRows");
  assert.equal(T.paperResponse(order, "BC", tiles, yes, no).error, "pErrRows");
  assert.deepEqual(T.paperResponse(order, "BCD", tiles, yes, no), {error: "pErrLetter", v: "D", n: "C"});
  // match: "1-B 2-C 3-A" or the letters row by row
  const match = {type: "match", pairs: 3};
  assert.deepEqual(T.paperResponse(match, "3–A, 1-b; 2 C", tiles, yes, no), {response: ["0", "1", "2"]});
  assert.deepEqual(T.paperResponse(match, "BCA", tiles, yes, no), {response: ["0", "1", "2"]});
  assert.deepEqual(T.paperResponse(match, "1-B 4-C 3-A", tiles, yes, no), {error: "pErrRow", v: "4", n: 3});
  assert.equal(T.paperResponse(match, "1-B 3-A", tiles, yes, no).error, "pErrRows");
});

// The shared vectors (pytest runs the same file against `hocvuso report`): the tally page's change per domain.
import {readFileSync} from "node:fs";
const {cases: CHANGE} = JSON.parse(readFileSync(new URL("../vectors/change_per_domain.json", import.meta.url), "utf8"));
for (const c of CHANGE) {
  test(`change per domain, shared with hocvuso report: ${c.name}`, () => {
    const items = c.results.map(x => r(x.course, x.kind, x.passed, x.domains));
    const got = T.summary(items).change;
    assert.deepEqual(Object.keys(got).sort(), Object.keys(c.change).sort());
    for (const course of Object.keys(c.change)) {
      assert.deepEqual(Object.keys(got[course]).sort(), Object.keys(c.change[course]).sort());
      for (const d of Object.keys(c.change[course])) assert.ok(Math.abs(got[course][d].change - c.change[course][d]) < 1e-9, `${course} ${d}`);
    }
  });
}
