// node --test tests/js/ — the browser engine's model (no DOM): checking, storage, migration, shuffles.
import {test} from "node:test";
import assert from "node:assert/strict";
import {createRequire} from "node:module";

const require = createRequire(import.meta.url);
const M = require("../../src/hocvuso/static/assets/hocvuso/model.js");

const Q = {
  single: {type: "single", correct: [1], feedback: ["", "", ""]},
  multiple: {type: "multiple", correct: [0, 2], feedback: ["", "", "", ""]},
  truefalse: {type: "truefalse", answer: false},
  text: {type: "text", answers: ["Công an", "113"]},
  order: {type: "order", items: ["a", "b", "c"]},
  match: {type: "match", pairs: 2, solution: [["VNeID", "Định danh"], ["VssID", "Bảo hiểm"]]},
};

test("single: the right option only", () => {
  assert.equal(M.check(Q.single, "1").correct, true);
  assert.equal(M.check(Q.single, "0").correct, false);
  assert.equal(M.check(Q.single, null).correct, false);
  assert.deepEqual(M.check(Q.single, "2").chosen, [2]);
});

test("multiple: exactly the right set, in any order", () => {
  assert.equal(M.check(Q.multiple, ["2", "0"]).correct, true);
  assert.equal(M.check(Q.multiple, ["0"]).correct, false);
  assert.equal(M.check(Q.multiple, ["0", "1", "2"]).correct, false);
  assert.equal(M.check(Q.multiple, []).correct, false);
});

test("multiple with ten or more options compares numbers, not strings", () => {
  const q = {type: "multiple", correct: [2, 10], feedback: []};
  assert.equal(M.check(q, ["10", "2"]).correct, true);
  assert.equal(M.check(q, ["1", "2"]).correct, false);
});

test("truefalse", () => {
  assert.equal(M.check(Q.truefalse, "false").correct, true);
  assert.equal(M.check(Q.truefalse, "true").correct, false);
  assert.equal(M.check({type: "truefalse", answer: true}, "true").correct, true);
  assert.equal(M.check(Q.truefalse, null).correct, false);
});

test("text answers ignore accents, case, extra spaces and end punctuation", () => {
  for (const a of ["Cong an", "công an", "  CÔNG   AN ", "Công an.", "cong an!", "\"Công an\"", "113", " 113. "]) {
    assert.equal(M.check(Q.text, a).correct, true, a);
  }
  for (const a of ["", "   ", "cong", "Công an phường", "114", "."]) assert.equal(M.check(Q.text, a).correct, false, a);
  assert.equal(M.normalizeAnswer("  Đường   Đồng Tháp. "), "duong dong thap");
  assert.equal(M.normalizeAnswer("Mười Hai"), "muoi hai");
});

test("order: right only when every position holds its item", () => {
  const r = M.check(Q.order, ["0", "1", "2"]);
  assert.equal(r.correct, true);
  assert.deepEqual(r.rows, [true, true, true]);
  const w = M.check(Q.order, ["1", "0", "2"]);
  assert.equal(w.correct, false);
  assert.deepEqual(w.rows, [false, false, true]);
  assert.equal(M.check(Q.order, ["0", "1", ""]).correct, false);
});

test("match: right only when every left side has its partner", () => {
  assert.equal(M.check(Q.match, ["0", "1"]).correct, true);
  assert.deepEqual(M.check(Q.match, ["1", "0"]).rows, [false, false]);
  assert.equal(M.check(Q.match, null).correct, false);
});

test("isAnswered for every type", () => {
  assert.equal(M.isAnswered(Q.single, null), false);
  assert.equal(M.isAnswered(Q.single, "0"), true);
  assert.equal(M.isAnswered(Q.multiple, []), false);
  assert.equal(M.isAnswered(Q.multiple, ["3"]), true);
  assert.equal(M.isAnswered(Q.truefalse, null), false);
  assert.equal(M.isAnswered(Q.truefalse, "false"), true);
  assert.equal(M.isAnswered(Q.text, "   "), false);
  assert.equal(M.isAnswered(Q.text, " 12 "), true);
  assert.equal(M.isAnswered(Q.order, ["0", "", "2"]), false);
  assert.equal(M.isAnswered(Q.order, ["0", "1"]), false);
  assert.equal(M.isAnswered(Q.order, ["2", "1", "0"]), true);
  assert.equal(M.isAnswered(Q.match, ["1", "0"]), true);
  assert.equal(M.isAnswered(Q.match, ["1", ""]), false);
});

