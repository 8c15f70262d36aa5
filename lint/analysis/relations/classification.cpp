// A whole classified into disjoint classes: "Trên tổng số M cơ quan, đơn vị được đánh giá, a đơn
// vị xếp loại tốt, b đơn vị xếp loại khá và c đơn vị xếp loại trung bình", "Trong M chỉ tiêu …,
// có a chỉ tiêu vượt, b chỉ tiêu đạt và c chỉ tiêu không đạt", "xếp loại M tổ chức …: hoàn thành
// xuất sắc nhiệm vụ a tổ chức; hoàn thành tốt nhiệm vụ b tổ chức; …". The classes of one
// classification are disjoint, so the parts cannot add up to more than the whole (Σ ≤ M: a class
// may be left unnamed). Subsets that may overlap ("60 hộ nghèo, 50 hộ dân tộc thiểu số") are not
// classes: the parts are read as classes only when the sentence names an evaluation ("đánh giá",
// "xếp loại", "phân loại") or when the parts' names differ only by a grade ("tốt", "khá", "đạt",
// "không đạt", …); parts that differ by what they name ("26 xã đạt tiêu chí lao động, 25 xã đạt
// tiêu chí thu nhập") may overlap.
#include "analysis/relations/reading.hpp"

#include "analysis/complements.hpp"

#include <algorithm>
#include <set>

