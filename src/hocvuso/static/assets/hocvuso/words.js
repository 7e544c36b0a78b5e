/* Học vụ số: the words of the modules loaded on demand (review of wrong answers, …), Vietnamese first, English too.
   Part of the engine's catalogue (i18n.js holds the words every page needs): merged into HVS.i18n when a module
   that needs them is loaded, so pages that do not need them stay light. Same keys and placeholders in both
   languages, and every key used (tested with i18n.js). */
((H) => {
  const more = {
    vi: {
      // review of wrong answers on the progress page
      rvTitle: "Câu làm sai",
      rvCount: "{n} câu sai",
      rvOne: "Ôn câu sai",
      rvAll: "Luyện tập {n} câu sai",
      rvNone: "Chưa có câu nào làm sai.",
      rvSet: "Ôn câu sai: làm lại các câu bạn đã làm sai"
    },
    en: {
      rvTitle: "Questions answered wrong",
      rvCount: "{n} wrong",
      rvOne: "Review wrong answers",
      rvAll: "Practise {n} wrong answers",
      rvNone: "No wrong answers yet.",
      rvSet: "Review: answer again the questions you got wrong"
    }
  };
  H.i18n = H.i18n || {};
  Object.keys(more).forEach(lang => { H.i18n[lang] = Object.assign(H.i18n[lang] || {}, more[lang]); });
})(window.HVS = window.HVS || {});
