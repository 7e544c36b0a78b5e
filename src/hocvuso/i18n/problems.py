"""Problems an author must fix, in Vietnamese (default) and English.

Each entry is a problem code mapped to, per language, the sentence that says
what is wrong and the sentence that says how to fix it. Placeholders use
``str.format`` names; every language must use the same names.
"""

from __future__ import annotations

# code -> lang -> (what is wrong, how to fix it)
PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "file.not_utf8": {
        "vi": ("tệp không phải mã UTF-8 (byte lạ ở vị trí {offset})",
               "lưu lại tệp với bảng mã UTF-8 trong trình soạn thảo"),
        "en": ("the file is not UTF-8 (bad byte at offset {offset})",
               "save the file again with UTF-8 encoding in your editor"),
    },
    "file.empty": {
        "vi": ("tệp trống", "viết nội dung vào tệp, hoặc xóa tệp nếu không dùng"),
        "en": ("the file is empty", "write the content, or delete the file if it is not used"),
    },
    "file.fixme": {
        "vi": ("còn chỗ đánh dấu FIXME chưa sửa", "thay FIXME bằng nội dung thật"),
        "en": ("a FIXME marker is still here", "replace FIXME with the real content"),
    },
    "yaml.syntax": {
        "vi": ("lỗi cú pháp YAML: {problem}",
               "kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và đặt chuỗi có dấu ':' trong ngoặc kép"),
        "en": ("YAML syntax error: {problem}",
               "check the indentation (spaces, not tabs) and quote strings that contain ':'"),
    },
    "file.symlink": {
        "vi": ("tệp là liên kết tượng trưng (symlink) tới {target}", "chép tệp thật vào dự án; trang web không đăng tệp bên ngoài dự án"),
        "en": ("the file is a symbolic link to {target}", "copy the real file into the project; the site never publishes files from outside it"),
    },
    "file.type": {
        "vi": ("loại tệp `{suffix}` không dùng được ở đây", "chỉ dùng: {allowed}; tệp khác hãy để ngoài courses/ và quizzes/"),
        "en": ("`{suffix}` files are not used here", "only these: {allowed}; keep other files outside courses/ and quizzes/"),
    },
    "file.name": {
        "vi": ("tên `{part}` có chữ hoa, dấu, dấu cách hay ký tự lạ", "chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ `mat-khau`"),
        "en": ("the name `{part}` has capitals, accents, spaces or other characters", "use only lowercase letters without accents, digits and hyphens, e.g. `mat-khau`"),
    },
    "file.two_banks": {
        "vi": ("ngân hàng này có hai tệp (`{other}` và tệp này)", "giữ một tệp .yml và xóa tệp kia"),
        "en": ("this bank has two files (`{other}` and this one)", "keep one .yml file and delete the other"),
    },
    "html.tag": {
        "vi": ("thẻ HTML `<{tag}>` không được dùng trong bài", "viết bằng Markdown; các thẻ được dùng: div, span, figure, figcaption, details, summary, br, kbd, sup, sub, mark, abbr, small, strong, em, p"),
        "en": ("the HTML tag `<{tag}>` is not allowed in lessons", "write Markdown; allowed tags: div, span, figure, figcaption, details, summary, br, kbd, sup, sub, mark, abbr, small, strong, em, p"),
    },
    "html.attribute": {
        "vi": ("thuộc tính `{attribute}` của thẻ `<{tag}>` không được dùng", "chỉ dùng class, id, markdown, title, lang, open"),
        "en": ("the attribute `{attribute}` on `<{tag}>` is not allowed", "use only class, id, markdown, title, lang, open"),
    },
    "html.attr_list": {
        "vi": ("thuộc tính `{attribute}` trong `{{: … }}` không được dùng", "chỉ dùng .lớp, #mã, width, height, loading, title, lang"),
        "en": ("the attribute `{attribute}` in `{{: … }}` is not allowed", "use only .class, #id, width, height, loading, title, lang"),
    },
    "link.unsafe": {
        "vi": ("liên kết `{url}` không phải địa chỉ web (http, https, mailto, tel) hay trang của trang web", "sửa thành địa chỉ https://… hoặc đường dẫn tới trang trong courses/"),
        "en": ("the link `{url}` is not a web address (http, https, mailto, tel) or a page of the site", "use an https://… address or a path to a page under courses/"),
    },
    "svg.unsafe": {
        "vi": ("ảnh SVG có phần có thể chạy mã hoặc tải thứ bên ngoài: {what}", "vẽ lại ảnh chỉ bằng hình, chữ và màu; bỏ script, thuộc tính on…, liên kết ngoài"),
        "en": ("the SVG picture has a part that can run code or load something from outside: {what}", "draw it with shapes, text and colours only; no script, on… attributes or outside links"),
    },
    "svg.invalid": {
        "vi": ("ảnh SVG không đọc được: {problem}", "lưu lại ảnh bằng trình vẽ, hoặc sửa chỗ sai"),
        "en": ("the SVG picture cannot be read: {problem}", "save it again from the drawing program, or fix the mistake"),
    },
    "image.outside": {
        "vi": ("ảnh `{src}` nằm ngoài dự án hoặc là địa chỉ web", "đặt ảnh trong courses/ hoặc cạnh tệp ngân hàng, rồi ghi đường dẫn tương đối"),
        "en": ("picture `{src}` is outside the project or a web address", "put the picture under courses/ or beside the bank file, and give a relative path"),
    },
    "yaml.control_char": {
        "vi": ("tệp có ký tự điều khiển {char} (không nhìn thấy được)", "xóa ký tự này; gõ lại dòng nếu cần"),
        "en": ("the file holds the control character {char} (invisible)", "delete it; retype the line if needed"),
    },
    "yaml.anchor": {
        "vi": ("không dùng neo và bí danh YAML (`&{name}`, `*{name}`)", "viết đầy đủ giá trị ở mỗi chỗ cần dùng"),
        "en": ("YAML anchors and aliases (`&{name}`, `*{name}`) are not used", "write the value out in full where it is needed"),
    },
    "yaml.tag": {
        "vi": ("không dùng thẻ kiểu YAML `{tag}`", "xóa thẻ; muốn giữ dạng chữ thì đặt giá trị trong ngoặc kép"),
        "en": ("YAML type tags such as `{tag}` are not used", "delete the tag; to keep a value as text, put it in quotes"),
    },
    "yaml.too_deep": {
        "vi": ("nội dung lồng nhau sâu hơn {depth} tầng", "viết phẳng hơn: xem mẫu trong AUTHORING.md"),
        "en": ("the content nests deeper than {depth} levels", "write it flatter: see the examples in AUTHORING.md"),
    },
    "yaml.merge": {
        "vi": ("không dùng khóa gộp `<<`", "viết đầy đủ các khóa"),
        "en": ("the merge key `<<` is not used", "write the keys out in full"),
    },
    "yaml.complex_key": {
        "vi": ("khóa phải là một chữ hoặc số, không phải danh sách hay nhóm", "viết khóa dạng `tên: giá trị`"),
        "en": ("a key must be a word or number, not a list or mapping", "write keys as `name: value`"),
    },
    "yaml.duplicate_key": {
        "vi": ("khóa `{key}` xuất hiện hai lần (lần đầu ở dòng {first_line})",
               "giữ một khóa `{key}` và xóa khóa còn lại"),
        "en": ("key `{key}` appears twice (first on line {first_line})",
               "keep one `{key}` and delete the other"),
    },
    "yaml.not_mapping": {
        "vi": ("nội dung phải là các cặp `khóa: giá trị`", "xem mẫu trong AUTHORING.md"),
        "en": ("the content must be `key: value` pairs", "see the example in AUTHORING.md"),
    },
    "frontmatter.unclosed": {
        "vi": ("phần đầu trang (front matter) mở bằng `---` nhưng không đóng",
               "thêm một dòng `---` sau phần đầu trang"),
        "en": ("the front matter starts with `---` but is never closed",
               "add a `---` line after the front matter"),
    },
    "schema.missing": {
        "vi": ("thiếu trường bắt buộc `{field}`", "thêm `{field}: …`"),
        "en": ("required field `{field}` is missing", "add `{field}: …`"),
    },
    "schema.unknown_key": {
        "vi": ("khóa lạ `{field}`{hint}", "xóa khóa này hoặc sửa tên cho đúng"),
        "en": ("unknown key `{field}`{hint}", "delete the key or correct its name"),
    },
    "schema.type": {
        "vi": ("`{field}` phải là {expected}, không phải {got}", "sửa giá trị thành {expected}"),
        "en": ("`{field}` must be {expected}, not {got}", "change the value to {expected}"),
    },
    "schema.code_quotes": {
        "vi": ("mã năng lực {got} phải là chuỗi", "đặt mã trong ngoặc kép, ví dụ \"{got}\""),
        "en": ("competence code {got} must be a string", "put the code in quotes, e.g. \"{got}\""),
    },
    "schema.range": {
        "vi": ("`{field}` phải từ {low} đến {high}, đang là {got}", "chọn một số từ {low} đến {high}"),
        "en": ("`{field}` must be from {low} to {high}, it is {got}", "pick a number from {low} to {high}"),
    },
    "schema.pattern": {
        "vi": ("`{field}` = `{got}` không đúng dạng", "chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ `cuoc-goi-gia`"),
        "en": ("`{field}` = `{got}` has the wrong form", "use only lowercase letters without accents, digits and hyphens, e.g. `fake-call`"),
    },
    "schema.min": {
        "vi": ("`{field}` phải từ {low} trở lên, đang là {got}", "chọn một số từ {low} trở lên"),
        "en": ("`{field}` must be at least {low}, it is {got}", "pick a number of at least {low}"),
    },
    "schema.too_short": {
        "vi": ("`{field}` cần ít nhất {low} mục", "thêm mục vào `{field}`"),
        "en": ("`{field}` needs at least {low} entries", "add entries to `{field}`"),
    },
    "schema.empty_text": {
        "vi": ("`{field}` đang để trống", "viết nội dung cho `{field}`"),
        "en": ("`{field}` is empty", "write a value for `{field}`"),
    },
    "schema.bad_type_tag": {
        "vi": ("loại câu hỏi `{got}` không tồn tại{hint}", "dùng một trong: {allowed}"),
        "en": ("question type `{got}` does not exist{hint}", "use one of: {allowed}"),
    },
    "schema.no_type_tag": {
        "vi": ("câu hỏi thiếu `type`", "thêm `type:` là một trong: {allowed}"),
        "en": ("the question has no `type`", "add `type:` with one of: {allowed}"),
    },
    "schema.version": {
        "vi": ("`schema_version` phải là 1", "ghi `schema_version: 1`"),
        "en": ("`schema_version` must be 1", "write `schema_version: 1`"),
    },
    "text.markup": {
        "vi": ("`{field}` phải là chữ thường, không có thẻ HTML hay ký tự `<`, `>`, `&…;`",
               "bỏ các ký tự đó; tên bài hiện ở thanh điều hướng và thẻ tab đúng như bạn viết"),
        "en": ("`{field}` must be plain text, without HTML tags or `<`, `>`, `&…;`",
               "remove them; the title shows in the navigation and the browser tab exactly as written"),
    },
    "schema.other": {
        "vi": ("giá trị của `{field}` không hợp lệ: {detail}", "xem mẫu trong AUTHORING.md"),
        "en": ("invalid value for `{field}`: {detail}", "see the example in AUTHORING.md"),
    },
    "question.duplicate_id": {
        "vi": ("mã câu hỏi `{qid}` bị trùng (đã dùng ở dòng {first_line})",
               "đặt mã khác cho một trong hai câu; không dùng lại mã cũ cho câu hỏi khác"),
        "en": ("question id `{qid}` is used twice (first on line {first_line})",
               "give one of them another id; never reuse an id for another question"),
    },
    "question.single_correct": {
        "vi": ("câu `single` phải có đúng một lựa chọn `correct: true`, đang có {count}",
               "đánh dấu `correct: true` cho đúng một lựa chọn, hoặc đổi `type: multiple`"),
        "en": ("a `single` question needs exactly one option with `correct: true`, it has {count}",
               "mark exactly one option `correct: true`, or change to `type: multiple`"),
    },
    "question.multiple_none": {
        "vi": ("câu `multiple` chưa có lựa chọn nào `correct: true`",
               "đánh dấu `correct: true` cho mỗi lựa chọn đúng"),
        "en": ("a `multiple` question has no option with `correct: true`",
               "mark each right option with `correct: true`"),
    },
    "question.too_few_options": {
        "vi": ("câu hỏi cần ít nhất 2 lựa chọn, đang có {count}", "thêm lựa chọn sai hợp lý"),
        "en": ("the question needs at least 2 options, it has {count}", "add plausible wrong options"),
    },
    "question.duplicate_option": {
        "vi": ("lựa chọn `{text}` bị lặp lại", "sửa hoặc xóa một trong hai lựa chọn"),
        "en": ("option `{text}` appears twice", "change or delete one of them"),
    },
    "question.order_items": {
        "vi": ("câu `order` cần ít nhất 2 mục, đang có {count}", "liệt kê các bước theo đúng thứ tự trong `items`"),
        "en": ("an `order` question needs at least 2 items, it has {count}", "list the steps in the right order under `items`"),
    },
    "question.order_duplicate": {
        "vi": ("mục `{text}` lặp lại trong `items`", "mỗi bước phải khác nhau"),
        "en": ("item `{text}` appears twice in `items`", "every step must be different"),
    },
    "question.match_pair_shape": {
        "vi": ("mỗi cặp trong `pairs` phải có đúng 2 vế", "viết dạng `[vế trái, vế phải]`"),
        "en": ("each pair in `pairs` must have exactly 2 sides", "write it as `[left, right]`"),
    },
    "question.match_duplicate": {
        "vi": ("vế {side} `{text}` lặp lại trong `pairs`", "mỗi vế trái và mỗi vế phải phải khác nhau"),
        "en": ("the {side} side `{text}` appears twice in `pairs`", "every left side and every right side must be different"),
    },
    "question.match_too_few": {
        "vi": ("câu `match` cần ít nhất 2 cặp, đang có {count}", "thêm cặp vào `pairs`"),
        "en": ("a `match` question needs at least 2 pairs, it has {count}", "add pairs under `pairs`"),
    },
    "question.text_no_answer": {
        "vi": ("câu `text` chưa có đáp án nào được chấp nhận", "thêm `answers: [\"…\"]` với ít nhất một đáp án"),
        "en": ("a `text` question has no accepted answer", "add `answers: [\"…\"]` with at least one answer"),
    },
    "ref.competence": {
        "vi": ("mã năng lực `{code}` không có trong khung năng lực{hint}", "dùng mã trong quizzes/framework.yml"),
        "en": ("competence code `{code}` is not in the framework{hint}", "use a code from quizzes/framework.yml"),
    },
    "ref.bank": {
        "vi": ("không có ngân hàng câu hỏi `{bank}`{hint}", "tạo tệp quizzes/{bank}.yml hoặc sửa tên"),
        "en": ("there is no question bank `{bank}`{hint}", "create quizzes/{bank}.yml or correct the name"),
    },
    "ref.question": {
        "vi": ("ngân hàng `{bank}` không có câu hỏi `{qid}`{hint}", "sửa mã câu hỏi cho đúng với tệp ngân hàng"),
        "en": ("bank `{bank}` has no question `{qid}`{hint}", "correct the question id to match the bank file"),
    },
    "ref.lesson": {
        "vi": ("không có bài học `{lesson}`{hint}", "ghi đường dẫn tính từ thư mục courses/, ví dụ `thu-vien/vneid.md`"),
        "en": ("there is no lesson `{lesson}`{hint}", "give the path under courses/, e.g. `thu-vien/vneid.md`"),
    },
    "ref.not_lesson": {
        "vi": ("`{lesson}` không phải bài học (thiếu phần đầu trang của bài học)", "thêm front matter bài học, hoặc bỏ khỏi lộ trình"),
        "en": ("`{lesson}` is not a lesson (it has no lesson front matter)", "add lesson front matter, or remove it from the path"),
    },
    "ref.assessment": {
        "vi": ("không có bài tự đánh giá `{assessment}`{hint}", "tạo tệp quizzes/assessments/{assessment}.yml hoặc sửa tên"),
        "en": ("there is no assessment `{assessment}`{hint}", "create quizzes/assessments/{assessment}.yml or correct the name"),
    },
    "ref.entry": {
        "vi": ("không có bài kiểm tra đầu vào `{entry}`{hint}",
               "tạo tệp quizzes/assessments/{entry}.yml có dòng `kind: entry`, hoặc sửa tên"),
        "en": ("there is no entry check `{entry}`{hint}",
               "create quizzes/assessments/{entry}.yml with the line `kind: entry`, or correct the name"),
    },
    "course.entry_not_entry": {
        "vi": ("`entry: {entry}` trỏ tới một bài tự đánh giá, không phải bài kiểm tra đầu vào",
               "thêm `kind: entry` vào quizzes/assessments/{entry}.yml, hoặc trỏ `entry:` tới bài kiểm tra đầu vào"),
        "en": ("`entry: {entry}` points at a self-assessment, not an entry check",
               "add `kind: entry` to quizzes/assessments/{entry}.yml, or point `entry:` at an entry check"),
    },
    "course.assessment_is_entry": {
        "vi": ("`assessment: {assessment}` trỏ tới một bài kiểm tra đầu vào (`kind: entry`)",
               "ghi nó ở `entry: {assessment}`, và trỏ `assessment:` tới bài tự đánh giá của khóa"),
        "en": ("`assessment: {assessment}` points at an entry check (`kind: entry`)",
               "put it under `entry: {assessment}` and point `assessment:` at the course's self-assessment"),
    },
    "ref.domain": {
        "vi": ("miền năng lực `{domain}` không có trong khung{hint}", "dùng mã miền trong quizzes/framework.yml"),
        "en": ("domain `{domain}` is not in the framework{hint}", "use a domain code from quizzes/framework.yml"),
    },
    "image.missing": {
        "vi": ("không tìm thấy ảnh `{src}`", "đặt ảnh cạnh tệp ngân hàng hoặc trong courses/, rồi sửa đường dẫn"),
        "en": ("image `{src}` was not found", "put the image beside the bank file or under courses/ and fix the path"),
    },
    "image.no_alt": {
        "vi": ("ảnh `{src}` thiếu mô tả `alt`", "thêm `alt:` mô tả ảnh cho người không nhìn thấy"),
        "en": ("image `{src}` has no `alt` text", "add `alt:` describing the image for people who cannot see it"),
    },
    "course.id_folder": {
        "vi": ("mã khóa học `{cid}` khác tên thư mục `{folder}`", "đặt `id: {folder}` hoặc đổi tên thư mục"),
        "en": ("course id `{cid}` differs from its folder `{folder}`", "write `id: {folder}` or rename the folder"),
    },
    "course.duplicate_lesson": {
        "vi": ("bài `{lesson}` có hai lần trong lộ trình", "xóa một lần"),
        "en": ("lesson `{lesson}` is twice in the path", "delete one of them"),
    },
    "course.code_clash": {
        "vi": ("mã khóa học `{cid}` và `{other}` cho cùng một mã rút gọn trong mã kết quả, nên không phân biệt được",
               "đổi mã của một trong hai khóa (cùng với tên thư mục)"),
        "en": ("course ids `{cid}` and `{other}` give the same short hash in result codes, which could not tell them apart",
               "change the id of one of the two courses (and its folder name)"),
    },
    "course.duplicate_id": {
        "vi": ("mã khóa học `{cid}` đã dùng ở {other}", "đặt mã khác"),
        "en": ("course id `{cid}` is already used in {other}", "choose another id"),
    },
    "quiz.count": {
        "vi": ("`count` = {count} lớn hơn số câu trong ngân hàng `{bank}` ({available})", "giảm `count` hoặc thêm câu hỏi"),
        "en": ("`count` = {count} is more than bank `{bank}` holds ({available})", "lower `count` or add questions"),
    },
    "quiz.empty": {
        "vi": ("khối quiz không chọn câu hỏi nào", "ghi `bank:` và (tùy chọn) `questions: [...]`"),
        "en": ("the quiz block selects no question", "write `bank:` and optionally `questions: [...]`"),
    },
    "assessment.draw": {
        "vi": ("miền `{domain}` cần {count} câu ở cấp độ {levels} nhưng các ngân hàng chỉ có {available}",
               "giảm `count`, thêm cấp độ vào `levels`, hoặc viết thêm câu hỏi cho miền {domain}"),
        "en": ("domain `{domain}` needs {count} questions at levels {levels} but the banks hold only {available}",
               "lower `count`, add levels to `levels`, or write more questions for domain {domain}"),
    },
    "assessment.code_limit": {
        "vi": ("miền `{domain}` rút {count} câu, nhưng mã kết quả chỉ ghi được tối đa {most} câu mỗi miền",
               "giảm `count` xuống {most} hoặc ít hơn"),
        "en": ("domain `{domain}` draws {count} questions, but a result code holds at most {most} per domain",
               "lower `count` to {most} or fewer"),
    },
    "assessment.duplicate_domain": {
        "vi": ("miền `{domain}` được rút hai lần", "gộp thành một dòng `draw`"),
        "en": ("domain `{domain}` is drawn twice", "merge them into one `draw` entry"),
    },
    "assessment.unused": {
        "vi": ("bài tự đánh giá `{assessment}` không thuộc khóa học nào",
               "thêm `assessment: {assessment}` (hay `entry: {assessment}` nếu là bài kiểm tra đầu vào) vào courses/<khóa>/index.md"),
        "en": ("assessment `{assessment}` belongs to no course",
               "add `assessment: {assessment}` (or `entry: {assessment}` for an entry check) to courses/<course>/index.md"),
    },
    "item.longest_correct": {
        "vi": ("đáp án đúng là lựa chọn dài nhất ở {count}/{total} câu ({share}%) của ngân hàng này",
               "người học đoán được đáp án nhờ độ dài: viết các lựa chọn sai dài và cẩn thận như đáp án đúng"),
        "en": ("the right option is the longest in {count} of {total} questions ({share}%) of this bank",
               "learners can guess by length: write wrong options as long and careful as the right one"),
    },
    "item.same_position": {
        "vi": ("đáp án đúng nằm ở vị trí {place} trong {count}/{total} câu của ngân hàng này",
               "đổi chỗ để đáp án đúng khi ở đầu, khi ở giữa, khi ở cuối"),
        "en": ("the right option is in place {place} in {count} of {total} questions of this bank",
               "move the right option around: first, middle and last"),
    },
    "item.all_of_above": {
        "vi": ("lựa chọn `{text}` kiểu \"tất cả các đáp án trên\"", "thay bằng một lựa chọn sai hợp lý, hoặc đổi thành câu `multiple`"),
        "en": ("option `{text}` is an \"all of the above\" option", "replace it with a plausible wrong option, or make it a `multiple` question"),
    },
    "item.negative_stem": {
        "vi": ("đề bài hỏi điều KHÔNG đúng nhưng chữ \"không\" không được nhấn mạnh", "viết **không** (in đậm) hoặc KHÔNG, hoặc hỏi theo cách khẳng định"),
        "en": ("the prompt asks for what is NOT right but does not stress the negation", "write **not** (bold) or NOT, or ask the positive way"),
    },
    "item.two_claims": {
        "vi": ("câu đúng/sai nối hai ý bằng \"và\"", "mỗi câu đúng/sai chỉ nêu một ý: tách thành hai câu hỏi"),
        "en": ("the true/false statement joins two claims with \"and\"", "one claim per true/false statement: split it into two questions"),
    },
    "item.order_short": {
        "vi": ("câu sắp xếp chỉ có {count} mục", "dùng ít nhất 3 bước, hoặc đổi thành câu chọn một đáp án"),
        "en": ("the order question has only {count} items", "use at least 3 steps, or make it a single-choice question"),
    },
    "item.near_duplicate": {
        "vi": ("đề bài gần giống câu `{qid}` của ngân hàng `{bank}`", "mỗi tình huống chỉ một câu hỏi: viết tình huống khác, hoặc bỏ một câu"),
        "en": ("the prompt is nearly the same as question `{qid}` of bank `{bank}`", "one question per situation: write another situation, or drop one"),
    },
    "framework.duplicate": {
        "vi": ("mã `{code}` lặp lại trong khung năng lực", "mỗi mã chỉ dùng một lần"),
        "en": ("code `{code}` appears twice in the framework", "use each code once"),
    },
    "framework.prefix": {
        "vi": ("mã năng lực `{code}` không bắt đầu bằng mã miền `{domain}.`", "đổi thành `{domain}.N`"),
        "en": ("competence `{code}` does not start with its domain `{domain}.`", "change it to `{domain}.N`"),
    },
    "framework.missing": {
        "vi": ("không tìm thấy khung năng lực quizzes/framework.yml", "tạo tệp quizzes/framework.yml"),
        "en": ("the framework quizzes/framework.yml was not found", "create quizzes/framework.yml"),
    },
}

