// Readings of the words around figures, shared by the analyses: word counts, squeezed text
// between two positions, parenthesis depth, and whether a figure follows a verb of change.
#pragma once

#include "analysis/quantities.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis::phrases {

inline bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }
inline bool starts(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

// Runs of non-space characters.
std::size_t word_count(std::string_view s);

// Text between two byte positions, lowercased, without spaces, '*' and sign characters.
std::string squeeze(std::string_view t, std::size_t from, std::size_t to);

// Depth of parentheses at each byte of a paragraph (an opening '(' counts at its own byte).
std::vector<int> paren_depth(std::string_view t);

// A noun of time or age ("8 tháng", "5 ngày", "60 tuổi"): the figure measures a span, counts no things.
bool duration_noun(std::string_view noun);
// The figure directly follows tăng, giảm, vượt, hơn, bằng, gấp or hạ.
bool after_change_word(std::string_view t, const Quantity& q);
// "đạt hơn 4,32 triệu lượt", "có hơn 200 hộ": "hơn" after a verb stating a level bounds the
// figure (a level, not the change after_change_word() takes it for, as in "nhiều hơn 70 ca").
bool bounded_level(std::string_view t, const Quantity& q);
// "bằng" ending a word with the syllable before it ("đồng bằng", "công bằng") compares nothing.
bool bang_ends_word(std::string_view previous, std::string_view word);

// Lowercased words of a text, split at spaces and , ( ) " *.
std::vector<std::string> words_of(std::string_view text);

// The words naming the figure at byte `at`: from the clause start (not before `floor`) to the
// figure, without list markers before ("trong đó", "gồm") and verbs and hedges after ("đạt",
// "khoảng", "cả năm"): "Dự kiến tổng kim ngạch xuất khẩu cả năm đạt 60 tỷ USD" -> dự kiến
// tổng kim ngạch xuất khẩu.
std::vector<std::string> label_before(std::string_view t, std::size_t at, std::size_t floor);

// Lowercased text that leaves something out of a figure ("không bao gồm", "chưa tính",
// "loại trừ"): the figure is not the plain one the words around it name.
bool exclusion(std::string_view lowered);

// The squeezed words between a rate and the count it stands for: "1,20%, tức là 3.500 người",
// "0,76%, tương đương với 6.014 người".
bool rate_link(std::string_view squeezed);
// The squeezed words between a figure and a percentage make it the figure's share: "(", "…, chiếm",
// "…, chiếm tỷ lệ" ("12.432 doanh nghiệp (chiếm 91,8%)", "T, chiếm 40%").
bool share_link(std::string_view squeezed);

// Lowercased words naming those who take part (present, voting, attending: "đại biểu có mặt",
// "tham gia biểu quyết"): a subset of the whole body that "tổng số …" names.
bool names_participants(std::string_view lowered);

// Byte of the matching ')' for the '(' at `open`, or npos.
std::size_t closing_paren(std::string_view t, std::size_t open);

}  // namespace soat::analysis::phrases
