#include "analysis/quantities.hpp"
#include "analysis/numbers_text.hpp"
#include "analysis/sentences.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

namespace soat::analysis {

namespace {

bool is_letter(char32_t c) {
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
           cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN;
}
bool is_upper(char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The code point ending right before byte `at` (0 when none) and where it starts.
char32_t cp_before(std::string_view s, std::size_t at, std::size_t* start = nullptr) {
    if (at == 0) return 0;
    std::size_t i = at - 1;
    while (i > 0 && utf8::is_continuation(s[i])) --i;
    if (start) *start = i;
    std::size_t j = i;
    return utf8::next(s, j);
}
char32_t cp_at(std::string_view s, std::size_t at) {
    if (at >= s.size()) return 0;
    return utf8::next(s, at);
}

bool starts_with(std::string_view s, std::size_t at, std::string_view what) {
    return s.substr(at, what.size()) == what;
}

// A word boundary after byte `at`: end, or a code point that is not a letter or digit.
bool boundary(std::string_view s, std::size_t at) {
    if (at >= s.size()) return true;
    const char32_t c = cp_at(s, at);
    return !is_letter(c) && !(c < 0x80 && is_digit(static_cast<char>(c)));
}

struct Scale {
    std::string_view word;
    double factor;
};
const Scale kScales[] = {{"nghìn tỷ", 1e12}, {"ngàn tỷ", 1e12}, {"nghìn tỉ", 1e12}, {"nghìn", 1e3},
                         {"ngàn", 1e3},      {"triệu", 1e6},    {"tỷ", 1e9},        {"tỉ", 1e9},
                         {"vạn", 1e4}};

// Measure units, longest first where one is a prefix of another.
const std::string_view kUnits[] = {"%",   "‰",   "USD",  "đồng", "tấn", "tạ",  "ha",  "km²", "km2", "km",
                                   "m²",  "m³",  "m2",   "m3",   "kWh", "kW/h", "kW", "kV",  "MWh", "MW",
                                   "kg",  "lít", "lần",  "điểm"};

std::string canonical_unit(std::string_view u) {
    if (u == "m2") return "m²";
    if (u == "m3") return "m³";
    if (u == "km2") return "km²";
    if (u == "kW/h") return "kWh";
    return std::string(u);
}

std::size_t skip_spaces(std::string_view s, std::size_t i, bool stars = true) {
    while (i < s.size() && (s[i] == ' ' || (stars && s[i] == '*'))) ++i;
    return i;
}

// A lowercased word of letters starting at byte i; its byte end in *end.
// The position after the spaces that end s[0, i).
std::size_t skip_spaces_back(std::string_view s, std::size_t i) {
    while (i > 0 && s[i - 1] == ' ') --i;
    return i;
}

std::string word_at(std::string_view s, std::size_t i, std::size_t* end) {
    std::size_t j = i;
    while (j < s.size()) {
        std::size_t k = j;
        const char32_t c = utf8::next(s, k);
        if (!is_letter(c) && !(c < 0x80 && is_digit(static_cast<char>(c)))) break;
        j = k;
    }
    *end = j;
    return lower(s.substr(i, j - i));
}

// The second syllable of a noun made with Sino-Vietnamese "đồng" (同, co-) at byte i.
bool co_noun(std::string_view t, std::size_t i) {
    static const std::string_view kSecond[] = {"chí", "bào", "nghiệp", "đội", "hương", "môn", "minh", "phạm", "hồ"};
    std::size_t end = 0;
    const std::string w = word_at(t, i, &end);
    return std::find(std::begin(kSecond), std::end(kSecond), w) != std::end(kSecond);
}

void read_unit(std::string_view t, Quantity& q) {
    std::size_t i = q.byte_end;
    const std::size_t after_digits = i;
    i = skip_spaces(t, i);
    for (const Scale& sc : kScales) {
        if (starts_with(t, i, sc.word) && boundary(t, i + sc.word.size())) {
            q.scale = sc.factor;
            q.scale_word = std::string(sc.word);
            i += sc.word.size();
            q.unit_end = i;
            i = skip_spaces(t, i);
            break;
        }
    }
    for (std::string_view u : kUnits) {
        if (starts_with(t, i, u) && (u == "%" || u == "‰" || boundary(t, i + u.size()))) {
            // "năm 2023 lần lượt là …": the adverb "lần lượt" (respectively), not the unit.
            if (u == "lần" && starts_with(t, skip_spaces(t, i + u.size(), false), "lượt")) break;
            // "960 đồng chí", "1.200 đồng bào": "đồng" (同, co-) opening a noun of people or things
            // counted, not the currency.
            if (u == "đồng" && co_noun(t, skip_spaces(t, i + u.size(), false))) break;
            q.glued = i == after_digits && u != "%" && u != "‰" && !(q.byte_begin > 0 && t[q.byte_begin - 1] == '/');
            q.unit = canonical_unit(u);
            i += u.size();
            // "15,62%o": the per-mille sign typed as a percent sign and the letter o.
            if (u == "%" && i < t.size() && t[i] == 'o' && (i + 1 == t.size() || !is_letter(cp_at(t, i + 1)))) {
                q.unit = "‰";
                ++i;
            }
            // A rate: "đồng/kg", "tấn/ngày", "triệu đồng/lao động".
            if (i < t.size() && t[i] == '/' && i + 1 < t.size() && !is_digit(t[i + 1])) {
                std::size_t end = 0;
                std::string per = word_at(t, i + 1, &end);
                if (!per.empty()) {
                    q.unit += "/" + per;
                    i = end;
                }
            }
            q.unit_end = i;
            return;
        }
    }
    if (!q.unit_end) q.unit_end = q.byte_end;
    std::size_t end = 0;
    std::string noun = word_at(t, i, &end);
    if (!noun.empty() && !(noun[0] >= '0' && noun[0] <= '9')) {
        // Two-syllable count nouns: "dự án", "lao động", "học sinh", "lượt người".
        std::size_t j = skip_spaces(t, end, false);
        std::size_t end2 = 0;
        std::string second = j > end && j < t.size() ? word_at(t, j, &end2) : "";
        static const char* const kTwo[] = {"dự án", "lao động", "học sinh", "lượt người", "doanh nghiệp", "hợp tác",
                                           "cơ sở", "khoản thu", "chỉ tiêu", "giấy phép", "bị can", "văn bản",
                                           "hồ sơ", "lượt khách", "thuê bao", "mục tiêu", "tiêu chí", "trụ sở", "đơn vị", "giao dịch",
                                           "căn hộ", "trường hợp", "thủ tục", "thị trấn", "thị xã", "thành phố", "địa phương",
                                           "bệnh viện"};
        q.noun_end = end;
        for (const char* two : kTwo) {
            if (noun + " " + second == two) {
                noun = two;
                q.noun_end = end2;
            }
        }
        if (noun == "đồng" && co_noun(t, j)) {
            noun += " " + second;
            q.noun_end = end2;
        }
        q.noun = noun;
    }
}

Hedge read_hedge(std::string_view t, std::size_t at) {
    const std::string before = words_before(t, at, 2);
    auto ends_with = [&](std::string_view w) {
        return before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0 &&
               (before.size() == w.size() || before[before.size() - w.size() - 1] == ' ');
    };
    if (ends_with("gần") || ends_with("dưới")) return Hedge::Below;
    // "cao hơn 2,78 điểm", "thấp hơn 5%": a comparison states the difference itself, not "more than".
    static const char* const kCompared[] = {"cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "lớn hơn", "nhỏ hơn"};
    bool compared = false;
    for (const char* c : kCompared) compared = compared || ends_with(c);
    // "600 trên 1.000 hồ sơ": "trên" after a figure reads "out of", no bound.
    bool out_of = ends_with("trên") && before.size() > 1 && std::isdigit(static_cast<unsigned char>(before[0])) != 0 &&
                  before.find(' ') == before.size() - std::string_view(" trên").size();
    // "1.110 tiêu chí trên 89 xã", "265 trường trên 344 trường": after a figure and its count noun
    // (one or two words) too.
    if (!out_of && ends_with("trên")) {
        const std::string four = words_before(t, at, 4);
        if (four.find_first_of(",;:()") == std::string::npos) {
            std::vector<std::string> w;
            for (std::size_t i = 0; i < four.size();) {
                const std::size_t e = std::min(four.find(' ', i), four.size());
                if (e > i) w.push_back(lower(four.substr(i, e - i)));
                i = e + 1;
            }
            const std::size_t n = w.size();
            auto figure = [](const std::string& x) { return !x.empty() && std::isdigit(static_cast<unsigned char>(x[0])) != 0 && x.find('%') == std::string::npos; };
            // A noun's word, not a verb or preposition ("có trên 50 xã" is a bound).
            auto noun_word = [](const std::string& x) {
                static const char* const kNot[] = {"có", "đạt", "là", "với", "được", "chiếm", "còn", "tăng", "giảm", "ở", "tại", "năm", "và",
                                                   "cho", "của", "thu", "bằng", "lên", "xuống", "từ", "đến", "mức", "khoảng", "gồm"};
                if (x.empty() || std::isdigit(static_cast<unsigned char>(x[0])) != 0) return false;
                for (const char* k : kNot) {
                    if (x == k) return false;
                }
                return true;
            };
            out_of = (n >= 3 && figure(w[n - 3]) && noun_word(w[n - 2])) ||
                     (n >= 4 && figure(w[n - 4]) && noun_word(w[n - 3]) && noun_word(w[n - 2]));
        }
    }
    if ((ends_with("trên") && !out_of) || (ends_with("hơn") && !compared)) return Hedge::Above;
    // "tối thiểu 15 triệu đồng", "ít nhất 20 người": a floor; "tối đa 5 ngày": a ceiling.
    if (ends_with("tối thiểu") || ends_with("ít nhất")) return Hedge::Above;
    if (ends_with("tối đa") || ends_with("nhiều nhất")) return Hedge::Below;
    if (ends_with("khoảng") || ends_with("xấp xỉ") || ends_with("chừng")) return Hedge::Approx;
    if (ends_with("ước") || ends_with("ước đạt") || ends_with("ước tính")) return Hedge::Estimate;
    return Hedge::None;
}

// "(từ) 100 triệu USD trở lên", "5 ha trở xuống": a figure closed by "trở lên/xuống" within a few
// words bounds what is counted, it totals nothing.
Hedge read_threshold(std::string_view t, std::size_t end) {
    const std::string after = lower(t.substr(end, 48));
    for (const auto& [word, hedge] : {std::pair{"trở lên", Hedge::Above}, std::pair{"trở xuống", Hedge::Below}}) {
        const std::size_t at = after.find(word);
        if (at == std::string::npos) continue;
        const std::string_view gap = std::string_view(after).substr(0, at);
        if (gap.find_first_of(",;:().0123456789") == std::string_view::npos && std::count(gap.begin(), gap.end(), ' ') <= 4) return hedge;
    }
    return Hedge::None;
}

// "1/2021", "12/2024": one or two digits, a slash and a year of four digits.
bool period_of_year(std::string_view s) {
    const std::size_t slash = s.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > 2 || s.size() != slash + 5) return false;
    int n = 0, year = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == slash) continue;
        if (s[i] < '0' || s[i] > '9') return false;
        int& v = i < slash ? n : year;
        v = v * 10 + (s[i] - '0');
    }
    return n >= 1 && n <= 12 && year >= 1950 && year <= 2100;
}

// "30.6.2022", "05.11.2021": a day, a month and a year written with dots.
bool dotted_date(std::string_view s) {
    const std::size_t d1 = s.find('.'), d2 = d1 == std::string_view::npos ? d1 : s.find('.', d1 + 1);
    if (d2 == std::string_view::npos || s.find('.', d2 + 1) != std::string_view::npos) return false;
    const std::string_view day = s.substr(0, d1), month = s.substr(d1 + 1, d2 - d1 - 1), year = s.substr(d2 + 1);
    auto number = [](std::string_view v) {
        int n = 0;
        for (char c : v) n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : -1000000;
        return n;
    };
    if (day.empty() || day.size() > 2 || month.empty() || month.size() > 2 || year.size() != 4) return false;
    const int dd = number(day), mm = number(month), yy = number(year);
    return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 && yy >= 1900 && yy <= 2100;
}

// "1 - 10 - 2023", "31-3-2024": a day, a month and a year joined by hyphens, from the day's
// digits at [b, e); the date's end, or 0.
std::size_t hyphen_date_end(std::string_view t, std::size_t b, std::size_t e) {
    auto part = [&](std::size_t at, std::size_t max_digits, int lo, int hi, std::size_t* end) {
        at = skip_spaces(t, at, false);
        if (at >= t.size() || t[at] != '-') return false;
        at = skip_spaces(t, at + 1, false);
        std::size_t d = at;
        int v = 0;
        while (d < t.size() && is_digit(t[d]) && d - at < max_digits) v = v * 10 + (t[d++] - '0');
        if (d == at || (d < t.size() && is_digit(t[d])) || v < lo || v > hi) return false;
        *end = d;
        return true;
    };
    if (e - b > 2) return 0;
    int day = 0;
    for (std::size_t k = b; k < e; ++k) day = is_digit(t[k]) ? day * 10 + (t[k] - '0') : 100;
    std::size_t month_end = 0, year_end = 0;
    if (day < 1 || day > 31 || !part(e, 2, 1, 12, &month_end) || !part(month_end, 4, 1900, 2100, &year_end)) return 0;
    return year_end;
}

// The figure counts a noun written in lower case ("4 người", not "97258 TS") that closes its list
// item.
bool item_count(std::string_view t, const Quantity& q) {
    if (q.noun.empty()) return false;
    const std::size_t at = skip_spaces(t, q.byte_end);
    if (at >= t.size() || !is_letter(cp_at(t, at)) || is_upper(cp_at(t, at))) return false;
    // The item closes after the noun.
    const std::size_t end = skip_spaces(t, std::max(q.noun_end, q.unit_end));
    return end >= t.size() || std::string_view(",;.)").find(t[end]) != std::string_view::npos || t.substr(end).starts_with("và ");
}

// A bare whole figure that closes its list item ("gồm Bắc Ninh 2, Hà Nội 1, …"), after a name
// written nowhere else in the paragraph with a number (not "Phú Mỹ 1, Phú Mỹ 2": names in a
// series).
bool bare_item_count(std::string_view t, const Quantity& q, std::size_t name_begin) {
    if (!q.noun.empty() || q.numeral.style != Numeral::Style::Plain) return false;
    const std::size_t end = skip_spaces(t, q.byte_end);
    if (end < t.size() && std::string_view(",;.)").find(t[end]) == std::string_view::npos && !t.substr(end).starts_with("và ")) return false;
    const std::string_view name = t.substr(name_begin, skip_spaces_back(t, q.byte_begin) - name_begin);
    for (std::size_t at = t.find(name); at != std::string_view::npos; at = t.find(name, at + 1)) {
        const std::size_t after = skip_spaces(t, at + name.size());
        if (at != name_begin && after < t.size() && is_digit(t[after])) return false;
    }
    return true;
}

// The capitalised words ending at `at` open a list item: a separator (":", ";", ",", "("), "và"
// or "gồm" stands before the first of them.
bool opens_item(std::string_view t, std::size_t at) {
    std::size_t b = at;
    for (int words = 0; words < 4; ++words) {
        std::size_t prev = 0;
        const std::string w = word_before(t, b, &prev);
        if (w.empty() || !is_upper(cp_at(t, prev))) break;
        b = prev;
    }
    std::size_t i = b;
    while (i > 0 && t[i - 1] == ' ') --i;
    if (i > 0 && std::string_view(":;,(").find(t[i - 1]) != std::string_view::npos) return true;
    // "… bao gồm Sở Công Thương 7 hồ sơ, …": the first item right after "gồm"; "…, tiếp đến là Hà
    // Giang 97 nhà": an item named after "là".
    const std::string w = lower(word_before(t, b));
    return w == "và" || w == "gồm" || w == "là";
}

// A figure with decimals ("58,40") and at most two words between it and `at`.
bool decimal_figure_before(std::string_view t, std::size_t at) {
    std::size_t i = at;
    int words = 0;
    while (i > 0 && !is_digit(t[i - 1])) {
        const char c = t[i - 1];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.') return false;
        if (c == ' ' && i < at && t[i] != ' ') ++words;
        --i;
    }
    if (i == 0 || words > 3) return false;
    while (i > 0 && is_digit(t[i - 1])) --i;
    return i >= 2 && t[i - 1] == ',' && is_digit(t[i - 2]);
}

// Byte `at` lies in a web address (`http://5085a.com/…`, `www.abc123.vn`): the run of text without
// spaces it stands in holds "://" or opens with "www.".
bool in_web_address(std::string_view t, std::size_t at) {
    std::size_t from = at;
    while (from > 0 && t[from - 1] != ' ' && t[from - 1] != '\t' && t[from - 1] != '\n') --from;
    const std::string_view before = t.substr(from, at - from);
    return before.find("://") != std::string_view::npos || before.starts_with("www.") || before.starts_with("WWW.");
}

Role read_role(std::string_view t, Quantity& q, std::size_t slash_parts) {
    const std::size_t b = q.byte_begin, e = q.byte_end;
    std::size_t prev_start = 0;
    const char32_t prev = cp_before(t, b, &prev_start);
    const char32_t next = cp_at(t, e);
    if (is_letter(prev) || prev == '_' || in_web_address(t, b)) return Role::Code;
    // "73,77 máy/100 dân", "ca/100.000 dân": a power of ten after "unit/" is the base of a rate,
    // no figure of its own (unlike the plan in "14,7 tỷ đồng/9,5 tỷ đồng").
    if (prev == '/' && is_letter(cp_before(t, prev_start)) && q.numeral.decimals == 0 && q.numeral.value >= 10 && q.scale == 1 &&
        q.unit.empty()) {
        const double tens = std::log10(q.numeral.value);
        if (std::fabs(tens - std::round(tens)) < 1e-9) return Role::Code;
    }
    // "từ 116 - 253mm", "5 – 7 ngày": the upper end of a range written with spaces round the dash.
    const bool year_like = q.numeral.style == Numeral::Style::Plain && q.numeral.digits == 4 && q.numeral.value >= 1900 && q.numeral.value <= 2100;
    if (prev == ' ' && prev_start >= 2 && !year_like && !dotted_date(t.substr(b, e - b)) && slash_parts == 1) {
        std::size_t dash_start = 0;
        const char32_t dash = cp_before(t, prev_start, &dash_start);
        if ((dash == '-' || dash == U'–') && dash_start >= 2 && t[dash_start - 1] == ' ' && is_digit(t[dash_start - 2])) return Role::Range;
    }
    if (prev == '.' || prev == '-') {
        const char32_t before = cp_before(t, prev_start);
        if (is_letter(before)) return prev == '-' ? Role::Name : Role::Code;
        if (prev == '-' && before != 0 && before < 0x80 && is_digit(static_cast<char>(before))) return Role::Range;
    }
    if (next == '/' || next == '-' || next == '.') {
        const char32_t after = cp_at(t, e + 1);
        if (is_letter(after)) return Role::Code;  // "233-NQ/TU", "05/KH-UBND", "1265-KH"
    }
    // "502 trạm 2G", "in 3D", "lô 3B": one capital letter run into the number names a kind.
    if (next >= 'A' && next <= 'Z' && !is_letter(cp_at(t, e + 1)) && !(e + 1 < t.size() && is_digit(t[e + 1]))) return Role::Name;
    const std::string w1 = word_before(t, b);
    const std::string l1 = lower(w1);
    // "lúc 10 giờ", "từ 10 giờ ngày 29/9": a time of day counts nothing.
    if (q.unit.empty() && q.noun == "giờ") {
        const std::string after = lower(t.substr(e, 16));
        if (l1 == "lúc" || l1 == "từ" || l1 == "đến" || l1 == "vào" || after.starts_with(" giờ ngày") || after.starts_with(" giờ sáng") ||
            after.starts_with(" giờ chiều") || after.starts_with(" giờ tối")) {
            return Role::Date;
        }
    }
    if (l1 == "thứ" || l1 == "hạng") return Role::Rank;
    // "đường dây nóng 18001768", "tổng đài 1800 1567", "điện thoại 0243…": a number to call.
    if (q.numeral.style == Numeral::Style::Plain && q.numeral.digits >= 3 && q.unit.empty()) {
        const std::string lead = lower(words_before(t, b, 5));
        for (const char* line : {"dây nóng", "tổng đài", "điện thoại", "hotline", "fax"}) {
            if (lead.find(line) != std::string::npos) return Role::Code;
        }
    }
    static const char* const kRoads[] = {"ĐT", "QL", "TL", "ĐH", "HL", "DT"};
    for (const char* r : kRoads) {
        // (Not a count closing its item: "Sở GD-ĐT 3 hồ sơ, Sở KH&ĐT 14 hồ sơ".)
        if (w1 == r && !item_count(t, q)) return Role::Code;  // "ĐT 291"
    }
    // "tàu QB 93561 TS", "tàu QNg 98119 TS": a long number between two codes in capitals (a
    // province's may end in lower case; not a Roman numeral before it: "khu vực XVI 11 TTHC"
    // counts) is a registration number.
    auto code = [](std::string_view w) {
        std::string plain(w);
        for (std::size_t at = plain.find("Đ"); at != std::string::npos; at = plain.find("Đ")) plain.replace(at, std::string_view("Đ").size(), "D");
        const auto upper = std::count_if(plain.begin(), plain.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        return plain.size() >= 2 && plain.size() <= 4 && w != "USD" && w != "VND" && w != "EUR" && upper >= 2 &&
               plain[0] >= 'A' && plain[0] <= 'Z' && std::all_of(plain.begin(), plain.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    };
    const bool roman = !w1.empty() && w1.find_first_not_of("IVXLC") == std::string::npos;
    if (next == ' ' && !roman && q.numeral.style == Numeral::Style::Plain && q.numeral.digits >= 4) {
        const std::size_t from = e + 1;
        std::size_t to = from;
        while (to < t.size() && t[to] != ' ' && t[to] != ',' && t[to] != '.' && t[to] != ';' && t[to] != ')') ++to;
        if (code(w1) && code(t.substr(from, to - from))) return Role::Code;
        // "giống lúa IR 50404 giảm …": after a code, a long bare number without unit or scale
        // names a variety or a model.
        if (code(w1) && w1 != "VNĐ" && q.unit.empty() && q.scale_word.empty()) return Role::Code;
    }
    // A clock time "08:00", "7h30": hours and minutes count nothing.
    if ((next == ':' && e + 2 < t.size() && is_digit(t[e + 1]) && is_digit(t[e + 2])) ||
        (prev == ':' && b >= 2 && is_digit(t[b - 2]))) {
        return Role::Code;
    }
    if (slash_parts >= 3 || dotted_date(t.substr(b, e - b))) return Role::Date;
    if (slash_parts == 2 && (l1 == "tháng" || l1 == "quý")) return Role::Date;  // "so với tháng 9/2021"
    // "vốn thực hiện tháng 4 cao hơn tháng trước", "quý 2 tăng": the number names the month or the
    // quarter (not "3 tháng 4 ngày", a duration).
    if (slash_parts == 1 && q.unit.empty() && q.scale_word.empty() && q.numeral.style == Numeral::Style::Plain && q.numeral.decimals == 0 &&
        q.numeral.value >= 1 && ((l1 == "tháng" && q.numeral.value <= 12) || (l1 == "quý" && q.numeral.value <= 4))) {
        std::size_t month_word = 0;
        word_before(t, b, &month_word);
        std::size_t i = month_word;
        while (i > 0 && t[i - 1] == ' ') --i;
        if (i == 0 || !is_digit(t[i - 1])) return Role::Date;
    }
    // "cổ tức đợt 1/2021", "kỳ họp thứ 2/2023", "tháng 6/2024": a small ordinal over a year written
    // as one (four digits, no group separator) names a month, quarter or instalment of that year.
    if (slash_parts == 2 && period_of_year(t.substr(b, e - b))) return Role::Date;
    // "9 tháng đầu năm", "6 tháng năm 2024": the months name a period, they count nothing compared.
    if (slash_parts == 1 && q.unit.empty() && q.numeral.style == Numeral::Style::Plain && q.numeral.value <= 12 && next == ' ') {
        const std::string after = lower(t.substr(e + 1, 40));
        for (const char* period : {"tháng đầu năm", "tháng cuối năm", "tháng đầu các năm", "tháng năm nay", "tháng năm 20", "tháng năm trước",
                                   "tháng của năm", "tháng đầu năm 20"}) {
            if (after.starts_with(period)) return Role::Date;
        }
    }
    // "so sánh 2015/2014": two years compared, no fraction.
    if (slash_parts == 2 && q.numeral.style == Numeral::Style::Plain && q.numeral.digits == 4 && q.numeral.value >= 1900 && q.numeral.value <= 2100 &&
        q.fraction_denominator >= 1900 && q.fraction_denominator <= 2100 && std::fabs(q.numeral.value - q.fraction_denominator) <= 10) {
        return Role::Code;
    }
    // "quy hoạch chi tiết tỷ lệ 1/500", "bản đồ tỷ lệ 1/2.000": a map's scale, no fraction of anything.
    if (slash_parts == 2 && q.numeral.value == 1 && q.fraction_denominator >= 100 && std::fmod(q.fraction_denominator, 100) == 0 && l1 == "lệ") {
        return Role::Code;
    }
    if (slash_parts == 2) return Role::Fraction;
    if (next == '/') return Role::Code;  // "11/3//2024" and the like
    // Heading labels at the start of a paragraph and inline "(3)".
    bool only_marks_before = true;
    for (std::size_t i = 0; i < b && only_marks_before; ++i) only_marks_before = t[i] == '#' || t[i] == '*' || t[i] == ' ' || t[i] == '(';
    if (only_marks_before && (next == '.' || next == ')')) return Role::Label;
    if (only_marks_before && next == ' ' && q.numeral.style == Numeral::Style::Plain && q.numeral.digits <= 3) {
        const char32_t word = cp_at(t, e + 1);
        if (is_upper(word)) return Role::Label;  // a footnote number in text extraction: "5 Nhiều mô hình …"
    }
    if (prev == '(' && next == ')' && q.numeral.style == Numeral::Style::Plain && q.numeral.digits <= 2) return Role::Label;
    if (q.numeral.style == Numeral::Style::Plain && q.numeral.digits == 4 && q.numeral.value >= 1900 &&
        q.numeral.value <= 2100 && q.unit.empty()) {
        return Role::Year;
    }
    const std::string w2 = words_before(t, b, 2);
    // "số 45" names an item, but "trong số 120 hồ sơ", "tổng số 120 hồ sơ" count.
    if (l1 == "số" && w2 != "dân số" && w2 != "trong số" && w2 != "tổng số") return Role::Code;
    // "58,40 máy trên 100 dân": a power of ten after "trên" that follows a decimal figure and its
    // noun is the base of a rate, like "máy/100 dân" ("có trên 100 hộ" is a bound, "1.500 tiêu
    // chí trên 100 xã" a total over a count).
    if (l1 == "trên" && q.numeral.decimals == 0 && q.numeral.value >= 100 && q.scale == 1 && q.unit.empty()) {
        const double tens = std::log10(q.numeral.value);
        std::size_t tren = 0;
        word_before(t, b, &tren);
        if (std::fabs(tens - std::round(tens)) < 1e-9 && decimal_figure_before(t, tren)) return Role::Code;
    }
    // "tuần 26", "tuần thứ 3" name a week, as "tháng 9/2024" names a month.
    if (q.unit.empty() && l1 == "tuần") return Role::Date;
    // "Điều 36", "khoản 2", "Chương II", "Phụ lục 3": the number of a part of a text names it.
    if (q.unit.empty() && (l1 == "điều" || l1 == "khoản" || l1 == "chương" || l1 == "mục" || l1 == "tiết" || l1 == "biểu" ||
                           w2 == "phụ lục" || w2 == "tiểu mục")) {
        return Role::Label;
    }
    const bool small = q.numeral.value <= 12 && q.unit.empty();
    // "giai đoạn 1 và giai đoạn 2", "đợt 3": a small number after a stage names the stage (not one
    // counting time: "giai đoạn 4 năm").
    if (small && q.numeral.decimals == 0 && (w2 == "giai đoạn" || w2 == "phân kỳ" || l1 == "đợt")) {
        const std::string after = lower(t.substr(e, 8));
        bool time = false;
        for (const char* unit : {" năm", " tháng", " ngày", " tuần", " quý"}) time = time || after.starts_with(unit);
        if (!time) return Role::Label;
    }
    if (w2 == "mức độ" || w2 == "cấp độ" ||
        (small && (l1 == "lớp" || l1 == "khối" || l1 == "loại" || l1 == "khóa" || l1 == "khoá" || l1 == "nhóm" || l1 == "phiên"))) {
        return Role::Level;
    }
    // A grade in stars ("sản phẩm OCOP 3 sao", "khách sạn từ 4 sao trở lên") rates, it counts nothing.
    if (small && q.numeral.style == Numeral::Style::Plain && next == ' ' && t.substr(e + 1, 3) == "sao" &&
        (e + 4 >= t.size() || !is_letter(cp_at(t, e + 4)))) {
        return Role::Level;
    }
    // "trong top 10", "tốp 5 đầu": a band of ranks, it counts nothing; "dưới ngưỡng 100 triệu USD":
    // a threshold each of many is measured against, no amount of any.
    if ((q.unit.empty() && (l1 == "top" || l1 == "tốp")) || l1 == "ngưỡng") return Role::Level;
    if (q.numeral.style == Numeral::Style::EnglishDecimal && q.numeral.decimals == 1 &&
        std::fmod(q.numeral.value, 1.0) == 0 && q.unit.empty()) {
        return Role::Version;  // "4.0"
    }
    // A multi-word proper name before a bare number: "SEA Games 31", "Hà Bắc 2"; not a place
    // before its count ("huyện Bảo Lâm 70 hộ"), nor an amount (a name's number is whole and has
    // no scale and no thousands points: "tỉnh Điện Biên 15,2 nghìn", "Lào Cai 4.123").
    std::size_t w1_begin = 0;
    const std::string raw1 = word_before(t, b, &w1_begin);
    if (!raw1.empty() && is_upper(cp_at(t, w1_begin)) && q.unit.empty() && q.numeral.decimals == 0 && q.scale_word.empty() &&
        q.numeral.style != Numeral::Style::Vietnamese) {
        std::size_t w0_begin = 0;
        const std::string raw0 = word_before(t, w1_begin, &w0_begin);
        // Units of administration and regions ("vùng Đồng Tháp", "khu vực Tây Nguyên", "miền Bắc Bộ").
        static const std::set<std::string> kPlaces = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "phố",
                                                      "trấn", "thôn", "bản", "vùng", "miền", "vực"};
        const bool place = !q.noun.empty() && w0_begin > 0 && kPlaces.count(lower(word_before(t, w0_begin)));
        // "…: Lào Cai 4 người; Yên Bái 6 người": a name opening a list item, then a figure with
        // its noun, is a place and its count.
        if (!raw0.empty() && is_upper(cp_at(t, w0_begin)) && w0_begin > 0 && !place &&
            !((item_count(t, q) || bare_item_count(t, q, w0_begin)) && opens_item(t, w0_begin))) {
            return Role::Name;
        }
    }
    if (next == '-' && e + 1 < t.size() && is_digit(t[e + 1])) return Role::Range;
    // "(Quân khu 3: 37.762 hộ; …)", "Đợt 2: …": a bare number right before a colon ends the name
    // of what the colon opens.
    if (next == ':' && q.unit.empty() && q.noun.empty() && q.numeral.decimals == 0 && q.numeral.style == Numeral::Style::Plain &&
        !l1.empty() && l1 != "là" && l1 != "gồm" && l1 != "đạt" && l1 != "có" && l1 != "được") {
        return Role::Label;
    }
    return Role::Quantity;
}

// The code point offset of a byte of `t`, counted on from the last byte asked (figures are read
// left to right), not from the paragraph's start for each.
struct CodePoints {
    std::string_view t;
    std::size_t byte = 0;
    std::uint32_t cp = 0;
    std::uint32_t at(std::size_t b) {
        if (b > t.size()) b = t.size();
        if (b < byte) {
            byte = 0;
            cp = 0;
        }
        cp += utf8::length(t.substr(byte, b - byte));
        byte = b;
        return cp;
    }
};

void read_paragraph(std::size_t paragraph, std::string_view t, std::vector<Quantity>& out) {
    CodePoints code_points{t};
    std::size_t i = 0;
    while (i < t.size()) {
        if (!is_digit(t[i])) {
            ++i;
            continue;
        }
        // numeral: digits with single '.' or ',' separators between digits
        std::size_t e = i;
        while (e < t.size() && (is_digit(t[e]) || ((t[e] == '.' || t[e] == ',') && e + 1 < t.size() && is_digit(t[e + 1]) && e > i))) ++e;
        Quantity q;
        q.paragraph = paragraph;
        q.byte_begin = i;
        q.byte_end = e;
        auto numeral = parse_numeral(t.substr(i, e - i));
        if (!numeral) {
            i = e;
            continue;
        }
        q.numeral = *numeral;
        // a/b and d/m/y
        std::size_t slash_parts = 1;
        std::size_t f = e;
        std::size_t denominator_begin = 0, denominator_end = 0;
        while (f + 1 < t.size() && t[f] == '/' && is_digit(t[f + 1])) {
            std::size_t g = f + 1;
            while (g < t.size() && (is_digit(t[g]) || ((t[g] == '.' || t[g] == ',') && g + 1 < t.size() && is_digit(t[g + 1])))) ++g;
            if (slash_parts == 1) {
                denominator_begin = f + 1;
                denominator_end = g;
            }
            ++slash_parts;
            f = g;
        }
        if (slash_parts > 1) {
            q.byte_end = f;
            if (slash_parts == 2) {
                auto d = parse_numeral(t.substr(denominator_begin, denominator_end - denominator_begin));
                q.fraction_denominator = d ? d->value : 0;
                q.fraction_denominator_decimals = d ? d->decimals : 0;
            }
        }
        if (slash_parts == 1) {
            if (const std::size_t date_end = hyphen_date_end(t, i, e); date_end != 0) {
                q.byte_end = f = date_end;
                slash_parts = 3;  // read as a date, as "1/10/2023" is
            }
        }
        read_unit(t, q);
        q.noun_end = std::max(q.noun_end, q.unit_end);
        if (slash_parts > 1) q.unit.clear();
        q.role = read_role(t, q, slash_parts);
        q.hedge = read_hedge(t, i);
        // (From the unit: a noun read from the threshold's own words, "65 trở lên", would hide it.)
        if (q.hedge == Hedge::None) q.hedge = read_threshold(t, std::max(q.byte_end, q.unit_end));
        if (q.hedge == Hedge::None) {
            // ">3.624 tỷ đồng", "≤ 5%": a sign of comparison before the figure bounds it.
            const char32_t sign = cp_before(t, skip_spaces_back(t, i));
            if (sign == '>' || sign == U'≥') q.hedge = Hedge::Above;
            if (sign == '<' || sign == U'≤') q.hedge = Hedge::Below;
        }
        std::size_t sign_start = 0;
        const char32_t prev = cp_before(t, i, &sign_start);
        q.negative = (prev == '-' || prev == U'−') && (sign_start == 0 || cp_before(t, sign_start) == ' ' || cp_before(t, sign_start) == '(');
        q.interval = Interval::printed(q.numeral.value, q.numeral.decimals, q.scale);
        if (q.numeral.decimals == 0 && q.scale == 1 && q.role == Role::Quantity && q.is_count()) {
            q.interval = Interval::point(q.value());  // a count is exact
        }
        const double inf = std::numeric_limits<double>::infinity();
        if (q.hedge == Hedge::Above) q.interval.hi = inf;
        if (q.hedge == Hedge::Below) q.interval.lo = 0;
        q.begin = code_points.at(q.byte_begin);
        q.end = code_points.at(q.unit_end > q.byte_end ? q.unit_end : q.byte_end);
        out.push_back(std::move(q));
        i = std::max(f, e);
    }
}

std::vector<SentenceBytes> split_sentence_bytes(std::string_view t) {
    std::vector<SentenceBytes> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        // "… 3.624 tỷ đồng * Nguồn vốn …": a bullet run into the line opens a sentence.
        if (c == '*' && i > 0 && t[i - 1] == ' ' && i + 1 < t.size() && t[i + 1] == ' ') {
            const std::size_t m = skip_spaces(t, i + 1);
            if (m < t.size() && is_upper(cp_at(t, m)) && i > start) {
                out.push_back({start, i - 1});
                start = m;
            }
            continue;
        }
        if (c != '.' && c != '!' && c != '?') continue;
        const std::size_t j = i + 1;
        // "… tăng 2,1%.Tính chung …", "… nghìn tấn.Trong đó …", "… 702 người.“So với …": a sentence
        // run into the next with no space, or opening on a quotation mark (not "TP.HCM", "v.v.",
        // "Q.Hùng": a capital or a mark before the dot).
        const std::size_t cap = j < t.size() && cp_at(t, j) == U'“' ? j + std::string_view("“").size() : j;
        if (c == '.' && i > start && cap < t.size() && is_upper(cp_at(t, cap))) {
            const char32_t before = cp_before(t, i);
            if ((before == '%' || before == ')' || (is_letter(before) && !is_upper(before))) && !is_upper(cp_before(t, i - 1)) &&
                (cap > j || t.substr(cap).find_first_of(" ") > 2)) {
                out.push_back({start, j});
                start = j;
                continue;
            }
        }
        if (j < t.size() && is_digit(t[j])) continue;     // "9.990"
        if (j < t.size() && t[j] == '.') continue;        // "..."
        if (c == '.') {                                   // "TP. Lai Châu"
            std::size_t w = i;
            while (w > start && t[w - 1] != ' ' && t[w - 1] != '(') --w;
            if (abbreviation_with_point(t.substr(w, i - w))) continue;
            // "…; 2. Ông B": the number of an item after ';' labels it, ending nothing.
            const std::string_view label = t.substr(w, i - w);
            if (!label.empty() && label.size() <= 2 && label.find_first_not_of("0123456789") == std::string_view::npos) {
                std::size_t b = w;
                while (b > start && t[b - 1] == ' ') --b;
                if (b > start && t[b - 1] == ';') continue;
            }
        }
        std::size_t k = j;
        while (k < t.size() && (t[k] == '*' || t[k] == ')' || t[k] == '/')) ++k;
        if (k < t.size() && t[k] != ' ') continue;
        std::size_t m = skip_spaces(t, k);
        if (m < t.size() && !is_upper(cp_at(t, m)) && !is_digit(t[m]) && t[m] != '(' && t[m] != '-') continue;
        out.push_back({start, k});
        start = m;
    }
    if (start < t.size()) out.push_back({start, t.size()});
    return out;
}

enum class Language { Vietnamese, Other, Undecided };

// Letters only Vietnamese writes (ă đ ơ ư ĩ ũ and the precomposed tones U+1EA0–U+1EF9).
bool vietnamese_letter(char32_t c) {
    return c == 0x102 || c == 0x103 || c == 0x110 || c == 0x111 || c == 0x128 || c == 0x129 || c == 0x168 || c == 0x169 ||
           c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0 || (c >= 0x1EA0 && c <= 0x1EF9);
}

// Accented letters Vietnamese shares with French or Portuguese (à á â ã è é ê ì í ò ó ô õ ù ú ý).
bool shared_letter(char32_t c) {
    static const std::u32string_view kLatin1 = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    return kLatin1.find(c) != std::u32string_view::npos;
}

// Vietnamese when a letter only Vietnamese writes appears, or letters it shares with other
// languages in a short text ("Tên", "là"); Other for another script or accent (ç, ñ, ü, č), five
// words or more with shared accents alone ("São direitos dos membros"), or three or more words
// without any; a few Latin words ("USD 100") are Undecided.
Language language_of(std::string_view t) {
    int words = 0;
    bool in_word = false;
    bool other_script = false, shared = false;
    for (std::size_t i = 0; i < t.size();) {
        const auto b = static_cast<unsigned char>(t[i]);
        bool letter = false;
        if (b < 0x80) {
            letter = std::isalpha(b) != 0;
            ++i;
        } else {
            const char32_t c = utf8::next(t, i);
            if (vietnamese_letter(c)) return Language::Vietnamese;
            letter = is_letter(c) && c != U'³' && c != U'²';
            if (shared_letter(c)) {
                shared = true;
            } else {
                other_script = other_script || letter;
            }
        }
        if (letter && !in_word) ++words;
        in_word = letter;
    }
    if (other_script || (shared && words >= 5)) return Language::Other;
    if (shared) return Language::Vietnamese;
    return words >= 3 ? Language::Other : Language::Undecided;
}

}  // namespace

