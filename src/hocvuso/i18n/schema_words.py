"""Titles and descriptions of the JSON Schemas that editors show authors while they type.

``FIELD_TEXT`` keys are ``Model.field`` or, for every model, ``field``; values are (title, description).
"""

from __future__ import annotations

Pair = tuple[str, str]

ROOT_TEXT: dict[str, dict[str, Pair]] = {
    "bank": {
        "vi": ("Ngân hàng câu hỏi",
               "Tệp quizzes/<chủ đề>/<tên>.yml: các câu hỏi tự kiểm tra của một bài học. "
               "Mã ngân hàng là đường dẫn dưới quizzes/ bỏ đuôi .yml. Hướng dẫn: AUTHORING.md."),
        "en": ("Question bank",
               "File quizzes/<topic>/<name>.yml: the self-check questions of one lesson. "
               "The bank id is its path under quizzes/ without .yml. Guide: AUTHORING.en.md."),
    },
    "assessment": {
        "vi": ("Bài tự đánh giá",
               "Tệp quizzes/assessments/<mã>.yml: bài tự đánh giá của một khóa học, "
               "rút câu hỏi ngẫu nhiên từ các ngân hàng theo từng miền năng lực. Hướng dẫn: AUTHORING.md."),
        "en": ("Self-assessment",
               "File quizzes/assessments/<id>.yml: a course's self-assessment, "
               "drawing questions at random from the banks, per competence domain. Guide: AUTHORING.en.md."),
    },
    "framework": {
        "vi": ("Khung năng lực số",
               "Tệp quizzes/framework.yml: các miền, năng lực và cấp độ mà bài học và câu hỏi được gắn vào "
               "(Thông tư 02/2025/TT-BGDĐT, thêm miền 0 về sử dụng thiết bị và phần mềm)."),
        "en": ("Digital competence framework",
               "File quizzes/framework.yml: the domains, competences and levels that lessons and questions are "
               "tagged with (Circular 02/2025/TT-BGDĐT, plus domain 0 on using devices and software)."),
    },
}

MODEL_TITLES: dict[str, dict[str, str]] = {
    "Bank": {"vi": "Ngân hàng câu hỏi", "en": "Question bank"},
    "Assessment": {"vi": "Bài tự đánh giá", "en": "Self-assessment"},
    "Framework": {"vi": "Khung năng lực số", "en": "Digital competence framework"},
    "Band": {"vi": "Nhóm cấp độ", "en": "Band of levels"},
    "Domain": {"vi": "Miền năng lực", "en": "Competence domain"},
    "Competence": {"vi": "Năng lực", "en": "Competence"},
    "Draw": {"vi": "Số câu rút từ một miền", "en": "Questions drawn from one domain"},
    "Image": {"vi": "Ảnh minh họa", "en": "Picture"},
    "Option": {"vi": "Lựa chọn", "en": "Option"},
    "Question": {"vi": "Câu hỏi", "en": "Question"},
    "SingleQuestion": {"vi": "Câu hỏi chọn một đáp án (single)", "en": "Single-choice question (single)"},
    "MultipleQuestion": {"vi": "Câu hỏi chọn nhiều đáp án (multiple)", "en": "Multiple-choice question (multiple)"},
    "TrueFalseQuestion": {"vi": "Câu hỏi đúng/sai (truefalse)", "en": "True/false question (truefalse)"},
    "TextQuestion": {"vi": "Câu hỏi gõ câu trả lời (text)", "en": "Typed-answer question (text)"},
    "OrderQuestion": {"vi": "Câu hỏi sắp xếp thứ tự (order)", "en": "Ordering question (order)"},
    "MatchQuestion": {"vi": "Câu hỏi ghép cặp (match)", "en": "Matching question (match)"},
}

