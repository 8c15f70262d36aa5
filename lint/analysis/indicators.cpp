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

// `w` in `s` as whole words ("ước" is not in "nước").
bool has_word(std::string_view s, std::string_view w) {
    auto boundary = [](char c) { return c == ' ' || c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')'; };
    for (std::size_t at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1)) {
        const bool left = at == 0 || boundary(s[at - 1]);
        const bool right = at + w.size() == s.size() || boundary(s[at + w.size()]);
        if (left && right) return true;
    }
    return false;
}

// Drops every "năm YYYY" (with "đến hết", "đến cuối", "cuối", "trong" before it) and the
// report's own territory from lowercased words; returns the rest, one space between words.
std::string indicator_words(std::string_view l) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < l.size()) {
        while (i < l.size() && l[i] == ' ') ++i;
        std::size_t e = i;
        while (e < l.size() && l[e] != ' ') ++e;
        if (e > i) words.emplace_back(l.substr(i, e - i));
        i = e;
    }
    std::vector<std::string> out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (year) {
            if (!out.empty() && out.back() == "năm") out.pop_back();
            while (!out.empty() && (out.back() == "hết" || out.back() == "cuối" || out.back() == "đến" || out.back() == "trong")) out.pop_back();
            continue;
        }
        out.push_back(w);
    }
    std::string joined;
    for (const auto& w : out) joined += " " + w;
    for (const std::string_view own : {" trên địa bàn tỉnh", " trên địa bàn", " của tỉnh", " toàn tỉnh"}) {
        for (std::size_t at = joined.find(own); at != std::string::npos; at = joined.find(own)) joined.erase(at, own.size());
    }
    if (!joined.empty()) joined.erase(0, 1);
    return joined;
}

}  // namespace

