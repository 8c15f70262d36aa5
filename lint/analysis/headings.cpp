#include "analysis/headings.hpp"

#include "analysis/anatomy.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <optional>

namespace soat::analysis {

namespace {

// Nesting rank of each label kind; a heading nests under the nearest earlier one of lower rank.
int rank_of(const Heading& h) {
    switch (h.kind) {
        case Heading::Kind::Part: return 10;
        case Heading::Kind::UpperLetter: return 20;
        case Heading::Kind::Roman: return 30;
        case Heading::Kind::Article: return 35;
        case Heading::Kind::Arabic: return 30 + 10 * static_cast<int>(h.numbers.size());
        case Heading::Kind::LowerLetter: return 80;
        case Heading::Kind::ParenNumber: return 90;
        case Heading::Kind::Styled: break;
    }
    return 0;  // styled headings use their outline level
}

int roman_value(std::string_view s) {
    int total = 0;
    int prev = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
        const int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : *it == 'L' ? 50 : 0;
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    return total;
}

int ordinal_word(const std::string& folded) {
    static const char* const kWords[] = {"nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"};
    for (int i = 0; i < 10; ++i) {
        if (folded == kWords[i]) return i + 1;
    }
    if (folded == "bon") return 4;
    return 0;
}

// "Lan", "Thu Hà.": one or two words, each a capital and lowercase letters, nothing else.
bool person_name(std::string_view text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
    int words = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        std::size_t first = start;
        utf8::next(text, first);
        const std::string_view head = text.substr(start, first - start), tail = text.substr(first, end - first);
        bool lower = !tail.empty();
        for (std::size_t k = 0; k < tail.size() && lower;) lower = words::is_lower(utf8::next(tail, k));
        if (!is_upper_line(head) || !lower || ++words > 2) return false;
        i = end < text.size() ? end + 1 : end;
    }
    return words > 0;
}

struct Match {
    Heading::Kind kind;
    std::string label;
    std::vector<int> numbers;
    bool dot = false;
    std::size_t consumed = 0;  // bytes of label and following spaces
};

// Reads a label at the start of `text` (after markup). The title must follow except after "Phần"
// and "Điều".
std::optional<Match> read_label(std::string_view text) {
    // A no-break space after a label is a space (Word puts one after typed numbers).
    // Each pattern is compiled at its first use, and tried only on a text opening with a byte its
    // label can open with.
    static LazyRE2 part = {R"(^((?i:phần)[\s\x{A0}]+(?:(?i:thứ)[\s\x{A0}]+(\p{Latin}+)|([IVX]+)\b))[.:]?[\s\x{A0}]*)"};
    static LazyRE2 article = {R"(^((?:Điều|ĐIỀU)[\s\x{A0}]+(\d{1,3})[.:]?)(?:[\s\x{A0}]+|$))"};
    static LazyRE2 roman = {R"(^(([IVXL]+)(?:\.|[\s\x{A0}]?-))[\s\x{A0}]*)"};
    static LazyRE2 upper = {R"(^(([A-Z])\.)[\s\x{A0}]+)"};
    static LazyRE2 arabic = {R"(^((\d{1,2}(?:\.\d{1,2}){0,3})(\.?))[\s\x{A0}]+)"};
    static LazyRE2 lower = {R"(^(([a-zđ])\))[\s\x{A0}]+)"};
    static LazyRE2 paren = {R"(^(\((\d{1,2})\))[\s\x{A0}]*)"};
    re2::StringPiece in(text.data(), text.size());
    std::string label, value, dot, roman_part;
    Match m;
    auto done = [&](Heading::Kind kind) {
        m.kind = kind;
        m.label = label;
        m.consumed = text.size() - in.size();
        return m;
    };
    const char c = text.empty() ? '\0' : text[0];
    if ((c == 'p' || c == 'P') && RE2::Consume(&in, *part, &label, &value, &roman_part)) {
        const int n = value.empty() ? roman_value(roman_part) : ordinal_word(fold(value));
        if (n == 0) return std::nullopt;
        // "Phần thứ hai bao gồm …" is a sentence; a part heading stands alone or before its title.
        if (!in.empty()) {
            const std::string_view rest(in.data(), in.size());
            std::size_t first = 0;
            utf8::next(rest, first);
            if (!is_upper_line(rest.substr(0, first)) && rest[0] != '(' && rest[0] != '-') return std::nullopt;
        }
        m.numbers = {n};
        return done(Heading::Kind::Part);
    }
    if (text.starts_with("Đ") && RE2::Consume(&in, *article, &label, &value)) {
        // "Điều 36 quy định về …" cites an article in a sentence; a heading puts a mark after its
        // number or a capital after it.
        if (!in.empty() && label.back() != '.' && label.back() != ':') {
            const std::string_view rest(in.data(), in.size());
            std::size_t first = 0;
            utf8::next(rest, first);
            if (!is_upper_line(rest.substr(0, first)) && rest[0] != '(' && rest[0] != '-') return std::nullopt;
        }
        m.numbers = {std::stoi(value)};
        return done(Heading::Kind::Article);
    }
    if ((c == 'I' || c == 'V' || c == 'X' || c == 'L') && RE2::Consume(&in, *roman, &label, &value)) {
        m.numbers = {roman_value(value)};
        return done(Heading::Kind::Roman);
    }
    if (c >= 'A' && c <= 'Z' && text.size() > 1 && text[1] == '.' && RE2::Consume(&in, *upper, &label, &value)) {
        // "H. Lan" under an article: a writer's initial and name, no heading; "P. 215": a page.
        const std::string_view rest(in.data(), in.size());
        if (person_name(rest)) return std::nullopt;
        if (!rest.empty() && rest.find_first_not_of("0123456789.,-– ") == std::string_view::npos) return std::nullopt;
        m.numbers = {value[0] - 'A' + 1};
        return done(Heading::Kind::UpperLetter);
    }
    if (c >= '0' && c <= '9' && RE2::Consume(&in, *arabic, &label, &value, &dot)) {
        for (std::size_t start = 0; start <= value.size();) {
            const auto stop = value.find('.', start);
            m.numbers.push_back(std::stoi(value.substr(start, stop - start)));
            if (stop == std::string::npos) break;
            start = stop + 1;
        }
        m.dot = !dot.empty();
        // "1 " is a count, "2.5 triệu" a number: an undotted label needs depth and a capital.
        if (!m.dot) {
            if (m.numbers.size() < 2 || in.empty()) return std::nullopt;
            std::size_t i = 0;
            const std::string_view rest(in.data(), in.size());
            utf8::next(rest, i);
            if (!is_upper_line(rest.substr(0, i))) return std::nullopt;
        }
        if (m.numbers.front() == 0) return std::nullopt;
        return done(Heading::Kind::Arabic);
    }
    if (((c >= 'a' && c <= 'z') || text.starts_with("đ")) && RE2::Consume(&in, *lower, &label, &value)) {
        m.numbers = {letter_index(value)};
        return done(Heading::Kind::LowerLetter);
    }
    if (c == '(' && RE2::Consume(&in, *paren, &label, &value)) {
        m.numbers = {std::stoi(value)};
        return done(Heading::Kind::ParenNumber);
    }
    return std::nullopt;
}

}  // namespace

