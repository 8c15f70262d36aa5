#include "analysis/indicators.hpp"

#include "analysis/headings.hpp"
#include "analysis/phrases.hpp"
#include "analysis/quantities.hpp"
#include "analysis/years.hpp"

#include <algorithm>
#include <set>

namespace soat::analysis {

namespace {

using phrases::contains;

constexpr std::size_t npos = std::string::npos;

// Words that end the indicator phrase and may stand between it and its value.
const std::set<std::string>& verbs() {
    static const std::set<std::string> kVerbs = {"đạt", "là", "còn", "ước", "khoảng", "trên", "dưới", "gần", "dự", "kiến",
                                                 "phấn", "đấu", "năm", "chiếm", "tối", "thiểu", "ở", "mức", "đến", "tính", "lên"};
    return kVerbs;
}

// Only a label ("(14)", "14.", "a)", "-", "+") and a word of intent ("phấn đấu", "dự kiến")
// stand between the clause start and `at`.
bool opens_clause(std::string_view l, std::size_t at) {
    std::size_t b = at;
    while (b > 0 && l[b - 1] != ';' && l[b - 1] != ':' && l[b - 1] != '.' && l[b - 1] != ',') --b;
    std::string lead;
    for (char c : l.substr(b, at - b)) {
        if (c != ' ' && c != '*') lead += c;
    }
    // "(góp phần) nâng|đưa tỷ lệ … lên X%": the level the rate reached.
    for (const std::string_view intent : {"phấnđấu", "dựkiến", "ướctính", "ước", "gópphầnnâng", "gópphầnđưa", "nâng", "đưa"}) {
        if (lead.size() >= intent.size() && lead.compare(lead.size() - intent.size(), intent.size(), intent) == 0) {
            lead.erase(lead.size() - intent.size());
            break;
        }
    }
    if (lead.empty() || lead == "-" || lead == "+") return true;
    const bool paren = lead.front() == '(' && lead.back() == ')';
    const std::string inner = paren ? lead.substr(1, lead.size() - 2) : lead.substr(0, lead.size() - 1);
    const bool digits = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool letter = inner.size() == 1 && inner[0] >= 'a' && inner[0] <= 'z';
    return paren ? digits : (lead.back() == ')' || lead.back() == '.') && (digits || letter);
}

bool target_text(std::string_view l) {
    for (const char* w : {"phấn đấu", "mục tiêu", "chỉ tiêu", "dự kiến", "dự báo", "kế hoạch giao", "giao kế hoạch"}) {
        if (contains(l, w)) return true;
    }
    return false;
}

}  // namespace

Indicators::Indicators(const Analysis& analysis) {
    const auto& doc = analysis.document();
    const auto& quantities = analysis.get<Quantities>();
    const auto& qs = quantities.all();
    const auto& years = analysis.get<Years>();
    const auto& headings = analysis.get<Headings>();
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        if (!quantities.vietnamese(p)) continue;
        const std::string_view t = doc.paragraphs[p].text;
        if (!contains(t, "ỷ lệ")) continue;
        const std::string l = lower(t);
        const auto [first, last] = quantities.in(p);
        for (std::size_t at = l.find("tỷ lệ"); at != npos; at = l.find("tỷ lệ", at + 1)) {
            if (!opens_clause(l, at)) continue;
            // The phrase: words up to the first verb, digit or punctuation.
            std::size_t i = at + std::string_view("tỷ lệ").size();
            std::string phrase;
            int words = 0;
            while (i < l.size()) {
                while (i < l.size() && l[i] == ' ') ++i;
                std::size_t e = i;
                while (e < l.size() && l[e] != ' ' && l[e] != ',' && l[e] != ';' && l[e] != '(' && l[e] != ':') ++e;
                const std::string word = l.substr(i, e - i);
                if (word.empty() || verbs().count(word) || std::isdigit(static_cast<unsigned char>(word[0])) || word == "tăng" ||
                    word == "giảm") {
                    break;
                }
                phrase += (phrase.empty() ? "" : " ") + word;
                ++words;
                i = e;
            }
            // "tỷ lệ lao động qua đào tạo của tỉnh": the report's own territory names no other scope.
            for (const std::string_view own : {" của tỉnh", " toàn tỉnh", " của thành phố", " toàn thành phố", " của huyện", " toàn huyện"}) {
                if (phrase.size() > own.size() && phrase.ends_with(own)) {
                    phrase.erase(phrase.size() - own.size());
                    words -= 2 + (own.find("thành phố") != std::string_view::npos ? 1 : 0);
                    break;
                }
            }
            if (words < 3 || words > 10) continue;  // "tỷ lệ lấp đầy" alone does not name its scope
            // The value: the next figure, a percentage, with only verbs and a year before it.
            std::size_t k = first;
            while (k < last && qs[k].byte_begin < i) ++k;
            while (k < last && qs[k].role == Role::Year) ++k;
            if (k >= last || !qs[k].percent() || qs[k].role != Role::Quantity || qs[k].ambiguous) continue;
            bool clean = true;
            std::size_t w = i;
            while (w < qs[k].byte_begin && clean) {
                while (w < qs[k].byte_begin && l[w] == ' ') ++w;
                std::size_t e = w;
                while (e < qs[k].byte_begin && l[e] != ' ') ++e;
                const std::string word = l.substr(w, e - w);
                const bool year = word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
                clean = word.empty() || verbs().count(word) || year;
                w = e;
            }
            if (!clean) continue;
            const SentenceBytes s = quantities.sentence_at(p, at);
            const std::string_view sentence = std::string_view(l).substr(s.begin, s.end - s.begin);
            RateStatement r;
            r.phrase = std::move(phrase);
            r.year = own_year(l, s.begin, s.end);
            if (!r.year) r.year = years.of(p);
            r.qualifier = period_qualifier(sentence);
            const std::string path = lower(headings.path(p));
            r.target = target_text(sentence) || contains(path, "mục tiêu") || contains(path, "chỉ tiêu") ||
                       contains(path, "phương hướng") || contains(path, "nhiệm vụ");
            r.quantity = k;
            rates_.push_back(std::move(r));
        }
    }
}

}  // namespace soat::analysis