FIELD_TEXT: dict[str, dict[str, Pair]] = {
    "schema_version": {"vi": ("Phiên bản định dạng", "Luôn ghi `schema_version: 1`."),
                       "en": ("Format version", "Always write `schema_version: 1`.")},
    "Bank.title": {"vi": ("Tên ngân hàng câu hỏi", "Thường trùng tên bài học dùng ngân hàng này."),
                   "en": ("Name of the bank", "Usually the title of the lesson that uses it.")},
    "Assessment.title": {"vi": ("Tên bài tự đánh giá", "Ví dụ: Bài tự đánh giá năng lực số — Người dân."),
                         "en": ("Name of the self-assessment", "E.g. Bài tự đánh giá năng lực số — Người dân.")},
    "Framework.title": {"vi": ("Tên khung năng lực", ""), "en": ("Name of the framework", "")},
    "Domain.title": {"vi": ("Tên miền năng lực", "Tên tiếng Việt của miền."),
                     "en": ("Name of the domain", "The domain's Vietnamese name.")},
    "Competence.title": {"vi": ("Tên năng lực", "Tên tiếng Việt của năng lực."),
                         "en": ("Name of the competence", "The competence's Vietnamese name.")},
    "title_en": {"vi": ("Tên tiếng Anh", "Dùng cho bản tiếng Anh của trang web."),
                 "en": ("English name", "Used by the English edition of the site.")},
    "description": {"vi": ("Mô tả", "Vài câu giới thiệu, viết bằng Markdown."),
                    "en": ("Description", "A few sentences of introduction, in Markdown.")},
    "Assessment.description": {
        "vi": ("Mô tả", "Nói rõ bài gồm bao nhiêu câu, rút từ đâu, và đây là bài tự đánh giá "
                        "để học, không phải bài thi chính thức."),
        "en": ("Description", "Say how many questions it has, where they come from, and that it is a "
                              "self-assessment for learning, not the official test.")},
    "source": {"vi": ("Nguồn", "Văn bản chính thức mà khung năng lực dựa vào."),
               "en": ("Source", "The official document the framework is based on.")},
    "bands": {"vi": ("Các nhóm cấp độ", "Cơ bản 1–2, Trung cấp 3–4, Nâng cao 5–6, Chuyên sâu 7–8."),
              "en": ("Bands of levels", "Foundation 1–2, Intermediate 3–4, Advanced 5–6, Highly specialised 7–8.")},
    "Band.name": {"vi": ("Tên nhóm cấp độ", "Ví dụ: Cơ bản."), "en": ("Name of the band", "E.g. Cơ bản.")},
    "Band.name_en": {"vi": ("Tên tiếng Anh của nhóm", "Ví dụ: Foundation."),
                     "en": ("English name of the band", "E.g. Foundation.")},
    "Band.levels": {"vi": ("Các cấp độ của nhóm", "Các số từ 1 đến 8."),
                    "en": ("Levels of the band", "Numbers from 1 to 8.")},
    "domains": {"vi": ("Các miền năng lực", "Mỗi miền có mã, tên và danh sách năng lực."),
                "en": ("Competence domains", "Each domain has a code, a name and its competences.")},
    "Domain.code": {"vi": ("Mã miền", 'Mã miền, ví dụ "4". Viết trong ngoặc kép.'),
                    "en": ("Domain code", 'The domain code, e.g. "4". Write it in quotes.')},
    "Domain.competences": {"vi": ("Các năng lực của miền", "Mỗi năng lực có mã dạng \"<mã miền>.<số>\"."),
                           "en": ("Competences of the domain", "Each competence has a code \"<domain>.<number>\".")},
    "Competence.code": {"vi": ("Mã năng lực", 'Mã năng lực, ví dụ "4.2". Viết trong ngoặc kép; bắt đầu bằng mã '
                                              'miền và dấu chấm.'),
                        "en": ("Competence code", 'The competence code, e.g. "4.2". Write it in quotes; it starts '
                                                  'with the domain code and a dot.')},
    "digcomp": {"vi": ("Mã DigComp 2.2", 'Năng lực tương ứng trong DigComp 2.2. Khung năng lực số của châu Âu; '
                                         'viết trong ngoặc kép, ví dụ "4.2".'),
                "en": ("DigComp 2.2 code", 'The matching competence of DigComp 2.2, the European framework; '
                                           'in quotes, e.g. "4.2".')},
    "competences": {"vi": ("Mã năng lực", 'Các mã năng lực trong quizzes/framework.yml, trong ngoặc kép, ví dụ ["4.2"].'),
                    "en": ("Competence codes", 'Codes from quizzes/framework.yml, in quotes, e.g. ["4.2"].')},
    "Bank.competences": {
        "vi": ("Mã năng lực mặc định", 'Mã năng lực cho mọi câu hỏi bên dưới (câu nào ghi riêng thì dùng mã của '
                                       'câu đó), ví dụ ["4.2"]. Các mã có trong quizzes/framework.yml.'),
        "en": ("Default competence codes", 'Codes for every question below (a question that gives its own uses '
                                           'those), e.g. ["4.2"]. The codes are in quizzes/framework.yml.')},
    "level": {"vi": ("Cấp độ", "Từ 1 đến 8: 1–2 Cơ bản, 3–4 Trung cấp, 5–6 Nâng cao, 7–8 Chuyên sâu."),
              "en": ("Level", "From 1 to 8: 1–2 Foundation, 3–4 Intermediate, 5–6 Advanced, 7–8 Highly specialised.")},
    "Bank.level": {"vi": ("Cấp độ mặc định", "Cấp độ cho mọi câu hỏi bên dưới (câu nào ghi riêng thì dùng cấp độ "
                                             "của câu đó), từ 1 đến 8."),
                   "en": ("Default level", "Level of every question below (a question that gives its own uses "
                                           "that), from 1 to 8.")},
    "questions": {"vi": ("Các câu hỏi", "Ít nhất 10 câu cho mỗi bài học, dùng ít nhất ba loại câu hỏi."),
                  "en": ("Questions", "At least 10 per lesson, of at least three types.")},
    "id": {"vi": ("Mã câu hỏi", "Mã câu hỏi, duy nhất trong ngân hàng, không bao giờ dùng lại. Chữ thường không dấu, "
                                "số và dấu gạch ngang, ví dụ `cuoc-goi-gia-cong-an`."),
           "en": ("Question id", "Unique in the bank, never reused. Lowercase letters without accents, digits and "
                                 "hyphens, e.g. `cuoc-goi-gia-cong-an`.")},
    "type": {"vi": ("Loại câu hỏi", "Một trong: {types}."), "en": ("Question type", "One of: {types}.")},
    "prompt": {"vi": ("Đề bài", "Viết bằng Markdown. Tình huống đời thường là tốt nhất."),
               "en": ("Prompt", "In Markdown. A situation from daily life works best.")},
    "explanation": {"vi": ("Lời giải thích", "Lời giải thích hiện sau khi trả lời. Viết bằng Markdown; dạy thêm một điều."),
                    "en": ("Explanation", "Shown after answering. In Markdown; teach one more thing.")},
    "hint": {"vi": ("Gợi ý", "Người học bấm để xem trước khi trả lời."),
             "en": ("Hint", "The learner may open it before answering.")},
    "image": {"vi": ("Ảnh minh họa", "Ảnh của câu hỏi, có mô tả `alt` bắt buộc."),
              "en": ("Picture", "The question's picture, with a required `alt` text.")},
    "src": {"vi": ("Đường dẫn ảnh", "Tính từ thư mục chứa tệp ngân hàng, hoặc từ courses/."),
            "en": ("Picture path", "From the bank file's folder, or from courses/.")},
    "alt": {"vi": ("Mô tả ảnh", "Mô tả ảnh cho người không nhìn thấy (bắt buộc)"),
            "en": ("Picture description", "Describes the picture for people who cannot see it (required)")},
    "options": {"vi": ("Các lựa chọn", "Ít nhất 2 lựa chọn; mỗi lựa chọn sai có `feedback` nói vì sao sai."),
                "en": ("Options", "At least 2; every wrong option has `feedback` that says why it is wrong.")},
    "SingleQuestion.options": {"vi": ("Các lựa chọn", "Ít nhất 2 lựa chọn; đúng MỘT lựa chọn có `correct: true`."),
                               "en": ("Options", "At least 2; exactly ONE has `correct: true`.")},
    "MultipleQuestion.options": {
        "vi": ("Các lựa chọn", "Ít nhất 2 lựa chọn; mỗi lựa chọn đúng có `correct: true` (ít nhất một)."),
        "en": ("Options", "At least 2; every right option has `correct: true` (at least one).")},
    "text": {"vi": ("Nội dung lựa chọn", "Viết bằng Markdown."), "en": ("Option text", "In Markdown.")},
    "correct": {"vi": ("Là đáp án đúng", "Ghi `correct: true` cho lựa chọn đúng; bỏ trống là sai."),
                "en": ("Is a right answer", "Write `correct: true` on a right option; leave it out for a wrong one.")},
    "feedback": {"vi": ("Phản hồi", "Vì sao lựa chọn này đúng hoặc sai. Mỗi lựa chọn sai cần có phản hồi."),
                 "en": ("Feedback", "Why this option is right or wrong. Every wrong option needs feedback.")},
    "answer": {"vi": ("Đáp án", "`true` nếu câu khẳng định trong đề là đúng, `false` nếu sai."),
               "en": ("Answer", "`true` if the statement in the prompt is true, `false` if it is false.")},
    "answers": {"vi": ("Các đáp án được chấp nhận",
                       "Khi so sánh, không phân biệt chữ hoa/thường, dấu cách, dấu tiếng Việt, các từ đệm (xem "
                       "`ignore_words`) và cách ghi địa chỉ web (https://, www., dấu / ở cuối)."),
                "en": ("Accepted answers", "Compared ignoring case, spaces, Vietnamese accents, filler words (see "
                                           "`ignore_words`) and the forms of a web address (https://, www., a final /).")},
    "ignore_words": {"vi": ("Từ đệm bỏ qua khi so đáp án gõ",
                            "Mỗi mục một từ, người học có thể gõ thêm mà không làm sai đáp án (\"gọi 113\" vẫn đúng "
                            "với 113). Thay cho danh sách của ngân hàng và danh sách mặc định: gọi, số, năm, ngày, "
                            "mùng, mồng. Ghi [] để không bỏ qua từ nào."),
                     "en": ("Filler words ignored in typed answers",
                            "One word each, that a learner may add without making the answer wrong (\"gọi 113\" is "
                            "still 113). Replaces the bank's list and the default: gọi, số, năm, ngày, mùng, mồng. "
                            "Write [] to ignore none.")},
    "Bank.ignore_words": {"vi": ("Từ đệm bỏ qua khi so đáp án gõ (mặc định)",
                                 "Cho mọi câu gõ câu trả lời bên dưới (câu nào ghi riêng thì dùng danh sách của câu "
                                 "đó). Mỗi mục một từ; mặc định: gọi, số, năm, ngày, mùng, mồng. Ghi [] để không bỏ "
                                 "qua từ nào."),
                          "en": ("Default filler words ignored in typed answers",
                                 "For every typed-answer question below (a question that gives its own uses those). "
                                 "One word each; the default: gọi, số, năm, ngày, mùng, mồng. Write [] to ignore none.")},
    "items": {"vi": ("Các mục theo đúng thứ tự", "Các mục theo đúng thứ tự; người học thấy chúng bị xáo trộn. "
                                                 "Ít nhất 2 mục, không mục nào trùng nhau."),
              "en": ("Items in the right order", "The learner sees them shuffled. At least 2, all different.")},
    "pairs": {"vi": ("Các cặp ghép", "Các cặp [vế trái, vế phải]. Ít nhất 2 cặp; người học ghép mỗi vế trái với "
                                     "vế phải của nó."),
              "en": ("Pairs", "[left, right] pairs. At least 2; the learner matches each left side to its right side.")},
    "mastery_percent": {"vi": ("Mức hoàn thành bài (%)", "Bài được tính là đã hoàn thành khi phần tự kiểm tra cuối bài đúng từ "
                                                       "mức này trở lên (mặc định 80)."),
                        "en": ("Lesson mastery (%)", "A lesson counts as completed when its end-of-lesson check reaches "
                                                     "this percent (default 80).")},
    "pass_percent": {"vi": ("Tỉ lệ đạt (%)", "Phần trăm câu đúng để đạt, từ 1 đến 100."),
                     "en": ("Pass mark (%)", "Percent of right answers needed to pass, from 1 to 100.")},
    "Assessment.levels": {"vi": ("Các cấp độ", "Chỉ rút các câu hỏi ở những cấp độ này, ví dụ [1, 2]."),
                          "en": ("Levels", "Only questions at these levels are drawn, e.g. [1, 2].")},
    "draw": {"vi": ("Cách rút câu hỏi", "Mỗi dòng: một miền năng lực và số câu rút từ miền đó."),
             "en": ("How questions are drawn", "One line per domain: the domain and how many questions to draw.")},
    "Draw.domain": {"vi": ("Mã miền", 'Mã miền trong quizzes/framework.yml, trong ngoặc kép, ví dụ "4".'),
                    "en": ("Domain code", 'A domain code from quizzes/framework.yml, in quotes, e.g. "4".')},
    "Assessment.kind": {"vi": ("Loại bài", "standard: bài tự đánh giá của khóa (mặc định); entry: bài kiểm tra đầu vào, "
                                           "làm trước bài 1 để biết mình bắt đầu từ đâu."),
                        "en": ("Kind", "standard: the course's self-assessment (default); entry: the entry check, taken "
                                       "before lesson 1 to see where the learner starts.")},
    "Draw.count": {"vi": ("Số câu", "Số câu rút từ miền này cho mỗi lần làm bài (1–15: mã kết quả ghi được tối đa 15)."),
                   "en": ("Number of questions", "Questions drawn from this domain in each attempt (1–15: a result code "
                                                 "holds at most 15).")},
    "time_limit_minutes": {"vi": ("Giới hạn thời gian (phút)", "Để `null` nếu không giới hạn thời gian."),
                           "en": ("Time limit (minutes)", "`null` for no time limit.")},
    "banks": {"vi": ("Chỉ rút từ các ngân hàng", "Chỉ rút từ các ngân hàng này (mặc định: tất cả). Mã ngân hàng là "
                                                 "đường dẫn dưới quizzes/ bỏ đuôi .yml, ví dụ thu-vien/vneid."),
              "en": ("Draw only from these banks", "Default: every bank. A bank id is its path under quizzes/ "
                                                   "without .yml, e.g. thu-vien/vneid.")},
}