namespace soat::analysis::relations {

namespace {

// The whole opens the sentence's classification: after "Trong (tổng số)", "Trên tổng số", or
// closing its name with a colon before the parts.
bool opens_whole(const std::string& lead) {
    for (const char* w : {"trong", "trongsố", "trongtổngsố", "trêntổngsố"}) {
        if (lead == w || lead.ends_with(std::string(",") + w)) return true;
    }
    return false;
}

// A word of a grade: "xuất sắc", "tốt", "khá", "trung bình", "yếu", "kém", "vượt", "đạt",
// "không|chưa đạt", "hoàn thành"; or of a direction against one comparison, which a thing takes
// one of: "tăng", "giảm", "giữ (giá)", "ổn định", "không đổi", "đứng (giá)".
bool grade_word(const std::string& w) {
    static const std::set<std::string> kGrades = {"xuất", "sắc", "tốt", "khá", "trung", "bình", "yếu", "kém", "vượt", "đạt",
                                                  "không", "chưa", "hoàn", "thành", "tăng", "giảm", "giữ", "ổn", "định", "đổi", "đứng"};
    return kGrades.count(w) > 0;
}

bool noun_in(const std::string& noun, const std::string& name) {
    if (noun.empty()) return false;
    const auto n = phrases::words_of(noun);
    const auto w = phrases::words_of(name);
    return std::search(w.begin(), w.end(), n.begin(), n.end()) != w.end();
}

}  // namespace

void read_classification(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [first, last] = r.quantities.in(p);
        const std::string_view t = r.doc.paragraphs[p].text;
        for (std::size_t m = first; m < last; ++m) {
            const auto& q = qs[m];
            if (!r.usable(m) || !q.is_count() || q.noun.empty() || q.percent() || q.hedge != Hedge::None) continue;
            const auto s = r.quantities.sentence_at(p, q.byte_begin);
            // The parts: the figures after M in its sentence (years and dates aside).
            std::vector<std::size_t> parts;
            bool clean = true;
            for (std::size_t k = m + 1; k < last && qs[k].byte_begin < s.end; ++k) {
                if (qs[k].role == Role::Year || qs[k].role == Role::Date) continue;
                if (!r.usable(k) || !qs[k].is_count() || qs[k].percent() || qs[k].hedge != Hedge::None) {
                    clean = false;
                    break;
                }
                parts.push_back(k);
            }
            if (!clean || parts.size() < 2) continue;
            const std::size_t name_end = std::max(q.unit_end, q.noun_end);
            // No part in parentheses (a breakdown of a part).
            if (t.substr(name_end, qs[parts.back()].byte_begin - name_end).find('(') != std::string_view::npos) continue;
            const std::string lead = phrases::squeeze(t, s.begin, q.byte_begin);
            // The whole's name: from M's noun to the list, up to the comma or colon before the
            // first part's words.
            const std::string between = lower(t.substr(name_end, qs[parts[0]].byte_begin - name_end));
            const std::size_t colon = between.find(':');
            const bool colon_list = colon != std::string::npos && between.find_first_of(";()") == std::string::npos &&
                                    between.substr(0, colon).find(',') == std::string::npos;
            std::string name;
            if (opens_whole(lead)) {
                const std::size_t comma = between.rfind(',');
                if (comma == std::string::npos || between.find_first_of(";:()") != std::string::npos) continue;
                name = between.substr(0, comma);
                // ", có a …": what is left after the comma opens the list.
                const std::string opening = phrases::squeeze(between, comma + 1, between.size());
                if (!opening.empty() && opening != "có") continue;
            } else if (colon_list) {
                name = between.substr(0, colon);
            } else {
                continue;
            }
            // A breakdown after "trong đó", "gồm", "như" is a composition or a list of examples
            // (claims.cpp reads those), not this.
            if (phrases::word_count(name) > 12 || phrases::contains(name, "tăng") || phrases::contains(name, "giảm") ||
                phrases::contains(name, "so với") || phrases::contains(name, "trong đó") || phrases::contains(name, "gồm") ||
                phrases::contains(name, "như")) {
                continue;
            }
            // Each part counts M's noun, or a noun M's name holds ("cơ quan, đơn vị" / "đơn vị").
            const std::string whole_name = q.noun + " " + name;
            bool same = true;
            for (std::size_t k : parts) same = same && (qs[k].noun == q.noun || noun_in(qs[k].noun, whole_name));
            if (!same) continue;
            // The parts' own words: a label before the figure (after the previous separator) and
            // the words after its noun up to the next separator: ",", ";" or "và".
            std::vector<std::vector<std::string>> names;
            std::size_t from = colon_list ? name_end + colon + 1 : qs[parts[0]].byte_begin;
            bool separated = true, compared = false;
            for (std::size_t i = 0; i < parts.size(); ++i) {
                const std::size_t k = parts[i];
                const std::size_t after = std::max(qs[k].unit_end, qs[k].noun_end);
                std::size_t to = i + 1 < parts.size() ? qs[parts[i + 1]].byte_begin : s.end;
                while (i + 1 == parts.size() && to > after && (t[to - 1] == '.' || t[to - 1] == ' ')) --to;
                const std::string tail = lower(t.substr(after, to - after));
                std::size_t cut = tail.size(), skip = 0;
                if (i + 1 < parts.size()) {
                    const std::size_t sep = tail.find_first_of(",;");
                    const std::size_t joined = tail.find(" và ");
                    if (sep == std::string::npos && joined == std::string::npos) {
                        separated = false;
                        break;
                    }
                    cut = std::min(sep, joined);
                    skip = cut == joined ? 4 : 1;
                }
                auto words = phrases::words_of(lower(t.substr(from, qs[k].byte_begin - from)) + " " + tail.substr(0, cut));
                words.erase(std::remove_if(words.begin(), words.end(), [](const std::string& w) { return w == "và" || w == "có"; }), words.end());
                // "…, 4 nhóm giảm giá và 3 nhóm giữ giá so với tháng trước": the comparison all the
                // parts share, named once after the last (one named earlier may set parts apart:
                // "6 nhóm tăng giá so với tháng trước, 8 nhóm tăng giá so với cùng kỳ").
                for (std::size_t w = 0; w + 1 < words.size(); ++w) {
                    if (words[w] != "so" || words[w + 1] != "với") continue;
                    if (i + 1 == parts.size() && !compared) words.resize(w);
                    compared = true;
                    break;
                }
                if (words.empty()) {
                    separated = false;
                    break;
                }
                names.push_back(std::move(words));
                from = after + cut + skip;
            }
            if (!separated) continue;
            // One classification: an evaluation named, or parts that differ only by their grade
            // ("xếp loại tốt", "xếp loại khá"; "vượt", "đạt", "không đạt"). Parts that differ by
            // what they name ("đạt tiêu chí lao động", "đạt tiêu chí thu nhập") may overlap.
            const std::string sentence = lower(t.substr(s.begin, s.end - s.begin));
            bool classes = phrases::contains(sentence, "đánh giá") || phrases::contains(sentence, "xếp loại") ||
                           phrases::contains(sentence, "phân loại");
            if (!classes) {
                std::set<std::string> shared(names[0].begin(), names[0].end());
                for (std::size_t i = 1; i < names.size(); ++i) {
                    std::set<std::string> next;
                    for (const auto& w : names[i]) {
                        if (shared.count(w)) next.insert(w);
                    }
                    shared = std::move(next);
                }
                classes = std::all_of(names.begin(), names.end(), [&](const std::vector<std::string>& words) {
                    return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return shared.count(w) > 0 || grade_word(w); });
                });
            }
            if (!classes) continue;
            // A part above the whole is another reader's finding (a subset).
            bool above = false;
            for (std::size_t k : parts) above = above || qs[k].interval.lo > q.interval.hi;
            if (above) continue;
            Relation rel;
            // "Trong T xã, có a xã đạt chuẩn, b xã chưa đạt": two classes, a condition and its
            // negation, are the whole (Σ = M), unless a grade above the mark ("vượt") is named.
            // (Not when the whole names more than one thing: "Trong 45 xã, phường, …".)
            if (parts.size() == 2 && !phrases::contains(sentence, "vượt") && name.find(',') == std::string::npos && !phrases::contains(name, " và ")) {
                std::string a, b;
                for (const auto& w : names[0]) a += w + " ";
                for (const auto& w : names[1]) b += w + " ";
                rel.complete = negation_pair(a, b) || negation_pair(b, a);
            }
            rel.family = Relation::Family::Classification;
            rel.stated = parts.back();
            rel.terms = parts;
            rel.terms.push_back(m);
            out.push_back(std::move(rel));
            m = parts.back();
        }
    }
}

}  // namespace soat::analysis::relations
