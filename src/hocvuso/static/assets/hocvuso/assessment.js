/* Học vụ số self-assessment, loaded by boot.js on the assessment and progress pages only.
   HVS.assess holds the pure parts (seeded draw, scoring, certificate code; tested with node --test);
   the rest runs the attempt on the page: start, resume, submit, results, certificate, code check. */
(function (global) {
  "use strict";
  const HVS = global.HVS = global.HVS || {};
  const keyOf = q => q.bank + "#" + q.id;

  // pool [{bank, id, domain, level}], spec [{domain, count}] → [[bank, id], …] by domain; throws if a domain is short.
  const draw = (pool, spec, levels, seed) => {
    const rng = HVS.model.rng(seed), taken = {}, out = [];
    spec.forEach(d => {
      const candidates = pool.filter(q => {
        const k = keyOf(q);
        const fits = q.domain === d.domain && !taken[k] && (!levels || !levels.length || levels.includes(Number(q.level)));
        if (fits) taken[k] = true;
        return fits;
      });
      if (candidates.length < d.count) throw Error("domain " + d.domain + ": " + candidates.length + " < " + d.count);
      candidates.sort((a, b) => keyOf(a) < keyOf(b) ? -1 : 1);
      HVS.model.shuffle(candidates, rng).slice(0, d.count).forEach(q => out.push([q.bank, q.id]));
    });
    return out;
  };

  // Percent rounded down: 69.7 % is not 70 %.
  const withPercent = x => { x.percent = x.total ? Math.floor(x.right * 100 / x.total) : 0; return x; };

  // → {right, total, percent, passed, domains: {d: {right, total, percent}}, res: {key: check result}}
  const score = (questions, responses, passPercent) => {
    const out = {right: 0, total: 0, domains: {}, res: {}};
    questions.forEach(q => {
      const k = keyOf(q), domain = out.domains[q.domain] = out.domains[q.domain] || {right: 0, total: 0};
      let result = {};
      try { result = HVS.model.check(q, responses[k] == null ? null : responses[k]); } catch (e) { /* counts as wrong */ }
      out.res[k] = result;
      domain.total++;
      out.total++;
      if (result.correct) { domain.right++; out.right++; }
    });
    Object.values(out.domains).forEach(withPercent);
    out.passed = withPercent(out).percent >= passPercent;
    return out;
  };

  const twoDigits = n => (n < 10 ? "0" : "") + Number(n);
  const fmtDate = ms => {
    const d = new Date(ms);
    return twoDigits(d.getDate()) + "/" + twoDigits(d.getMonth() + 1) + "/" + d.getFullYear();
  };

  // The "verification data" printed on a certificate: course|dd/mm/yyyy|percent|0:3/3 4:5/7
  const line = fields => [fields.course, fields.date, Number(fields.percent),
    Object.keys(fields.domains).sort().map(d => d + ":" + fields.domains[d].right + "/" + fields.domains[d].total).join(" ")].join("|");

  const parseLine = text => {
    const parts = String(text).split("|"), domains = {}, pattern = /(\w+)\s*:\s*(\d+)\s*\/\s*(\d+)/g;
    let m;
    while ((m = pattern.exec(parts[3]))) domains[m[1]] = {right: Number(m[2]), total: Number(m[3])};
    return {
      course: parts[0].trim(),
      date: (parts[1] || "").match(/\d+/g).map((x, i) => i < 2 ? twoDigits(x) : x).join("/"),
      percent: parseInt(parts[2], 10),
      domains
    };
  };

  // {name, course, date, percent, domains} → "XXXX-XXXX": 40 bits of cyrb53 in Crockford base32. Never change it:
  // certificates printed earlier must keep their code.
  const verificationCode = fields => {
    const text = String(fields.name).normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim() + "|" + line(fields);
    let a = 0xdeadbeef, b = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
    a = Math.imul(a ^ a >>> 16, 2246822507) ^ Math.imul(b ^ b >>> 13, 3266489909);
    b = Math.imul(b ^ b >>> 16, 2246822507) ^ Math.imul(a ^ a >>> 13, 3266489909);
    let value = 4294967296 * (2097151 & b) + (a >>> 0), code = "";
    for (let i = 0; i < 8; i++, value = Math.floor(value / 32)) code = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[value % 32] + code;
    return code.slice(0, 4) + "-" + code.slice(4);
  };

  const A = HVS.assess = {draw, score, verificationCode, fmtDate, line, parseLine};
  if (typeof module !== "undefined") module.exports = A;
  if (typeof document === "undefined") return;

  /* ---------------------------------------------------------------- the page */

  const V = () => HVS.view;
  const t = (key, vars) => V().t(key, vars);
  const make = (tag, className, text, parent) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return parent ? parent.appendChild(e) : e;
  };
  const makeButton = (text, parent, onClick, primary) => {
    const b = make("button", "md-button" + (primary ? " md-button--primary" : ""), text, parent);
    b.type = "button";
    b.onclick = onClick;
    return b;
  };
  const all = (selector, root) => [...root.querySelectorAll(selector)];

  // The pool comes in its own script (boot.js loads it with this module): [bank, id, domain, level, version, html].
  // An entry check and its course's assessment that draw from the same questions share one pool (config.poolId).
  const poolKey = config => config.poolId || config.id;
  const loadPool = config => {
    if ((HVS.pools || {})[poolKey(config)] || document.querySelector(`script[data-hvs-pool="${poolKey(config)}"]`)) return;
    const script = make("script");
    script.setAttribute("data-hvs-pool", poolKey(config));
    script.src = config.pool;
    script.onload = () => HVS.boot();
    document.head.append(script);
  };

  const setup = box => {
    const config = V().json(box, "data-hvs-assessment"), section = box.querySelector(".hvs-quiz");
    if (!config || !section) return;
    const rows = (HVS.pools || {})[poolKey(config)];
    if (!rows) return loadPool(config); // boot runs again once the pool has loaded
    box.setAttribute("data-hvs-a", 1);
    const root = (V().config().root || ".").replace(/\/?$/, "/");
    const byKey = {};
    const pool = rows.map(([bank, id, domain, level, v, html]) => (byKey[bank + "#" + id] = {bank, id, domain, level, v, html}));
    // Only the questions drawn become part of the page.
    const fieldsetOf = k => {
      const entry = byKey[k];
      if (!entry) return null;
      if (!entry.fs) {
        const holder = document.createElement("template");
        holder.innerHTML = entry.html.split("@hvs-site/").join(root);
        entry.fs = section.appendChild(holder.content.firstElementChild);
      }
      return entry.fs;
    };
    const count = config.draw.reduce((sum, d) => sum + d.count, 0), minutes = config.timeLimitMinutes;
    let stored = HVS.state().assessments[config.id] || {};
    stored.attempts = stored.attempts || [];
    const ui = make("div", "hvs-a"), bar = make("div", "hvs-a__bar", null, box);
    box.insertBefore(ui, section);
    make("p", "hvs-a__intro", t(config.kind === "entry" ? "entryIntro" : "assessIntro", {n: count, p: config.passPercent,
      t: minutes ? t("timeLimit", {m: minutes}) : t("noTimeLimit")}), ui);
    const live = make("p", "hvs-a__live", null, ui), panel = make("div", null, null, ui);
    live.setAttribute("aria-live", "polite");
    let timers = [], running = false, current;

    // Every write re-reads the store and merges: another tab's attempts are kept, never overwritten.
    // (The shared store also keeps damaged data aside, never overwrites a newer version's, and falls back to memory.)
    const save = () => {
      const mine = stored;
      HVS.update(s => { stored = s.assessments[config.id] = HVS.model.mergeAssessment(s.assessments[config.id], mine); });
      if (current && mine.current === current) stored.current = current;
    };
    const say = text => { live.textContent = text; };
    // Results by domain in plain names ("Sử dụng thiết bị và phần mềm: 3/3 câu"), never "Miền 0".
    const domainName = d => config.domains[d] || d;
    const domainLine = (d, x) => t("domainScore", {t: domainName(d), r: x.right, n: x.total, p: x.percent});
    const shown = () => current.questions.map(q => fieldsetOf(q[0] + "#" + q[1])).filter(Boolean);
    const reset = (isRunning, showQuestions) => {
      timers.forEach(clearTimeout);
      timers = [];
      running = isRunning;
      panel.hvsResult = null;
      panel.textContent = bar.textContent = "";
      bar.hidden = !isRunning;
      section.hidden = !showQuestions;
    };
    // Stored answers name options by their ids, never by position, so an edited bank cannot shift them.
    const toStored = (data, response) => !data.optionIds || response == null ? response
      : Array.isArray(response) ? response.map(i => data.optionIds[i]) : data.optionIds[response];
    const fromStored = (data, value) => !data.optionIds || value == null ? value
      : Array.isArray(value) ? value.map(id => String(data.optionIds.indexOf(id))) : String(data.optionIds.indexOf(value));
    const answerOf = (data, k) => k in current.answers ? fromStored(data, current.answers[k]) : null;
    section.oninput = section.onchange = e => {
      const fs = running && e.target.closest(".hvs-q");
      if (fs) { current.answers[keyOf(V().data(fs))] = toStored(V().data(fs), V().readResponse(fs)); save(); }
    };
    // An unfinished attempt whose questions were edited or removed since cannot be resumed fairly.
    const unchanged = attempt => attempt.questions.every(([bank, id, version]) => (byKey[bank + "#" + id] || {}).v === version);

    const intro = () => {
      reset();
      const last = stored.attempts[stored.attempts.length - 1];
      if (last) make("p", null, t("lastAttempt", {p: last.percent, v: t(last.passed ? "pass" : "fail")}), panel);
      makeButton(t("start"), panel, start, true);
      certificate();
    };

    const start = () => {
      const seed = Math.random() * 4294967296 >>> 0;
      const questions = draw(pool, config.draw, config.levels, seed).map(([bank, id]) => [bank, id, byKey[bank + "#" + id].v]);
      current = stored.current = {seed, questions, answers: {}, started: Date.now(), submitted: false};
      save();
      show(true);
      const first = shown()[0];
      first.tabIndex = -1;
      first.focus();
    };

    const show = fresh => {
      reset(true, true);
      if (!fresh) make("p", null, t("resumed"), panel);
      const rng = HVS.model.rng(current.seed), end = current.started + minutes * 6e4, left = end - Date.now();
      all(".hvs-q", section).forEach(fs => { fs.hidden = true; fs.disabled = false; V().clearResult(fs); });
      shown().forEach((fs, i) => {
        const data = V().data(fs), list = fs.querySelector(".hvs-options"), k = keyOf(data);
        fs.hidden = false;
        section.appendChild(fs);
        fs.querySelector(".hvs-q__num").textContent = t("questionNo", {n: i + 1});
        if (list && HVS.model.types[data.type].shuffles) {
          const byValue = [...list.children].sort((a, b) => a.querySelector("input").value - b.querySelector("input").value);
          HVS.model.shuffle(byValue, rng).forEach(li => list.appendChild(li));
        }
        V().setResponse(fs, answerOf(data, k));
      });
      if (current.submitted) return results();
      if (HVS.steps) HVS.steps.show(section, shown(), config.id); // one question at a time (steps.js)
      let firstUnanswered;
      makeButton(t("submit"), bar, () => {
        let unanswered = 0;
        firstUnanswered = null;
        shown().forEach(fs => {
          if (!HVS.model.isAnswered(V().data(fs), V().readResponse(fs))) { unanswered++; firstUnanswered = firstUnanswered || fs; }
        });
        if (!unanswered || !confirmBox.hidden) return submit();
        confirmBox.hidden = false;
        confirmText.textContent = t("unansweredLeft", {k: unanswered});
        confirmText.focus();
      }, true);
      const confirmBox = make("div", "hvs-a__confirm", null, bar), confirmText = make("p", null, null, confirmBox);
      confirmBox.hidden = true;
      confirmText.tabIndex = -1;
      makeButton(t("submitAnyway"), confirmBox, () => submit(), true);
      makeButton(t("keepWorking"), confirmBox, () => {
        confirmBox.hidden = true;
        firstUnanswered.tabIndex = -1;
        firstUnanswered.focus();
      });
      if (minutes) {
        if (left <= 0) return submit(true);
        say(t("timeLeft", {m: Math.ceil(left / 6e4), t: new Date(end).toTimeString().slice(0, 5)}));
        if (left > 3e5) timers.push(setTimeout(() => { if (box.isConnected && running) say(t("fiveMinutes")); }, left - 3e5));
        timers.push(setTimeout(() => { if (box.isConnected && running) submit(true); }, left));
      }
    };

    const submit = automatic => {
      const questions = shown().map(fs => {
        const data = V().data(fs);
        current.answers[keyOf(data)] = toStored(data, V().readResponse(fs));
        return data;
      });
      const result = score(questions, responses(questions), config.passPercent);
      const attempt = {date: Date.now(), percent: result.percent, passed: result.passed, domains: {}};
      Object.keys(result.domains).forEach(d => {
        attempt.domains[d] = {right: result.domains[d].right, total: result.domains[d].total};
      });
      current.submitted = true;
      stored.attempts.push(attempt);
      if (!stored.best || attempt.percent > stored.best.percent) stored.best = attempt;
      save();
      // For whoever listens (the SCORM bridge in LMS packages): this attempt and the best one. An entry check is no score.
      if (config.kind !== "entry") document.dispatchEvent(new CustomEvent("hvs:assessment", {detail: {id: config.id, course: config.course,
        percent: attempt.percent, passed: attempt.passed, best: stored.best.percent, bestPassed: !!stored.best.passed}}));
      results(true);
      say(automatic ? t("timeUp") : "");
    };

    const results = focus => {
      reset(false, true);
      const questions = shown().map(fs => V().data(fs));
      const result = score(questions, responses(questions), config.passPercent);
      const heading = make("h2", null, t("result"), panel), domains = make("ul", "hvs-a__doms"), revisit = make("ul", "hvs-a__rev");
      heading.tabIndex = -1;
      make("p", null, t(config.kind === "entry" ? "entryTotal" : "total", {r: result.right, n: result.total, p: result.percent,
        v: t(result.passed ? "pass" : "fail"), q: config.passPercent}), panel);
      panel.appendChild(domains);
      Object.keys(result.domains).forEach(d => {
        const x = result.domains[d], low = x.percent < config.passPercent, lessons = (config.revisit || {})[d] || [];
        const track = make("span", "hvs-a__track", null, make("li", null, domainLine(d, x), domains));
        make("span", "hvs-a__fill" + (low ? " hvs-a__fill--low" : ""), null, track).style.width = x.percent + "%";
        track.setAttribute("aria-hidden", "true");
        if (low && lessons.length) {
          const item = make("li", null, domainName(d) + ": ", revisit);
          lessons.forEach((lesson, i) => {
            if (i) item.append(", ");
            make("a", null, lesson.title, item).href = lesson.href;
          });
        }
      });
      if (revisit.firstChild) {
        make("p", null, t("revisit"), panel);
        panel.appendChild(revisit);
      }
      makeButton(t("newAttempt"), panel, start);
      if (HVS.steps) HVS.steps.done(section, panel, result, config, shown()); // celebration, lessons to revisit
      if (HVS.shareResult) HVS.shareResult(panel, result, config); // "Chia sẻ" (share.js)
      // the change since the entry check and "Gửi kết quả cho tổ công nghệ số" (sendresult.js, maybe still loading)
      panel.hvsResult = {attempt: stored.attempts[stored.attempts.length - 1], config};
      if (HVS.sendResult && panel.hvsResult.attempt) HVS.sendResult(panel);
      certificate();
      shown().forEach(fs => {
        const data = V().data(fs);
        V().showResult(fs, data, result.res[keyOf(data)], {focus: false});
        fs.disabled = true;
      });
      if (focus) heading.focus();
    };

    const certificate = () => {
      const best = stored.best;
      if (!best || !best.passed || config.kind === "entry") return; // an entry check shows where one starts: no certificate
      const wrap = make("div", "hvs-a__cert", null, panel);
      make("h2", null, t("certificate"), wrap);
      const input = make("input", null, null, make("label", null, t("certName") + " ", wrap));
      const error = make("p", "hvs-a__err", null, wrap);
      input.value = stored.certificateName || "";
      input.autocomplete = "name";
      error.setAttribute("aria-live", "assertive");
      input.oninput = () => { stored.certificateName = input.value; save(); };
      makeButton(t("print"), wrap, () => {
        const name = input.value.trim();
        const fields = {name, course: config.course, date: fmtDate(best.date), percent: best.percent, domains: best.domains};
        let cert = wrap.querySelector(".hvs-cert");
        if (cert) cert.remove();
        error.textContent = name ? "" : t("nameMissing");
        if (!name) return input.focus();
        cert = make("div", "hvs-cert", null, wrap);
        make("p", "hvs-cert__label", t("certLabel"), cert);
        make("p", null, t("certifies"), cert);
        make("p", "hvs-cert__name", name, cert);
        make("p", null, t("certPassed", {a: config.title, c: config.courseTitle}), cert);
        make("p", "hvs-cert__score", t("certScore", {d: fields.date, p: best.percent}), cert);
        const list = make("ul", "hvs-cert__doms", null, cert);
        Object.keys(best.domains).sort().forEach(d => {
          make("li", null, domainLine(d, withPercent({right: best.domains[d].right, total: best.domains[d].total})), list);
        });
        make("code", null, verificationCode(fields), make("p", "hvs-cert__code", t("code") + ": ", cert));
        make("code", null, line(fields), make("p", "hvs-cert__data", t("data") + ": ", cert));
        make("p", "hvs-cert__data", t("certNote"), cert);
        if (HVS.steps) HVS.steps.cert(cert); // the site's name, address and its QR code (steps.js)
        global.print();
      }, true);
    };

    const responses = questions => questions.reduce((r, data) => { r[keyOf(data)] = answerOf(data, keyOf(data)); return r; }, {});

    current = stored.current;
    if (current && !unchanged(current)) {
      current = null;
      stored.current = null;
      stored.clearedAt = Date.now();
      save();
      V().notice(t("attemptChanged"));
    }
    if (current && current.questions && shown().length) show(false); else intro();
  };

  // The certificate code checker, under the progress page.
  const verifier = progressPage => {
    progressPage.setAttribute("data-hvs-v", 1);
    const details = make("details", "hvs-verify"), fields = {};
    make("summary", null, t("verifyTitle"), details);
    const form = make("form", null, null, details);
    ["certName", "data", "code"].forEach(k => {
      fields[k] = make("input", null, null, make("label", null, t(k) + " ", make("p", null, null, form)));
    });
    make("button", "md-button", t("verify"), form);
    const out = make("p", null, null, form);
    out.setAttribute("aria-live", "polite");
    form.onsubmit = e => {
      e.preventDefault();
      let expected;
      try {
        const parsed = parseLine(fields.data.value);
        parsed.name = fields.certName.value;
        expected = verificationCode(parsed).replace("-", "");
      } catch (err) { /* unreadable data: no match */ }
      const typed = fields.code.value.toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
      out.textContent = t(expected === typed ? "codeMatches" : "codeDiffers");
    };
    progressPage.after(details);
  };

  HVS.inits = HVS.inits || [];
  HVS.inits.push(root => {
    all(".hvs-assessment:not([data-hvs-a])", root || document).forEach(setup);
    all(".hvs-progress-page:not([data-hvs-v])", root || document).forEach(verifier);
    // The result code and the change since the entry check (sendresult.js, with resultcode.js and its styles).
    if (!HVS.sr) {
      const base = (V().config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/";
      HVS.sr = document.head.appendChild(Object.assign(make("link"), {rel: "stylesheet", href: base + "sendresult.css"}));
      "resultcode sendresult".split(" ").forEach(f => document.head.append(Object.assign(make("script"), {src: base + f + ".js", async: false})));
    }
    // The review of wrong answers ("Ôn câu sai") lives in its own module, for the progress page only.
    if (!HVS.rv && document.querySelector(".hvs-progress-page")) {
      HVS.rv = Object.assign(make("script"), {src: (V().config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/review.js",
        onload: () => HVS.boot()});
      document.head.append(HVS.rv);
    }
  });
})(globalThis);
