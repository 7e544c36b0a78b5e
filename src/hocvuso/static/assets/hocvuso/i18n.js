/* Học vụ số: the engine's words ({n} etc. filled in by HVS.view.t). */
var HVS = window.HVS = window.HVS || {};
HVS.i18n = {
  vi: {
    search: "Tìm kiếm", check: "Kiểm tra", right: "Đúng rồi!", wrong: "Chưa đúng.", unanswered: "Bạn hãy trả lời câu này trước.",
    chose: "Bạn chọn", answer: "Đáp án đúng", isRight: "đáp án đúng", chosen: "bạn chọn", rowOk: "đúng", rowBad: "sai",
    summary: "Bạn đúng {r}/{n} câu.", retry: "Làm lại", retried: "Đã xóa câu trả lời, mời bạn làm lại.",
    visited: "Đã học", notVisited: "Chưa học", score: "{r}/{n} câu đúng", done: "{v}/{n} bài đã học",
    card: "Bạn đã học {v}/{n} bài", assess: "Bài tự đánh giá", best: "tốt nhất {p}%, {r}", passed: "đạt",
    failed: "chưa đạt", none: "chưa làm", exp: "Xuất tiến độ", imp: "Nhập tiến độ", reset: "Xóa tiến độ",
    help: "Tiến độ chỉ lưu trên máy này. Xuất ra tệp để giữ lại hay chuyển sang máy khác; tệp nhập vào được gộp với tiến độ trên máy.",
    imported: "Đã nhập tiến độ từ tệp {f}.", bad: "Tệp {f} không phải tệp tiến độ hợp lệ. Không có gì thay đổi.",
    sure: "Xóa toàn bộ tiến độ học trên máy này?", wasReset: "Đã xóa tiến độ.", exported: "Đã tạo tệp {f}.",
    corrupt: "Dữ liệu tiến độ trên máy bị hỏng nên đã được bắt đầu lại. Bạn vẫn học bình thường.",
    unavailable: "Trình duyệt không cho lưu tiến độ (chế độ ẩn danh?). Bạn vẫn làm bài được nhưng kết quả không được lưu.",
    quota: "Bộ nhớ trình duyệt đã đầy, không lưu được tiến độ. Bạn vẫn làm bài được.",
    newer: "Tiến độ trên máy do phiên bản mới hơn của trang lưu, nên không bị ghi đè."
  },
  en: {
    search: "Search", check: "Check", right: "Correct!", wrong: "Not quite.", unanswered: "Please answer this question first.",
    chose: "You chose", answer: "Correct answer", isRight: "correct answer", chosen: "your choice", rowOk: "right", rowBad: "wrong",
    summary: "You got {r} of {n} right.", retry: "Try again", retried: "Answers cleared: try again.",
    visited: "Studied", notVisited: "Not started", score: "{r}/{n} right", done: "{v} of {n} lessons studied",
    card: "You have studied {v} of {n} lessons", assess: "Self-assessment", best: "best {p}%, {r}", passed: "passed",
    failed: "not passed", none: "not taken", exp: "Export progress", imp: "Import progress", reset: "Delete progress",
    help: "Progress is kept only on this device. Export it to keep it or move it to another device; an imported file is merged with it.",
    imported: "Progress imported from {f}.", bad: "{f} is not a valid progress file. Nothing was changed.",
    sure: "Delete all learning progress on this device?", wasReset: "Progress deleted.", exported: "Created {f}.",
    corrupt: "The stored progress was damaged, so it was started afresh. You can keep learning.",
    unavailable: "This browser does not allow saving progress (private mode?). You can still answer, but nothing is saved.",
    quota: "The browser's storage is full, so progress cannot be saved. You can still answer.",
    newer: "Progress on this device was saved by a newer version of this site, so it is not overwritten."
  }
};
