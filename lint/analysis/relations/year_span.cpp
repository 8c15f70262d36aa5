// The count of years of a span: "Kế hoạch … 5 năm 2016 - 2020", "kế hoạch đầu tư công trung hạn
// 5 năm giai đoạn 2021-2025", "giai đoạn 2021-2025 (5 năm)". A plan's period counts both end
// years. Anniversaries ("sau 5 năm thực hiện … (2019-2024)", "(từ 2019 - 2024)", "qua 10 năm")
// and a count outside a plan's words may count the years between: either count passes.
#include "analysis/relations/reading.hpp"

namespace soat::analysis::relations {

namespace {

bool plan_context(const std::string& before) {
    for (const char* w : {"kế hoạch", "trung hạn", "chiến lược", "quy hoạch", "chương trình", "nhiệm kỳ", "đề án", "giai đoạn"}) {
        if (phrases::contains(before, w)) return true;
    }
    return false;
}

bool years_count(const Reading& r, std::size_t k, double most = 30) {
    const Quantity& q = r.qs[k];
    return q.role == Role::Quantity && q.is_count() && phrases::starts(q.noun, "năm") && q.numeral.decimals == 0 && q.numeral.value >= 2 &&
           q.numeral.value <= most && q.hedge == Hedge::None;
}

// "Sau 12 năm thực hiện Nghị quyết (2014-2024)", "kỷ niệm 35 năm thành lập … (1995-2025)": a count of
// years, a few words naming what lasted, then the span alone in parentheses. An anniversary's
// count may pass 30 ("90 năm"), only after its own words.
bool count_before_span(const Reading& r, std::size_t n, std::size_t y) {
    const std::string w = r.word_before(n);
    const bool anniversary = w == "niệm" || w == "sau" || w == "qua" || w == "tròn";
    if (!years_count(r, n, anniversary ? 100 : 30) || !r.same_sentence(n, y)) return false;
    std::string g = r.between(n, y);
    // ("… (từ 2021 - 2023)", "(từ năm 2021 đến năm 2023)": the span opened by "từ".)
    for (const std::string_view from : {"(từnăm", "(từ"}) {
        if (g.ends_with(from)) g.erase(g.size() - from.size() + 1);
    }
    if (g.empty() || g.back() != '(' || g.find_first_of(",;:()") != g.size() - 1 || !phrases::starts(r.after(y + 1, 4), ")")) return false;
    const std::string_view t = r.text(n);
    const std::size_t from = std::max(r.qs[n].unit_end, r.qs[n].noun_end);
    return phrases::word_count(t.substr(from, r.qs[y].byte_begin - from)) <= 12;
}

// A year, also as one end of "2021-2025" (read as a range).
bool year_like(const Quantity& q) {
    return (q.role == Role::Year || q.role == Role::Range) && q.numeral.decimals == 0 && q.numeral.value >= 1945 &&
           q.numeral.value <= 2100 && q.unit.empty();
}

// Words naming a duration before its count ("thời gian", "thực hiện trong", "kéo dài"), squeezed,
// after the comma or parenthesis that opens them.
bool duration_words(std::string gap) {
    if (gap.empty() || (gap[0] != ',' && gap[0] != '(')) return false;
    gap.erase(0, 1);
    bool any = false;
    while (!gap.empty()) {
        bool cut = false;
        for (const char* w : {"thờigian", "thờihạn", "thựchiện", "trong", "kéodài", "là"}) {
            if (gap.starts_with(w)) {
                gap.erase(0, std::string_view(w).size());
                cut = any = true;
                break;
            }
        }
        if (!cut) return false;
    }
    return any;
}

// Count k ends its clause: "N năm", then punctuation or the paragraph's end (not "3 năm đầu",
// "2 năm tới", a part of the span).
bool span_count_ends(const Reading& r, std::size_t k) {
    std::string rest = r.after(k, 8);
    rest.erase(0, rest.find_first_not_of(' '));
    return rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' || rest[0] == ')';
}

}  // namespace