# ---------------------------------------------------------------- front matter of lessons and courses
ROOT_TEXT.update({
    "lesson": {
        "vi": ("Phần đầu bài học",
               "Phần giữa hai dòng `---` ở đầu tệp courses/<thư mục>/<tên-bài>.md. Hướng dẫn: AUTHORING.md, mục 4."),
        "en": ("Lesson front matter",
               "The part between the two `---` lines at the top of courses/<folder>/<lesson>.md. Guide: AUTHORING.en.md, section 4."),
    },
    "course": {
        "vi": ("Phần đầu trang khóa học",
               "Phần giữa hai dòng `---` ở đầu tệp courses/<mã khóa>/index.md. Hướng dẫn: AUTHORING.md, mục 6."),
        "en": ("Course front matter",
               "The part between the two `---` lines at the top of courses/<course id>/index.md. Guide: AUTHORING.en.md, section 6."),
    },
})

MODEL_TITLES.update({
    "Lesson": {"vi": "Bài học", "en": "Lesson"},
    "Course": {"vi": "Khóa học", "en": "Course"},
    "CourseInfo": {"vi": "Thông tin khóa học", "en": "Course details"},
    "QuizRef": {"vi": "Câu hỏi tự kiểm tra", "en": "Self-check questions"},
    "Source": {"vi": "Nguồn", "en": "Source"},
    "SearchMeta": {"vi": "Tìm kiếm", "en": "Search"},
})

