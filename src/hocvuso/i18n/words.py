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
    "quiz.nojs": {"vi": "Bật JavaScript để tự chấm bài. Bạn vẫn đọc được câu hỏi và các lựa chọn.",
                  "en": "Turn on JavaScript to check your answers. You can still read the questions and options."},
    "quiz.practice": {"vi": "Luyện tập", "en": "Practice"},
    "quiz.end": {"vi": "Tự kiểm tra cuối bài", "en": "End-of-lesson self-check"},
    "quiz.true": {"vi": "Đúng", "en": "True"},
    "quiz.false": {"vi": "Sai", "en": "False"},
    "quiz.your_answer": {"vi": "Câu trả lời của bạn", "en": "Your answer"},
    "quiz.position": {"vi": "Vị trí {n}", "en": "Position {n}"},
    "quiz.choose": {"vi": "— Chọn —", "en": "— Choose —"},
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
    "nav.framework": {"vi": "Khung năng lực số", "en": "Competence framework"},
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
    "cli.strict": {"vi": "coi các cảnh báo về cách viết bài và câu hỏi là lỗi", "en": "treat writing warnings as errors"},
    "cli.warnings": {"vi": "{n} cảnh báo về cách viết bài và câu hỏi (lỗi khi chạy với --strict).",
                     "en": ("{n} writing warning (an error with --strict).", "{n} writing warnings (errors with --strict).")},
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
}

