#include "analysis/anatomy.hpp"

#include "analysis/phrases.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

namespace soat::analysis {

namespace {

// Document type names of Appendix III (folded), longest first so "thong cao bao chi" wins.
const char* const kTypeNames[] = {
    "thong cao bao chi", "giay gioi thieu", "ban thoa thuan", "giay nghi phep", "giay uy quyen",
    "chuong trinh",      "phieu chuyen",    "ban ghi nho",    "nghi quyet",     "quyet dinh",
    "huong dan",         "phuong an",       "thong cao",      "thong bao",      "bien ban",
    "cong dien",         "hop dong",        "ke hoach",       "ket luan",       "phieu gui",
    "phieu bao",         "giay moi",        "bao cao",        "cong van",       "quy che",
    "quy dinh",          "to trinh",        "chi thi",        "de an",          "du an",
};

// Words of a person's title; an upper-case line holding one is not a name.
const char* const kTitleWords[] = {"chu tich", "giam doc", "truong", "pho ", "bi thu", "chanh ", "tong ",
                                   "thu tuong", "uy vien", "ban ", "uy ban", "hoi dong", "cuc "};

// Does the folded line hold a word of an office's title ("chu tich", "giam doc", …)?
bool title_word(const std::string& f) {
    return std::any_of(std::begin(kTitleWords), std::end(kTitleWords), [&](const char* w) { return (f + " ").find(w) != std::string::npos; });
}

// Does the folded line open with a document type name ("ke hoach", "quyet dinh", …)?
bool type_name_line(const std::string& f) {
    for (const char* name : kTypeNames) {
        const std::size_t len = std::char_traits<char>::length(name);
        if (f.compare(0, len, name) == 0 && (f.size() == len || f[len] == ' ')) return true;
    }
    return false;
}

// Does the folded line open with an administrative unit ("tinh …", "huyen …", "xa …")?
bool place_word(const std::string& f) {
    static LazyRE2 re = {R"(^(tinh|huyen|thanh pho|quan|thi xa|thi tran|xa|phuong|dac khu)\b)"};
    return RE2::PartialMatch(f, *re);
}

// Do these upper-case lines name a whole body, so that a line under them names another one?
// "VĂN PHÒNG UBND TỈNH" does (a unit named, or "UBND TỈNH"); "ỦY BAN NHÂN DÂN" does not.
bool complete_body_name(const model::Document& doc, const std::vector<std::size_t>& lines) {
    std::string f;
    for (std::size_t i : lines) f += (f.empty() ? "" : " ") + fold(plain(doc.paragraphs[i].text));
    static LazyRE2 named = {R"(\b(tinh|huyen|thanh pho|quan|thi xa|xa|phuong|dac khu) \S)"};
    static LazyRE2 abbreviated = {R"(\b(ubnd|hdnd) (tinh|huyen|thanh pho|quan|thi xa|xa|phuong)$)"};
    return RE2::PartialMatch(f, *named) || RE2::PartialMatch(f, *abbreviated);
}

// Two paragraphs in the same table cell, or both outside tables.
bool same_cell(const model::Paragraph& a, const model::Paragraph& b) {
    if (!a.cell || !b.cell) return !a.cell && !b.cell;
    return a.cell->table == b.cell->table && a.cell->row == b.cell->row && a.cell->column == b.cell->column;
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_title_case_name(std::string_view s) {
    // Academic titles, and the ranks the armed forces and police put before a signer's name.
    static LazyRE2 academic = {
        R"(^((?:GS|PGS|TS|ThS|TSKH|BS|KS|NGƯT|NGND)\.?\s*|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)+)"};
    re2::StringPiece in(s.data(), s.size());
    // Tried (and compiled) only on a text opening with one of its alternatives.
    static constexpr std::string_view openings[] = {"GS", "PGS", "TS", "Th", "BS", "KS", "NG", "Đ", "Tr"};
    if (std::any_of(std::begin(openings), std::end(openings), [&](std::string_view o) { return s.starts_with(o); })) {
        RE2::Consume(&in, *academic);
    }
    const std::string_view rest(in.data(), in.size());
    int syllables = 0;
    std::size_t i = 0;
    bool start = true;
    while (i < rest.size()) {
        const char32_t cp = utf8::next(rest, i);
        if (cp == ' ') {
            if (start) return false;
            start = true;
            continue;
        }
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (start) {
            if (cat != UTF8PROC_CATEGORY_LU) return false;
            ++syllables;
            start = false;
        } else if (cat != UTF8PROC_CATEGORY_LL) {
            return false;
        }
    }
    return syllables >= 2 && syllables <= 5;
}

// "Hùng.", "Thu Hà", "MINH": a writer's name after the initial of a byline ("Q. Hùng."), not a
// title after an acting signer's "Q." (a title has two syllables at least: "Q. GIÁM ĐỐC").
bool byline_name(std::string_view s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
    if (s.empty() || s.find(' ') != std::string_view::npos) return is_title_case_name(s);
    if (utf8::length(s) >= 2 && is_upper_line(s)) return true;
    std::size_t i = 0;
    if (utf8proc_category(static_cast<utf8proc_int32_t>(utf8::next(s, i))) != UTF8PROC_CATEGORY_LU || i == s.size()) return false;
    while (i < s.size()) {
        if (utf8proc_category(static_cast<utf8proc_int32_t>(utf8::next(s, i))) != UTF8PROC_CATEGORY_LL) return false;
    }
    return true;
}

// "C |", "H": initials of a byline ("Q.C |", "T.H"), letters no title is made of.
bool initials(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '.') utf8::next(s, i);
        if (utf8::length(s.substr(start, i - start)) > 1) return false;
        while (i < s.size() && (s[i] == ' ' || s[i] == '.')) ++i;
        if (i == start) ++i;
    }
    return true;
}

}  // namespace