void read_year_span(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [first, last] = r.quantities.in(p);
        for (std::size_t y = first; y + 1 < last; ++y) {
            if (!year_like(qs[y]) || !year_like(qs[y + 1])) continue;
            // From the year's own digits: a year's reading may take "đến" for its noun.
            const std::string dash = qs[y].paragraph == qs[y + 1].paragraph
                                         ? phrases::squeeze(r.text(y), qs[y].byte_end, qs[y + 1].byte_begin)
                                         : std::string("\x01");
            // "từ năm Y1 và kết thúc (vào) năm Y2": a start and an end.
            const bool start_end = dash == "vàkếtthúcvàonăm" || dash == "vàkếtthúcnăm" || dash == "đếnkếtthúcnăm" || dash == ",kếtthúcnăm" ||
                                   dash == ",kếtthúcvàonăm";
            if (!dash.empty() && dash != "đến" && dash != "đếnnăm" && dash != "đếnhết" && dash != "đếnhếtnăm" && dash != "–" && dash != "—" && !start_end) continue;
            const int y1 = static_cast<int>(qs[y].numeral.value), y2 = static_cast<int>(qs[y + 1].numeral.value);
            if (y2 <= y1 || y2 - y1 > 40) continue;
            std::size_t n = std::string::npos;
            if (y > first && years_count(r, y - 1)) {
                const std::string gap = r.between(y - 1, y);
                const std::string w = r.word_before(y - 1);
                if ((gap.empty() || gap == "năm" || gap == "giaiđoạn" || gap == "thờikỳ" || gap == "nămgiaiđoạn" || gap == "nămthờikỳ") && w != "sau" && w != "qua" &&
                    plan_context(r.before(y - 1, 90))) {
                    n = y - 1;
                }
            }
            // "trong N năm, từ năm Y1 đến năm Y2": a duration; outside a plan's words it may count
            // the years elapsed ("trong 19 năm, từ năm 1996 đến năm 2015") as well as both ends.
            bool elapsed_too = false;
            if (n == std::string::npos && y > first && years_count(r, y - 1) && r.same_sentence(y - 1, y)) {
                const std::string g = r.between(y - 1, y);
                const std::string w = r.before(y - 1, 20);
                if ((g == ",từnăm" || g == ",từ" || g == "từnăm") &&
                    (w.ends_with("trong ") || w.ends_with("Trong ") || w.ends_with("giai đoạn ") || w.ends_with("thời kỳ "))) {
                    n = y - 1;
                    elapsed_too = !plan_context(r.before(y - 1, 90));
                }
            }
            if (n == std::string::npos && y + 2 < last && years_count(r, y + 2) && r.between(y + 1, y + 2) == "(" &&
                phrases::starts(r.after(y + 2, 4), ")") && phrases::contains(r.before(y, 30), "giai đoạn")) {
                n = y + 2;
            }
            // Counts that may also be an anniversary's (the years between, "Tổng kết 10 năm thực
            // hiện … giai đoạn 2010-2020"): N must be one of the two counts.
            bool between_too = false, duration = false;
            if (n == std::string::npos) {
                const std::string lead = r.before(y, 40);
                const bool period = lead.ends_with("giai đoạn ") || lead.ends_with("thời kỳ ") || lead.ends_with("giai đoạn từ năm ") ||
                                    lead.ends_with("giai đoạn từ ") || lead.ends_with("thời kỳ từ năm ");
                if (y + 2 < last && years_count(r, y + 2) && r.same_sentence(y + 1, y + 2)) {
                    // "giai đoạn từ năm Y1 đến năm Y2, thời gian N năm", "(Y1 - Y2), trong N năm".
                    const std::string g = r.between(y + 1, y + 2);
                    // Also in parentheses: "thời kỳ Y1 – Y2 (thời gian thực hiện N năm)".
                    if (period && (g == ",thờigian" || g == ",thờigianthựchiện" || g == ",thờihạn")) n = y + 2;
                    // "giai đoạn Y1-Y2, tức N năm": the span's length said again.
                    if (period && (g == ",tức" || g == ",tứclà") && span_count_ends(r, y + 2)) {
                        n = y + 2;
                        duration = true;
                    }
                    // "Giai đoạn Y1-Y2, trong N năm …": its length, or the years so far.
                    if (period && g == ",trong") n = y + 2;
                    if (period && g[0] == '(' && duration_words(g)) {
                        n = y + 2;
                        duration = true;
                    }
                    // "… từ năm Y1 và kết thúc vào năm Y2, kéo dài N năm": the plan's own duration.
                    if (n == std::string::npos && start_end && duration_words(g) && plan_context(r.before(y, 90))) {
                        n = y + 2;
                        duration = true;
                    }
                }
                if (n == std::string::npos && y > first && years_count(r, y - 1) && r.same_sentence(y - 1, y)) {
                    const std::string g = r.between(y - 1, y);
                    const std::string w = r.before(y - 1, 20);
                    // "Trong N năm (Y1 - Y2), …".
                    // "trong N năm (giai đoạn Y1-Y2)": the period's own length.
                    if ((g == "(" || g == "(giaiđoạn" || g == "(thờikỳ") && phrases::starts(r.after(y + 1, 4), ")") &&
                        (w.ends_with("trong ") || w.ends_with("Trong "))) {
                        n = y - 1;
                        duration = g != "(";
                    }
                    // "Tổng kết N năm thực hiện <plan> giai đoạn Y1-Y2".
                    if (period && w.ends_with("tổng kết ") && (phrases::starts(g, "nămthựchiện") || phrases::starts(g, "thựchiện")) && g.size() < 160 &&
                        g.find_first_of(",;:()") == std::string::npos) {
                        n = y - 1;
                    }
                }
                // "(có) thời gian thực hiện N năm, bắt đầu từ năm Y1, …", "trong thời gian N năm (Y1 –
                // Y2)", "thực hiện N năm, giai đoạn Y1 đến Y2": a duration named as such right before
                // its span counts both ends (not after "sau"/"qua", an anniversary's words).
                if (n == std::string::npos && y > first && years_count(r, y - 1) && r.same_sentence(y - 1, y)) {
                    const std::string g = r.between(y - 1, y);
                    const std::string w = r.before(y - 1, 30);
                    const bool named = w.ends_with("thời gian ") || w.ends_with("thời gian thực hiện ") || w.ends_with("thực hiện ") ||
                                       w.ends_with("kéo dài ") || w.ends_with("thời hạn ");
                    const bool span = g == "(" || g == ",giaiđoạn" || g == "giaiđoạn" || g == ",giaiđoạntừnăm" || g == ",từnăm" ||
                                      g == ",bắtđầutừnăm" || g == ",bắtđầutừ";
                    if (named && span && !phrases::contains(w, "sau ") && !phrases::contains(w, "qua ") && (g != "(" || phrases::starts(r.after(y + 1, 4), ")"))) {
                        n = y - 1;
                        duration = true;
                    }
                }
                // "Trong 6 năm giai đoạn 2021-2025" outside a plan's words, and a count before the
                // span in parentheses: either count.
                if (n == std::string::npos && y > first && years_count(r, y - 1) && r.same_sentence(y - 1, y)) {
                    const std::string g = r.between(y - 1, y);
                    if (g == "giaiđoạn" || g == "nămgiaiđoạn" || g == "thờikỳ" || g == "nămthờikỳ" || g == ",giaiđoạn" || g == ",thờikỳ") n = y - 1;
                }
                // (Figures of a name or code between, "Chỉ thị 40-CT/TW", are words of what lasted.)
                for (std::size_t k = y; n == std::string::npos && k-- > first;) {
                    if (count_before_span(r, k, y)) n = k;
                    if (qs[k].role == Role::Quantity || qs[k].role == Role::Year || qs[k].role == Role::Range) break;
                }
                // "Giai đoạn Y1-Y2, … bình quân … mỗi năm trong N năm.": the span's years counted later
                // in its sentence, "trong N năm" closing a clause, no other year between.
                for (std::size_t k = y + 2; period && n == std::string::npos && k < last && r.same_sentence(y + 1, k); ++k) {
                    if (year_like(qs[k])) break;
                    if (years_count(r, k) && r.word_before(k) == "trong" && span_count_ends(r, k)) n = k;
                }
                between_too = n != std::string::npos && !duration;
            }
            if (n == std::string::npos) continue;
            Relation rel;
            rel.family = Relation::Family::YearSpan;
            rel.stated = n;
            rel.first_year = y1;
            rel.last_year = y2;
            rel.years_between_too = between_too || elapsed_too;
            out.push_back(std::move(rel));
        }
    }
}

}  // namespace soat::analysis::relations
