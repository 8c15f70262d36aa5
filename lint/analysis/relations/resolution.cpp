// The resolution rate of what was received: "thụ lý T vụ; đã giải quyết A vụ, đạt tỷ lệ X%",
// "tiếp nhận T hồ sơ, đã giải quyết, trả kết quả A hồ sơ (đạt X%)", "tiếp nhận T vụ việc và đã hòa
// giải thành công A vụ việc, đạt X%" (a mediation's success rate), "thụ lý T vụ, việc; trong đó
// đã giải quyết, xét xử A vụ, việc (đạt X%)". A report's rate of resolution is the cases resolved
// over the cases received (accepted), so X = A/T. T is the object of a verb of receiving, A the
// object of a verb of resolving in a later clause of the same sentence (across ',' or ';'), both
// counts of one noun with no figure of that noun between; X follows A's naming words at once
// (", đạt (tỷ lệ) X%", "(đạt X%)", ", tỷ lệ X%", ", bằng X%") and closes its clause. Not read: a
// rate of a plan, a prior period or another base named after X ("đạt 95% kế hoạch", "so với cùng
// kỳ"); a change or a carried-over stock between T and A ("tăng", "giảm", "chuyển sang", "tồn");
// a hedged figure; two counts resolved at once ("A vụ với B bị cáo"): the rate may be either's.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// The squeezed clause before T ends with a verb of receiving.
bool received(const Reading& r, std::size_t t) {
    return r.led_by(t, {"tổngsố", "được", "mới", "tổngcộng"}, {"thụlý", "tiếpnhận", "nhận", "đãthụlý", "đãtiếpnhận"});
}

// The squeezed verb of resolving ("giảiquyết", "giảiquyếtxong", "xétxử", "hòagiảithành", …).
bool resolving(const std::string& verb) {
    static const char* const kVerbs[] = {"giảiquyết", "giảiquyếtxong", "giảiquyếtvàxétxử", "giảiquyết,xétxử", "xétxử", "giảiquyết,trảkếtquả",
                                         "giảiquyếtvàtrảkếtquả", "trảkếtquả", "xửlýxong", "giảiquyếtđược", "giảiquyếtdứtđiểm",
                                         "hòagiảithành", "hòagiảithànhcông", "hoàgiảithành", "hoàgiảithànhcông"};
    return std::any_of(std::begin(kVerbs), std::end(kVerbs), [&](const char* v) { return verb == v; });
}

// The span between T and A: a later clause opened by a verb of resolving, nothing else related.
bool resolved(const Reading& r, std::size_t t, std::size_t a) {
    std::string span = r.between(t, a);
    if (span == "\x01" || span.find_first_of(".():") != std::string::npos) return false;
    for (const char* w : {"sovới", "tăng", "giảm", "kếhoạch", "chỉtiêu", "cùngkỳ", "chuyểnsang", "lũykế", "tồn", "kỳtrước", "chưa", "không",
                          "quáhạn", "đúnghạn", "trướchạn"}) {
        if (phrases::contains(span, w)) return false;
    }
    // T's naming words, then the separator that opens A's clause: ',', ';' or "và" ("tiếp nhận T vụ
    // việc và đã hòa giải thành công A vụ việc").
    std::size_t sep = span.find_first_of(",;"), skip = 1;
    if (sep == std::string::npos) {
        sep = span.find("vàđã");
        skip = std::string_view("và").size();
    }
    if (sep == std::string::npos) return false;
    std::string verb = span.substr(sep + skip);
    // "vụ, việc": the noun's pair after T, repeated after A.
    if (phrases::starts(verb, "việc,") || phrases::starts(verb, "việc;")) verb.erase(0, std::string_view("việc,").size());
    for (const char* lead : {"trongđó", ",", "đã", "tòaán", "tòa"}) {
        if (phrases::starts(verb, lead)) verb.erase(0, std::string_view(lead).size());
    }
    return resolving(verb);
}

// X right after A's naming words, closing its clause; npos when none.
std::size_t rate_of(const Reading& r, std::size_t a) {
    const auto& qs = r.qs;
    const std::size_t x = r.next_figure(a);
    if (x == std::string::npos || !qs[x].percent() || !r.usable(x) || !r.same_sentence(a, x) || qs[x].negative) return std::string::npos;
    std::string gap = r.between_to_bound(a, x);
    if (gap.find_first_of(";.") != std::string::npos) return std::string::npos;
    // "vụ, việc": the noun's pair after A.
    if (phrases::starts(gap, ",việc")) gap.erase(0, std::string_view(",việc").size());
    // "vụ việc": the noun read as "vụ", its second syllable after A.
    if (qs[a].noun == "vụ" && phrases::starts(gap, "việc")) gap.erase(0, std::string_view("việc").size());
    const std::size_t cut = gap.find_first_of(",(");
    if (cut == std::string::npos || cut > 0) return std::string::npos;
    // ", tỷ lệ giải quyết đạt X%": the rate named by the verb of resolving itself.
    for (const char* named : {"tỷlệ", "tỉlệ"}) {
        if (gap.compare(1, std::string_view(named).size(), named) != 0) continue;
        std::string verb = gap.substr(1 + std::string_view(named).size());
        for (const char* link : {"đạt", "là"}) {
            if (verb.size() > std::string_view(link).size() && verb.ends_with(link)) verb.erase(verb.size() - std::string_view(link).size());
        }
        if (resolving(verb)) gap = gap.substr(0, 1) + named;
    }
    static const char* const kGaps[] = {",đạt", ",đạttỷlệ", ",đạttỉlệ", ",tỷlệ", ",tỉlệ", ",bằng", "(đạt", "(đạttỷlệ", "(đạttỉlệ", "(tỷlệ", "(tỉlệ", "("};
    if (std::none_of(std::begin(kGaps), std::end(kGaps), [&](const char* g) { return gap == g; })) return std::string::npos;
    std::string rest = r.after(x);
    rest.erase(0, rest.find_first_not_of(' '));
    if (gap[0] == '(') return !rest.empty() && rest[0] == ')' ? x : std::string::npos;
    return rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.' ? x : std::string::npos;
}

}  // namespace

void read_resolution(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [a, first] : r.candidates()) {
        if (qs[a].percent() || !qs[a].is_count() || qs[a].noun.empty() || qs[a].hedge != Hedge::None) continue;
        // T: the nearest earlier count of A's noun in the sentence, nothing of its kind between.
        std::size_t t = std::string::npos;
        for (std::size_t j = a; j-- > first;) {
            if (!r.same_sentence(j, a)) break;
            if (!r.usable(j) || qs[j].percent()) continue;
            if (qs[j].is_count() && qs[j].noun == qs[a].noun) {
                t = j;
                break;
            }
            // Another count between ("… T vụ với B bị cáo; … A vụ …") is allowed only when T's.
        }
        if (t == std::string::npos || qs[t].hedge != Hedge::None || t + 1 != a) continue;
        if (!received(r, t) || !resolved(r, t, a)) continue;
        const std::size_t x = rate_of(r, a);
        if (x == std::string::npos || r.covered[x]) continue;
        add_part_share(out, x, a, t);
    }
}

}  // namespace soat::analysis::relations
