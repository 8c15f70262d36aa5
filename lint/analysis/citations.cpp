#include "analysis/citations.hpp"

#include "analysis/anatomy.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <algorithm>

namespace soat::analysis {

namespace {

// Where a title stops: end of clause, a parenthesis, or ", " before a capital (the next item).
std::size_t title_end(std::string_view s, bool& complete) {
    complete = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ';' || c == '(' || c == ')' || c == ':') return i;
        if (c == '.' && (i + 1 == s.size() || s[i + 1] == ' ')) return i;
        if (s.compare(i, 5, " và ") == 0 && i + 5 < s.size()) {
            std::size_t j = i + 5;
            utf8::next(s, j);
            if (is_upper_line(s.substr(i + 5, j - i - 5))) return i;
        }
        if (c == ',' && i + 2 < s.size() && s[i + 1] == ' ') {
            std::size_t j = i + 2;
            const char32_t cp = utf8::next(s, j);
            if (is_upper_line(s.substr(i + 2, j - i - 2)) && cp != 0) return i;
        }
    }
    complete = false;  // ran to the end of the paragraph without a full stop
    return s.size();
}

}  // namespace

Citations::Citations(const Analysis& analysis) {
    // Compiled at their first use: a document without a '/' (every symbol has one) needs none.
    static LazyRE2 cite = {
        R"((Nghị quyết liên tịch|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông báo|Nghị định|Thông tư liên tịch|)"
        R"(Thông tư|Công văn|Văn bản|Hướng dẫn|Quy định|Công điện|Chương trình|Đề án|Tờ trình|Báo cáo|Luật|Pháp lệnh|)"
        R"(Quy chế|Thông tri)\s+(số\s+)?)"
        R"((\d{1,4}(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*|\d{1,4}-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ0-9]*))"};
    static LazyRE2 date = {R"(^,?\s*ngày\s+(?:(\d{1,2})/(\d{1,2})/(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})))"};
    static LazyRE2 dated = {R"(^,?\s*ngày\b)"};
    const auto& paragraphs = analysis.document().paragraphs;
    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        const std::string& text = paragraphs[pi].text;
        if (text.find('/') == std::string::npos) continue;
        re2::StringPiece input(text);
        std::string type, so, symbol;
        while (RE2::FindAndConsume(&input, *cite, &type, &so, &symbol)) {
            Citation c;
            c.paragraph = pi;
            const std::size_t end_byte = static_cast<std::size_t>(input.data() - text.data());
            const std::size_t b = text.rfind(type, end_byte - symbol.size());
            c.begin = utf8::cp_offset(text, b);
            c.end = utf8::cp_offset(text, end_byte);
            c.type_text = type;
            c.type = fold(type);
            c.has_so = !so.empty();
            c.symbol = symbol;
            c.party = symbol.find('-') < symbol.find('/');
            std::string_view rest(input.data(), input.size());
            re2::StringPiece dp(rest.data(), rest.size());
            std::string d1, m1, y1, d2, m2, y2;
            c.dated = RE2::PartialMatch(rest.substr(0, std::min<std::size_t>(rest.size(), 12)), *dated);
            if (RE2::Consume(&dp, *date, &d1, &m1, &y1, &d2, &m2, &y2)) {
                c.day = std::stoi(d1.empty() ? d2 : d1);
                c.month = std::stoi(m1.empty() ? m2 : m1);
                c.year = std::stoi(y1.empty() ? y2 : y1);
                std::size_t lead = 0;
                while (lead < rest.size() && (rest[lead] == ',' || rest[lead] == ' ')) ++lead;
                c.date_begin = c.end + utf8::cp_offset(rest, lead);
                c.date_end = c.end + utf8::cp_offset(rest, static_cast<std::size_t>(dp.data() - rest.data()));
                rest.remove_prefix(static_cast<std::size_t>(dp.data() - rest.data()));
            }
            if (rest.rfind(" của ", 0) == 0) {
                rest.remove_prefix(std::string_view(" của ").size());
                std::size_t stop = rest.size();
                for (const char* t : {",", ";", ".", "(", " về ", " Về "}) stop = std::min(stop, rest.find(t));
                c.issuer = std::string(rest.substr(0, stop));
                rest.remove_prefix(stop);
            }
            if (rest.rfind(" về ", 0) == 0 || rest.rfind(" Về ", 0) == 0) {
                rest.remove_prefix(std::string_view(" về ").size());
                const std::size_t stop = title_end(rest, c.title_complete);
                c.title = plain(rest.substr(0, stop));
            }
            all.push_back(std::move(c));
        }
    }
}

}  // namespace soat::analysis