std::string word_before(std::string_view text, std::size_t at, std::size_t* word_begin) {
    std::size_t i = at;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '*')) --i;
    std::size_t end = i;
    while (i > 0) {
        std::size_t start = 0;
        const char32_t c = cp_before(text, i, &start);
        if (!is_letter(c) && !(c < 0x80 && is_digit(static_cast<char>(c)))) break;
        i = start;
    }
    if (word_begin) *word_begin = i;
    return std::string(text.substr(i, end - i));
}

std::string words_before(std::string_view text, std::size_t at, int n) {
    std::string out;
    std::size_t pos = at;
    for (int k = 0; k < n; ++k) {
        std::size_t b = 0;
        std::string w = word_before(text, pos, &b);
        if (w.empty()) break;
        out = out.empty() ? lower(w) : lower(w) + " " + out;
        // stop at punctuation between words
        std::size_t j = b;
        while (j > 0 && text[j - 1] == ' ') --j;
        if (j > 0 && (text[j - 1] == ',' || text[j - 1] == ';' || text[j - 1] == '.' || text[j - 1] == ':' || text[j - 1] == '(')) break;
        pos = b;
    }
    return out;
}

int superscript_number(std::string_view text, std::size_t& i) {
    int n = -1;
    while (i < text.size()) {
        std::size_t j = i;
        const char32_t c = utf8::next(text, j);
        int d = -1;
        if (c == U'⁰') d = 0;
        else if (c == U'¹') d = 1;
        else if (c == U'²') d = 2;
        else if (c == U'³') d = 3;
        else if (c >= U'⁴' && c <= U'⁹') d = static_cast<int>(c - U'⁴') + 4;
        if (d < 0) break;
        n = (n < 0 ? 0 : n) * 10 + d;
        i = j;
    }
    return n;
}