# Words used inside messages ("a string", "a list"...)
TYPE_WORDS: dict[str, dict[str, str]] = {
    "string": {"vi": "một chuỗi chữ", "en": "a string"},
    "integer": {"vi": "một số nguyên", "en": "a whole number"},
    "boolean": {"vi": "true hoặc false", "en": "true or false"},
    "list": {"vi": "một danh sách", "en": "a list"},
    "mapping": {"vi": "các cặp `khóa: giá trị`", "en": "`key: value` pairs"},
    "null": {"vi": "để trống", "en": "empty"},
    "number": {"vi": "một số", "en": "a number"},
}

DID_YOU_MEAN = {"vi": " — có phải ý bạn là `{name}`?", "en": " — did you mean `{name}`?"}
SIDE_WORDS = {"left": {"vi": "trái", "en": "left"}, "right": {"vi": "phải", "en": "right"}}


# ---------------------------------------------------------------- authoring that never surprises
# YAML parser errors in plain words, values YAML would change silently, links and pictures found at their
# Markdown line, the writing rules of lessons and banks (warnings; errors with `hocvuso check --strict`).
AUTHORING_PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "yaml.tab": {
        "vi": ("dòng này thụt lề bằng phím Tab", "xóa Tab và thụt lề bằng dấu cách (2 dấu cách mỗi bậc)"),
        "en": ("this line is indented with the Tab key", "delete the tab and indent with spaces (2 per level)"),
    },
    "yaml.indent": {
        "vi": ("thụt lề không khớp: dòng này thụt vào nhiều hơn hoặc ít hơn các dòng cùng cấp",
               "cho thẳng hàng với các khóa cùng cấp ở trên (mỗi câu hỏi: `  - id:`, các dòng khác của câu thụt 4 dấu cách)"),
        "en": ("the indentation does not match: this line is indented more or less than the lines at its level",
               "line it up with the keys of the same level above (each question: `  - id:`, its other lines 4 spaces in)"),
    },
    "yaml.unclosed_quote": {
        "vi": ("dấu ngoặc kép mở ở đây nhưng không được đóng", "thêm dấu ngoặc đóng `\"` (hoặc `'`) ở cuối giá trị, trên cùng dòng"),
        "en": ("a quote opens here but is never closed", "add the closing `\"` (or `'`) at the end of the value, on the same line"),
    },
    "yaml.curly_quotes": {
        "vi": ("giá trị dùng ngoặc kép cong “ ” (hoặc ‘ ’): YAML không coi đó là dấu ngoặc, nên giữ chúng trong chữ và "
               "dấu `:` bên trong làm hỏng tệp",
               "dùng ngoặc kép thẳng gõ từ bàn phím: `text: \"Chú ý: …\"`; muốn hiện ngoặc cong cho người học thì đặt cả "
               "giá trị trong ngoặc thẳng: `text: '“Chú ý” là gì'`"),
        "en": ("the value uses curly quotes “ ” (or ‘ ’): YAML does not take them as quotes, so they stay in the text "
               "and a `:` inside breaks the file",
               "use the straight quotes of the keyboard: `text: \"Note: …\"`; to show curly quotes to learners, put the "
               "whole value in straight quotes: `text: '“Note” means'`"),
    },
    "yaml.flow": {
        "vi": ("danh sách `[ … ]` (hoặc nhóm `{{ … }}`) viết sai: thiếu dấu đóng, hoặc một mục có dấu phẩy, dấu hai chấm "
               "hay ngoặc kép ở giữa",
               "đặt mục có dấu phẩy hay dấu hai chấm trong ngoặc kép (`[\"Mở Cài đặt, chọn Bảo mật\"]`), thêm dấu đóng `]`, "
               "hoặc viết mỗi mục một dòng bắt đầu bằng `- `"),
        "en": ("the `[ … ]` list (or `{{ … }}` group) is written wrong: its closing bracket is missing, or an entry has a "
               "comma, colon or quote inside",
               "quote an entry with a comma or colon (`[\"Open Settings, choose Security\"]`), add the closing `]`, "
               "or write one entry per line starting with `- `"),
    },
    "yaml.colon": {
        "vi": ("giá trị có dấu hai chấm và dấu cách `: ` ở giữa, nên YAML hiểu nhầm thành một khóa mới",
               "đặt cả giá trị trong ngoặc kép: `text: \"Chú ý: không bấm link\"`"),
        "en": ("the value has a colon and space `: ` inside, so YAML takes it for a new key",
               "put the whole value in quotes: `text: \"Note: do not tap the link\"`"),
    },
    "yaml.quote_then_text": {
        "vi": ("giá trị mở đầu bằng chữ trong ngoặc kép rồi còn chữ sau dấu ngoặc đóng",
               "đặt cả giá trị trong ngoặc đơn: `text: '\"Zalo\" là gì'`, hoặc bỏ ngoặc kép ở đầu"),
        "en": ("the value starts with quoted words and goes on after the closing quote",
               "put the whole value in single quotes: `text: '\"Zalo\" is what'`, or drop the quotes at its start"),
    },
    "yaml.reserved_char": {
        "vi": ("giá trị không được bắt đầu bằng ký tự `{char}` khi không có ngoặc kép",
               "đặt cả giá trị trong ngoặc kép: `text: \"{char}…\"`"),
        "en": ("a value cannot start with `{char}` unless it is quoted", "put the whole value in quotes: `text: \"{char}…\"`"),
    },
    "yaml.number_changed": {
        "vi": ("`{raw}` không có ngoặc kép nên YAML đọc thành số {value}: người học sẽ thấy (hoặc phải gõ) khác điều bạn viết",
               "đặt trong ngoặc kép: \"{raw}\" (nếu là số thì viết đúng dạng số, ví dụ {value})"),
        "en": ("`{raw}` is not quoted, so YAML reads it as the number {value}: learners would see (or have to type) "
               "something else than you wrote",
               "put it in quotes: \"{raw}\" (if it is a number, write it as one, e.g. {value})"),
    },
    "yaml.bool_word": {
        "vi": ("`{raw}` không có ngoặc kép nên YAML đọc thành {value}", "viết `true` hoặc `false`; nếu là chữ thì đặt trong ngoặc kép: \"{raw}\""),
        "en": ("`{raw}` is not quoted, so YAML reads it as {value}", "write `true` or `false`; if it is text, put it in quotes: \"{raw}\""),
    },
    "yaml.dash_in_text": {
        "vi": ("dòng này bắt đầu bằng `- ` nhưng thụt lề sâu hơn mục ở trên, nên bị nối vào chữ của mục đó thay vì "
               "thành một mục mới",
               "cho dấu `- ` thẳng hàng với dấu `- ` của mục trên để thành mục riêng; nếu dấu gạch là một phần của câu "
               "thì đặt cả câu trong ngoặc kép"),
        "en": ("this line starts with `- ` but is indented deeper than the entry above, so it joins that entry's text "
               "instead of starting a new entry",
               "line the `- ` up with the `- ` above to make it an entry of its own; if the dash belongs to the sentence, "
               "put the whole sentence in quotes"),
    },
    "yaml.comma_split": {
        "vi": ("mục `{text}` của danh sách `[ … ]` bắt đầu bằng chữ thường: có thể dấu phẩy đã cắt một câu thành hai mục",
               "đặt cả câu trong ngoặc kép, hoặc viết mỗi mục một dòng bắt đầu bằng `- `"),
        "en": ("entry `{text}` of the `[ … ]` list starts with a lowercase letter: a comma may have cut one sentence "
               "into two entries",
               "put the whole sentence in quotes, or write one entry per line starting with `- `"),
    },
    "text.number": {
        "vi": ("`{field}` là số có dấu chấm ({got}), không phải chữ: người học sẽ thấy khác điều bạn viết",
               "đặt trong ngoặc kép, đúng như muốn hiện, ví dụ \"50.000\""),
        "en": ("`{field}` is a number with a point ({got}), not text: learners would see something else than you wrote",
               "put it in quotes exactly as it should show, e.g. \"50.000\""),
    },
    "text.nfd": {
        "vi": ("tệp có chữ tiếng Việt ở dạng tổ hợp (NFD): trông giống nhưng là ký tự khác, nên tìm kiếm và so đáp án "
               "không khớp; lần này đã tự chuyển sang dạng dựng sẵn",
               "lưu lại tệp ở dạng dựng sẵn (NFC): chép chữ từ trình soạn thảo khác, hoặc dùng chức năng chuyển mã "
               "(Unikey: \"Unicode dựng sẵn\")"),
        "en": ("the file has Vietnamese in decomposed form (NFD): it looks the same but is other characters, so search "
               "and answer matching fail; it was converted to composed form this time",
               "save the file in composed form (NFC): paste the text from another editor, or convert it "
               "(Unikey: \"Unicode dựng sẵn\")"),
    },
    "schema.key_other_type": {
        "vi": ("khóa `{field}` không dùng ở câu `{kind}`: đó là khóa của câu loại {types}",
               "với câu `{kind}`, xem mẫu trong AUTHORING.md (câu `single`, `multiple`: đánh dấu `correct: true` ở "
               "lựa chọn đúng); hoặc đổi `type:` cho đúng loại câu"),
        "en": ("the key `{field}` is not used on a `{kind}` question: it belongs to {types} questions",
               "for a `{kind}` question, see the example in AUTHORING.en.md (`single`, `multiple`: mark the right "
               "option `correct: true`); or change `type:` to the right kind"),
    },
    "schema.key_misplaced": {
        "vi": ("khóa `{field}` không thuộc chỗ này mà thuộc phần \"{model}\" bên trong: có thể dòng này thụt lề quá ít",
               "thụt dòng `{field}:` vào cho thẳng hàng với các khóa của {model} ở trên"),
        "en": ("the key `{field}` does not belong here but to a \"{model}\" inside: this line may be indented too little",
               "indent the `{field}:` line to line up with the keys of the {model} above"),
    },
    "quiz.fence_name": {
        "vi": ("khối ```` ```{name} ```` không phải khối câu hỏi — có phải ý bạn là ```` ```quiz ````?",
               "viết đúng ```` ```quiz ```` (chữ thường, không thêm gì sau); nếu không phải câu hỏi thì đặt tên ngôn ngữ khác"),
        "en": ("the ```` ```{name} ```` block is not a question block — did you mean ```` ```quiz ````?",
               "write exactly ```` ```quiz ```` (lowercase, nothing after it); if it is not a question block, name another language"),
    },
    "link.missing": {
        "vi": ("liên kết tới `{target}` nhưng không có tệp đó trong courses/{hint}", "sửa đường dẫn (tính từ thư mục của bài này), hoặc tạo trang đó"),
        "en": ("the link goes to `{target}` but there is no such file under courses/{hint}", "correct the path (from this lesson's folder), or create that page"),
    },
    "link.anchor": {
        "vi": ("trang `{page}` không có đề mục hay mốc `#{anchor}`{hint}",
               "sửa phần sau dấu `#` cho khớp với một đề mục của trang đó (chữ thường, không dấu, nối bằng `-`), hoặc thêm `{{#{anchor}}}` sau đề mục"),
        "en": ("the page `{page}` has no heading or anchor `#{anchor}`{hint}",
               "correct the part after `#` to match a heading of that page (lowercase, no accents, joined by `-`), or add `{{#{anchor}}}` after the heading"),
    },
    "link.not_md": {
        "vi": ("liên kết `{target}` trỏ tới một thư mục hay địa chỉ trang, không trỏ tới tệp `.md`: bản ngoại tuyến sẽ không mở được",
               "trỏ tới tệp bài học, ví dụ `vneid.md` hoặc `../thu-vien/vneid.md`"),
        "en": ("the link `{target}` points at a folder or page address, not at a `.md` file: the offline copy cannot follow it",
               "point at the lesson's file, e.g. `vneid.md` or `../thu-vien/vneid.md`"),
    },
    "link.absolute": {
        "vi": ("liên kết `{target}` bắt đầu bằng `/`: trang web đặt ở thư mục con hoặc mở từ USB sẽ không tìm thấy",
               "viết đường dẫn tương đối tính từ bài này, ví dụ `../tu-dien.md`"),
        "en": ("the link `{target}` starts with `/`: a site under a sub-path or opened from a USB stick will not find it",
               "write a path relative to this lesson, e.g. `../tu-dien.md`"),
    },
    "page.image_missing": {
        "vi": ("không tìm thấy ảnh `{src}`", "đặt ảnh vào thư mục `img/` cạnh bài (courses/<thư mục>/img/…) và sửa đường dẫn, ví dụ `img/ten-anh.svg`"),
        "en": ("picture `{src}` was not found", "put it in the `img/` folder beside the lesson (courses/<folder>/img/…) and fix the path, e.g. `img/picture-name.svg`"),
    },
    "page.image_no_alt": {
        "vi": ("ảnh `{src}` không có mô tả trong `![…]`", "viết trong ngoặc vuông ảnh cho thấy gì, ví dụ `![Màn hình Cài đặt, mục Bảo mật được khoanh đỏ]({src})`"),
        "en": ("picture `{src}` has no description in `![…]`", "say in the brackets what it shows, e.g. `![Settings screen, Security circled in red]({src})`"),
    },
    "resource.outside": {
        "vi": ("`{url}` được tải từ trang web khác: người học không có mạng sẽ không thấy, và trang gửi yêu cầu ra ngoài",
               "tải tệp về, đặt vào courses/<thư mục>/img/ và ghi đường dẫn tương đối; chỉ liên kết `[…](https://…)` để bấm mới được trỏ ra ngoài"),
        "en": ("`{url}` is loaded from another website: learners without internet will not see it, and the page makes a request outside the site",
               "download the file, put it in courses/<folder>/img/ and give a relative path; only clickable links `[…](https://…)` may point outside"),
    },
    "heading.h1": {
        "vi": ("bài có đề mục `# …` (cấp 1): tên bài đã lấy từ `title`, trang sẽ có hai tên", "đổi thành `## …`, hoặc xóa nếu trùng với `title`"),
        "en": ("the lesson has a `# …` heading (level 1): the title comes from `title`, so the page would have two titles", "make it `## …`, or delete it if it repeats `title`"),
    },
    "heading.skip": {
        "vi": ("đề mục cấp {level} đứng sau đề mục cấp {previous}, bỏ qua một cấp", "dùng `{fix}` để các cấp đề mục nối tiếp nhau (người dùng trình đọc màn hình dựa vào đó)"),
        "en": ("a level {level} heading follows a level {previous} heading, skipping a level", "use `{fix}` so the heading levels follow each other (screen reader users rely on them)"),
    },
    "lesson.objectives": {
        "vi": ("bài mới có {count} mục tiêu, cần ít nhất 2", "viết ít nhất 2 mục tiêu trong `objectives`, mỗi mục một việc người học làm được"),
        "en": ("the lesson has {count} of the 2 or more objectives it needs", "write at least 2 objectives, each one thing the learner can do"),
    },
    "lesson.keypoints": {
        "vi": ("bài chưa có ô \"Ghi nhớ\" (`keypoints`)", "thêm `keypoints:` với 2–4 ý chính cần nhớ"),
        "en": ("the lesson has no \"Ghi nhớ\" box (`keypoints`)", "add `keypoints:` with 2–4 points to remember"),
    },
    "lesson.sources": {
        "vi": ("bài chưa ghi nguồn chính thức (`sources`)", "thêm `sources:` với tên và địa chỉ văn bản, bài viết chính thức mà thông tin trong bài dựa vào"),
        "en": ("the lesson lists no official source (`sources`)", "add `sources:` with the title and address of the official documents the facts come from"),
    },
    "lesson.quiz": {
        "vi": ("bài chưa có câu hỏi tự kiểm tra cuối bài (`quiz`)", "tạo ngân hàng câu hỏi (`hocvuso new bank …`) và ghi `quiz: <mã ngân hàng>`"),
        "en": ("the lesson has no end-of-lesson self-check (`quiz`)", "create a bank (`hocvuso new bank …`) and write `quiz: <bank id>`"),
    },
    "lesson.steps": {
        "vi": ("bài chưa có các bước đánh số (`1.`, `2.` …) để người học làm theo", "thêm ít nhất một danh sách các bước `1. …` rồi `2. …`, mỗi bước một dòng"),
        "en": ("the lesson has no numbered steps (`1.`, `2.` …) for learners to follow", "add at least one list of steps `1. …` then `2. …`, one per line"),
    },
    "lesson.words": {
        "vi": ("bài dài {count} chữ, ngoài khoảng 600–1.500 chữ",
               "bài ngắn thì thêm tình huống, các bước, ví dụ; bài dài thì gọn câu lại hoặc tách thành hai bài"),
        "en": ("the lesson is {count} words long, outside 600–1,500 words",
               "a short lesson needs situations, steps and examples; a long one shorter sentences, or a split into two lessons"),
    },
    "lesson.practice": {
        "vi": ("bài chưa có khối câu hỏi luyện tập giữa bài", "thêm một khối ```` ```quiz ```` sau một phần của bài (xem mục 4 của AUTHORING.md)"),
        "en": ("the lesson has no practice block inside it", "add a ```` ```quiz ```` block after one of its sections (see section 4 of AUTHORING.en.md)"),
    },
    "lesson.pictures": {
        "vi": ("bài mới có {count} ảnh, cần ít nhất 2", "thêm ảnh SVG tự vẽ cho đủ ít nhất 2 ảnh, đặt trong `img/` cạnh bài"),
        "en": ("the lesson has {count} of the 2 or more pictures it needs", "add drawn SVG pictures, at least 2, in `img/` beside the lesson"),
    },
    "lesson.alt_short": {
        "vi": ("mô tả ảnh `{alt}` quá ngắn", "viết ít nhất 3 chữ nói ảnh cho thấy gì, cho người không nhìn thấy ảnh"),
        "en": ("the picture description `{alt}` is too short", "write at least 3 words saying what it shows, for people who cannot see it"),
    },
    "lesson.picture_kind": {
        "vi": ("ảnh `{src}` không phải SVG dưới 30 KB ({size} KB)", "vẽ lại dạng SVG đơn giản, dưới 30 KB (người học dùng mạng yếu)"),
        "en": ("picture `{src}` is not an SVG under 30 KB ({size} KB)", "redraw it as a simple SVG under 30 KB (learners are on weak networks)"),
    },
    "bank.size": {
        "vi": ("ngân hàng của bài trong lộ trình mới có {count} câu, cần ít nhất 10", "viết đủ ít nhất 10 câu hỏi"),
        "en": ("the bank of a lesson on a course path has {count} of the 10 or more questions it needs", "write at least 10 questions"),
    },
    "bank.types": {
        "vi": ("ngân hàng chỉ dùng các loại câu hỏi: {types}", "dùng ít nhất 3 loại câu hỏi (single, multiple, truefalse, text, order, match)"),
        "en": ("the bank uses too few question types: {types}", "use at least 3 question types (single, multiple, truefalse, text, order, match)"),
    },
    "bank.explanation": {
        "vi": ("câu `{qid}` chưa có lời giải thích (`explanation`)", "thêm `explanation:` dạy thêm một điều sau khi người học trả lời"),
        "en": ("question `{qid}` has no `explanation`", "add `explanation:` teaching one more thing after the learner answers"),
    },
    "bank.feedback": {
        "vi": ("lựa chọn sai `{text}` chưa có `feedback`", "thêm `feedback:` nói vì sao lựa chọn này sai"),
        "en": ("the wrong option `{text}` has no `feedback`", "add `feedback:` saying why this option is wrong"),
    },
}
PROBLEMS.update(AUTHORING_PROBLEMS)
