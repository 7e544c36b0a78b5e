// node --test tests/js/ — the self-assessment's pure functions: seeded draw, scoring, verification code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dir = "../../src/hocvuso/static/assets/hocvuso/";
require(dir + "model.js"); // HVS.model: rng, check (the assessment relies on them)
const A = require(dir + "assessment.js");

// A pool like the assessment page's: domain "0" has 5 questions (2 at level 3), "4" has 8, "2" has 3.
const pool = [];
for (let i = 0; i < 5; i++) pool.push({ bank: "b/zero", id: "z" + i, domain: "0", level: i < 3 ? 1 : 3 });
for (let i = 0; i < 8; i++) pool.push({ bank: "b/four", id: "f" + i, domain: "4", level: 1 + (i % 2) });
for (let i = 0; i < 3; i++) pool.push({ bank: "b/two", id: "t" + i, domain: "2", level: 2 });
const spec = [{ domain: "0", count: 2 }, { domain: "4", count: 5 }, { domain: "2", count: 3 }];
const byKey = Object.fromEntries(pool.map((q) => [q.bank + "#" + q.id, q]));
const keysOf = (drawn) => drawn.map(([b, id]) => b + "#" + id);

test("draw: the same seed gives the same questions, in the same order", () => {
  const a = A.draw(pool, spec, [1, 2], 12345), b = A.draw(pool, spec, [1, 2], 12345);
  assert.deepEqual(a, b);
  // independent of the order of the pool on the page
  assert.deepEqual(A.draw([...pool].reverse(), spec, [1, 2], 12345), a);
});

test("draw: different seeds give different draws", () => {
  const seen = new Set();
  for (let s = 1; s <= 20; s++) seen.add(JSON.stringify(A.draw(pool, spec, [1, 2], s)));
  assert.ok(seen.size > 10, `only ${seen.size} distinct draws in 20 seeds`);
});

test("draw: count per domain, no duplicates, only requested levels, grouped by domain", () => {
  for (let s = 0; s < 50; s++) {
    const keys = keysOf(A.draw(pool, spec, [1, 2], s * 7919));
    assert.equal(keys.length, 10);
    assert.equal(new Set(keys).size, 10);
    const doms = keys.map((k) => byKey[k].domain);
    assert.deepEqual(doms, ["0", "0", "4", "4", "4", "4", "4", "2", "2", "2"]);
    for (const k of keys) assert.ok([1, 2].includes(byKey[k].level), k);
  }
  const only2 = keysOf(A.draw(pool, [{ domain: "4", count: 4 }], [2], 9));
  assert.deepEqual(only2.map((k) => byKey[k].level), [2, 2, 2, 2]);
  // no levels given: every level counts
  assert.equal(A.draw(pool, [{ domain: "0", count: 5 }], [], 3).length, 5);
});

test("draw: a domain that cannot fill its count is an error", () => {
  assert.throws(() => A.draw(pool, [{ domain: "0", count: 4 }], [1, 2], 1), /domain 0: 3 < 4/);
  assert.throws(() => A.draw(pool, [{ domain: "9", count: 1 }], [1, 2], 1), /domain 9/);
  // a question listed twice in the pool is drawn at most once
  assert.throws(() => A.draw([...pool, pool[0]], [{ domain: "0", count: 4 }], [1], 1), /3 < 4/);
});

// Questions of every type with their right answers, as the page's data-hvs-q carries them.
const qs = [
  { bank: "b", id: "s", domain: "0", type: "single", correct: [1], feedback: [] },
  { bank: "b", id: "m", domain: "0", type: "multiple", correct: [0, 2], feedback: [] },
  { bank: "b", id: "tf", domain: "4", type: "truefalse", answer: false },
  { bank: "b", id: "tx", domain: "4", type: "text", answers: ["113"] },
  { bank: "b", id: "o", domain: "4", type: "order", items: ["a", "b", "c"] },
  { bank: "b", id: "ma", domain: "2", type: "match", pairs: 2, solution: [["x", "1"], ["y", "2"]] },
];
const right = { "b#s": "1", "b#m": ["2", "0"], "b#tf": "false", "b#tx": " 113. ", "b#o": ["0", "1", "2"], "b#ma": ["0", "1"] };
const wrong = { "b#s": "0", "b#m": ["0"], "b#tf": "true", "b#tx": "114", "b#o": ["1", "0", "2"], "b#ma": ["1", "0"] };

