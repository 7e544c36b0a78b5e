/* Học vụ số model (no DOM): answer checking, stored progress, seeded shuffles.
   Older stored shape v0 (no "v"): {"lessons": {id: {"visited": true|ms, "score": 0..1, "answers": {...}}}} */
(G => {
  const HVS = G.HVS = G.HVS || {}, M = HVS.model = {},
    obj = x => !!x && typeof x == "object" && !Array.isArray(x),
    num = x => typeof x == "number" && isFinite(x),
    share = x => num(x) && x >= 0 && x <= 1,
    keys = o => Object.keys(o || {}),
    fill = (x, y) => { keys(y).forEach(k => { if (x[k] == null) x[k] = y[k]; }); return x; },
    empty = M.emptyState = () => ({v: 1, lessons: {}, courses: {}, assessments: {}});
  M.storageKey = site => "hvs:v1:" + site;

  const fromV0 = d => {
    const lessons = {};
    for (const id in d.lessons) {
      const o = d.lessons[id];
      if (!obj(o)) continue;
      const L = lessons[id] = {answers: obj(o.answers) ? o.answers : {}};
      if (o.visited) L.visited = num(o.visited) ? o.visited : 1;
      if (share(o.score)) L.best = L.last = o.score;
    }
    return {v: 1, lessons};
  };

  // Keeps unknown keys, drops pieces of the wrong type (and says the data was damaged).
  const clean = d => {
    const s = Object.assign(empty(), d, {v: 1});
    let bad = false;
    ["lessons", "courses", "assessments"].forEach(k => {
      if (!obj(s[k])) { bad = bad || s[k] != null; s[k] = {}; }
      keys(s[k]).forEach(id => { if (!obj(s[k][id])) { delete s[k][id]; bad = true; } });
    });
    Object.values(s.lessons).forEach(L => {
      if (!obj(L.answers)) L.answers = {};
      keys(L.answers).forEach(k => { if (typeof L.answers[k] != "boolean") delete L.answers[k]; });
      if (L.visited != null && !num(L.visited)) delete L.visited;
      ["best", "last"].forEach(k => { if (L[k] != null && !share(L[k])) delete L[k]; });
    });
    return {state: s, problem: bad ? "corrupt" : null};
  };

  M.parseState = text => {
    let d = null;
    if (text == null || text === "") return {state: empty(), problem: null};
    try { d = JSON.parse(text); } catch (e) { /* corrupt */ }
    if (!obj(d) || (d.v == null && !obj(d.lessons))) return {state: empty(), problem: "corrupt"};
    if (d.v == null) d = fromV0(d);
    else if (d.v !== 1) return {state: empty(), problem: num(d.v) && d.v > 1 ? "newer" : "corrupt"};
    return clean(d);
  };

  M.load = (storage, site) => {
    let text;
    try { text = storage.getItem(M.storageKey(site)); } catch (e) { return {state: empty(), problem: "unavailable"}; }
    const r = M.parseState(text);
    if (r.problem) r.text = text;
    return r;
  };

  M.save = (storage, site, state) => {
    try {
      storage.setItem(M.storageKey(site), JSON.stringify(state));
      return {ok: true, problem: null};
    } catch (e) {
      return {ok: false, problem: e && (e.name == "QuotaExceededError" || e.code == 22) ? "quota" : "unavailable"};
    }
  };

  // An imported state b merged into (a copy of) a: all answers and visits, the best results, each attempt once.
  M.merge = (a, b) => {
    const s = fill(JSON.parse(JSON.stringify(a)), b), most = (x, y, ks) => ks.forEach(k => { if (y[k] > x[k]) x[k] = y[k]; });
    ["lessons", "courses", "assessments"].forEach(g => keys(b[g]).forEach(id => {
      const x = s[g][id] = s[g][id] || {}, y = b[g][id];
      if (g == "lessons") x.answers = Object.assign({}, x.answers, y.answers);
      if (g == "assessments") {
        x.attempts = (x.attempts || []).concat((y.attempts || []).filter(t => !(x.attempts || []).some(u => u.date == t.date)));
        if (y.best && (!x.best || y.best.percent > x.best.percent)) x.best = y.best;
      }
      most(fill(x, y), y, ["visited", "best", "seen"]);
    }));
    return s;
  };

  // One checked question of a lesson; once every question on the page has an answer, last and best are set.
  M.record = (state, lesson, all, key, ok) => {
    const L = state.lessons[lesson] = state.lessons[lesson] || {answers: {}};
    L.answers[key] = ok;
    const done = all.filter(k => k in L.answers);
    if (done.length && done.length == all.length) {
      L.last = done.filter(k => L.answers[k]).length / done.length;
      L.best = Math.max(L.best || 0, L.last);
    }
    return L;
  };
  M.tally = L => { const v = Object.values((L && L.answers) || {}); return {r: v.filter(x => x).length, n: v.length}; };

  M.normalizeAnswer = text => String(text == null ? "" : text).toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d").replace(/\s+/g, " ").replace(/^[ .,;:!?"']+|[ .,;:!?"']+$/g, "");

  const size = q => q.type == "order" ? q.items.length : q.pairs, sorted = a => a.map(Number).sort((x, y) => x - y).join();

  // response: single "2"|null, multiple ["0","2"], truefalse "true"|"false"|null, text "…", order/match ["1","0",…]
  M.check = (q, r) => {
    const t = q.type, out = {};
    if (t == "single" || t == "multiple") {
      out.chosen = (t == "multiple" ? r || [] : r == null || r === "" ? [] : [r]).map(Number);
      out.correct = sorted(out.chosen) == sorted(q.correct);
    } else if (t == "truefalse") out.correct = r === String(q.answer);
    else if (t == "text") {
      const a = M.normalizeAnswer(r);
      out.correct = a !== "" && q.answers.some(x => M.normalizeAnswer(x) === a);
    } else {
      out.rows = Array.from({length: size(q)}, (_, i) => !!r && r[i] === String(i));
      out.correct = out.rows.every(Boolean);
    }
    return out;
  };

  M.isAnswered = (q, r) => q.type == "multiple" ? !!r && r.length > 0
    : q.type == "order" || q.type == "match" ? !!r && r.length == size(q) && r.every(v => v != null && v !== "")
      : r != null && String(r).trim() !== "";

  M.rng = seed => { // mulberry32
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6D2B79F5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };
  M.shuffle = (array, rng = Math.random) => {
    const a = array.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };

  if (typeof module != "undefined") module.exports = M;
})(globalThis);