std::size_t markup_prefix(std::string_view text) {
    std::size_t i = 0;
    for (;;) {
        const std::size_t before = i;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        if (text.substr(i, 2) == "\xC2\xA0") i += 2;  // no-break space
        std::size_t h = i;
        while (h < text.size() && text[h] == '#') ++h;
        if (h > i && h < text.size() && text[h] == ' ') i = h + 1;
        while (i < text.size() && (text[i] == '*' || text[i] == '_') &&
               !(text[i] == '_' && i + 1 < text.size() && text[i + 1] == '_')) {
            ++i;
        }
        if (text.substr(i, 10) == "[bookmark:") {
            const auto close = text.find(']', i);
            if (close != std::string_view::npos) i = close + 1;
        }
        if (i == before) return i;
    }
}

std::string plain(std::string_view text) {
    text.remove_prefix(markup_prefix(text));
    while (!text.empty() && (text.back() == ' ' || text.back() == '*' || text.back() == '\t')) text.remove_suffix(1);
    std::string out;
    out.reserve(text.size());
    // Each run of other bytes appended whole, a run of spaces and tabs as one space. (Read byte by
    // byte: find_first_of() asked memchr about every byte.)
    auto blank = [](char c) { return c == ' ' || c == '\t'; };
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = i;
        while (end < text.size() && !blank(text[end])) ++end;
        if (end > i) {
            if (!out.empty()) out += ' ';
            out.append(text.substr(i, end - i));
        }
        i = end;
        while (i < text.size() && blank(text[i])) ++i;
    }
    return out;
}