test("score: all right, all wrong, unanswered", () => {
  const r = A.score(qs, right, 70);
  assert.deepEqual([r.right, r.total, r.percent, r.passed], [6, 6, 100, true]);
  const w = A.score(qs, wrong, 70);
  assert.deepEqual([w.right, w.total, w.percent, w.passed], [0, 6, 0, false]);
  const none = A.score(qs, {}, 70);
  assert.deepEqual([none.right, none.total, none.percent], [0, 6, 0]);
});

test("score: a mix gives the right totals and per-domain numbers", () => {
  const mix = { ...right, "b#s": "0", "b#o": ["2", "1", "0"], "b#tx": "" };
  const r = A.score(qs, mix, 70);
  assert.equal(r.right, 3);
  assert.equal(r.percent, 50);
  assert.equal(r.passed, false);
  assert.deepEqual(r.domains, {
    0: { right: 1, total: 2, percent: 50 },
    4: { right: 1, total: 3, percent: 33 },
    2: { right: 1, total: 1, percent: 100 },
  });
  assert.equal(r.res["b#s"].correct, false);
  assert.equal(r.res["b#m"].correct, true);
});

test("score: pass/fail at the boundary; percent is rounded down so it never shows a pass mark it did not reach", () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({ bank: "b", id: "q" + i, domain: "1", type: "truefalse", answer: true }));
  const resp = (k) => Object.fromEntries(ten.map((q, i) => ["b#" + q.id, i < k ? "true" : "false"]));
  assert.deepEqual([A.score(ten, resp(7), 70).percent, A.score(ten, resp(7), 70).passed], [70, true]);
  assert.deepEqual([A.score(ten, resp(6), 70).percent, A.score(ten, resp(6), 70).passed], [60, false]);
  // 23/33 = 69.7 %: not passed, and shown as 69 (not 70)
  const t33 = Array.from({ length: 33 }, (_, i) => ({ bank: "b", id: "q" + i, domain: "1", type: "truefalse", answer: true }));
  const r = A.score(t33, Object.fromEntries(t33.map((q, i) => ["b#" + q.id, i < 23 ? "true" : "false"])), 70);
  assert.deepEqual([r.percent, r.passed], [69, false]);
  assert.equal(A.score([], {}, 70).percent, 0);
});

const fields = { name: "Nguyễn Thị Mai", course: "nguoi-dan", date: "05/03/2025", percent: 83,
  domains: { 0: { right: 3, total: 3 }, 4: { right: 5, total: 7 } } };

test("verification code: stable, 8 base32 characters, ignores case and spacing of the name", () => {
  const c = A.verificationCode(fields);
  assert.match(c, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  assert.equal(A.verificationCode(JSON.parse(JSON.stringify(fields))), c);
  assert.equal(A.verificationCode({ ...fields, name: "  nguyễn   thị MAI " }), c);
  assert.equal(A.verificationCode({ ...fields, name: "Nguyễn Thị Mai".normalize("NFD") }), c);
  // domain order does not matter
  assert.equal(A.verificationCode({ ...fields, domains: { 4: fields.domains[4], 0: fields.domains[0] } }), c);
  // codes already printed on paper must keep verifying: the algorithm must never change
  assert.equal(c, "RGKA-Z1WC");
});

test("verification code: changes when any field changes", () => {
  const c = A.verificationCode(fields);
  const variants = [
    { name: "Nguyễn Thị Mây" }, { course: "hoc-sinh" }, { date: "06/03/2025" }, { percent: 84 },
    { domains: { 0: { right: 3, total: 3 }, 4: { right: 6, total: 7 } } },
    { domains: { 0: { right: 3, total: 3 }, 4: { right: 5, total: 8 } } },
    { domains: { 0: { right: 3, total: 3 } } },
  ];
  const codes = new Set([c]);
  for (const v of variants) {
    const x = A.verificationCode({ ...fields, ...v });
    assert.notEqual(x, c, JSON.stringify(v));
    codes.add(x);
  }
  assert.equal(codes.size, variants.length + 1);
});

test("helpers: date as dd/mm/yyyy; the printed data line parses back, leniently", () => {
  assert.equal(A.fmtDate(new Date(2025, 2, 5, 23, 59).getTime()), "05/03/2025");
  assert.equal(A.line(fields), "nguoi-dan|05/03/2025|83|0:3/3 4:5/7");
  const { name, ...rest } = fields;
  assert.deepEqual(A.parseLine(A.line(fields)), rest);
  assert.deepEqual(A.parseLine(" nguoi-dan | 5/3/2025 | 83 | 4: 5/7, 0:3 / 3 "), rest);
  assert.equal(A.verificationCode({ name, ...A.parseLine("nguoi-dan|5.3.2025|83|0:3/3 4:5/7") }), "RGKA-Z1WC");
});
