"""Words that people see outside problem reports: generated pages, navigation, CLI output, scaffold notes.

Each key maps a language to its text; ``{name}`` placeholders are filled by :func:`hocvuso.i18n.t`.
A value may be a pair ``(one, other)``: the form is chosen by the number in the ``n`` argument
(Vietnamese has one form, English two).
"""

from __future__ import annotations

Entry = dict[str, str | tuple[str, str]]

WORDS: dict[str, Entry] = {
    # ------------------------------------------------------------ questions on pages
    "quiz.question": {"vi": "Câu {n}", "en": "Question {n}"},
    "quiz.nojs": {"vi": "Bật JavaScript để tự chấm bài. Bạn vẫn đọc được câu hỏi; bấm “Xem đáp án” dưới mỗi câu để "
                        "xem đáp án và lời giải thích.",
                  "en": "Turn on JavaScript to check your answers. You can still read the questions; press “Show the "
                        "answer” under each one to see the answer and the explanation."},
    "quiz.practice": {"vi": "Luyện tập", "en": "Practice"},
    "quiz.end": {"vi": "Tự kiểm tra cuối bài", "en": "End-of-lesson self-check"},
    "quiz.true": {"vi": "Đúng", "en": "True"},
    "quiz.false": {"vi": "Sai", "en": "False"},
    "quiz.your_answer": {"vi": "Câu trả lời của bạn", "en": "Your answer"},
    "quiz.hint": {"vi": "Gợi ý", "en": "Hint"},
    "quiz.missing": {"vi": "Không tìm thấy câu hỏi: {bank}", "en": "Questions not found: {bank}"},
    "assessment.nojs": {"vi": "Trang cần JavaScript để rút câu hỏi và chấm bài. Hãy bật JavaScript trong trình duyệt, "
                              "hoặc dùng trình duyệt khác.",
                        "en": "This page needs JavaScript to draw the questions and score them. Turn JavaScript on, "
                              "or use another browser."},
    # ------------------------------------------------------------ lesson frame
    "lesson.minutes": {"vi": "{n} phút", "en": "{n} min"},
    "lesson.level": {"vi": "Cấp độ {n}", "en": "Level {n}"},
    "lesson.competences": {"vi": "Năng lực", "en": "Competences"},
    "lesson.objectives": {"vi": "Sau bài này, bạn sẽ", "en": "After this lesson you will"},
    "lesson.keypoints": {"vi": "Ghi nhớ", "en": "Remember"},
    "lesson.sources_count": {"vi": "Nguồn tham khảo ({n})", "en": ("Source ({n})", "Sources ({n})")},
    "lesson.course_nav": {"vi": "Khóa học {title}: bài {i}/{n}", "en": "Course {title}: lesson {i} of {n}"},
    "lesson.prev": {"vi": "Bài trước", "en": "Previous lesson"},
    "lesson.next": {"vi": "Bài sau", "en": "Next lesson"},
    # ------------------------------------------------------------ course pages and home cards
    "course.audience": {"vi": "Dành cho", "en": "For"},
    "course.path": {"vi": "Lộ trình học", "en": "Learning path"},
    "course.size": {"vi": "{n} bài · khoảng {m} phút", "en": ("{n} lesson · about {m} minutes", "{n} lessons · about {m} minutes")},
    "course.take_assessment": {"vi": "Làm bài tự đánh giá", "en": "Take the self-assessment"},
    # ------------------------------------------------------------ navigation and generated pages
    "nav.home": {"vi": "Trang chủ", "en": "Home"},
    "nav.assessment": {"vi": "Bài tự đánh giá", "en": "Self-assessment"},
    "nav.progress": {"vi": "Tiến độ của tôi", "en": "My progress"},
    "nav.guides": {"vi": "Hướng dẫn", "en": "Guides"},
    "page.home": {"vi": "Học vụ số", "en": "Digital learning"},
    "page.framework": {"vi": "Khung năng lực số", "en": "Digital competence framework"},
    "framework.band": {"vi": "Mức", "en": "Band"},
    "framework.levels": {"vi": "Bậc", "en": "Levels"},
    "framework.code": {"vi": "Mã", "en": "Code"},
    "framework.competence": {"vi": "Năng lực", "en": "Competence"},
    "framework.digcomp": {"vi": "DigComp 2.2", "en": "DigComp 2.2"},
    "framework.lessons": {"vi": "Bài học", "en": "Lessons"},
    "framework.questions": {"vi": "Câu hỏi", "en": "Questions"},
    "framework.no_lesson": {"vi": "Chưa có bài học", "en": "No lesson yet"},
    "framework.no_question": {"vi": "Chưa có câu hỏi", "en": "No question yet"},
    "framework.gaps": {"vi": "{count} năng lực chưa có bài học nào.",
                       "en": ("{count} competence has no lesson yet.", "{count} competences have no lesson yet.")},
    # ------------------------------------------------------------ build messages
    "build.failed": {"vi": "hocvuso: {n} lỗi nội dung — xem ở trên",
                     "en": ("hocvuso: {n} content problem — see above", "hocvuso: {n} content problems — see above")},
    "build.outside": {"vi": "{file}:{line}: trang tải tài nguyên từ bên ngoài {url} — đưa tệp vào trang web (courses/) thay vì liên kết",
                      "en": "{file}:{line}: the page loads {url} from outside the site — ship the file in courses/ instead"},
    "build.outside_count": {"vi": "hocvuso: {n} tài nguyên bên ngoài — xem ở trên",
                            "en": ("hocvuso: {n} outside resource — see above", "hocvuso: {n} outside resources — see above")},
    "build.no_shim": {"vi": "hocvuso: thiếu node_modules/iframe-worker (tìm kiếm ngoại tuyến cần nó) — chạy `npm ci`",
                      "en": "hocvuso: node_modules/iframe-worker is missing (offline search needs it) — run `npm ci`"},
    "build.offline_zip": {"vi": "{path}: {mb} MB, {n} tệp", "en": ("{path}: {mb} MB, {n} file", "{path}: {mb} MB, {n} files")},
    # ------------------------------------------------------------ command line
    "cli.description": {"vi": "Học vụ số: soạn và kiểm tra nội dung khóa học",
                        "en": "Học vụ số: write and check course content"},
    "cli.lang": {"vi": "ngôn ngữ thông báo (vi hoặc en)", "en": "message language (vi or en)"},
    "cli.check": {"vi": "kiểm tra bài học và ngân hàng câu hỏi", "en": "check lessons and question banks"},
    "cli.check_path": {"vi": "thư mục dự án, hoặc các tệp cần xem lỗi", "en": "project folder, or the files to report on"},
    "cli.github": {"vi": "thêm chú thích cho GitHub", "en": "also print GitHub annotations"},
    "cli.new": {"vi": "tạo tệp mới để soạn", "en": "write a starting file to fill in"},
    "cli.new_description": {
        "vi": "Tạo tệp mẫu đúng chỗ; mọi chỗ cần sửa có chữ FIXME; không ghi đè tệp đã có.",
        "en": "Write a starting file in the right place, every place to edit marked FIXME; never overwrite a file."},
    "cli.new_kind": {"vi": "loại tệp", "en": "kind of file"},
    "cli.new_name": {"vi": "tên, ví dụ thu-vien/mat-khau", "en": "name, e.g. thu-vien/mat-khau"},
    "cli.root": {"vi": "thư mục dự án", "en": "project folder"},
    "cli.schema": {"vi": "ghi JSON Schema cho trình soạn thảo", "en": "write JSON Schemas for editors"},
    "cli.schema_out": {"vi": "thư mục ghi (mặc định schemas/)", "en": "folder to write to (default schemas/)"},
    "cli.schema_check": {"vi": "chỉ so sánh, không ghi", "en": "only compare with the files, write nothing"},
    "cli.ok": {"vi": "Không có lỗi: {n} tệp nội dung đã kiểm tra.",
               "en": ("No problems: {n} content file checked.", "No problems: {n} content files checked.")},
    "cli.found": {"vi": "{n} lỗi cần sửa.", "en": ("{n} problem to fix.", "{n} problems to fix.")},
    "cli.schema_written": {"vi": "Đã ghi {path}", "en": "Wrote {path}"},
    "cli.schema_stale": {"vi": "{path} cũ hoặc bị sửa tay — chạy `hocvuso schema` để tạo lại",
                         "en": "{path} is out of date or was edited by hand — run `hocvuso schema` to regenerate it"},
    "cli.schema_fresh": {"vi": "Các tệp schema đã khớp với định dạng.", "en": "The schema files match the formats."},
    "cli.no_file": {"vi": "hocvuso check: không có tệp hay thư mục {path} — kiểm tra lại tên", "en": "hocvuso check: there is no file or folder {path} — check the name"},
    "cli.strict": {"vi": "coi các cảnh báo về cách viết câu hỏi là lỗi", "en": "treat item-writing warnings as errors"},
    "cli.warnings": {"vi": "{n} cảnh báo về cách viết câu hỏi (lỗi khi chạy với --strict).",
                     "en": ("{n} item-writing warning (an error with --strict).", "{n} item-writing warnings (errors with --strict).")},
    "check.warning": {"vi": "cảnh báo", "en": "warning"},
    "cli.new_failed": {"vi": "hocvuso new: {error}", "en": "hocvuso new: {error}"},
    # ------------------------------------------------------------ hocvuso new
    "new.exists": {
        "vi": "tệp {path} đã có; không ghi đè lên tệp đó — chọn tên khác, hoặc mở tệp {path} để sửa",
        "en": "{path} already exists; it was not overwritten — choose another name, or open {path} to edit it"},
    "new.bad_name": {
        "vi": "tên `{name}` không hợp lệ: mỗi phần chỉ dùng chữ thường không dấu, số và dấu gạch ngang{hint}",
        "en": "the name `{name}` is not valid: each part may use only lowercase letters without accents, "
              "digits and hyphens{hint}"},
    "new.one_part": {
        "vi": "tên `{name}` chỉ được có một phần, không có dấu `/` (ví dụ `nong-dan`)",
        "en": "the name `{name}` must be a single part without `/` (e.g. `nong-dan`)"},
    "new.reserved": {
        "vi": "không dùng được tên `{name}` cho {kind}: tên này đã dành cho việc khác",
        "en": "`{name}` cannot be used for a {kind}: that name is reserved"},
    "new.no_project": {
        "vi": "không tìm thấy dự án (thư mục có mkdocs.yml) ở {path} — hãy `cd` vào thư mục dự án rồi chạy lại",
        "en": "no project (a folder with mkdocs.yml) at {path} — `cd` into the project folder and run again"},
    "new.created": {
        "vi": "Đã tạo {path}. Sửa mọi chỗ có chữ FIXME, rồi chạy: {check}",
        "en": "Created {path}. Edit every place marked FIXME, then run: {check}"},
    "new.next.lesson": {
        "vi": "Tiếp theo: tạo ngân hàng câu hỏi của bài: {new} bank {bank}\n"
              "Rồi thêm dòng `- {rel}` vào `lessons:` trong courses/<khóa học>/index.md.",
        "en": "Next: create the lesson's question bank: {new} bank {bank}\n"
              "Then add the line `- {rel}` under `lessons:` in courses/<course>/index.md."},
    "new.next.bank": {
        "vi": "Tiếp theo: viết đủ ít nhất 10 câu hỏi, dùng ít nhất ba loại câu hỏi (xem AUTHORING.md), "
              "và ghi `quiz: {bank}` trong phần đầu của bài học.",
        "en": "Next: write at least 10 questions of at least three types (see AUTHORING.en.md), "
              "and put `quiz: {bank}` in the lesson's front matter."},
    "new.next.course": {
        "vi": "Tiếp theo: liệt kê các bài học dưới `lessons:`; nếu khóa có bài tự đánh giá: {new} assessment {name}",
        "en": "Next: list the lessons under `lessons:`; if the course has a self-assessment: {new} assessment {name}"},
    "new.next.assessment": {
        "vi": "Tiếp theo: ghi `assessment: {name}` dưới `course:` trong courses/<khóa học>/index.md.",
        "en": "Next: write `assessment: {name}` under `course:` in courses/<course>/index.md."},
    "kind.lesson": {"vi": "bài học", "en": "lesson"},
    "kind.bank": {"vi": "ngân hàng câu hỏi", "en": "question bank"},
    "kind.course": {"vi": "khóa học", "en": "course"},
    "kind.assessment": {"vi": "bài tự đánh giá", "en": "assessment"},
    # ------------------------------------------------------------ readable and answerable (large text, no JavaScript)
    "quiz.step": {"vi": "Bước {n}", "en": "Step {n}"},
    "quiz.up": {"vi": "Lên", "en": "Up"},
    "quiz.down": {"vi": "Xuống", "en": "Down"},
    "quiz.match_with": {"vi": "Ghép với các ý sau:", "en": "Match with these:"},
    "quiz.show_answer": {"vi": "Xem đáp án", "en": "Show the answer"},
    "quiz.answer": {"vi": "Đáp án đúng", "en": "Correct answer"},
    "quiz.right_order": {"vi": "Thứ tự đúng", "en": "The right order"},
    "quiz.right_pairs": {"vi": "Cách ghép đúng", "en": "The right pairs"},
    "quiz.statement_true": {"vi": "Câu nói trên là đúng.", "en": "The statement is true."},
    "quiz.statement_false": {"vi": "Câu nói trên là sai.", "en": "The statement is false."},
    "lesson.for_teachers": {"vi": "Dành cho giáo viên", "en": "For teachers"},
    "progress.nojs": {
        "vi": "Tiến độ học được lưu trong trình duyệt trên máy này, nên trang cần JavaScript để đọc và hiện tiến độ. "
              "Hãy bật JavaScript, hoặc dùng trình duyệt khác. Các khóa học vẫn mở được ở đây:",
        "en": "Your progress is kept in this device's browser, so this page needs JavaScript to read and show it. "
              "Turn JavaScript on, or use another browser. The courses still open from here:"},
    "table.label": {"vi": "Bảng: {headers}", "en": "Table: {headers}"},
    # Material's own words, corrected or put into plain Vietnamese (theme/partials/languages/custom.html reads them)
    "theme.action.skip": {"vi": "Bỏ qua, đến nội dung bài", "en": "Skip to the content"},
    "theme.top": {"vi": "Lên đầu trang", "en": "Back to top"},
    "theme.toc": {"vi": "Các phần trong bài", "en": "On this page"},
    "theme.nav": {"vi": "Các trang", "en": "Pages"},
    "theme.footer.next": {"vi": "Trang sau", "en": "Next"},
    "theme.footer.previous": {"vi": "Trang trước", "en": "Previous"},
    "theme.search.reset": {"vi": "Xóa", "en": "Clear"},
    "theme.search.result.initializer": {"vi": "Đang chuẩn bị tìm kiếm", "en": "Getting search ready"},
    "theme.search.result.placeholder": {"vi": "Gõ từ cần tìm, có dấu hay không dấu đều được",
                                        "en": "Type what you are looking for"},
    "theme.search.result.none": {"vi": "Không tìm thấy trang nào", "en": "No page found"},
    "theme.search.result.one": {"vi": "Tìm thấy 1 trang", "en": "1 page found"},
    "theme.search.result.other": {"vi": "Tìm thấy # trang", "en": "# pages found"},
    "theme.search.result.more.one": {"vi": "Thêm 1 chỗ nữa trong trang này", "en": "1 more on this page"},
    "theme.search.result.more.other": {"vi": "Thêm # chỗ nữa trong trang này", "en": "# more on this page"},
    "theme.search.result.term.missing": {"vi": "Không có", "en": "Missing"},
    "theme.source.file.contributors": {"vi": "Người đóng góp", "en": "Contributors"},
    "theme.tabs": {"vi": "Các thẻ", "en": "Tabs"},
    "theme.blog.meta": {"vi": "Thông tin bài", "en": "Metadata"},
    "theme.rss.created": {"vi": "Tin mới (RSS)", "en": "RSS feed"},
    "theme.rss.updated": {"vi": "Trang vừa cập nhật (RSS)", "en": "RSS feed of updated content"},
    "theme.hvs.notfound.title": {"vi": "Không tìm thấy trang này", "en": "Page not found"},
    "theme.hvs.notfound.text": {"vi": "Có thể đường link bị gõ sai, hoặc trang đã được dời đi chỗ khác.",
                                "en": "The link may be mistyped, or the page has moved."},
    "theme.hvs.notfound.home": {"vi": "Về trang chủ", "en": "Go to the home page"},
}