namespace {

// `text` case-folded, decomposed and stripped of marks by utf8proc; nullopt when not UTF-8.
std::optional<std::string> strip_marks(std::string_view text) {
    utf8proc_uint8_t* out = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                        UTF8PROC_CASEFOLD);
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    std::optional<std::string> result;
    if (n >= 0) result.emplace(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return result;
}

// strip_marks() of one code point. The mapping has no context, so a text maps code point by code
// point; each Latin or Vietnamese letter is mapped once per thread, at its first use (mapping all
// of them up front cost 1,2 M instructions, a tenth of a one-line check).
std::string_view strip_marks(char32_t cp) {
    constexpr char32_t kLatinEnd = 0x250, kVietBegin = 0x1E00, kVietEnd = 0x1F00;
    thread_local std::array<std::optional<std::string>, kLatinEnd + (kVietEnd - kVietBegin)> table;
    std::size_t at = 0;
    if (cp < kLatinEnd) at = cp;
    else if (cp >= kVietBegin && cp < kVietEnd) at = kLatinEnd + (cp - kVietBegin);
    else return {};
    std::optional<std::string>& mapped = table[at];
    if (!mapped) {
        std::string one;
        utf8::append(one, cp);
        mapped = strip_marks(one).value_or(one);
    }
    return *mapped;
}

// The folded text as it is written: spaces, tabs and line breaks collapsed to one space (none
// leading), each đ made d.
struct FoldedText {
    std::string out;
    bool space = false;
    void put(char c) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = true;
            return;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    void put_mapped(std::string_view m) {
        for (std::size_t k = 0; k < m.size(); ++k) {
            if (m[k] == '\xC4' && k + 1 < m.size() && m[k + 1] == '\x91') {  // đ
                put('d');
                ++k;
            } else {
                put(m[k]);
            }
        }
    }
};

}  // namespace

std::string fold(std::string_view text) {
    // Each code point's mapping read at once as fold_stripped() reads the whole mapped text (an
    // đ is never split between two mappings): no second pass, no copy between them.
    FoldedText f;
    f.out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        // ASCII: strip_marks() lower-cases a capital and keeps any other byte.
        if (const auto byte = static_cast<unsigned char>(text[i]); byte > 0 && byte < 0x80) {
            f.put(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte | 0x20) : static_cast<char>(byte));
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0) return fold_stripped(text);  // not UTF-8: utf8proc_map refuses the whole text
        const std::string_view mapped = strip_marks(static_cast<char32_t>(cp));
        if (mapped.empty() && cp >= 0x80) {
            if (const auto other = strip_marks(text.substr(i, static_cast<std::size_t>(n)))) f.put_mapped(*other);
        } else {
            f.put_mapped(mapped);
        }
        i += static_cast<std::size_t>(n);
    }
    return std::move(f.out);
}

std::string fold_stripped(std::string_view folded) {
    FoldedText f;
    f.out.reserve(folded.size());
    f.put_mapped(folded);
    return std::move(f.out);
}

bool is_upper_line(std::string_view text) {
    bool letter = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(utf8::next(text, i)));
        if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT) return false;
        letter = letter || cat == UTF8PROC_CATEGORY_LU;
    }
    return letter;
}

std::vector<Segment> laid_out_segments(const model::Paragraph& paragraph) {
    std::vector<std::string> lines(1);
    const std::string& text = paragraph.text;
    for (const auto& span : paragraph.spans) {
        if (span.kind == model::Span::Kind::Break) {
            lines.emplace_back();
            continue;
        }
        const std::size_t from = utf8::byte_offset(text, span.begin);
        lines.back() += text.substr(from, utf8::byte_offset(text, span.begin + span.length) - from);
    }
    if (paragraph.spans.empty()) lines.back() = text;
    // A tab, or three spaces (plain or no-break) in a row, is a layout gap.
    std::vector<Segment> out;
    for (const auto& line : lines) {
        std::string segment;
        int spaces = 0;
        bool line_start = true;
        auto flush = [&] {
            std::string part = plain(segment);
            if (!part.empty()) {
                out.push_back({std::move(part), !line_start});
                line_start = false;
            }
            segment.clear();
        };
        for (std::size_t i = 0; i < line.size(); ++i) {
            const bool nbsp = line.compare(i, 2, "\xC2\xA0") == 0;
            if (line[i] == '\t') {
                flush();
                spaces = 0;
                continue;
            }
            if (line[i] == ' ' || nbsp) {
                if (++spaces == 3) flush();
                if (nbsp) ++i;
                if (spaces < 3) segment += ' ';
                continue;
            }
            spaces = 0;
            segment += line[i];
        }
        flush();
    }
    return out;
}

namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Does `s` open with one of `prefixes`? Tested before a pattern anchored on them, which is then
// compiled only for a document that has such a line.
bool opens_with(std::string_view s, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return s.starts_with(p); });
}

// An upper-case line naming a state body: "ỦY BAN NHÂN DÂN", "SỞ NỘI VỤ", "BAN CHỈ ĐẠO …".
bool is_state_body(const std::string& text, const std::string& f) {
    static const char* const kBodies[] = {"uy ban", "ubnd", "hoi dong", "hdnd", "so ", "bo ", "ban ", "cuc ",
                                          "chi cuc", "tong cuc", "chinh phu", "van phong", "cong an", "quoc hoi",
                                          "thanh tra", "phong ", "toa an", "vien kiem sat", "kho bac", "tinh uy",
                                          "thanh uy", "huyen uy", "dang uy", "mat tran", "bo chi huy"};
    if (!is_upper_line(text)) return false;
    return std::any_of(std::begin(kBodies), std::end(kBodies), [&](const char* b) { return starts_with(f, b); });
}

// A table of data (four columns or more), not the two or three columns of a header or a
// signature layout.
bool data_table(const model::Table& table) {
    for (const auto& row : table.rows) {
        if (row.cells.size() > 3) return true;
    }
    return false;
}

bool in_data_table(const model::Document& doc, std::size_t paragraph) {
    const auto& cell = doc.paragraphs[paragraph].cell;
    return cell && cell->table >= 1 && static_cast<std::size_t>(cell->table) <= doc.tables.size() &&
           data_table(doc.tables[cell->table - 1]);
}

// "Nơi nhận:" opening the recipients list (a column named "Nơi nhận" in a table is not one).
bool recipients_label(const std::string& folded) {
    static LazyRE2 label = {R"(^noi nhan\s*:)"};
    return folded.starts_with("noi nhan") && RE2::PartialMatch(folded, *label);
}

// Titles of papers that are not Decree 30 documents: internal slips, applications, forms.
bool other_paper(const std::string& folded) {
    static const char* const kNames[] = {"phieu trinh", "phieu xu ly", "don ", "to khai", "so yeu ly lich", "giay de nghi",
                                         "ban khai", "mau "};
    return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return starts_with(folded + " ", n); });
}

// "ĐẢNG CỘNG SẢN VIỆT NAM" standing as a header line (not "ngày vào Đảng Cộng sản Việt Nam").
bool party_header(const model::Paragraph& para) {
    for (const auto& segment : laid_out_segments(para)) {
        if (is_upper_line(segment.text) && fold(segment.text) == "dang cong san viet nam") return true;
    }
    return false;
}

}  // namespace

ParagraphTexts::ParagraphTexts(const model::Document& doc)
    : doc_(doc), plain_(doc.paragraphs.size()), folded_(doc.paragraphs.size()) {}

const std::string& ParagraphTexts::plain(std::size_t i) {
    if (!plain_[i]) plain_[i] = analysis::plain(doc_.paragraphs[i].text);
    return *plain_[i];
}

const std::string& ParagraphTexts::folded(std::size_t i) {
    if (!folded_[i]) folded_[i] = fold(plain(i));
    return *folded_[i];
}