test("storageKey and emptyState", () => {
  assert.equal(M.storageKey("hocvuso-dongthap"), "hvs:v1:hocvuso-dongthap");
  assert.deepEqual(M.emptyState(), {v: 1, rev: 2, lessons: {}, courses: {}, assessments: {}});
  assert.notEqual(M.emptyState(), M.emptyState());
});

test("parseState: nothing stored is a fresh state, not a problem", () => {
  for (const x of [null, undefined, ""]) assert.deepEqual(M.parseState(x), {state: M.emptyState(), problem: null});
});

test("parseState: corrupt JSON or the wrong shape gives a fresh state and says so", () => {
  for (const bad of ["{bad", "[1,2]", "42", "null", "\"text\"", "{\"foo\":1}", "{\"v\":\"x\"}", "{\"v\":0}"]) {
    const r = M.parseState(bad);
    assert.equal(r.problem, "corrupt", bad);
    assert.deepEqual(r.state, M.emptyState(), bad);
  }
});

test("parseState: damaged parts are dropped, good parts and unknown keys kept", () => {
  const r = M.parseState(JSON.stringify({
    v: 1, extra: {keep: true},
    lessons: {a: {visited: 5, answers: {"b#q": true, "b#r": "yes"}, best: 2, last: 0.5, note: "x"}, b: "oops"},
    courses: [], assessments: {x: {best: null, attempts: []}},
  }));
  assert.equal(r.problem, "corrupt");
  assert.deepEqual(r.state.extra, {keep: true});
  assert.deepEqual(r.state.lessons, {a: {visited: 5, answers: {"b#q": true}, last: 0.5, note: "x"}});
  assert.deepEqual(r.state.courses, {});
  assert.deepEqual(r.state.assessments, {x: {best: null, attempts: []}});
});

test("parseState: a good v1 state round-trips unchanged", () => {
  const s = {v: 1, rev: 2, lessons: {"thu-vien/vneid": {visited: 1700000000000, answers: {"thu-vien/vneid#q": false}, best: 0.5, last: 0.25}},
    courses: {"nguoi-dan": {seen: 1, lessons: ["thu-vien/vneid"]}}, assessments: {}};
  assert.deepEqual(M.parseState(JSON.stringify(s)), {state: s, problem: null});
});

test("parseState: a newer version is refused, not overwritten", () => {
  const r = M.parseState(JSON.stringify({v: 2, lessons: {}}));
  assert.equal(r.problem, "newer");
  assert.deepEqual(r.state, M.emptyState());
});

test("parseState migrates the older unversioned (v0) shape", () => {
  const old = {lessons: {"thu-vien/vneid": {visited: true, score: 0.8, answers: {"thu-vien/vneid#q": true}},
    "thu-vien/ai": {visited: 1600000000000}, broken: 3}};
  const r = M.parseState(JSON.stringify(old));
  assert.equal(r.problem, null);
  assert.equal(r.state.v, 1);
  assert.deepEqual(r.state.lessons["thu-vien/vneid"], {answers: {"thu-vien/vneid#q": true}, visited: 1, best: 0.8, last: 0.8, end: 0.8});
  assert.deepEqual(r.state.lessons["thu-vien/ai"], {answers: {}, visited: 1600000000000});
  assert.equal("broken" in r.state.lessons, false);
  assert.deepEqual(r.state.courses, {});
  assert.deepEqual(r.state.assessments, {});
});

test("lesson states: a peek is in progress, not done; done at the mastery percent of the end check", () => {
  const s = M.emptyState();
  assert.equal(M.lessonState(s, "L"), "new");
  s.lessons.L = {visited: 5, answers: {}};
  assert.equal(M.lessonState(s, "L"), "doing", "opening a lesson does not complete it");
  s.lessons.L.answers = {"b#1": true};
  M.recordEnd(s, "L", ["b#1", "b#2"]);
  assert.equal(s.lessons.L.end, undefined, "no end score before every end question is answered");
  for (const [answers, state] of [[{"b#1": true, "b#2": true, "b#3": true, "b#4": true, "b#5": false}, "done"],
    [{"b#1": true, "b#2": true, "b#3": true, "b#4": false, "b#5": false}, "doing"]]) {
    const t = M.emptyState();
    t.lessons.L = {visited: 1, answers};
    M.recordEnd(t, "L", ["b#1", "b#2", "b#3", "b#4", "b#5"]);
    assert.equal(M.lessonState(t, "L"), state, JSON.stringify(answers));
  }
  const t = M.emptyState();
  t.lessons.L = {answers: {"b#1": true, "b#2": true, "b#3": true, "b#4": false, "b#5": false}};
  M.recordEnd(t, "L", ["b#1", "b#2", "b#3", "b#4", "b#5"]);
  assert.equal(t.lessons.L.end, 0.6);
  assert.equal(M.lessonState(t, "L", 60), "done", "a course may set a lower mastery percent");
  assert.equal(M.lessonState(t, "L"), "doing", "default 80 %");
  t.lessons.L.answers["b#4"] = true; t.lessons.L.answers["b#5"] = true;
  M.recordEnd(t, "L", ["b#1", "b#2", "b#3", "b#4", "b#5"]);
  t.lessons.L.answers["b#5"] = false;
  M.recordEnd(t, "L", ["b#1", "b#2", "b#3", "b#4", "b#5"]);
  assert.equal(t.lessons.L.end, 1, "the best end score is kept");
});

