// Parts listed after their whole, each rated by its share: "Trong quý III, toàn tỉnh xảy ra 640
// vụ tai nạn lao động. Số vụ xảy ra tại công trường là 210 vụ (chiếm 32,8%); 95 vụ tại xưởng cơ khí
// (chiếm 14,8%); 335 vụ tại các loại hình khác (chiếm 52,3%)", "Trong 400 phương án … có 240 phương
// án … (chiếm 60,0%), 120 phương án … (chiếm 30,0%) và 40 …", "T hồ sơ.\nPhân theo lĩnh vực: …",
// "T tỷ đồng. Trong đó: a tỷ đồng, chiếm X% và b tỷ đồng". A report states a whole, then shares it
// out: each part counted in the whole's noun (or measured in its unit), its share right after it
// (`(chiếm X%)`, `, chiếm X%`, `chiếm X% tổng số <noun>`): X = A/T.
//
// T is the figure right before the list (the same sentence, the sentence before, or the last
// sentence of the paragraph before when the list opens its paragraph). The list tells its whole
// by itself, so a share is judged only when the list confirms T: one of its shares is A/T, or its
// parts add up to T, or its shares cannot all be of any one whole (no base fits them all) while
// the parts stay within T. Shares that agree on another base are of another whole (another period,
// place or total) and are left alone. Not read: a hedged or changed figure, a mean or per-unit
// part, a whole itself rated (`giải ngân T, đạt 60%`), a part of a part (`trong đó` inside the
// list), a share naming another base after it.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

bool plain(const Reading& r, std::size_t k) {
    const auto& q = r.qs[k];
    if (!r.usable(k) || q.percent() || q.negative || q.hedge != Hedge::None || q.role != Role::Quantity) return false;
    const std::string w = r.word_before(k);
    if (w == "tăng" || w == "giảm" || w == "thêm") return false;
    const std::string lead = r.before(k, 24);
    return lead.find("bình quân") == std::string::npos && lead.find("trung bình") == std::string::npos && lead.find("mỗi") == std::string::npos;
}

// The share rating part a, right after it; npos when none. `noun`: the whole's noun, which the
// words after the share may name ("chiếm 8,8% tổng số hộ").
std::size_t share_after(const Reading& r, std::size_t a, const std::string& noun) {
    const std::size_t x = r.next_figure(a);
    if (x == std::string::npos || x != a + 1 || !r.qs[x].percent() || !r.usable(x) || r.covered[x] || r.qs[x].negative ||
        r.qs[x].hedge != Hedge::None || !r.same_sentence(a, x))
        return std::string::npos;
    const std::string gap = r.between(a, x);
    bool paren = false, linked = false;
    for (const char* link : {"(chiếm", "(chiếmtỷlệ", "(chiếmtỉlệ", ",chiếm", ",chiếmtỷlệ", ",chiếmtỉlệ", "chiếm", "chiếmtỷlệ", "chiếmtỉlệ"}) {
        const std::string_view l(link);
        if (!gap.ends_with(l)) continue;
        const std::string_view head = std::string_view(gap).substr(0, gap.size() - l.size());
        // At most a few naming words between the part and its share, no clause of their own.
        if (head.find_first_of(",;:().") != std::string_view::npos || head.size() > 60) continue;
        for (const char* w : {"tăng", "giảm", "sovới", "kếhoạch", "dựtoán", "trongđó", "cùngkỳ"}) {
            if (head.find(w) != std::string_view::npos) return std::string::npos;
        }
        paren = l.front() == '(';
        linked = true;
        break;
    }
    if (!linked) return std::string::npos;
    std::string rest = r.after(x, 40);
    rest.erase(0, rest.find_first_not_of(' '));
    if (paren) return !rest.empty() && rest[0] == ')' ? x : std::string::npos;
    if (rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.' || rest.starts_with("và ")) return x;
    // "chiếm X% tổng số hộ", "chiếm X% số hộ": the whole's noun again, then the clause's end.
    for (const std::string& lead : {std::string("tổng số "), std::string("số "), std::string("tổng ")}) {
        const std::string named = lead + noun;
        if (!noun.empty() && rest.starts_with(named) &&
            (rest.size() == named.size() || std::string_view(",;.)").find(rest[named.size()]) != std::string_view::npos))
            return x;
    }
    return std::string::npos;
}

// T and the first part are in one sentence, or T in the sentence right before the part's (in
// its paragraph, or the last of the paragraph before when the part is its paragraph's first
// figure).
bool adjacent(const Reading& r, std::size_t t, std::size_t a) {
    const auto& qa = r.qs[a];
    const auto& qt = r.qs[t];
    const auto sa = r.quantities.sentence_at(qa.paragraph, qa.byte_begin);
    if (qt.paragraph == qa.paragraph) {
        if (sa.begin <= qt.byte_begin) return true;
        std::size_t end = sa.begin;
        const std::string_view text = r.text(a);
        while (end > 0 && text[end - 1] == ' ') --end;
        if (end == 0) return false;
        return r.quantities.sentence_at(qa.paragraph, end - 1).begin <= qt.byte_begin;
    }
    if (qt.paragraph + 1 != qa.paragraph) return false;
    const auto [first, last] = r.quantities.in(qa.paragraph);
    for (std::size_t k = first; k < a; ++k) {
        if (r.qs[k].role != Role::Year && r.qs[k].role != Role::Date) return false;
    }
    const std::string_view tt = r.text(t);
    const auto st = r.quantities.sentence_at(qt.paragraph, qt.byte_begin);
    const std::size_t after = tt.find_first_not_of(" .", st.end);
    return st.end >= tt.size() || after == std::string_view::npos;
}

}  // namespace