std::string printed(const model::Document& document, const Quantity& q) {
    const std::string& t = document.paragraphs[q.paragraph].text;
    std::string out;
    for (char c : t.substr(q.byte_begin, std::max(q.unit_end, q.byte_end) - q.byte_begin)) {
        if (c != '*') out += c;
    }
    return out;
}

std::string printed_bounded(const model::Document& document, const Quantity& q) {
    if (q.hedge != Hedge::Above && q.hedge != Hedge::Below) return printed(document, q);
    const std::string w = lower(word_before(document.paragraphs[q.paragraph].text, q.byte_begin));
    return w == "gần" || w == "hơn" || w == "trên" ? w + " " + printed(document, q) : printed(document, q);
}

model::Range range_of(const Quantity& q) { return {q.paragraph, q.begin, q.end}; }

std::string format_like(const Quantity& q, double value, int decimals) {
    std::string out = format_vn(value / q.scale, decimals);
    if (!q.scale_word.empty()) out += " " + q.scale_word;
    if (q.percent()) return out + "%";
    if (q.unit == "‰") return out + "‰";
    if (!q.unit.empty()) out += " " + q.unit;
    return out;
}

double last_digit_step(const Quantity& q) {
    const double places = std::pow(10.0, q.numeral.decimals);
    double m = std::round(q.numeral.value * places);
    if (m <= 0 || m > 1e15) return 0;
    double step = 1;
    while (std::fmod(m, 10.0) == 0) {
        m /= 10;
        step *= 10;
    }
    return step / places * q.scale;
}