test("a stored v1 state from before lesson states is migrated, not lost", () => {
  const before = {v: 1, lessons: {peek: {visited: 5, answers: {}}, good: {visited: 6, answers: {"b#1": true}, best: 0.9, last: 0.5},
    weak: {visited: 7, answers: {"b#1": false}, best: 0.5, last: 0.5}}, courses: {c: {seen: 1, lessons: ["peek"]}}, assessments: {}};
  const r = M.parseState(JSON.stringify(before));
  assert.equal(r.problem, null);
  assert.equal(r.state.rev, 2);
  assert.deepEqual(r.state.lessons.peek, {visited: 5, answers: {}});
  assert.equal(M.lessonState(r.state, "peek"), "doing", "a visit that used to show as studied is now in progress");
  assert.equal(M.lessonState(r.state, "good"), "done");
  assert.equal(M.lessonState(r.state, "weak"), "doing");
  assert.deepEqual(r.state.lessons.good.answers, {"b#1": true}, "answers kept");
  assert.deepEqual(r.state.courses, before.courses);
  const again = M.parseState(JSON.stringify(Object.assign({}, r.state, {lessons: {x: {answers: {}, best: 0.9}}})));
  assert.equal(again.state.lessons.x.end, undefined, "migrated once: rev 2 data is taken as it is");
  const merged = M.merge(M.emptyState(), r.state);
  assert.equal(M.lessonState(merged, "good"), "done", "an import keeps end scores");
});

function memoryStorage() {
  const data = {};
  return {data, getItem: (k) => (k in data ? data[k] : null), setItem: (k, v) => { data[k] = String(v); }, removeItem: (k) => { delete data[k]; }};
}

test("load and save round-trip through a storage", () => {
  const st = memoryStorage();
  assert.deepEqual(M.load(st, "s"), {state: M.emptyState(), problem: null});
  const s = M.emptyState();
  s.lessons.x = {visited: 3, answers: {}};
  assert.deepEqual(M.save(st, "s", s), {ok: true, problem: null});
  assert.ok("hvs:v1:s" in st.data);
  assert.deepEqual(M.load(st, "s").state, s);
});

test("load reports corrupt data and hands back its text", () => {
  const st = memoryStorage();
  st.setItem("hvs:v1:s", "{bad");
  const r = M.load(st, "s");
  assert.equal(r.problem, "corrupt");
  assert.equal(r.text, "{bad");
  assert.deepEqual(r.state, M.emptyState());
});

test("load and save never throw when storage is missing or refuses access (private mode)", () => {
  const throwing = {getItem() { throw new Error("SecurityError"); }, setItem() { throw new Error("SecurityError"); }};
  for (const st of [undefined, null, throwing]) {
    const r = M.load(st, "s");
    assert.equal(r.problem, "unavailable");
    assert.deepEqual(r.state, M.emptyState());
    assert.deepEqual(M.save(st, "s", M.emptyState()), {ok: false, problem: "unavailable"});
  }
});

test("save reports a full quota", () => {
  const full = memoryStorage();
  full.setItem = () => { throw new DOMException("exceeded", "QuotaExceededError"); };
  assert.deepEqual(M.save(full, "s", M.emptyState()), {ok: false, problem: "quota"});
  const legacy = memoryStorage();
  legacy.setItem = () => { const e = new Error("full"); e.code = 22; throw e; };
  assert.deepEqual(M.save(legacy, "s", M.emptyState()), {ok: false, problem: "quota"});
});

