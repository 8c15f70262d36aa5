#include "checks/months_span.hpp"

#include "analysis/matched_digits.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <string>

namespace soat::checks {

namespace {

}  // namespace

void months_spans(const engine::Context& context, engine::Sink& sink) {
    // Groups: 1 the count, 2 đầu/cuối, 3 first day, 4 first month, 5 last day, 6 last month.
    // (A span across the new year, `5 tháng (từ tháng 11 đến tháng 3)`, counts on past December.)
    static LazyRE2 span = {
        R"((\d{1,2})\s+tháng(?:\s+(đầu|cuối)\s+năm(?:\s+\d{4})?)?\s*\(\s*(?:tính\s+)?từ\s+(?:(?:ngày\s+)?(\d{1,2})/|tháng\s+)(\d{1,2})(?:/\d{4})?)"
        R"(\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:(?:ngày\s+)?(\d{1,2})/|tháng\s+)(\d{1,2})(?:/\d{4})?\s*\))"};
    const auto& paragraphs = context.document.paragraphs;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const std::string& text = paragraphs[p].text;
        if (text.find("tháng") == std::string::npos || text.find('(') == std::string::npos) continue;
        re2::StringPiece input(text), g[7];
        std::size_t pos = 0;
        while (pos < text.size() && span->Match(input, pos, text.size(), RE2::UNANCHORED, g, 7)) {
            const std::size_t b = static_cast<std::size_t>(g[0].data() - text.data());
            pos = b + g[0].size();
            const int stated = analysis::matched_int(g[1]), from = analysis::matched_int(g[4]), to = analysis::matched_int(g[6]);
            if (stated < 1 || stated > 12 || from < 1 || from > 12 || to < 1 || to > 12) continue;
            // A day other than a month's first or last leaves whole months uncounted.
            if ((g[3].data() && analysis::matched_int(g[3]) != 1) || (g[5].data() && analysis::matched_int(g[5]) < 28)) continue;
            const int months = to >= from ? to - from + 1 : to + 12 - from + 1;
            if (months == stated) continue;
            engine::Draft d;
            d.range = model::Range{p, utf8::cp_offset(text, b), utf8::cp_offset(text, pos)};
            d.message = "months";
            d.args = {{"span", std::string(g[0].data(), g[0].size())}, {"stated", std::to_string(stated)},
                      {"months", std::to_string(months)}, {"from", std::to_string(from)}, {"to", std::to_string(to)}};
            sink.emit(std::move(d));
        }
    }
}

}  // namespace soat::checks
