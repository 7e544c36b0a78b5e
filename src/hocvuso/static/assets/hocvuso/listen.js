/* Học vụ số read-aloud ("Nghe"), loaded by boot.js on lesson pages when the browser can speak: a button after each
   section heading and in each question reads it with a Vietnamese voice (speechSynthesis); with no Vietnamese
   voice no button is shown. Pressing it again stops; leaving the page stops. */
(() => {
  const HVS = window.HVS, V = HVS.view, d = document, S = window.speechSynthesis, {t} = V;
  let playing = null, here = location.href;
  const voice = () => S.getVoices().find(v => /^vi([-_]|$)/i.test(v.lang || "")),
    stop = () => {
      S.cancel();
      if (playing) Object.assign(playing, {textContent: t("listen")}).setAttribute("aria-pressed", "false");
      playing = null;
    },
    speak = (b, text) => {
      const was = playing;
      stop();
      if (was === b || !voice()) return;
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice();
      u.lang = u.voice.lang;
      u.rate = 0.9;
      u.onend = u.onerror = () => { if (playing === b) stop(); };
      playing = b;
      b.textContent = t("stopListen");
      b.setAttribute("aria-pressed", "true");
      S.speak(u);
    },
    SKIP = ".hvs-quiz, .hvs-coursenav, .hvs-config, .hvs-sources, .hvs-listen, .headerlink, script, style",
    // What a button reads: the heading and what follows it up to the next heading of its level or above.
    sectionText = h => {
      const parts = [h.textContent.replace("¶", "")];
      for (let n = h.nextElementSibling; n && !/^H[12]$/.test(n.tagName) && !(h.tagName === "H1" && n.tagName === "H2"); n = n.nextElementSibling) {
        if (!n.matches(SKIP)) parts.push(n.innerText);
      }
      return parts.join(". ");
    },
    questionText = fs => [fs.querySelector("legend"), ...fs.querySelectorAll(".hvs-q__more, .hvs-opt__text, .hvs-order label, .hvs-match label")]
      .filter(Boolean).map(n => n.innerText).join(". "),
    button = read => {
      const b = V.el("button", "hvs-listen", t("listen"));
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.onclick = () => speak(b, read());
      return b;
    };

  const add = root => {
    const a = root.querySelector("article");
    if (!a || !a.querySelector(".hvs-lesson") || a.querySelector(".hvs-listen") || !voice()) return;
    V.all("h1, h2", a).filter(h => !h.closest(SKIP)).forEach(h => h.after(button(() => sectionText(h))));
    V.all(".hvs-q", a).filter(fs => !fs.closest(".hvs-assessment")).forEach(fs => fs.querySelector("legend").after(button(() => questionText(fs))));
  };

  addEventListener("pagehide", stop);
  // Voices often arrive after the page: add the buttons when they do.
  if (S.addEventListener) S.addEventListener("voiceschanged", () => add(d));
  HVS.inits.push(root => {
    if (location.href !== here) { here = location.href; stop(); } // instant navigation to another page
    add(root);
  });
  HVS.boot();
})();
