// A rate that cannot pass 100 %: a share ("chiếm 124%") or a rate of a population named by its
// label ("Tỷ lệ hộ … đạt 124%"). Rates measured against a plan, an estimate or a prior period
// ("đạt 124% kế hoạch", "tỷ lệ thu so với dự toán"), growth rates and gross ratios (enrolment,
// sex ratio at birth) may pass 100 and are not read.
#include "analysis/relations/reading.hpp"

namespace soat::analysis::relations {

namespace {

bool against_something(std::string rest) {
    rest.erase(0, rest.find_first_not_of(" )"));
    for (const char* w : {"kế hoạch", "dự toán", "chỉ tiêu", "so với", "cùng kỳ", "nghị quyết", "mục tiêu", "kh", "kịch bản", "lần"}) {
        if (phrases::starts(rest, w)) return true;
    }
    return false;
}

}  // namespace

bool population_rate(const std::string& label) {
    std::string rest;
    for (const char* head : {"tỷ lệ ", "tỉ lệ "}) {
        if (phrases::starts(label, head)) rest = label.substr(std::string_view(head).size());
    }
    if (rest.empty()) return false;
    // "tỷ lệ hoàn thành …" is against a plan; "tỷ lệ UBND cấp xã đã hoàn thành việc …" counts units.
    if (phrases::starts(rest, "hoàn thành")) return false;
    // Births ("tỷ lệ sinh con thứ ba") may be counted per hundred of something else.
    if (phrases::starts(rest, "sinh")) return false;
    // Whole words: "thu" (revenue) is not the start of "thuốc" or "thuộc".
    const std::string spaced = " " + rest + " ";
    for (const char* w : {"tăng", "giảm", "thu", "giải ngân", "vượt", "kế hoạch", "dự toán", "thực hiện", "so với",
                          "huy động", "nhập học", "giới tính", "khi sinh", "chi", "lạm phát", "lãi", "nợ", "tiết kiệm"}) {
        if (phrases::contains(spaced, " " + std::string(w) + " ")) return false;
    }
    for (const char* noun : {"hộ ", "dân ", "người ", "trẻ ", "xã ", "phường", "thôn", "trường ", "học sinh", "lao động",
                             "doanh nghiệp", "hồ sơ", "phụ nữ", "cơ sở", "bao phủ", "che phủ", "đô thị hóa", "đô thị hoá",
                             "dân số", "thủ tục", "cán bộ", "đơn vị", "khu công nghiệp", "diện tích", "ubnd ", "ủy ban", "uỷ ban",
                             "cơ quan"}) {
        if (phrases::starts(rest, noun)) return true;
    }
    return false;
}

namespace {

// The verb a rate follows, past its qualifier ("ước đạt khoảng X%", "chiếm trên X%"); a rate
// listed after another ("lần lượt đạt a% và X%") takes the verb of the first, and `position`
// counts its place in the list. npos-free: returns "" when none.
std::string verb_of(const Reading& r, std::size_t x, int& position) {
    const auto& qs = r.qs;
    const std::string w = r.verb_before(x);
    if (x > 0 && qs[x - 1].paragraph == qs[x].paragraph && qs[x - 1].percent() && r.usable(x - 1)) {
        const std::string gap = r.between(x - 1, x);
        if (gap == "và" || gap == ",") {
            ++position;
            return verb_of(r, x - 1, position);
        }
    }
    return w;
}

// The label of the rate at `position` in a list after "lần lượt" ("Tỷ lệ A và tỷ lệ B lần lượt
// đạt a% và b%": B for b), or the label of the clause when the rate is alone.
std::string label_at(const Reading& r, std::size_t first, int position) {
    std::string label = r.rate_label(first);
    if (position == 0 || !phrases::contains(label, "lần lượt")) return position == 0 ? label : std::string();
    std::vector<std::size_t> starts;
    for (std::size_t at = label.find("tỷ lệ"); at != std::string::npos; at = label.find("tỷ lệ", at + 1)) starts.push_back(at);
    if (static_cast<std::size_t>(position) >= starts.size()) return {};
    return label.substr(starts[static_cast<std::size_t>(position)]);
}

// Figure x opens its clause right after the punctuation `mark` (or the paragraph start for '.').
bool opens_clause_with(const Reading& r, std::size_t x, char mark) {
    const std::string_view t = r.text(x);
    std::size_t i = r.qs[x].byte_begin;
    while (i > 0 && t[i - 1] == ' ') --i;
    return i == 0 ? mark == '.' : t[i - 1] == mark;
}

}  // namespace

void read_rate_bound(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t x = 0; x < qs.size(); ++x) {
        if (!qs[x].percent() || !r.usable(x) || qs[x].negative || qs[x].interval.lo <= 100) continue;
        if (!r.quantities.vietnamese(qs[x].paragraph)) continue;
        if (against_something(r.after(x, 32))) continue;
        int position = 0;
        const std::string w = verb_of(r, x, position);
        bool firm = false;
        if (w == "chiếm") {
            firm = true;
        } else if (w == "có" && (phrases::starts(r.after(x, 16), " số ") || phrases::starts(r.after(x, 16), " tổng số "))) {
            // "Có X% số xã …": a part of a counted whole.
            firm = true;
        } else if (w == "lệ" && position == 0) {
            // "Số xã đạt chuẩn … đạt tỷ lệ X%": "tỷ lệ" after the verb names a rate of the clause's
            // subject, read as the label "tỷ lệ <subject>" ("chiếm tỷ lệ X%" is a share).
            const std::string_view t = r.text(x);
            const std::size_t cs = Reading::clause_start(t, qs[x].byte_begin, true);
            std::string clause = lower(t.substr(cs, qs[x].byte_begin - cs));
            while (!clause.empty() && clause.back() == ' ') clause.pop_back();
            bool named = false;
            for (const char* tail : {" tỷ lệ", " tỉ lệ"}) {
                if (clause.ends_with(tail)) {
                    clause.erase(clause.size() - std::string_view(tail).size());
                    named = true;
                }
            }
            if (!named) continue;
            if (clause.ends_with(" chiếm")) {
                firm = true;
            } else {
                bool verb = false;
                for (const char* v : {" đạt", " là"}) {
                    if (clause.ends_with(v)) {
                        clause.erase(clause.size() - std::string_view(v).size());
                        verb = true;
                        break;
                    }
                }
                clause.erase(0, clause.find_first_not_of(" -+"));
                if (phrases::starts(clause, "số ")) clause.erase(0, std::string_view("số ").size());
                if (!verb || clause.empty() || !population_rate("tỷ lệ " + clause + " ")) continue;
            }
        } else if (w == "đạt" || w == "là" || w == "còn") {
            if (!population_rate(label_at(r, x - static_cast<std::size_t>(position), position) + " ")) continue;
        } else if (position == 0 && opens_clause_with(r, x, ':')) {
            // "Tỷ lệ hộ dân được dùng điện lưới: X%": the label before the colon.
            const std::string_view t = r.text(x);
            const std::size_t colon = t.rfind(':', r.qs[x].byte_begin);
            const std::size_t from = Reading::clause_start(t, colon, false);
            std::string label = lower(t.substr(from, colon - from));
            label.erase(0, label.find_first_not_of(" -+"));
            if (!population_rate(label + " ")) continue;
        } else if (position == 0 && (opens_clause_with(r, x, ',') || opens_clause_with(r, x, '.')) && phrases::starts(r.after(x, 16), " số ")) {
            // "Hiện nay, X% số hộ …": a part of a counted whole opening its clause (not after a
            // comparison: "So với năm trước, X% số vốn …").
            const auto sb = r.quantities.sentence_at(r.qs[x].paragraph, r.qs[x].byte_begin);
            const std::string lead = lower(r.text(x).substr(sb.begin, r.qs[x].byte_begin - sb.begin));
            bool compared = false;
            for (const char* w : {"so với", "cùng kỳ", "kế hoạch", "dự toán", "chỉ tiêu"}) compared = compared || phrases::contains(lead, w);
            if (compared) continue;
            firm = true;
        } else {
            continue;
        }
        Relation rel;
        rel.family = Relation::Family::RateBound;
        rel.stated = x;
        rel.firm = firm;
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