void Indicators::read_amounts(const Analysis& analysis) {
    const auto& doc = analysis.document();
    const auto& quantities = analysis.get<Quantities>();
    const auto& qs = quantities.all();
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const auto [first, last] = quantities.in(p);
        if (first == last || !quantities.vietnamese(p)) continue;
        std::string l;  // lowercased once a sentence qualifies
        for (const auto& s : quantities.sentences(p)) {
            // The first figure of the sentence that is no year, a year before it.
            std::size_t k = first;
            bool dated = false;
            while (k < last && (qs[k].byte_begin < s.begin || qs[k].role == Role::Year)) {
                dated = dated || (qs[k].byte_begin >= s.begin && qs[k].role == Role::Year);
                ++k;
            }
            if (!dated || k >= last || qs[k].byte_begin >= s.end || qs[k].role != Role::Quantity || qs[k].ambiguous || qs[k].percent() ||
                qs[k].hedge != Hedge::None || qs[k].negative) {
                continue;
            }
            if (l.empty()) l = lower(doc.paragraphs[p].text);
            const std::string_view sentence = std::string_view(l).substr(s.begin, s.end - s.begin);
            bool excluded = false;
            for (const char* w : {"tháng", "quý", "kế hoạch", "dự toán", "mục tiêu", "phấn đấu", "chỉ tiêu", "dự kiến", "ước", "khoảng",
                                  "bình quân", "trong đó", "riêng", "gồm", "lũy kế", "luỹ kế", "giai đoạn", "huyện", "thành phố", "thị xã"}) {
                excluded = excluded || has_word(sentence, w);
            }
            if (excluded) continue;
            // The year named before the figure (a comparison after it names another).
            const int year = own_year(l, s.begin, qs[k].byte_begin);
            if (!year) continue;
            const std::size_t end = std::max(qs[k].unit_end, qs[k].noun_end);
            std::string lead(l.substr(s.begin, qs[k].byte_begin - s.begin));
            // "Năm 2024, …", "Đến hết năm 2024, …": the date opening the sentence.
            if (const std::size_t comma = lead.find(','); comma != std::string::npos) {
                const std::string opening = indicator_words(lead.substr(0, comma));
                if (!opening.empty()) continue;
                lead.erase(0, comma + 1);
            }
            if (lead.find_first_of(",;:()") != std::string::npos) continue;
            std::string phrase = indicator_words(lead);
            std::string tail(l.substr(end, s.end - end));
            while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.pop_back();
            auto ends_with_word = [](std::string& x, std::string_view w) {
                if (x == w) {
                    x.clear();
                    return true;
                }
                if (x.size() > w.size() && x.ends_with(w) && x[x.size() - w.size() - 1] == ' ') {
                    x.erase(x.size() - w.size() - 1);
                    return true;
                }
                return false;
            };
            // An amount named by the head noun of its measure ("kim ngạch xuất khẩu …", "doanh thu
            // …", "sản lượng …") names a total as "tổng" does.
            bool measure_head = false;
            for (const std::string_view head : {"kim ngạch ", "doanh thu ", "sản lượng ", "dư nợ ", "tổng mức "}) {
                measure_head = measure_head || phrase.starts_with(head);
            }
            if (phrase.starts_with("tổng ") || phrase.starts_with("số ") || measure_head) {
                // "<indicator> đạt|là A", the figure closing its clause.
                if (!ends_with_word(phrase, "đạt") && !ends_with_word(phrase, "là")) continue;
                // "… là 227 hợp tác xã": the rest of a count noun the indicator names ("xã" of "hợp
                // tác xã") closes the clause as well.
                if (!tail.empty() && tail[0] == ' ') {
                    const std::size_t cut = tail.find_first_of(",;");
                    const std::string rest_of_noun = tail.substr(1, cut == std::string::npos ? std::string::npos : cut - 1);
                    if (!rest_of_noun.empty() && rest_of_noun.find(' ') == std::string::npos && contains(" " + phrase + " ", " " + rest_of_noun + " ")) {
                        tail = cut == std::string::npos ? std::string() : tail.substr(cut);
                    }
                }
                if (!tail.empty() && tail[0] != ',' && tail[0] != ';') continue;
                if (phrase.starts_with("số ")) phrase.erase(0, std::string_view("số ").size());
            } else {
                // "toàn tỉnh có N <noun phrase>": the count names the indicator after it.
                std::string verb = phrase;
                if (!ends_with_word(verb, "có") || !(verb.empty() || verb == "hiện")) continue;
                if (!qs[k].is_count() || tail.find_first_of(",;:()") != std::string::npos) continue;
                std::string named(l.substr(qs[k].byte_end, s.end - qs[k].byte_end));
                while (!named.empty() && (named.back() == '.' || named.back() == ' ')) named.pop_back();
                phrase = indicator_words(named);
            }
            const auto words = std::count(phrase.begin(), phrase.end(), ' ') + 1;
            if (phrase.empty() || words < 3 || words > 12) continue;
            bool other_figure = false;
            for (std::size_t j = first; j < last; ++j) {
                if (j != k && qs[j].byte_begin >= s.begin && qs[j].byte_begin < qs[k].byte_begin && qs[j].role != Role::Year) other_figure = true;
            }
            if (other_figure) continue;
            amounts_.push_back({phrase, year, k});
        }
    }
}

Indicators::Indicators(const Analysis& analysis) {
    read_amounts(analysis);
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
                // "tỷ lệ trẻ em dưới 1 tuổi …": an age bound inside the name is part of it.
                if (word == "dưới" || word == "trên" || word == "từ") {
                    std::size_t n1 = e;
                    while (n1 < l.size() && l[n1] == ' ') ++n1;
                    std::size_t n2 = n1;
                    while (n2 < l.size() && std::isdigit(static_cast<unsigned char>(l[n2]))) ++n2;
                    if (n2 > n1 && n2 - n1 <= 2 && std::string_view(l).substr(n2).starts_with(" tuổi")) {
                        phrase += (phrase.empty() ? "" : " ") + word + " " + l.substr(n1, n2 - n1) + " tuổi";
                        words += 3;
                        i = n2 + std::string_view(" tuổi").size();
                        continue;
                    }
                }
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
            // "tỷ lệ lấp đầy" alone does not name its scope; a long name (up to 14 words) is the more
            // specific.
            if (words < 3 || words > 14) continue;
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
                // "năm 2024 của tỉnh đạt": the report's own territory names no other scope.
                const bool own = (word == "của" || word == "toàn") && std::string_view(l).substr(e).starts_with(" tỉnh ");
                const bool own_name = word == "tỉnh" && w >= 4 && (std::string_view(l).substr(0, w).ends_with("của ") ||
                                                                   std::string_view(l).substr(0, w).ends_with("toàn "));
                clean = word.empty() || verbs().count(word) || year || own || own_name;
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