bool table_of_contents(const model::Paragraph& p) {
    const std::string style = fold(p.style_id + " " + p.style_name);
    if (style.rfind("toc", 0) == 0 || style.find(" toc") != std::string::npos || style.find("muc luc") != std::string::npos) {
        return true;
    }
    static LazyRE2 page_number = {R"(\t[.\s…]*\d{1,4}\s*$)"};
    return p.text.find('\t') != std::string::npos && RE2::PartialMatch(p.text, *page_number);
}

int letter_index(std::string_view letter) {
    if (letter == "đ") return 5;
    if (letter.size() != 1 || letter[0] < 'a' || letter[0] > 'z') return 0;
    const int base = letter[0] - 'a' + 1;
    return base <= 4 ? base : base + 1;
}

// "1." "2." "3." numbering steps inside section "4.3." is a list, not chapters 1–3: a one-level
// number that does not follow the open one-level heading while a deeper numbered section is open.
bool Headings::list_item(const Heading& h, const std::vector<int>& stack, const std::vector<int>& ranks) const {
    if (h.kind != Heading::Kind::Arabic || h.numbers.size() != 1) return false;
    bool deeper_open = false;
    for (std::size_t k = stack.size(); k-- > 0;) {
        const Heading& open = headings_[stack[k]];
        if (open.kind != Heading::Kind::Arabic || ranks[k] == kListRank) continue;
        if (open.numbers.size() >= 2) {
            deeper_open = true;
        } else if (open.numbers.size() == 1) {
            return deeper_open && open.numbers[0] + 1 != h.numbers[0];
        }
    }
    return deeper_open;
}

