/* Học vụ số facilitators' tally, the pure parts (no DOM; tested with node --test): reading pasted result codes,
   the stored tally, its summary (counts, pass rate, change from entry to standard per domain), the CSV export, and
   reading a paper sheet's typed answers into the engine's responses. Uses HVS.resultCode (resultcode.js) and
   HVS.model.normalizeAnswer (model.js). Loaded by tallypage.js on the tally and paper test pages only. */
(function (global) {
  "use strict";
  const HVS = global.HVS = global.HVS || {};
  const DOMAINS = ["0", "1", "2", "3", "4", "5", "6"];
  const KINDS = ["entry", "standard"];
  const FIELDS = "course kind date minute percent passed commune nickname".split(" ");

  // Pasted text → [{line, text}]: one code a line, or several on a line separated by spaces, commas or semicolons.
  // A commune or nickname after "~" may hold spaces, so a line is cut only where a new code begins: after a comma or
  // semicolon, before "HV"; after spaces alone, before "HV" and a group ("HV12-…"), as a code typed with spaces has none.
  const pieces = text => String(text == null ? "" : text).split(/\r\n|\r|\n/).flatMap((row, i) =>
    row.split(/\s*[,;][\s,;]*(?=HV)|\s+(?=HV[0-9A-Z]{2}[-\s])/i).map(p => p.replace(/^[\s,;]+|[\s,;]+$/g, ""))
      .filter(Boolean).map(p => ({line: i + 1, text: p})));

  // A stored tally: {v: 1, items: [{code, source, course, kind, date, minute, percent, passed, commune, nickname,
  // domains}]}; damaged data gives an empty one (the page says so) rather than an error.
  const empty = () => ({v: 1, items: []});
  const parse = text => {
    try {
      const x = JSON.parse(text);
      if (x && x.v === 1 && Array.isArray(x.items)) {
        return {v: 1, items: x.items.filter(i => i && typeof i.code === "string" && KINDS.includes(i.kind) && i.domains)};
      }
    } catch (e) { /* damaged: empty */ }
    return empty();
  };

  // Adds a decoded result unless the same code (canonical form) is already there → "added" | "duplicate".
  const add = (tally, code, value, source) => {
    if (tally.items.some(i => i.code === code)) return "duplicate";
    const item = {code, source: source === "paper" ? "paper" : "online", domains: {}};
    FIELDS.forEach(k => { item[k] = value[k]; });
    item.commune = String(item.commune || "").trim();
    item.nickname = String(item.nickname || "").trim();
    Object.keys(value.domains || {}).forEach(d => {
      item.domains[d] = {right: Number(value.domains[d].right), total: Number(value.domains[d].total)};
    });
    tally.items.push(item);
    return "added";
  };

  // Reads pasted codes into the tally: one report line per piece, in order:
  // {line, text, status: "added"|"duplicate"|"error", error (words.js key), at, value}.
  const paste = (tally, text, courseIds) => pieces(text).map(p => {
    const r = HVS.resultCode.decode(p.text, courseIds);
    if (!r.ok) return {line: p.line, text: p.text, status: "error", error: r.error, at: r.at};
    return {line: p.line, text: p.text, value: r.value, status: add(tally, HVS.resultCode.normalize(p.text), r.value, "online")};
  });

  const group = () => ({entry: 0, standard: 0, total: 0, passed: 0});
  const percentOf = x => x.total ? 100 * x.right / x.total : 0;
  const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;

  /* The summary the page shows: counts per kind, and per course and per commune (each by kind, with the standard
     results passed); the pass rate of standard
     results; and per course and domain the average domain percent of standard results minus that of entry results
     (only where both kinds have results with questions in that domain). Percents as numbers, unrounded. */
  const summary = items => {
    const out = {total: items.length, byKind: {entry: 0, standard: 0}, byCourse: {}, byCommune: {},
      standard: 0, passed: 0, passRate: null, change: {}};
    const doms = {};
    items.forEach(i => {
      out.byKind[i.kind]++;
      const c = out.byCourse[i.course] = out.byCourse[i.course] || group();
      const p = out.byCommune[i.commune || ""] = out.byCommune[i.commune || ""] || group();
      [c, p].forEach(g => { g[i.kind]++; g.total++; if (i.kind === "standard" && i.passed) g.passed++; });
      if (i.kind === "standard") { out.standard++; if (i.passed) out.passed++; }
      Object.keys(i.domains).forEach(d => {
        if (!i.domains[d].total) return;
        const x = ((doms[i.course] = doms[i.course] || {})[d] = doms[i.course][d] || {entry: [], standard: []});
        x[i.kind].push(percentOf(i.domains[d]));
      });
    });
    out.passRate = out.standard ? 100 * out.passed / out.standard : null;
    Object.keys(doms).forEach(course => Object.keys(doms[course]).sort().forEach(d => {
      const x = doms[course][d];
      if (!x.entry.length || !x.standard.length) return;
      const before = mean(x.entry), after = mean(x.standard);
      (out.change[course] = out.change[course] || {})[d] = {entry: before, standard: after, change: after - before,
        nEntry: x.entry.length, nStandard: x.standard.length};
    }));
    return out;
  };

  // The CSV every facilitator exports and `hocvuso report` reads: UTF-8 with a BOM (spreadsheets then read the
  // Vietnamese right), a fixed header, RFC 4180 quoting, CRLF line ends.
  const HEADER = ["code", "course", "kind", "date", "percent", "passed", "commune", "nickname", "source"]
    .concat(...DOMAINS.map(d => ["d" + d + "_right", "d" + d + "_total"]));
  const field = v => {
    const s = v == null ? "" : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  const csv = items => "\ufeff" + [HEADER].concat(items.map(i => [i.code, i.course, i.kind, i.date, i.percent,
    i.passed ? 1 : 0, i.commune, i.nickname, i.source].concat(...DOMAINS.map(d => {
    const x = i.domains[d];
    return x && x.total ? [x.right, x.total] : ["", ""];
  })))).map(row => row.map(field).join(",")).join("\r\n") + "\r\n";

  /* ------------------------------------------------------------ paper sheets */

  const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const fold = s => HVS.model.normalizeAnswer(s, []);

  /* One typed answer of a paper sheet → the engine's response for that question, or {error: words.js key, v}.
     q: the question's data; tiles: for order and match, the item numbers in the order printed (A, B, C…);
     yes/no: the first letters that mean true and false ("Đ"/"S", "T"/"F"). An empty answer is null (unanswered). */
  const paperResponse = (q, typed, tiles, yes, no) => {
    const text = String(typed == null ? "" : typed).trim();
    if (!text) return {response: null};
    if (q.type === "text") return {response: text};
    if (q.type === "truefalse") {
      const first = fold(text).charAt(0);
      if (yes.some(y => fold(y).charAt(0) === first)) return {response: "true"};
      if (no.some(y => fold(y).charAt(0) === first)) return {response: "false"};
      return {error: "pErrTf", v: text};
    }
    const size = q.type === "order" ? q.items.length : q.type === "match" ? q.pairs : q.feedback.length;
    const letterIndex = ch => { const i = LETTERS.indexOf(ch); return i >= 0 && i < size ? i : -1; };
    const upper = text.toUpperCase();
    if (q.type === "single" || q.type === "multiple") {
      const letters = upper.replace(/[\s,;.]+/g, "").split("");
      const bad = letters.find(ch => letterIndex(ch) < 0);
      if (bad) return {error: "pErrLetter", v: bad, n: LETTERS[size - 1]};
      if (q.type === "single" && letters.length > 1) return {error: "pErrOne", v: text};
      return {response: q.type === "single" ? String(letterIndex(letters[0]))
        : [...new Set(letters.map(letterIndex))].sort((a, b) => a - b).map(String)};
    }
    // order: the letters in order ("CADB"); match: "1-B 2-A 3-C" or the letters for rows 1, 2, 3… ("BAC")
    let letters;
    if (q.type === "match" && /\d/.test(upper)) {
      letters = Array(size).fill("");
      const pairs = [...upper.matchAll(/(\d+)\s*[-–—:=>.]*\s*([A-Z])/g)];
      for (const m of pairs) {
        const row = Number(m[1]) - 1;
        if (row < 0 || row >= size) return {error: "pErrRow", v: m[1], n: size};
        letters[row] = m[2];
      }
    } else letters = upper.replace(/[^A-Z]/g, "").split("");
    const bad = letters.find(ch => ch && letterIndex(ch) < 0);
    if (bad) return {error: "pErrLetter", v: bad, n: LETTERS[size - 1]};
    if (letters.length !== size || letters.some(ch => !ch) || new Set(letters).size !== size) {
      return {error: "pErrRows", v: text, n: size};
    }
    return {response: letters.map(ch => String(tiles[letterIndex(ch)]))};
  };

  const T = HVS.tally = {pieces, empty, parse, add, paste, summary, csv, HEADER, paperResponse, LETTERS, DOMAINS};
  if (typeof module !== "undefined") module.exports = T;
})(globalThis);