# ---------------------------------------------------------------- authoring that never surprises
# Report order and caps, the live error page of `make serve`, `hocvuso preview` and its review page.
WORDS.update({
    "check.consequence": {"vi": "hệ quả của lỗi trong {cause}", "en": "a consequence of the problems in {cause}"},
    "check.more_like_this": {"vi": "và {n} lỗi tương tự nữa", "en": ("and {n} more like this", "and {n} more like this")},
    "check.more_in_file": {"vi": "và {n} lỗi khác nữa trong tệp này",
                           "en": ("and {n} more problem in this file", "and {n} more problems in this file")},
})
WORDS.update({
    "serve.title": {"vi": "Nội dung còn lỗi", "en": "The content has problems"},
    "serve.intro": {"vi": "Trang web chưa dựng lại được vì nội dung còn {n} lỗi. Mở tệp ở từng dòng dưới đây, sửa "
                          "theo hướng dẫn, rồi lưu tệp.",
                    "en": ("The site could not be rebuilt: the content has {n} problem. Open the file at the line "
                           "below, fix it as it says, and save.",
                           "The site could not be rebuilt: the content has {n} problems. Open each file at the line "
                           "below, fix it as it says, and save.")},
    "serve.after": {"vi": "Khi hết lỗi, trang này tự tải lại và hiện bài học. Cũng xem được các lỗi này bằng lệnh "
                          ".venv/bin/hocvuso check",
                    "en": "Once every problem is fixed, this page reloads by itself and shows the lesson. The same list: "
                          ".venv/bin/hocvuso check --lang en"},
    "serve.failed": {"vi": "hocvuso: {n} lỗi nội dung — trình duyệt đang hiện danh sách lỗi; sửa rồi lưu tệp, trang tự dựng lại",
                     "en": ("hocvuso: {n} content problem — the browser shows the list; fix and save, the site rebuilds",
                            "hocvuso: {n} content problems — the browser shows the list; fix and save, the site rebuilds")},
})
WORDS.update({
    "cli.preview": {"vi": "ghi trang xem lại có đáp án của một ngân hàng hoặc bài học, cho người duyệt bài",
                    "en": "write a review page with the answers of a bank or lesson, for reviewers"},
    "cli.preview_target": {"vi": "mã ngân hàng (thu-vien/vneid), tệp .yml, hoặc bài học courses/…/ten-bai.md",
                           "en": "bank id (thu-vien/vneid), .yml file, or lesson courses/…/name.md"},
    "cli.preview_out": {"vi": "tệp HTML để ghi (mặc định review/<tên>.html)", "en": "HTML file to write (default review/<name>.html)"},
    "cli.preview_written": {"vi": "Đã ghi {path}: {n} câu hỏi có đáp án. Mở tệp bằng trình duyệt để xem hoặc in.",
                            "en": ("Wrote {path}: {n} question with its answer. Open it in a browser to read or print it.",
                                   "Wrote {path}: {n} questions with their answers. Open it in a browser to read or print it.")},
    "cli.preview_unknown": {"vi": "hocvuso preview: không có ngân hàng hay bài học `{name}`{hint} — ghi mã ngân hàng "
                                  "(thu-vien/vneid) hoặc đường dẫn bài học (courses/thu-vien/vneid.md)",
                            "en": "hocvuso preview: there is no bank or lesson `{name}`{hint} — give a bank id "
                                  "(thu-vien/vneid) or a lesson path (courses/thu-vien/vneid.md)"},
    "cli.preview_broken": {"vi": "hocvuso preview: `{name}` chưa đọc được vì còn lỗi — chạy .venv/bin/hocvuso check {path}",
                           "en": "hocvuso preview: `{name}` cannot be read while it has problems — run .venv/bin/hocvuso check {path}"},
    "cli.preview_problems": {"vi": "Lưu ý: tệp còn {n} lỗi; câu hỏi có lỗi không có trong trang xem lại — chạy .venv/bin/hocvuso check {path}",
                             "en": ("Note: the file has {n} problem; questions with problems are left out of the review page "
                                    "— run .venv/bin/hocvuso check {path}",
                                    "Note: the file has {n} problems; questions with problems are left out of the review page "
                                    "— run .venv/bin/hocvuso check {path}")},
    "review.title": {"vi": "Xem lại: {title}", "en": "Review: {title}"},
    "review.banner": {"vi": "Trang dành cho người duyệt bài: có đáp án. Không gửi cho người học.",
                      "en": "For reviewers: the answers are shown. Do not give it to learners."},
    "review.bank": {"vi": "Ngân hàng câu hỏi", "en": "Question bank"},
    "review.lesson": {"vi": "Bài học", "en": "Lesson"},
    "review.file": {"vi": "Tệp", "en": "File"},
    "review.count": {"vi": "{n} câu hỏi", "en": ("{n} question", "{n} questions")},
    "review.types": {"vi": "Loại câu", "en": "Types"},
    "review.objectives": {"vi": "Mục tiêu", "en": "Objectives"},
    "review.practice": {"vi": "Luyện tập giữa bài (khối {n})", "en": "Practice inside the lesson (block {n})"},
    "review.end": {"vi": "Tự kiểm tra cuối bài", "en": "End-of-lesson self-check"},
    "review.level": {"vi": "Cấp độ", "en": "Level"},
    "review.competences": {"vi": "Năng lực", "en": "Competences"},
    "review.domain": {"vi": "Tính cho miền {domain} (miền của năng lực đầu tiên)",
                      "en": "Counts for domain {domain} (that of its first competence)"},
    "review.right": {"vi": "Đúng", "en": "Right"},
    "review.wrong": {"vi": "Sai", "en": "Wrong"},
    "review.feedback": {"vi": "Phản hồi", "en": "Feedback"},
    "review.no_feedback": {"vi": "(chưa có phản hồi)", "en": "(no feedback)"},
    "review.answer": {"vi": "Đáp án", "en": "Answer"},
    "review.accepted": {"vi": "Các câu trả lời được chấp nhận", "en": "Accepted answers"},
    "review.text_note": {"vi": "So khớp không phân biệt chữ hoa, dấu cách thừa và dấu tiếng Việt.",
                         "en": "Matched ignoring case, extra spaces and Vietnamese accents."},
    "review.order": {"vi": "Thứ tự đúng", "en": "The right order"},
    "review.pairs": {"vi": "Các cặp đúng", "en": "The right pairs"},
    "review.explanation": {"vi": "Giải thích", "en": "Explanation"},
    "review.no_explanation": {"vi": "(chưa có lời giải thích)", "en": "(no explanation)"},
    "review.hint": {"vi": "Gợi ý", "en": "Hint"},
    "review.problems": {"vi": "Bộ kiểm tra còn báo", "en": "The checker still reports"},
})
WORDS.update({
    "new.default_folder": {
        "vi": "Tên `{name}` không có thư mục, nên tệp nằm trong {folder}/ (thư viện bài dùng chung cho mọi khóa). "
              "Nếu bài chỉ dành cho một khóa, xóa tệp này rồi chạy lại với tên có thư mục của khóa, ví dụ `nong-dan/{name}`.",
        "en": "The name `{name}` has no folder, so the file is in {folder}/ (the library every course shares). "
              "If it is for one course only, delete it and run again with the course's folder, e.g. `nong-dan/{name}`."},
})