FIELD_TEXT.update({
    "Lesson.title": {"vi": ("Tên bài học", "Nói việc người học sẽ làm được, ví dụ: Tạo mật khẩu mạnh và dễ nhớ. Chữ thường, không có thẻ HTML."),
                     "en": ("Lesson title", "Says what the learner will be able to do. Plain text, no HTML.")},
    "summary": {"vi": ("Tóm tắt", "Một câu mô tả bài (khóa) cho người học."),
                "en": ("Summary", "One sentence describing the lesson (course) for learners.")},
    "minutes": {"vi": ("Số phút", "Số phút để học hết bài, từ 1 đến 600 (thường 15–30)."),
                "en": ("Minutes", "Minutes to study the whole lesson, 1 to 600 (usually 15–30).")},
    "objectives": {"vi": ("Mục tiêu", "Ít nhất 2 mục tiêu, mỗi mục một việc người học làm được sau bài. Mỗi mục một dòng `- …`."),
                   "en": ("Objectives", "At least 2, each one thing the learner can do afterwards. One `- …` line each.")},
    "keypoints": {"vi": ("Ghi nhớ", "2–4 ý chính hiện trong ô \"Ghi nhớ\" cuối bài."),
                  "en": ("Key points", "2–4 points shown in the \"Ghi nhớ\" box at the end.")},
    "quiz": {"vi": ("Câu hỏi cuối bài", "Mã ngân hàng câu hỏi (đường dẫn dưới quizzes/ bỏ .yml), hoặc {{bank, count}}."),
             "en": ("End-of-lesson questions", "The bank id (path under quizzes/ without .yml), or {{bank, count}}.")},
    "sources": {"vi": ("Nguồn", "Văn bản, bài viết chính thức mà thông tin trong bài dựa vào: mỗi nguồn có title và url."),
                "en": ("Sources", "Official documents the facts come from: each with title and url.")},
    "hide": {"vi": ("Ẩn phần trang", "Phần giao diện ẩn ở trang này: navigation, toc, footer…"),
             "en": ("Hide", "Parts of the theme hidden on this page: navigation, toc, footer…")},
    "search": {"vi": ("Tìm kiếm", "`exclude: true` để trang không hiện trong kết quả tìm kiếm."),
               "en": ("Search", "`exclude: true` keeps the page out of search results.")},
    "exclude": {"vi": ("Không tìm kiếm", "`true` để trang không hiện trong kết quả tìm kiếm."),
                "en": ("Exclude", "`true` keeps the page out of search results.")},
    "PageMeta.description": {"vi": ("Mô tả trang", "Một câu cho thẻ mô tả của trang; chữ thường, không có thẻ HTML."),
                             "en": ("Page description", "One sentence for the page's description; plain text, no HTML.")},
    "Lesson.description": {"vi": ("Mô tả trang", "Một câu cho thẻ mô tả của trang; chữ thường, không có thẻ HTML."),
                           "en": ("Page description", "One sentence for the page's description; plain text, no HTML.")},
    "Course.description": {"vi": ("Mô tả trang", "Một câu cho thẻ mô tả của trang; chữ thường, không có thẻ HTML."),
                           "en": ("Page description", "One sentence for the page's description; plain text, no HTML.")},
    "bank": {"vi": ("Mã ngân hàng", "Đường dẫn dưới quizzes/ bỏ .yml, ví dụ thu-vien/vneid."),
             "en": ("Bank id", "The path under quizzes/ without .yml, e.g. thu-vien/vneid.")},
    "QuizRef.questions": {"vi": ("Chỉ các câu", "Mã các câu hỏi cần hiện; bỏ trống là cả ngân hàng."),
                          "en": ("Only these questions", "Ids of the questions to show; leave out for the whole bank.")},
    "count": {"vi": ("Số câu", "Chỉ hiện chừng này câu, chọn cố định từ ngân hàng."),
              "en": ("Count", "Show only this many questions, a fixed choice from the bank.")},
    "QuizRef.title": {"vi": ("Tên khối câu hỏi", "Thay cho chữ \"Tự kiểm tra cuối bài\"."),
                      "en": ("Title of the block", "Instead of \"End-of-lesson self-check\".")},
    "Source.title": {"vi": ("Tên nguồn", "Tên văn bản hoặc bài viết chính thức."),
                     "en": ("Title", "Name of the official document or article.")},
    "url": {"vi": ("Địa chỉ", "Bắt đầu bằng https:// hoặc http://."), "en": ("Address", "Starts with https:// or http://.")},
    "date": {"vi": ("Ngày", "Ngày ban hành hay đăng, ví dụ \"01/07/2025\" (trong ngoặc kép)."),
             "en": ("Date", "Date issued or published, e.g. \"01/07/2025\" (in quotes).")},
    "Course.title": {"vi": ("Tên khóa học", "Chữ thường, không có thẻ HTML."), "en": ("Course title", "Plain text, no HTML.")},
    "course": {"vi": ("Khóa học", "Mã, đối tượng, lộ trình bài học và bài tự đánh giá của khóa."),
               "en": ("Course", "Id, audience, learning path and self-assessment of the course.")},
    "CourseInfo.id": {"vi": ("Mã khóa học", "Trùng tên thư mục của khóa, ví dụ nong-dan."),
                      "en": ("Course id", "The course's folder name, e.g. nong-dan.")},
    "audience": {"vi": ("Dành cho", "Khóa học dành cho ai."), "en": ("Audience", "Who the course is for.")},
    "lessons": {"vi": ("Lộ trình học", "Các bài theo thứ tự, đường dẫn dưới courses/, ví dụ thu-vien/vneid.md."),
                "en": ("Learning path", "The lessons in order, paths under courses/, e.g. thu-vien/vneid.md.")},
    "assessment": {"vi": ("Bài tự đánh giá", "Mã bài tự đánh giá (tệp quizzes/assessments/<mã>.yml)."),
                   "en": ("Self-assessment", "The assessment id (file quizzes/assessments/<id>.yml).")},
    "entry": {"vi": ("Bài kiểm tra đầu vào", "Không bắt buộc. Mã bài kiểm tra đầu vào (tệp quizzes/assessments/<mã>.yml "
                                             "có `kind: entry`), hiện trước bài 1 của lộ trình."),
              "en": ("Entry check", "Optional. The entry check's id (file quizzes/assessments/<id>.yml with "
                                    "`kind: entry`), shown before lesson 1 of the path.")},
})
