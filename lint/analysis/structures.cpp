#include "analysis/structures.hpp"

#include "analysis/claims.hpp"
#include "analysis/years.hpp"

#include <algorithm>

namespace soat::analysis {

namespace {

constexpr std::size_t npos = std::string::npos;

// Lowercased words of a label, without parenthesised asides and punctuation.
std::vector<std::string> label_words(std::string_view text) {
    std::string plain;
    int depth = 0;
    for (char c : lower(text)) {
        if (c == '(') ++depth;
        if (depth == 0) plain += c;
        if (c == ')' && depth > 0) --depth;
    }
    for (const char* cut : {";", ":", "trong đó"}) {
        const std::size_t at = plain.rfind(cut);
        if (at != npos) plain.erase(0, at + std::string_view(cut).size());
    }
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i <= plain.size(); ++i) {
        const char c = i < plain.size() ? plain[i] : ' ';
        const bool separator = c == ' ' || c == ',' || c == '.' || c == '-' || c == '*' || c == '"' || c == '/';
        if (!separator) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    return words;
}

// "lao động trong lĩnh vực công nghiệp xây dựng chiếm" -> "công nghiệp".
std::string part_key(std::vector<std::string> words) {
    static const std::vector<std::vector<std::string>> kLeading = {
        {"lao", "động", "trong"}, {"lao", "động"}, {"ngành"}, {"lĩnh", "vực"}, {"khu", "vực"}, {"nhóm"}, {"và"}, {"còn"}};
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const auto& lead : kLeading) {
            if (words.size() > lead.size() && std::equal(lead.begin(), lead.end(), words.begin())) {
                words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(lead.size()));
                stripped = true;
            }
        }
    }
    if (words.empty() || words.front() == "chiếm") return {};
    return words.size() >= 2 && words[1] != "chiếm" && words[1] != "khoảng" ? words[0] + " " + words[1] : words[0];
}

// The two words after "cơ cấu" ("lao động", "kinh tế"), or "" when punctuation comes first.
std::string whole_after(std::string_view l, std::size_t at) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = at; i <= l.size() && words.size() < 2; ++i) {
        const char c = i < l.size() ? l[i] : '.';
        if (c == ' ' || c == '*') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')') {
            if (!word.empty()) words.push_back(std::move(word));
            break;
        } else {
            word += c;
        }
    }
    return words.size() == 2 ? words[0] + " " + words[1] : std::string();
}

}  // namespace

Structures::Structures(const Analysis& analysis) {
    const auto& doc = analysis.document();
    const auto& quantities = analysis.get<Quantities>();
    const auto& qs = quantities.all();
    const auto& groups = analysis.get<Claims>().shares();
    if (groups.size() < 2) return;
    const auto& years = analysis.get<Years>();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const ShareGroup& group = groups[g];
        if (!group.structure) continue;
        const Quantity& first = qs[group.shares.front()];
        const std::size_t p = first.paragraph;
        const std::string_view t = doc.paragraphs[p].text;
        const std::string l = lower(t);
        std::size_t cc = l.rfind("cơ cấu", first.byte_begin);
        if (cc == npos) cc = l.find("cơ cấu");
        Structure s;
        s.group = g;
        s.whole = whole_after(l, cc + std::string_view("cơ cấu").size());
        if (s.whole.empty()) continue;
        const SentenceBytes sentence = quantities.sentence_at(p, first.byte_begin);
        s.year = own_year(l, sentence.begin, sentence.end);
        if (!s.year) s.year = years.of(p);
        s.qualifier = period_qualifier(std::string_view(l).substr(sentence.begin, sentence.end - sentence.begin));
        std::size_t from = sentence.begin;
        for (std::size_t i = 0; i < group.shares.size(); ++i) {
            const Quantity& share = qs[group.shares[i]];
            s.keys.push_back(part_key(label_words(t.substr(from, share.byte_begin - from))));
            from = group.changes[i] ? qs[group.changes[i]->first].unit_end : share.unit_end;
        }
        if (std::find(s.keys.begin(), s.keys.end(), std::string()) != s.keys.end()) continue;
        structures_.push_back(std::move(s));
    }
}

}  // namespace soat::analysis