void read_listed_shares(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t t = 0; t < qs.size(); ++t) {
        // Cheap tests first (figures and units only): the next figure of T's kind, and a share right
        // after one of the next few figures of that kind.
        if (qs[t].role != Role::Quantity || qs[t].percent() || qs[t].negative || qs[t].hedge != Hedge::None) continue;
        std::size_t k = t + 1;
        while (k < qs.size() && (qs[k].role == Role::Year || qs[k].role == Role::Date)) ++k;
        if (k >= qs.size() || qs[k].paragraph > qs[t].paragraph + 1 || qs[k].role != Role::Quantity || qs[k].unit != qs[t].unit ||
            qs[k].noun != qs[t].noun) {
            continue;
        }
        bool share_ahead = false;
        for (std::size_t j = k; j + 1 < qs.size() && j < k + 8 && qs[j].paragraph <= qs[t].paragraph + 1 && !share_ahead; ++j) {
            share_ahead = qs[j].unit == qs[t].unit && qs[j].noun == qs[t].noun && qs[j + 1].percent();
        }
        if (!share_ahead) continue;
        if (!plain(r, t) || !r.quantities.vietnamese(qs[t].paragraph) || r.has_share(t) || r.rated(t)) continue;
        // The list: the figures after T, each of T's kind and possibly rated, until another figure.
        if (!adjacent(r, t, k)) continue;
        std::vector<std::size_t> parts, shares;
        bool broken = false;
        for (; k < qs.size() && (qs[k].paragraph == qs[t].paragraph || qs[k].paragraph == qs[t].paragraph + 1);) {
            if (qs[k].role == Role::Year || qs[k].role == Role::Date) {
                ++k;
                continue;
            }
            if (!plain(r, k) || !r.same_kind(k, t) || !r.quantities.vietnamese(qs[k].paragraph)) break;
            if (!parts.empty()) {
                // A part of a part, or a list run on into another sentence, is no item of this one.
                if (!r.same_sentence(parts.back(), k) && !r.same_sentence(parts.front(), k)) break;
                if (r.between(parts.back(), k).find("trongđó") != std::string::npos) {
                    broken = true;
                    break;
                }
            }
            parts.push_back(k);
            const std::size_t x = share_after(r, k, qs[t].noun);
            shares.push_back(x);
            k = x == std::string::npos ? k + 1 : x + 1;
        }
        if (broken || parts.empty()) continue;
        const auto rated = static_cast<std::size_t>(std::count_if(shares.begin(), shares.end(), [](std::size_t x) { return x != std::string::npos; }));
        if (rated == 0 || (rated == 1 && parts.size() == 1)) continue;
        auto iv = [&](std::size_t j) { return qs[j].interval; };
        Interval sum = Interval::point(0);
        for (std::size_t p : parts) sum = sum + iv(p);
        bool fits = false;
        Interval base{0, std::numeric_limits<double>::infinity()};
        bool common = true;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (shares[i] == std::string::npos) continue;
            const Interval s = iv(shares[i]);
            if ((iv(parts[i]) / iv(t) * 100.0).meets(s)) fits = true;
            if (s.lo <= 0) {
                common = true;
                break;
            }
            const Interval b = iv(parts[i]) * 100.0 / s;
            base = {std::max(base.lo, b.lo), std::min(base.hi, b.hi)};
            if (base.lo > base.hi) common = false;
        }
        const bool whole = parts.size() >= 2 && sum.meets(iv(t));
        const bool confirmed = (fits && rated >= 2) || whole || (!common && rated >= 2 && sum.lo <= iv(t).hi);
        if (!confirmed) continue;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (shares[i] != std::string::npos) add_part_share(out, shares[i], parts[i], t);
        }
    }
}

}  // namespace soat::analysis::relations