Headings::Headings(const Analysis& analysis) {
    const auto& paragraphs = analysis.document().paragraphs;
    const auto& anatomy = analysis.get<Anatomy>();
    index_of_.assign(paragraphs.size(), -1);
    enclosing_.assign(paragraphs.size(), -1);

    std::vector<int> stack;  // heading indices of the open path
    std::vector<int> ranks;  // their ranks
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const auto& p = paragraphs[i];
        if (p.area != model::Area::Body || p.cell || anatomy.in_frame(i) || table_of_contents(p)) {
            enclosing_[i] = stack.empty() ? -1 : stack.back();
            continue;
        }
        const std::size_t skip = markup_prefix(p.text);
        const std::string_view text = std::string_view(p.text).substr(skip);
        Heading h;
        h.paragraph = i;
        bool is_heading = false;
        int rank = 0;
        if (auto m = read_label(text)) {
            std::string title = plain(text.substr(m->consumed));
            // "P. Kế hoạch - Tài chính": a letter far into the alphabet with no lettered heading open
            // abbreviates a word (Phòng), no heading.
            const bool lone_letter = m->kind == Heading::Kind::UpperLetter && m->numbers[0] > 5 &&
                                     std::none_of(stack.begin(), stack.end(), [&](int k) {
                                         return headings_[k].kind == Heading::Kind::UpperLetter;
                                     });
            // A part, or an article whose title is left out ("Điều 2." over its clauses), may stand alone.
            if (!lone_letter && (!title.empty() || m->kind == Heading::Kind::Part || m->kind == Heading::Kind::Article)) {
                // "I." right after "H." is the next letter, not one.
                if (m->kind == Heading::Kind::Roman && m->label.size() == 2) {
                    for (int j = static_cast<int>(stack.size()) - 1; j >= 0; --j) {
                        const Heading& open = headings_[stack[j]];
                        if (open.kind == Heading::Kind::UpperLetter && open.numbers[0] == m->label[0] - 'A') {
                            m->kind = Heading::Kind::UpperLetter;
                            m->numbers = {m->label[0] - 'A' + 1};
                        }
                        if (open.kind == Heading::Kind::UpperLetter || open.kind == Heading::Kind::Roman) break;
                    }
                }
                h.kind = m->kind;
                h.label = m->label;
                h.numbers = m->numbers;
                h.trailing_dot = m->dot;
                h.title = title;
                h.label_begin = utf8::cp_offset(p.text, skip);
                h.label_end = h.label_begin + utf8::length(m->label);
                rank = rank_of(h);
                if (list_item(h, stack, ranks)) rank = kListRank;
                is_heading = true;
            }
        }
        if (!is_heading && p.heading_level > 0) {
            h.title = plain(p.text);
            rank = p.heading_level * 10 - 5;
            // An outline level on a bulleted line ("- Năm 2025, …", formatting copied along with
            // a heading's) makes no heading: a heading is never a list item.
            const bool bullet = h.title.rfind("- ", 0) == 0 || h.title.rfind("+ ", 0) == 0 ||
                                h.title.rfind("\u2013 ", 0) == 0 || h.title.rfind("\u2022", 0) == 0;
            is_heading = !h.title.empty() && !bullet;
        }
        if (is_heading) {
            while (!stack.empty() && ranks.back() >= rank) {
                stack.pop_back();
                ranks.pop_back();
            }
            h.parent = stack.empty() ? -1 : stack.back();
            h.level = stack.empty() ? 1 : headings_[stack.back()].level + 1;
            headings_.push_back(std::move(h));
            index_of_[i] = static_cast<int>(headings_.size() - 1);
            stack.push_back(index_of_[i]);
            ranks.push_back(rank);
        }
        enclosing_[i] = stack.empty() ? -1 : stack.back();
    }
}

const Heading* Headings::at(std::size_t paragraph) const {
    if (paragraph >= index_of_.size() || index_of_[paragraph] < 0) return nullptr;
    return &headings_[index_of_[paragraph]];
}

std::string Headings::path(std::size_t paragraph) const {
    if (paragraph >= enclosing_.size()) return {};
    std::vector<const Heading*> chain;
    for (int j = enclosing_[paragraph]; j >= 0; j = headings_[j].parent) chain.push_back(&headings_[j]);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!out.empty()) out += " › ";
        std::string text = (*it)->label.empty() ? (*it)->title : (*it)->label + " " + (*it)->title;
        if ((*it)->title.empty()) text = (*it)->label;
        // Numbered body paragraphs carry a whole paragraph: keep the first clause.
        const auto cut = text.find(". ", (*it)->label.size() + 1);
        if (cut != std::string::npos) text.resize(cut);
        if (text.size() > 120) {
            std::size_t n = 117;
            while (n > 0 && utf8::is_continuation(text[n])) --n;
            text = text.substr(0, n) + "…";
        }
        out += text;
    }
    return out;
}

}  // namespace soat::analysis