Interval interval_of(const Quantity& q, double approx_tolerance) {
    Interval iv = q.interval;
    if (q.hedge == Hedge::Approx) {
        const double w = std::fabs(q.value()) * approx_tolerance;
        iv.lo -= w;
        if (!std::isinf(iv.hi)) iv.hi += w;
    }
    return iv;
}

std::vector<Quantity> read_quantities(std::string_view text) {
    std::vector<Quantity> out;
    read_paragraph(0, text, out);
    return out;
}

Quantities::Quantities(const Analysis& analysis) { build(analysis.get<NumbersText>().document()); }

void Quantities::build(const model::Document& document) {
    const auto& ps = document.paragraphs;
    bool english_grouped = false;
    int english_decimals = 0, vietnamese = 0;
    ranges_.resize(ps.size());
    sentences_.resize(ps.size());
    std::vector<Language> languages(ps.size());
    int vietnamese_paragraphs = 0, other_paragraphs = 0;
    for (std::size_t p = 0; p < ps.size(); ++p) {
        const std::string_view t = ps[p].text;
        const std::size_t first = all_.size();
        read_paragraph(p, t, all_);
        ranges_[p] = {first, all_.size()};
        sentences_[p] = split_sentence_bytes(t);
        languages[p] = language_of(t);
        if (languages[p] == Language::Vietnamese && sentences_[p].size() > 1) {
            for (auto& s : sentences_[p]) s.other_language = language_of(t.substr(s.begin, s.end - s.begin)) == Language::Other;
        }
        if (languages[p] == Language::Vietnamese) ++vietnamese_paragraphs;
        if (languages[p] == Language::Other) ++other_paragraphs;
        for (std::size_t k = first; k < all_.size(); ++k) {
            const auto& q = all_[k];
            if (q.role != Role::Quantity) continue;
            if (q.numeral.style == Numeral::Style::EnglishGrouped) english_grouped = true;
            if (q.numeral.style == Numeral::Style::EnglishDecimal && !q.unit.empty()) ++english_decimals;
            if (q.numeral.style == Numeral::Style::Vietnamese) ++vietnamese;
        }
        // Footnotes: DOCX notes, or text lines that start with a superscript number.
        const auto& para = ps[p];
        if (para.area == model::Area::Footnote || para.area == model::Area::Endnote) {
            if (para.note > 0 && !notes_.count(para.note)) notes_[para.note] = p;
        } else {
            for (const auto& ref : para.note_refs) {
                note_refs_[ref.note] = {p, utf8::byte_offset(t, ref.offset)};
            }
            std::size_t i = skip_spaces(t, 0);
            const int mark = superscript_number(t, i);
            if (mark > 0 && i < t.size()) {
                notes_[mark] = p;
                note_text_start_[p] = skip_spaces(t, i);
                continue;
            }
            for (std::size_t j = 0; j < t.size();) {
                if (static_cast<unsigned char>(t[j]) < 0x80) {  // (ASCII: no superscript digit)
                    ++j;
                    continue;
                }
                const std::size_t start = j;
                const int n = superscript_number(t, j);
                if (n > 0) {
                    if (cp_before(t, start) != 'm' && !note_refs_.count(n)) note_refs_[n] = {p, start};  // "m³" is a unit
                    continue;
                }
                utf8::next(t, j);
            }
        }
    }
    settle_style(english_grouped, english_decimals, vietnamese);
    mark_mixed_notation();
    mark_split_figures(document);
    // Short paragraphs (table cells, "USD 100") follow the document's language.
    vietnamese_.resize(ps.size());
    for (std::size_t p = 0; p < ps.size(); ++p) {
        vietnamese_[p] = languages[p] == Language::Vietnamese ||
                         (languages[p] == Language::Undecided && vietnamese_paragraphs >= other_paragraphs);
    }
}