test("record: last and best once every question of the lesson is answered", () => {
  const s = M.emptyState(), keys = ["b#1", "b#2"];
  M.record(s, "L", keys, "b#1", true);
  assert.equal(s.lessons.L.last, undefined);
  M.record(s, "L", keys, "b#2", false);
  assert.equal(s.lessons.L.last, 0.5);
  assert.equal(s.lessons.L.best, 0.5);
  M.record(s, "L", keys, "b#2", true);
  assert.equal(s.lessons.L.last, 1);
  M.record(s, "L", keys, "b#1", false);
  assert.equal(s.lessons.L.last, 0.5);
  assert.equal(s.lessons.L.best, 1);
  assert.deepEqual(M.tally(s.lessons.L), {r: 1, n: 2});
  assert.deepEqual(M.tally(undefined), {r: 0, n: 0});
});

test("merge keeps the newest visit, the best score and every attempt once", () => {
  const a = {v: 1, lessons: {L: {visited: 5, answers: {"b#1": true}, best: 0.5, last: 0.5}}, courses: {c: {seen: 1}},
    assessments: {c: {attempts: [{date: 1, percent: 50}], best: {date: 1, percent: 50}, current: null}}};
  const b = {v: 1, lessons: {L: {visited: 9, answers: {"b#2": false}, best: 0.9}, M: {visited: 2, answers: {}}},
    courses: {c: {seen: 7, lessons: ["L"]}}, other: 1,
    assessments: {c: {attempts: [{date: 1, percent: 50}, {date: 2, percent: 90}], best: {date: 2, percent: 90}}, d: {attempts: []}}};
  const m = M.merge(a, b);
  assert.equal(m.lessons.L.visited, 9);
  assert.deepEqual(m.lessons.L.answers, {"b#1": true, "b#2": false});
  assert.equal(m.lessons.L.best, 0.9);
  assert.ok(m.lessons.M);
  assert.deepEqual(m.courses.c, {seen: 7, lessons: ["L"]});
  assert.equal(m.assessments.c.attempts.length, 2);
  assert.equal(m.assessments.c.best.percent, 90);
  assert.ok(m.assessments.d);
  assert.equal(m.other, 1);
  assert.equal(a.lessons.L.visited, 5, "merge does not change its input");
});

