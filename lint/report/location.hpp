// Where a finding is, computed once for every format: line and columns, paragraph, table cell,
// part, heading path, and the excerpt with the span inside it.
#pragma once

#include <soat/finding.hpp>
#include <soat/model.hpp>

#include "report/columns.hpp"

#include <optional>
#include <string>

namespace soat::report {

struct Location {
    bool known = false;   // false: the finding is about the whole document
    int line = 0, column = 0, end_line = 0, end_column = 0;  // 1-based, code points, end exclusive
    int paragraph = 0;    // Paragraph::number, 0 outside body and tables
    std::size_t index = 0;  // index into Document::paragraphs
    std::string part;
    std::optional<model::CellRef> cell;
    model::Area area = model::Area::Body;
    int note = 0;
    std::string section;
};

Location locate(const model::Document* document, const Finding& finding);
Location locate(const model::Document* document, const std::optional<model::Range>& range);

// Line and column in another unit (UTF-8 bytes, UTF-16 units) for the start or end of a range.
model::Document::Position convert(const model::Document& document, const model::Range& range,
                                  bool end, Unit unit);

// "đoạn 7", "bảng 2, dòng 3, cột 1", "chú thích 4", "đầu trang" (or in English).
std::string place_label(const Location& location, Lang lang);

// The sentence-sized window of the extract line around the span; the span is
// [caret_begin, caret_end) in code points of `text`; `cut_left`/`cut_right` say text was cut.
struct Excerpt {
    std::string text;
    std::uint32_t caret_begin = 0, caret_end = 0;
    bool cut_left = false, cut_right = false;
};
Excerpt excerpt(const model::Document& document, const model::Range& range);

}  // namespace soat::report