// One amount printed in two figures, read as two: "97 tỷ 630 triệu đồng", "107 nghìn 700 tỷ"
// (two scale words), "86, 5 tỷ đồng" (a space after the decimal comma), "2 năm 2 tháng" (a
// duration in two units of time). Neither figure alone is
// the amount, so neither is related to others.
void Quantities::mark_split_figures(const model::Document& document) {
    for (std::size_t k = 0; k + 1 < all_.size(); ++k) {
        Quantity& a = all_[k];
        Quantity& b = all_[k + 1];
        if (a.paragraph != b.paragraph) continue;
        const std::string_view t = document.paragraphs[a.paragraph].text;
        const std::size_t end = std::max({a.byte_end, a.unit_end, a.noun_end});
        if (end > b.byte_begin) continue;
        const std::string_view gap = t.substr(end, b.byte_begin - end);
        const bool two_scales = a.scale > 1 && b.scale > 1 && a.scale != b.scale && gap.find_first_not_of(' ') == std::string_view::npos;
        const bool split_decimal = a.unit.empty() && a.noun.empty() && a.scale == 1 && a.numeral.decimals == 0 && gap == ", " &&
                                   b.byte_end - b.byte_begin <= 2 && (b.scale > 1 || !b.unit.empty());
        // "2 năm 2 tháng", "3 tháng 10 ngày", "1 giờ 30 phút": one duration in two units.
        auto unit_of_time = [](const Quantity& q) {
            static const std::array<std::string_view, 6> kLongestFirst = {"năm", "tháng", "tuần", "ngày", "giờ", "phút"};
            const auto at = std::find(kLongestFirst.begin(), kLongestFirst.end(), q.noun);
            return q.is_count() && q.numeral.decimals == 0 ? at - kLongestFirst.begin() : -1;
        };
        const auto ua = unit_of_time(a), ub = unit_of_time(b);
        const bool duration = ua >= 0 && ub > ua && ub < 6 && gap.find_first_not_of(' ') == std::string_view::npos;
        if (two_scales || split_decimal || duration) a.ambiguous = b.ambiguous = true;
    }
}

