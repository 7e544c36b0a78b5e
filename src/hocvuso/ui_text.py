"""Words that the generated pages show learners, in Vietnamese and English."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "vi": {
        "question": "Câu {n}",
        "nojs": "Bật JavaScript để tự chấm bài. Bạn vẫn đọc được câu hỏi và các lựa chọn.",
        "practice": "Luyện tập",
        "end_quiz": "Tự kiểm tra cuối bài",
        "true": "Đúng",
        "false": "Sai",
        "your_answer": "Câu trả lời của bạn",
        "position": "Vị trí {n}",
        "choose": "— Chọn —",
        "hint": "Gợi ý",
        "minutes": "{n} phút",
        "level": "Cấp độ {n}",
        "competences": "Năng lực",
        "objectives": "Sau bài này, bạn sẽ",
        "keypoints": "Ghi nhớ",
        "sources": "Nguồn tham khảo",
        "course_nav": "Khóa học {title}: bài {i}/{n}",
        "prev": "Bài trước",
        "next": "Bài sau",
        "back_to_course": "Về trang khóa học",
        "audience": "Dành cho",
        "path": "Lộ trình học",
        "lessons_count": "{n} bài · khoảng {m} phút",
        "take_assessment": "Làm bài tự đánh giá",
        "start_course": "Vào khóa học",
        "quiz_label": "Câu hỏi tự kiểm tra",
    },
    "en": {
        "question": "Question {n}",
        "nojs": "Turn on JavaScript to check your answers. You can still read the questions and options.",
        "practice": "Practice",
        "end_quiz": "End-of-lesson self-check",
        "true": "True",
        "false": "False",
        "your_answer": "Your answer",
        "position": "Position {n}",
        "choose": "— Choose —",
        "hint": "Hint",
        "minutes": "{n} min",
        "level": "Level {n}",
        "competences": "Competences",
        "objectives": "After this lesson you will",
        "keypoints": "Remember",
        "sources": "Sources",
        "course_nav": "Course {title}: lesson {i} of {n}",
        "prev": "Previous lesson",
        "next": "Next lesson",
        "back_to_course": "Back to the course",
        "audience": "For",
        "path": "Learning path",
        "lessons_count": "{n} lessons · about {m} minutes",
        "take_assessment": "Take the self-assessment",
        "start_course": "Open the course",
        "quiz_label": "Self-check questions",
    },
}


def t(lang: str, key: str, **args: object) -> str:
    """A UI string in ``lang`` (Vietnamese when the language is unknown)."""
    table = UI.get(lang) or UI["vi"]
    return table.get(key, UI["vi"][key]).format(**args)
