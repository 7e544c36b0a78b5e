// node --test tests/js/ — the SCORM 1.2 bridge's host role against a fake LMS API (the browser test uses scorm-again).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const code = readFileSync(new URL("../../src/hocvuso/static/assets/hocvuso/scorm.js", import.meta.url), "utf8");

// A SCORM 1.2 API that keeps the data model in a map and records every call.
const fakeApi = (initial = {}) => {
  const data = {"cmi.core.lesson_status": "not attempted", ...initial}, calls = [];
  const count = () => Object.keys(data).filter(k => /^cmi\.objectives\.\d+\.id$/.test(k)).length;
  return {
    data, calls,
    LMSInitialize: () => { calls.push(["LMSInitialize"]); return "true"; },
    LMSGetValue: k => (k === "cmi.objectives._count" ? String(count()) : data[k] ?? ""),
    LMSSetValue: (k, v) => { calls.push(["LMSSetValue", k, v]); data[k] = v; return "true"; },
    LMSCommit: () => { calls.push(["LMSCommit"]); return "true"; },
    LMSFinish: () => { calls.push(["LMSFinish"]); return "true"; },
  };
};

// The launch page in a frame of the LMS's page (or in a window opened by it), running scorm.js.
const launch = (api, config, {opened = false} = {}) => {
  const listeners = [];
  const lms = {API: api};
  lms.parent = lms;
  const win = {addEventListener: (type, f) => listeners.push([type, f])};
  if (opened) { win.parent = win; win.top = win; win.opener = lms; } else { win.parent = lms; win.top = lms; win.opener = null; }
  const doc = {
    visibilityState: "visible",
    documentElement: {hasAttribute: n => n === "data-hvs-scorm", getAttribute: () => JSON.stringify(config)},
    addEventListener: (type, f) => listeners.push([type, f]),
  };
  vm.runInNewContext(code, {window: win, document: doc});
  return {
    report: (type, detail) => win.HVS_SCORM.report(type, detail),
    fire: type => listeners.filter(([t]) => t === type).forEach(([, f]) => f({})),
    doc,
  };
};

const COURSE = {course: "c", lessons: ["a/one", "a/two"], mastery: 80, assessment: null};
const sets = api => api.calls.filter(c => c[0] === "LMSSetValue");

test("first launch: incomplete, never left at 'not attempted'; the API is found through the opener too", () => {
  for (const opened of [false, true]) {
    const api = fakeApi();
    launch(api, COURSE, {opened});
    assert.equal(api.calls[0][0], "LMSInitialize");
    assert.equal(api.data["cmi.core.lesson_status"], "incomplete");
  }
});

test("a reopened incomplete course is not set again; nothing is ever downgraded", () => {
  const api = fakeApi({"cmi.core.lesson_status": "incomplete", "cmi.objectives.0.id": "a/one", "cmi.objectives.0.status": "completed"});
  const sco = launch(api, COURSE);
  assert.deepEqual(sets(api).filter(c => c[1] === "cmi.core.lesson_status"), []);
  sco.report("hvs:lesson", {lesson: "a/one", total: 4, answered: 4, best: 0.25});
  assert.equal(api.data["cmi.objectives.0.status"], "completed", "a completed lesson stays completed");
  assert.equal(api.LMSGetValue("cmi.objectives._count"), "1", "the same objective, not a new one");
});

test("lessons: incomplete until the mastery share, then completed; all of them complete a course without assessment", () => {
  const api = fakeApi();
  const sco = launch(api, COURSE);
  sco.report("hvs:lesson", {lesson: "a/one", total: 5, answered: 2, best: null});
  assert.equal(api.data["cmi.objectives.0.id"], "a/one");
  assert.equal(api.data["cmi.objectives.0.status"], "incomplete");
  sco.report("hvs:lesson", {lesson: "a/one", total: 5, answered: 5, best: 0.8});
  assert.equal(api.data["cmi.objectives.0.status"], "completed");
  assert.equal(api.data["cmi.objectives.0.score.raw"], "80");
  assert.equal(api.data["cmi.core.lesson_status"], "incomplete");
  sco.report("hvs:lesson", {lesson: "a/two", total: 0, answered: 0, best: null}); // no questions: a visit completes it
  assert.equal(api.data["cmi.objectives.1.status"], "completed");
  assert.equal(api.data["cmi.core.lesson_status"], "completed");
  assert.ok(api.calls.filter(c => c[0] === "LMSCommit").length >= 3, "each report is committed");
});

test("assessment: best score, passed never replaced by failed", () => {
  const api = fakeApi();
  const sco = launch(api, {...COURSE, assessment: "c", passPercent: 70});
  sco.report("hvs:assessment", {percent: 50, passed: false, best: 50, bestPassed: false});
  assert.equal(api.data["cmi.core.lesson_status"], "failed");
  assert.equal(api.data["cmi.core.score.raw"], "50");
  sco.report("hvs:assessment", {percent: 90, passed: true, best: 90, bestPassed: true});
  assert.equal(api.data["cmi.core.lesson_status"], "passed");
  sco.report("hvs:assessment", {percent: 40, passed: false, best: 90, bestPassed: true});
  assert.equal(api.data["cmi.core.lesson_status"], "passed");
  assert.equal(api.data["cmi.core.score.raw"], "90");
  assert.equal(api.data["cmi.core.score.min"], "0");
  assert.equal(api.data["cmi.core.score.max"], "100");
});

test("leaving: commit when hidden, one LMSFinish on pagehide, nothing after it", () => {
  const api = fakeApi();
  const sco = launch(api, COURSE);
  sco.doc.visibilityState = "hidden";
  const before = api.calls.length;
  sco.fire("visibilitychange");
  assert.deepEqual(api.calls.slice(before), [["LMSCommit"]]);
  sco.fire("pagehide");
  sco.fire("pagehide");
  sco.report("hvs:lesson", {lesson: "a/one", total: 1, answered: 1, best: 1});
  sco.fire("visibilitychange");
  const names = api.calls.map(c => c[0]);
  assert.equal(names.filter(n => n === "LMSFinish").length, 1);
  assert.equal(names.at(-1), "LMSFinish");
  assert.equal(names.at(-2), "LMSCommit");
  assert.equal(api.data["cmi.core.exit"], "suspend", "an incomplete course is resumed next time");
  assert.match(api.data["cmi.core.session_time"], /^\d{2,4}:\d{2}:\d{2}$/);
  assert.equal(api.data["cmi.objectives.0.id"], undefined, "no report after LMSFinish");
});

test("without an LMS the bridge does nothing and throws nothing", () => {
  const listeners = [];
  const win = {addEventListener: (t, f) => listeners.push(f)};
  win.parent = win; win.top = win; win.opener = null;
  const doc = {visibilityState: "visible", addEventListener: () => {},
    documentElement: {hasAttribute: () => true, getAttribute: () => JSON.stringify(COURSE)}};
  vm.runInNewContext(code, {window: win, document: doc});
  win.HVS_SCORM.report("hvs:lesson", {lesson: "a/one", total: 1, best: 1});
  listeners.forEach(f => f({}));
});
