/* Học vụ số model (no DOM of its own): the question-type registry, answer checking, stored progress, seeded shuffles.
   Older stored shape v0 (no "v"): {"lessons": {id: {"visited": true|ms, "score": 0..1, "answers": {...}}}} */
(function (global) {
  "use strict";
  const HVS = global.HVS = global.HVS || {};
  const M = HVS.model = {};

  const isObject = x => !!x && typeof x === "object" && !Array.isArray(x);
  const isNumber = x => typeof x === "number" && isFinite(x);
  const isShare = x => isNumber(x) && x >= 0 && x <= 1;
  // Keys that would reach Object.prototype when assigned: never taken from stored or imported data.
  const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
  const keys = o => Object.keys(o || {}).filter(k => !FORBIDDEN.has(k));
  const fillMissing = (target, source) => {
    keys(source).forEach(k => { if (target[k] == null) target[k] = source[k]; });
    return target;
  };
  // A deep copy of JSON data without the forbidden keys, at any depth.
  const safeCopy = x => Array.isArray(x) ? x.map(safeCopy)
    : isObject(x) ? keys(x).reduce((o, k) => { o[k] = safeCopy(x[k]); return o; }, {}) : x;
  const emptyState = M.emptyState = () => ({v: 1, rev: 2, lessons: {}, courses: {}, assessments: {}});
  M.storageKey = site => "hvs:v1:" + site;

  /* ---------------------------------------------------------------- answers */

  // Typed answers are compared ignoring case, spaces, Vietnamese accents and surrounding punctuation; also filler words
  // ("gọi 113": a bank or question may send its own list as q.ignore), the parts of a web address people add or leave
  // out (https://, www., a final /), spaces around . / : - and "10 tháng 10" against "10/10". Mirrors Python's
  // hocvuso.core.textnorm (the shared vectors hold for both).
  M.ignoreWords = ["goi", "so", "nam", "ngay", "mung", "mong"];
  const EDGES = /^[ .,;:!?"'“”‘’()/]+|[ .,;:!?"'“”‘’()/]+$/g;
  M.normalizeAnswer = (text, ignore = M.ignoreWords) => {
    const words = String(text == null ? "" : text).toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "").replace(/đ/g, "d")
      .replace(/\s+/g, " ").trim().replace(EDGES, "").split(" "), kept = words.filter(w => !ignore.includes(w));
    return (kept.length ? kept : words).join(" ").replace(EDGES, "").replace(/^(https?:\/\/)?(www\.)?/, "")
      .replace(/ ?([./:-]) ?/g, "$1").replace(/\b(\d{1,2}) thang (\d{1,2})\b/g, "$1/$2").replace(EDGES, "");
  };

  const numbersInOrder = values => values.map(Number).sort((x, y) => x - y).join();
  const all = (fieldset, sel) => [...fieldset.querySelectorAll(sel)];
  const inputs = fieldset => all(fieldset, "input");

  // Options with radio buttons or checkboxes; `multi` lets the learner tick several.
  const choice = multi => ({
    shuffles: true,
    read: fs => {
      const values = inputs(fs).filter(i => i.checked).map(i => i.value);
      return multi ? values : values.length ? values[0] : null;
    },
    write: (fs, response) => inputs(fs).forEach(i => {
      i.checked = multi ? (response || []).includes(i.value) : i.value === response;
    }),
    isAnswered: (q, response) => multi ? !!response && response.length > 0 : response != null && response !== "",
    check: (q, response) => {
      const chosen = (multi ? response || [] : response == null || response === "" ? [] : [response]).map(Number);
      return {chosen, correct: numbersInOrder(chosen) === numbersInOrder(q.correct)};
    },
    isRightOption: (q, value) => q.correct.includes(Number(value)),
    solution: () => null // the options themselves are marked
  });

  // Rows that stay (order: "Bước 1, 2…"; match: the left sides) and tiles the learner moves between them ("Lên",
  // "Xuống"): a response lists the tile in each row by item number, right where row i holds item i. Until the
  // engine places them (write), the tiles wait in a plain list, as a page without JavaScript shows them.
  const itemOf = tile => tile.getAttribute("data-hvs-item");
  const rows = (size, solution) => ({
    rows: true,
    read: fs => all(fs, ".hvs-slot").map(s => s.firstElementChild ? itemOf(s.firstElementChild) : ""),
    write: (fs, response) => {
      const tiles = all(fs, ".hvs-tile"), byItem = {}, start = fs._hvsStart = fs._hvsStart || tiles.map(itemOf);
      tiles.forEach(x => { byItem[itemOf(x)] = x; });
      const order = response && response.length === start.length && new Set(response.filter(v => byItem[v])).size === start.length
        ? response : start;
      all(fs, ".hvs-slot").forEach((slot, i) => {
        slot.appendChild(byItem[order[i]]);
        all(slot, ".hvs-move").forEach(b => { const j = i + Number(b.getAttribute("data-hvs-move")); b.disabled = j < 0 || j >= order.length; });
      });
      all(fs, ".hvs-pool").forEach(p => { p.hidden = true; });
    },
    isAnswered: (q, response) => !!response && response.length === size(q) && response.every(v => v != null && v !== ""),
    check: (q, response) => {
      const marks = Array.from({length: size(q)}, (_, i) => !!response && response[i] === String(i));
      return {rows: marks, correct: marks.every(Boolean)};
    },
    solution
  });

  /* The one registry of question types: how to read and write a response in a question's fieldset,
     when it counts as answered, how to check it, and the right answer to show. Python's
     hocvuso/questions package renders the matching controls and answer keys. */
  M.types = {
    single: choice(false),
    multiple: choice(true),
    truefalse: Object.assign(choice(false), {
      shuffles: false,
      echo: true, // the verdict repeats the choice: "Bạn chọn: Sai — đúng rồi!"
      check: (q, response) => ({correct: response === String(q.answer)}),
      isRightOption: null,
      solution: q => ({statement: q.answer})
    }),
    text: {
      read: fs => fs.querySelector("input").value,
      write: (fs, response) => { fs.querySelector("input").value = response || ""; },
      isAnswered: (q, response) => response != null && String(response).trim() !== "",
      check: (q, response) => {
        const norm = a => M.normalizeAnswer(a, q.ignore), typed = norm(response);
        return {correct: typed !== "" && q.answers.some(a => norm(a) === typed)};
      },
      solution: q => ({text: q.answers[0]})
    },
    order: rows(q => q.items.length, q => ({list: "ol", items: q.items})),
    match: rows(q => q.pairs, q => ({list: "ul", items: q.solution.map(pair => pair[0] + " → " + pair[1])}))
  };

  const typeOf = q => M.types[q.type];
  // response: single "2"|null, multiple ["0","2"], truefalse "true"|"false"|null, text "…", order/match ["1","0",…]
  M.check = (q, response) => typeOf(q).check(q, response);
  M.isAnswered = (q, response) => typeOf(q).isAnswered(q, response);

  /* ---------------------------------------------------------------- stored progress */

  const fromV0 = old => {
    const lessons = {};
    for (const id in old.lessons) {
      const o = old.lessons[id];
      if (!isObject(o)) continue;
      const lesson = lessons[id] = {answers: isObject(o.answers) ? o.answers : {}};
      if (o.visited) lesson.visited = isNumber(o.visited) ? o.visited : 1;
      if (isShare(o.score)) lesson.best = lesson.last = o.score;
    }
    return {v: 1, lessons};
  };

  /* Lesson states (rev 2 of the v1 shape): `end` is the best share of the end-of-lesson check, a lesson is
     completed when it reaches the course's mastery percent. Before rev 2 a visit showed as "studied": such data
     keeps its visits (now "in progress") and, where every question of the page was answered, its best score
     counts as the end-check score (the end check was part of it), so nothing earned is lost. */
  const migrateLessons = state => {
    Object.values(state.lessons).forEach(lesson => { if (lesson.end == null && isShare(lesson.best)) lesson.end = lesson.best; });
    state.rev = 2;
  };
  M.MASTERY = 80;
  // "new" (not started), "doing" (visited or partly answered) or "done" (end check at the mastery percent).
  M.lessonState = (state, id, mastery) => {
    const L = state.lessons[id];
    if (!isObject(L)) return "new";
    if (isShare(L.end) && L.end * 100 >= (isNumber(mastery) ? mastery : M.MASTERY) - 1e-9) return "done";
    return L.visited || keys(L.answers).length ? "doing" : "new";
  };
  // The end check's score once each of its questions has an answer; the best one is kept.
  M.recordEnd = (state, lessonId, endKeys) => {
    const L = state.lessons[lessonId];
    if (!L || !endKeys.length || !endKeys.every(k => k in L.answers)) return L;
    const share = endKeys.filter(k => L.answers[k]).length / endKeys.length;
    L.end = Math.max(isShare(L.end) ? L.end : 0, share);
    return L;
  };

  const isAttempt = a => isObject(a) && isNumber(a.date) && isNumber(a.percent) && typeof a.passed === "boolean";
  const isPair = q => Array.isArray(q) && q.length >= 2 && q.every(x => typeof x === "string");

  // An assessment's record: attempts, best, the unfinished attempt and the name for the certificate.
  const cleanAssessment = record => {
    let damaged = false;
    if (record.attempts != null) {
      const all = Array.isArray(record.attempts) ? record.attempts : [];
      damaged = !Array.isArray(record.attempts) || !all.every(isAttempt);
      record.attempts = all.filter(isAttempt);
    }
    if (record.best != null && !isAttempt(record.best)) { delete record.best; damaged = true; }
    const current = record.current;
    if (current != null && !(isObject(current) && isNumber(current.seed) && Array.isArray(current.questions) &&
        current.questions.every(isPair) && isObject(current.answers))) { delete record.current; damaged = true; }
    if (record.certificateName != null && typeof record.certificateName !== "string") { delete record.certificateName; damaged = true; }
    return damaged;
  };

  // Keeps unknown keys, drops pieces of the wrong type (and says the data was damaged).
  const clean = data => {
    const old = data.rev !== 2, state = Object.assign(emptyState(), safeCopy(data), {v: 1});
    let damaged = false;
    ["lessons", "courses", "assessments"].forEach(group => {
      if (!isObject(state[group])) { damaged = damaged || state[group] != null; state[group] = {}; }
      keys(state[group]).forEach(id => { if (!isObject(state[group][id])) { delete state[group][id]; damaged = true; } });
    });
    Object.values(state.lessons).forEach(lesson => {
      if (!isObject(lesson.answers)) lesson.answers = {};
      keys(lesson.answers).forEach(k => { if (typeof lesson.answers[k] !== "boolean") delete lesson.answers[k]; });
      if (lesson.visited != null && !isNumber(lesson.visited)) delete lesson.visited;
      ["best", "last", "end"].forEach(k => { if (lesson[k] != null && !isShare(lesson[k])) delete lesson[k]; });
    });
    if (old) migrateLessons(state);
    Object.values(state.assessments).forEach(record => { damaged = cleanAssessment(record) || damaged; });
    return {state, problem: damaged ? "corrupt" : null};
  };

  M.parseState = text => {
    let data = null;
    if (text == null || text === "") return {state: emptyState(), problem: null};
    try { data = JSON.parse(text); } catch (e) { /* damaged: handled below */ }
    if (!isObject(data) || (data.v == null && !isObject(data.lessons))) return {state: emptyState(), problem: "corrupt"};
    if (data.v == null) data = fromV0(data);
    else if (data.v !== 1) return {state: emptyState(), problem: isNumber(data.v) && data.v > 1 ? "newer" : "corrupt"};
    return clean(data);
  };

  // previous: ids the site's progress was once stored under, read (never erased) while the current id holds nothing.
  M.load = (storage, site, previous = []) => {
    let text;
    try {
      text = storage.getItem(M.storageKey(site));
      for (const old of previous) if (text == null) text = storage.getItem(M.storageKey(old));
    } catch (e) { return {state: emptyState(), problem: "unavailable"}; }
    const result = M.parseState(text);
    if (result.problem) result.text = text;
    return result;
  };

  M.save = (storage, site, state) => {
    try {
      storage.setItem(M.storageKey(site), JSON.stringify(state));
      return {ok: true, problem: null};
    } catch (e) {
      return {ok: false, problem: e && (e.name === "QuotaExceededError" || e.code === 22) ? "quota" : "unavailable"};
    }
  };

  // Two records of one assessment as one: every attempt once, the best result, the newer unfinished attempt.
  M.mergeAssessment = (a, b) => {
    const mine = fillMissing(safeCopy(a || {}), safeCopy(b || {})), theirs = safeCopy(b || {});
    const have = mine.attempts || [];
    mine.attempts = have.concat((theirs.attempts || []).filter(t => !have.some(u => u.date === t.date)))
      .sort((x, y) => x.date - y.date);
    [mine.best, theirs.best].forEach(best => {
      if (best && (!mine.best || best.percent > mine.best.percent)) mine.best = best;
    });
    // b is the writer's own record: its unfinished attempt wins unless the other one was started later;
    // an attempt b set aside (current: null at clearedAt) goes, unless another tab started a newer one since.
    if (theirs.current && (!mine.current || (theirs.current.started || 0) >= (mine.current.started || 0))) mine.current = theirs.current;
    if (theirs.current === null && mine.current && (mine.current.started || 0) <= (theirs.clearedAt || 0)) mine.current = null;
    return mine;
  };

  // An imported state b merged into (a copy of) a: all answers and visits, the best results, each attempt once.
  M.merge = (a, b) => {
    const state = fillMissing(safeCopy(a), safeCopy(b));
    const keepHighest = (x, y, names) => names.forEach(k => { if (y[k] > x[k]) x[k] = y[k]; });
    ["lessons", "courses", "assessments"].forEach(group => keys(b[group]).forEach(id => {
      const theirs = safeCopy(b[group][id]);
      if (group === "assessments") { state[group][id] = M.mergeAssessment(state[group][id], theirs); return; }
      const mine = state[group][id] = state[group][id] || {};
      if (group === "lessons") mine.answers = Object.assign({}, mine.answers, theirs.answers);
      keepHighest(fillMissing(mine, theirs), theirs, ["visited", "best", "seen", "end"]);
    }));
    return state;
  };

  // One checked question of a lesson; once every question on the page has an answer, last and best are set.
  M.record = (state, lessonId, all, key, correct) => {
    const lesson = state.lessons[lessonId] = state.lessons[lessonId] || {answers: {}};
    lesson.answers[key] = correct;
    const done = all.filter(k => k in lesson.answers);
    if (done.length && done.length === all.length) {
      lesson.last = done.filter(k => lesson.answers[k]).length / done.length;
      lesson.best = Math.max(lesson.best || 0, lesson.last);
    }
    return lesson;
  };
  M.tally = lesson => {
    const values = Object.values((lesson && lesson.answers) || {});
    return {r: values.filter(Boolean).length, n: values.length};
  };

  /* ---------------------------------------------------------------- shuffles */

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
  // A new order for "Làm lại": never the one the learner just saw (when there are two items or more).
  M.reshuffle = (array, rng = Math.random) => {
    const a = M.shuffle(array, rng);
    return a.length > 1 && a.every((x, i) => x === array[i]) ? a.slice(1).concat(a.slice(0, 1)) : a;
  };

  if (typeof module !== "undefined") module.exports = M;
})(globalThis);
