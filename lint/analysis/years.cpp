#include "analysis/years.hpp"

#include "analysis/anatomy.hpp"
#include "analysis/headings.hpp"
#include "analysis/periods.hpp"
#include "analysis/phrases.hpp"
#include "analysis/quantities.hpp"

#include <algorithm>

namespace soat::analysis {

using phrases::contains;

namespace {
constexpr std::size_t npos = std::string::npos;

// own_year() of a paragraph, lowering it only when it holds four digits in a row (a year after
// "năm " needs them; lower() leaves digits where they are): most paragraphs hold none.
int paragraph_year(std::string_view text) {
    int run = 0;
    for (const char c : text) {
        run = c >= '0' && c <= '9' ? run + 1 : 0;
        if (run == 4) {
            const std::string l = lower(text);
            return own_year(l, 0, l.size());
        }
    }
    return 0;
}
}  // namespace

int own_year(std::string_view l, std::size_t from, std::size_t to) {
    for (std::size_t at = l.find("năm ", from); at != npos && at + 9 <= to; at = l.find("năm ", at + 1)) {
        const std::string_view digits = l.substr(at + 5, 4);
        if (digits.size() < 4 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        if (at + 9 < l.size() && l[at + 9] >= '0' && l[at + 9] <= '9') continue;
        const int year = std::stoi(std::string(digits));
        if (year < 1900 || year > 2100) continue;
        const std::string before = " " + words_before(l, at, 2) + " ";
        if (contains(before, " so ") || contains(before, " với ") || contains(before, " kỳ ") || contains(before, " từ ")) continue;
        return year;
    }
    return 0;
}

std::string period_qualifier(std::string_view l) {
    for (const char* q : {"6 tháng", "9 tháng", "quý", "hiện nay"}) {
        if (contains(l, q)) return q;
    }
    for (const char* q : {"06 tháng", "09 tháng"}) {
        if (contains(l, q)) return std::string(q + 1);
    }
    if (contains(l, "đến nay") || contains(l, "hiện có")) return "hiện nay";
    return {};
}

Years::Years(const Analysis& analysis) {
    const auto& doc = analysis.document();
    const auto& headings = analysis.get<Headings>();
    const auto title = analysis.get<Periods>().title();
    auto& years = years_;
    years.assign(doc.paragraphs.size(), 0);
    int section = 0;
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const auto& para = doc.paragraphs[p];
        const int own = paragraph_year(para.text);
        const bool body = para.area == model::Area::Body && !para.cell;
        if (body && own && (headings.at(p) || is_upper_line(para.text) || title == p)) section = own;
        years[p] = own ? own : section;
    }
    // A footnote speaks of its reference's year unless it names its own.
    const auto& quantities = analysis.get<Quantities>();
    for (const auto& [note, paragraph] : quantities.notes()) {
        const auto ref = quantities.note_refs().find(note);
        if (ref == quantities.note_refs().end()) continue;
        if (!paragraph_year(doc.paragraphs[paragraph].text)) years[paragraph] = years[ref->second.first];
    }
}


}  // namespace soat::analysis