Anatomy::Anatomy(const Analysis& analysis) {
    const auto& doc = analysis.document();
    ParagraphTexts& texts = analysis.get<Texts>().paragraphs();
    frame_.assign(doc.paragraphs.size(), false);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        if (doc.paragraphs[i].area == model::Area::Body && !texts.plain(i).empty()) content.push_back(i);
    }
    std::size_t n = content.size();

    // Header area: the first paragraphs up to the type and its summary; a header table is read
    // whole (the national title often stands in its last column, after the summary).
    static LazyRE2 number_re = {R"(^(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh)\s+số|Số)\s*:\s*([^/\s]*)\s*/\s*(\S*))"};
    static LazyRE2 party_number_re = {R"(^Số\s*:?\s*\d*\s*-\s*[A-ZĐ]+\s*/\s*[A-ZĐ])"};
    static LazyRE2 place_date_re = {R"(^[^,]{2,40},\s*ngày\b)"};
    const std::size_t head_limit = std::min<std::size_t>(n, 24);
    std::size_t head_end = 0;
    bool party = false, attachment = false, other = false;
    std::optional<int> head_table;
    for (std::size_t k = 0; k < head_limit; ++k) {
        const std::size_t i = content[k];
        const auto& para = doc.paragraphs[i];
        const int table = para.cell ? para.cell->table : 0;
        if (summary && summary != i && (table == 0 || table != head_table)) break;
        const std::string& text = texts.plain(i);
        const std::string& f = texts.folded(i);
        std::string num, sym;
        bool matched = true;
        if (party_header(para) || (text.starts_with("Số") && RE2::PartialMatch(text, *party_number_re))) party = true;
        // "PHỤ LỤC …", "(Kèm theo Quyết định số …)", "Ban hành kèm theo …" opening the text.
        if (!number && !type && k < 12 &&
            ((starts_with(f, "phu luc") && is_upper_line(text)) || starts_with(f, "(kem theo") ||
             starts_with(f, "(ban hanh kem theo") || starts_with(f, "ban hanh kem theo"))) {
            attachment = true;
        }
        if (!type && is_upper_line(text) && other_paper(f)) other = true;
        if (!national_title && f.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos) national_title = i;
        if (!motto && f.find("doc lap") != std::string::npos && f.find("hanh phuc") != std::string::npos) {
            motto = i;
        } else if (national_title == i) {
        } else if (!number && opens_with(text, {"Số", "Luật", "Bộ luật", "Pháp lệnh", "Lệnh"}) &&
                   RE2::PartialMatch(text, *number_re, &num, &sym)) {
            number = i;
            number_text = num;
            while (!sym.empty() && (sym.back() == '.' || sym.back() == ',')) sym.pop_back();
            symbol = sym;
        } else if (!place_date && text.find(',') != std::string::npos && RE2::PartialMatch(text, *place_date_re)) {
            place_date = i;
        } else if (!type && f.rfind("v/v", 0) == 0) {
            type = i;
            type_name = "CÔNG VĂN";
        } else if (!type && !issuing_body && is_state_body(text, f)) {
            issuing_body = i;
            issuing_lines = {i};
        } else if (!type && issuing_body && content[k - 1] == issuing_lines.back() &&
                   same_cell(doc.paragraphs[issuing_lines.back()], para) && is_upper_line(text) && !has_digit(text) &&
                   !type_name_line(f)) {
            // The next upper-case line of the block: a body under the one above ("UBND TỈNH …" /
            // "SỞ TÀI CHÍNH") is the issuing body, the line above its parent; else the name goes on
            // ("ỦY BAN NHÂN DÂN" / "TỈNH BÌNH LÂM").
            if (is_state_body(text, f) || (complete_body_name(doc, issuing_lines) && !place_word(f))) {
                issuing_body = i;
                issuing_lines = {i};
            } else {
                issuing_lines.push_back(i);
            }
        } else if (!type && is_upper_line(text) && phrases::word_count(text) <= 8 && !has_digit(text) && text.back() != ':') {
            matched = type_name_line(f);
            if (matched) {
                type = i;
                type_name = text;
            }
        } else if (type && !summary && *type == content[k - 1] && !is_upper_line(text) && !starts_with(f, "kinh gui") &&
                   !starts_with(f, "can cu ") && (type_name != "CÔNG VĂN" || same_cell(doc.paragraphs[*type], para))) {
            summary = i;
        } else {
            matched = national_title == i || motto == i;
        }
        if (matched && (national_title == i || motto == i || number == i || place_date == i || type == i ||
                        summary == i || (!issuing_lines.empty() && issuing_lines.back() == i))) {
            head_end = std::max(head_end, k + 1);
            if (table != 0 && !head_table) head_table = table;
        }
    }
    for (std::size_t k = 0; k < std::min<std::size_t>(n, 40); ++k) {
        if (starts_with(texts.folded(content[k]), "can cu ")) legal_basis = true;
    }
    for (std::size_t k = 0; k < head_end; ++k) head.push_back(content[k]);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        if (doc.paragraphs[i].area == model::Area::Header) {
            head.push_back(i);
            const std::string& f = texts.folded(i);
            if (!national_title && f.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos) national_title = i;
            if (!motto && f.find("doc lap") != std::string::npos && f.find("hanh phuc") != std::string::npos) motto = i;
        }
    }
    for (std::size_t k = 0; k < head_end; ++k) frame_[content[k]] = true;

    // Closing area: after the last "./." (before "Nơi nhận:" when there is one), and before the
    // appendices ("PHỤ LỤC …") that follow a signed document.
    for (std::size_t k = head_end + 1; k < n; ++k) {
        const std::string& text = texts.plain(content[k]);
        if (starts_with(texts.folded(content[k]), "phu luc") && (is_upper_line(text) || phrases::word_count(text) <= 3)) {
            n = k;
            break;
        }
    }
    std::optional<std::size_t> recipients_k, mark_k;
    for (std::size_t k = n; k-- > head_end;) {
        if (recipients_label(texts.folded(content[k])) && !in_data_table(doc, content[k])) {
            recipients_k = k;
            break;
        }
    }
    for (std::size_t k = recipients_k.value_or(n); k-- > head_end;) {
        const std::string& text = texts.plain(content[k]);
        if (text.size() >= 3 && text.compare(text.size() - 3, 3, "./.") == 0) {
            mark_k = k;
            break;
        }
    }
    if (mark_k) closing_mark = content[*mark_k];
    std::size_t zone = mark_k ? *mark_k + 1 : recipients_k ? *recipients_k : std::max(head_end, n > 12 ? n - 12 : 0);
    static LazyRE2 authority_re = {R"(^(TM|KT|TL|TUQ|Q)\.\s*(.*)$)"};
    // "T/M.", "K/T", "T.M.": letters on both sides of the mark ("I." is a heading label).
    // A misspelt prefix before a title of two words or more ("T.M ỦY BAN NHÂN DÂN"), not a
    // byline's initials and name ("T.HỒNG", "B.T (B.T)").
    static LazyRE2 odd_prefix_re = {R"(^([A-Z]{1,2}[/.][A-Z]{1,3}\.?)\s+(.+)$)"};
    static LazyRE2 roman_heading_re = {R"(^[IVXLC]+\.\s)"};
    static LazyRE2 attached_part_re = {R"(^(?:chuong|phan|muc|dieu)\s+(?:[ivxlc]+|\d+)\b)"};
    static LazyRE2 archive_re = {R"(^[-+–•\s]*luu(?:\s*:|\s))"};  // "- Lưu: VT", "- Lưu Văn phòng" (HD 36)
    bool in_recipients = false;
    for (std::size_t k = zone; k < n; ++k) {
        const std::size_t i = content[k];
        const std::string& whole = texts.plain(i);
        if (starts_with(texts.folded(i), "phu luc") && is_upper_line(whole) && k > zone) break;
        // After a signed name, a national title or a chapter, part or article label opens a
        // document issued with this one (a charter, a regulation): its lines are no signer's.
        const bool signed_name = std::any_of(signer.begin(), signer.end(),
                                             [](const SignerLine& l) { return l.kind == SignerLine::Kind::Name; });
        if (signed_name && (starts_with(texts.folded(i), "cong hoa xa hoi chu nghia viet nam") ||
                            RE2::PartialMatch(texts.folded(i), *attached_part_re))) {
            break;
        }
        // The closing area is prose or a small layout table, never a data table's cells.
        if (in_data_table(doc, i)) continue;
        const auto segments = laid_out_segments(doc.paragraphs[i]);
        for (std::size_t s = 0; s < segments.size(); ++s) {
            const std::string& text = segments[s].text;
            const std::string f = fold(text);
            // A segment after a layout gap on the same line stands in the signer's column.
            const bool column = segments[s].column;
            if (!column) {
                if (recipients_label(f)) {
                    recipients = i;
                    in_recipients = true;
                    frame_[i] = true;
                    continue;
                }
                const char lead = text[0];
                const bool dash = lead == '-' || lead == '+' || text.rfind("–", 0) == 0 || text.rfind("•", 0) == 0;
                if (dash || (in_recipients && f.rfind("luu", 0) == 0)) {
                    if (f.find("luu") != std::string::npos && RE2::PartialMatch(f, *archive_re)) archive = i;
                    if (recipients && (recipient_lines.empty() || recipient_lines.back() != i)) recipient_lines.push_back(i);
                    frame_[i] = true;
                    continue;
                }
                in_recipients = false;
            }
            SignerLine line;
            line.paragraph = i;
            line.text = text;
            std::string prefix, rest;
            const bool upper = is_upper_line(text);
            // "Q." opens an acting head's title ("Q. GIÁM ĐỐC"), else a byline ("Q.VIỆT |", "Q. Hùng.").
            if (opens_with(text, {"TM.", "KT.", "TL.", "TUQ.", "Q."}) && RE2::FullMatch(text, *authority_re, &prefix, &rest) &&
                !(prefix == "Q" && (byline_name(rest) || initials(rest) || !title_word(fold(rest))))) {
                line.kind = SignerLine::Kind::Authority;
                line.prefix = prefix + ".";
                line.text = rest;
            } else if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && RE2::FullMatch(text, *odd_prefix_re, &prefix, &rest) &&
                       is_upper_line(rest) && phrases::word_count(rest) >= 2 && phrases::word_count(rest) <= 8) {
                line.kind = SignerLine::Kind::UnknownPrefix;
                line.prefix = prefix;
                line.text = rest;
            } else if (upper && !has_digit(text) && phrases::word_count(text) <= 12 && text.back() != ':' &&
                       !(std::string_view("IVXLC").find(text[0]) != std::string_view::npos &&
                         RE2::PartialMatch(text, *roman_heading_re))) {
                line.kind = SignerLine::Kind::Title;
                const bool follows_title = !signer.empty() && signer.back().kind == SignerLine::Kind::Title;
                const bool title_words = title_word(f);
                if (follows_title && !title_words && phrases::word_count(text) >= 2 && phrases::word_count(text) <= 5 &&
                    k + 1 == n) {
                    line.kind = SignerLine::Kind::Name;
                }
            } else if (is_title_case_name(text)) {
                line.kind = SignerLine::Kind::Name;
            }
            if (signer.empty() && line.kind != SignerLine::Kind::Authority && line.kind != SignerLine::Kind::Title &&
                line.kind != SignerLine::Kind::UnknownPrefix) {
                continue;  // still the end of the body
            }
            frame_[i] = true;
            signer.push_back(std::move(line));
        }
    }

    // The kind: a Decree 30 document shows its number and symbol, its type line with an issuing
    // body, national title, place and date, legal basis or the closing mark "./.", or a closing
    // signed for a body (TM., KT., …) or sent to recipients. Contracts and minutes are signed by their parties and are not
    // read as one.
    const bool symbol_letters = std::any_of(symbol.begin(), symbol.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    static LazyRE2 year_symbol = {R"(^\d{4}/)"};
    const std::string folded_type = fold(type_name);
    const bool party_signed = starts_with(folded_type, "hop dong") || starts_with(folded_type, "bien ban");
    const bool signed_for_body = std::any_of(signer.begin(), signer.end(), [](const SignerLine& l) {
        return l.kind == SignerLine::Kind::Authority;
    });
    const int evidence = int(bool(issuing_body)) + int(bool(national_title)) + int(bool(place_date)) + int(legal_basis);
    if (party) {
        kind = DocumentKind::Party;
    } else if (number && RE2::PartialMatch(symbol, *year_symbol)) {
        kind = DocumentKind::LegalNormative;
    } else if (attachment && !other) {
        kind = DocumentKind::Attachment;
    } else if (!party_signed && !other &&
               ((number && symbol_letters) || (type && (evidence >= 1 || closing_mark)) || (recipients && archive) ||
                signed_for_body)) {
        kind = DocumentKind::Administrative;
    }
    if (const auto forced = parse_kind(analysis.kind_override())) kind = *forced;
    label_components(doc, n < content.size() ? content[n] : doc.paragraphs.size(), texts);
}