// English style: "1,234,567" somewhere, or English decimals and nothing Vietnamese.
void Quantities::settle_style(bool english_grouped, int english_decimals, int vietnamese) {
    english_style_ = english_grouped || (english_decimals > 0 && vietnamese == 0);
    if (!english_style_) return;
    for (auto& q : all_) q.ambiguous = q.numeral.comma_three;
}

// "1,189,5": a figure whose notation mixes two conventions is reported by number-format, and no
// arithmetic rests on it.
void Quantities::mark_mixed_notation() {
    for (auto& q : all_) q.ambiguous = q.ambiguous || q.numeral.comma_grouped;
}

std::pair<std::size_t, std::size_t> Quantities::in(std::size_t paragraph) const {
    return paragraph < ranges_.size() ? ranges_[paragraph] : std::pair<std::size_t, std::size_t>{0, 0};
}

SentenceBytes Quantities::sentence_at(std::size_t paragraph, std::size_t byte) const {
    for (const auto& s : sentences_[paragraph]) {
        if (byte >= s.begin && byte < s.end) return s;
    }
    return {byte, byte};
}

std::size_t Quantities::note_text_start(std::size_t paragraph) const {
    auto it = note_text_start_.find(paragraph);
    return it == note_text_start_.end() ? 0 : it->second;
}

}  // namespace soat::analysis