test("rng and shuffle are reproducible from a seed", () => {
  const a = M.rng(42), b = M.rng(42);
  const xs = Array.from({length: 5}, () => a());
  assert.deepEqual(xs, Array.from({length: 5}, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const s1 = M.shuffle(items, M.rng(7));
  assert.deepEqual(s1, M.shuffle(items, M.rng(7)));
  assert.deepEqual([...s1].sort((x, y) => x - y), items);
  assert.deepEqual(items, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "shuffle returns a copy");
  assert.notDeepEqual(M.shuffle(items, M.rng(1)), M.shuffle(items, M.rng(2)));
});

test("UI words: one catalogue (every page's words and the assessment's, loaded with it), both languages with the same keys and placeholders, every key used exists and every key is used", async () => {
  const {readFileSync} = await import("node:fs");
  const dir = new URL("../../src/hocvuso/static/assets/hocvuso/", import.meta.url);
  globalThis.window = globalThis;
  require(new URL("i18n.js", dir).pathname);
  require(new URL("words.js", dir).pathname);  // the words of the modules loaded on demand
  require(new URL("tallywords.js", dir).pathname);  // the words of the tally and paper test pages
  const {vi, en} = globalThis.HVS.i18n;
  assert.deepEqual(Object.keys(en).sort(), Object.keys(vi).sort());
  const holes = text => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort().join();
  for (const k of Object.keys(vi)) assert.equal(holes(en[k]), holes(vi[k]), `placeholders of ${k}`);
  const used = new Set();
  for (const f of ["view.js", "boot.js", "assessment.js", "review.js", "profiles.js", "listen.js", "share.js", "steps.js", "sendresult.js", "tally.js", "tallypage.js"]) {
    const source = readFileSync(new URL(f, dir), "utf8");
    for (const m of source.matchAll(/\bt\("(\w+)"/g)) used.add(m[1]);
    for (const m of source.matchAll(/\[((?:"\w+",\s*)+"\w+")\]\.(?:map|forEach)/g)) {
      for (const k of m[1].match(/\w+/g)) used.add(k);  // keys looked up in a loop: ["exp", "imp", "reset"].map(...)
    }
    for (const m of source.matchAll(/\bt\([^()]*? \? "(\w+)" : "(\w+)"/g)) { used.add(m[1]); used.add(m[2]); }
  }
  for (const k of ["corrupt", "unavailable", "quota", "newer", "check", "retry", "search", "lsnew", "lsdoing", "lsdone", "reveal",
    "tfTrue", "tfFalse", "pErrTf", "pErrLetter", "pErrOne", "pErrRow", "pErrRows",
    ...["single", "multiple", "truefalse", "text", "order", "match"].map(x => "pHow_" + x)]) used.add(k);  // looked up by a variable
  for (const k of require(new URL("resultcode.js", dir).pathname).ERRORS) used.add(k);  // decode's errors, shown by key
  for (const k of used) assert.ok(k in vi, `missing UI word: ${k}`);
  for (const k of Object.keys(vi)) assert.ok(used.has(k), `unused UI word: ${k}`);
});

test("registry: every question type can read, write, tell answered, check and show its right answer", () => {
  for (const [name, type] of Object.entries(M.types)) {
    for (const f of ["read", "write", "isAnswered", "check"]) assert.equal(typeof type[f], "function", `${name}.${f}`);
    assert.ok(typeof type.solution === "function" || typeof type.isRightOption === "function", `${name}: a way to show the answer`);
  }
  assert.deepEqual(Object.keys(M.types).sort(), Object.keys(Q).sort(), "the tests cover every type");
});

test("reshuffle for 'Làm lại' never returns the order just shown, for any seed", () => {
  for (let n = 2; n <= 6; n++) {
    const items = Array.from({length: n}, (_, i) => i);
    for (let seed = 0; seed < 2000; seed++) {
      const out = M.reshuffle(items, M.rng(seed));
      assert.notDeepEqual(out, items, `n=${n} seed=${seed}`);
      assert.deepEqual([...out].sort((x, y) => x - y), items);
    }
  }
  assert.deepEqual(M.reshuffle([7], M.rng(1)), [7]);
});

test("stored and imported data never reach Object.prototype, at any depth", () => {
  const hostile = '{"v":1,"__proto__":{"polluted":1},"lessons":{"__proto__":{"visited":1},"constructor":{"visited":1},' +
    '"a":{"answers":{"__proto__":true,"a#q":true},"visited":3}},"assessments":{"__proto__":{"best":{"percent":100}}}}';
  const r = M.parseState(hostile);
  const merged = M.merge(M.emptyState(), r.state);
  assert.equal(({}).polluted, undefined);
  assert.equal(({}).visited, undefined);
  assert.deepEqual(Object.keys(merged.lessons), ["a"]);
  assert.deepEqual(merged.lessons.a.answers, {"a#q": true});
  assert.deepEqual(Object.keys(merged.assessments), []);
});

test("assessment records merge: every attempt once, the best kept, the writer's unfinished attempt, a cleared one gone", () => {
  const pass = {date: 1, percent: 90, passed: true, domains: {}}, fail = {date: 2, percent: 40, passed: false, domains: {}};
  const other = {attempts: [pass], best: pass, current: {seed: 1, questions: [], answers: {}, started: 10}};
  const mine = {attempts: [fail], best: fail, current: {seed: 2, questions: [], answers: {}, started: 10}};
  const m = M.mergeAssessment(other, mine);
  assert.deepEqual(m.attempts.map(a => a.date), [1, 2]);
  assert.equal(m.best.percent, 90);
  assert.equal(m.current.seed, 2, "the writer's attempt");
  const newer = M.mergeAssessment({current: {seed: 3, questions: [], answers: {}, started: 20}}, mine);
  assert.equal(newer.current.seed, 3, "another tab's newer attempt is not replaced");
  assert.equal(M.mergeAssessment(other, {current: null, clearedAt: 15}).current, null, "set aside");
  assert.equal(M.mergeAssessment({current: {started: 20}}, {current: null, clearedAt: 15}).current.started, 20);
});

test("damaged assessment records are cleaned and flagged", () => {
  const r = M.parseState(JSON.stringify({v: 1, assessments: {x: {attempts: "many", best: 3, current: {seed: "a"},
    certificateName: 7}, y: {attempts: [{date: 1, percent: 80, passed: true}, {date: "x"}]}}}));
  assert.equal(r.problem, "corrupt");
  assert.deepEqual(r.state.assessments.x, {attempts: []});
  assert.equal(r.state.assessments.y.attempts.length, 1);
});

test("progress stored under an earlier site id is read while the current id holds nothing", () => {
  const store = new Map([["hvs:v1:old", JSON.stringify({v: 1, lessons: {a: {answers: {}, visited: 1}}})]]);
  const storage = {getItem: k => store.has(k) ? store.get(k) : null};
  assert.ok(M.load(storage, "new", ["old"]).state.lessons.a);
  store.set("hvs:v1:new", JSON.stringify({v: 1, lessons: {}}));
  assert.deepEqual(M.load(storage, "new", ["old"]).state.lessons, {}, "the current id wins once it holds data");
});
