/* Học vụ số SCORM 1.2 bridge, shipped only in SCORM packages (hocvuso export scorm).

   Two roles, one file:
   - in the package's launch page (<html data-hvs-scorm="{…}">, the one SCO of the course) it is the host: it finds the
     LMS's SCORM 1.2 API (window.API, searched up the parent chain, then the opener's), starts one session, and reports
     each lesson as an objective (completed once its questions reach the mastery share), the course's lesson_status and
     the self-assessment's score; it commits on pagehide and when the page is hidden, and calls LMSFinish once.
   - in every course page (inside the launch page's frame) it forwards the engine's hvs:lesson and hvs:assessment
     events to the host. Without a host or an API nothing happens and the course works as on the site.
   Known traps of LMS runtimes kept in mind: only the 1.2 API; "incomplete" is never set back to "not attempted"
   (nor "completed"/"passed" back to anything lower); one LMSFinish; no work in unload. */
(() => {
  "use strict";
  const w = window, d = document, root = d.documentElement;
  const tryGet = f => { try { return f(); } catch (e) { return null; } };

  if (!root.hasAttribute("data-hvs-scorm")) {
    // A course page: forward the engine's events to the launch page that frames it.
    const host = () => {
      for (let x = w, n = 0; x && x.parent && x.parent !== x && n < 10; n++) {
        x = x.parent;
        const h = tryGet(() => x.HVS_SCORM);
        if (h) return h;
      }
      return null;
    };
    ["hvs:lesson", "hvs:assessment"].forEach(type => d.addEventListener(type, e => {
      const h = host();
      if (h) h.report(type, e.detail || {});
    }));
    return;
  }

  const config = tryGet(() => JSON.parse(root.getAttribute("data-hvs-scorm"))) || {};
  const mastery = (config.mastery || 80) / 100, lessons = config.lessons || [];

  // The SCORM 1.2 way to find the API: up the frame chain, then up the opener's.
  const search = start => {
    for (let x = start, n = 0; x && n < 10; n++) {
      const api = tryGet(() => x.API);
      if (api && typeof api.LMSInitialize === "function") return api;
      const up = tryGet(() => x.parent);
      if (!up || up === x) break;
      x = up;
    }
    return null;
  };
  let api = search(w) || search(tryGet(() => w.top.opener)) || search(tryGet(() => w.opener));
  if (api && String(api.LMSInitialize("")) !== "true") api = null;

  let finished = false;
  const get = k => (api ? String(api.LMSGetValue(k)) : "");
  const set = (k, v) => { if (api) api.LMSSetValue(k, String(v)); };
  const commit = () => { if (api && !finished) api.LMSCommit(""); };
  const started = Date.now();

  // Objectives kept by the LMS from earlier sessions: id -> {n, status}.
  const objectives = {};
  const count = parseInt(get("cmi.objectives._count"), 10) || 0;
  for (let n = 0; n < count; n++) objectives[get(`cmi.objectives.${n}.id`)] = {n, status: get(`cmi.objectives.${n}.status`)};
  const done = s => s === "completed" || s === "passed";

  let status = get("cmi.core.lesson_status");
  if (api && (status === "not attempted" || status === "")) set("cmi.core.lesson_status", status = "incomplete");
  set("cmi.core.exit", "suspend"); // until the course is complete, the LMS keeps this session's data for the next one
  commit();

  const setStatus = next => {
    // Upward only: incomplete < completed < failed < passed (a pass is never replaced by a fail).
    const rank = {"not attempted": 0, browsed: 0, incomplete: 1, completed: 2, failed: 3, passed: 4};
    if ((rank[next] || 0) > (rank[status] || 0)) set("cmi.core.lesson_status", status = next);
  };

  const lesson = x => {
    const id = String(x.lesson || "");
    if (!id) return;
    const complete = x.total === 0 || (x.best != null && x.best >= mastery);
    let o = objectives[id];
    if (!o) {
      o = objectives[id] = {n: Object.keys(objectives).length, status: ""};
      set(`cmi.objectives.${o.n}.id`, id);
    }
    if (x.best != null) set(`cmi.objectives.${o.n}.score.raw`, Math.round(x.best * 100));
    const next = complete ? "completed" : "incomplete";
    if (!done(o.status) && o.status !== next) set(`cmi.objectives.${o.n}.status`, o.status = next);
    if (!config.assessment && lessons.length && lessons.every(l => objectives[l] && done(objectives[l].status))) setStatus("completed");
  };

  const assessment = x => {
    const best = Math.max(Number(x.best) || 0, Number(x.percent) || 0, parseFloat(get("cmi.core.score.raw")) || 0);
    set("cmi.core.score.min", 0);
    set("cmi.core.score.max", 100);
    set("cmi.core.score.raw", Math.round(best));
    setStatus(x.bestPassed || x.passed ? "passed" : "failed");
  };

  w.HVS_SCORM = {
    report: (type, detail) => {
      if (!api || finished) return;
      if (type === "hvs:lesson") lesson(detail); else if (type === "hvs:assessment") assessment(detail);
      commit();
    }
  };

  const hhmmss = ms => {
    const s = Math.floor(ms / 1000), two = n => (n < 10 ? "0" : "") + n;
    return two(Math.min(9999, Math.floor(s / 3600))) + ":" + two(Math.floor(s / 60) % 60) + ":" + two(s % 60);
  };
  const finish = () => {
    if (!api || finished) return;
    set("cmi.core.session_time", hhmmss(Date.now() - started));
    set("cmi.core.exit", done(status) || status === "failed" ? "" : "suspend");
    commit();
    finished = true;
    api.LMSFinish("");
  };
  d.addEventListener("visibilitychange", () => { if (d.visibilityState === "hidden") commit(); });
  w.addEventListener("pagehide", finish);
})();