void Anatomy::label_components(const model::Document& doc, std::size_t body_end, ParagraphTexts& texts) {
    components_.assign(doc.paragraphs.size(), "other");
    for (std::size_t i : content) components_[i] = i < body_end ? "body" : "appendix";
    // Upper-case lines above the issuing body in its column name the body above it.
    for (std::size_t i : head) {
        if (issuing_body && i < *issuing_body && is_upper_line(texts.plain(i))) components_[i] = "parent-body";
    }
    auto set = [&](const std::optional<std::size_t>& at, std::string_view id) {
        if (at) components_[*at] = id;
    };
    for (std::size_t i : issuing_lines) components_[i] = "issuing-body";
    set(number, "number");
    set(place_date, "place-date");
    set(type, type_name == "CÔNG VĂN" ? "subject" : "doc-type");
    set(summary, "subject");
    set(motto, "motto");
    set(national_title, "national-title");
    // A summary set on several lines: the next paragraphs aligned as it is, in its cell.
    if (summary) {
        const auto& first = doc.paragraphs[*summary];
        const auto at = std::find(content.begin(), content.end(), *summary);
        for (auto it = at + 1; !first.alignment.empty() && it != content.end() && it - at <= 3; ++it) {
            const auto& p = doc.paragraphs[*it];
            const std::string& text = texts.plain(*it);
            const std::string& f = texts.folded(*it);
            if (p.alignment != first.alignment || !same_cell(first, p) || is_upper_line(text) || components_[*it] != "body" ||
                starts_with(f, "kinh gui") || starts_with(f, "can cu ")) {
                break;
            }
            components_[*it] = "subject";
        }
    }
    bool addressees = false;
    for (std::size_t i : content) {
        if (i >= body_end || (in_frame(i) && components_[i] != "body")) continue;
        const std::string& f = texts.folded(i);
        const bool listed = addressees && (starts_with(f, "- ") || starts_with(f, "+ "));
        addressees = (starts_with(f, "kinh gui") && f.back() == ':') || listed;  // "Kính gửi:" then "- Sở …;" lines
        if (starts_with(f, "kinh gui") || listed) components_[i] = "addressee";
        if (in_frame(i)) continue;
        if (starts_with(f, "can cu ")) components_[i] = "legal-basis";
        else if (f == "hoa toc" || f == "thuong khan" || f == "khan") components_[i] = "urgency";
    }
    set(recipients, "recipients");
    for (std::size_t i : recipient_lines) components_[i] = "recipients";
    for (auto it = signer.rbegin(); it != signer.rend(); ++it) {  // the first line of a paragraph names it
        if (it->paragraph >= body_end) continue;  // an appendix after the signature
        switch (it->kind) {
            case SignerLine::Kind::Name: components_[it->paragraph] = "signer-name"; break;
            case SignerLine::Kind::Title: components_[it->paragraph] = "signer-title"; break;
            case SignerLine::Kind::Authority:
            case SignerLine::Kind::UnknownPrefix: components_[it->paragraph] = "signer-authority"; break;
            case SignerLine::Kind::Other: break;
        }
    }
}

std::string_view Anatomy::component(std::size_t paragraph) const {
    return paragraph < components_.size() ? components_[paragraph] : std::string_view("other");
}

std::optional<std::size_t> Anatomy::first_paragraph() const {
    if (!content.empty()) return content.front();
    return std::nullopt;
}

std::optional<std::size_t> Anatomy::last_paragraph() const {
    std::size_t last = 0;
    bool any = false;
    for (const auto& s : signer) last = std::max(last, s.paragraph), any = true;
    for (std::size_t r : recipient_lines) last = std::max(last, r), any = true;
    if (any) return last;
    if (!content.empty()) return content.back();
    return std::nullopt;
}

bool Anatomy::in_frame(std::size_t paragraph) const {
    return paragraph < frame_.size() && frame_[paragraph];
}

}  // namespace soat::analysis
