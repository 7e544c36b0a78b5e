/* Học vụ số "Chia sẻ", loaded by boot.js on lessons and on the assessment page: the Web Share API where the browser
   has it (Zalo and other apps on phones), else the invitation and link are copied (or shown to copy by hand).
   What is shared names the lesson or the assessment, the score and the published address: never the learner. */
(() => {
  const HVS = window.HVS, V = HVS.view, d = document, {t} = V;
  // The published address when the site has one (a USB copy shares the website, not a file path).
  const url = () => V.config().url || location.href;
  const share = async (out, data) => {
    if (navigator.share) {
      try { return await navigator.share(data); } catch (e) { if (e.name === "AbortError") return; } // cancelled: nothing to do
    }
    const text = data.text + " " + data.url;
    try {
      await navigator.clipboard.writeText(text);
      out.textContent = t("copied");
    } catch (e) {
      out.textContent = t("copyHand");
      const box = out.appendChild(V.el("textarea", "hvs-share__text"));
      Object.assign(box, {value: text, readOnly: true, rows: 3}).select();
    }
  };
  const control = data => {
    const p = V.el("div", "hvs-share"), b = p.appendChild(V.el("button", "hvs-btn hvs-share__btn", V.esc(t("share")))),
      out = p.appendChild(V.el("p", "hvs-share__msg"));
    b.type = "button";
    out.setAttribute("role", "status");
    b.onclick = () => { out.textContent = ""; share(out, data()); };
    return p;
  };
  const title = () => (d.querySelector("article h1") || {textContent: d.title}).textContent.replace("¶", "").trim();

  HVS.shareTo = share; // for other modules' own text (the result code: sendresult.js)
  HVS.shareResult = (panel, r, c) => panel.append(control(() => ({title: c.title, url: url(),
    text: t("shareResult", {a: c.title, p: r.percent, v: t(r.passed ? "pass" : "fail")})})));
  HVS.inits.push(root => {
    const l = root.querySelector(".hvs-lesson:not([data-hvs-sh])");
    if (!l) return;
    l.setAttribute("data-hvs-sh", "");
    // in place of the one the build wrote (the same size: the page does not move), else at the end
    const made = control(() => ({title: title(), text: t("shareLesson", {t: title()}), url: url()})), was = l.querySelector(".hvs-share");
    if (was) was.replaceWith(made); else l.append(made);
  });
  HVS.boot();
})();
