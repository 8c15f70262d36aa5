// The shortcuts of performance session 10 keep their promises: a memoised decomposition stays
// valid while the memo is renewed, and each built-in blank-field pattern's `requires` names bytes
// every match holds (a wrong list would hide findings).
#include "analysis/phrases.hpp"
#include "analysis/syllable.hpp"
#include "checks/pattern_probe.hpp"
#include "engine/embedded_rules.hpp"
#include "analysis/canonical_table_hash.hpp"
#include "analysis/vi_words.hpp"
#include "analysis/words.hpp"
#include "engine/fingerprint.hpp"

#include <soat/engine.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>
#include <re2/re2.h>
#include <utf8proc.h>

#include <soat/utf8.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace an = soat::analysis;

TEST_CASE("decompose: an answer stays valid while 100 000 more words are read", "[perf]") {
    const auto& held = an::decompose("Nghiệp");
    REQUIRE(held);
    const an::Letters copy = *held;
    const auto& other = an::decompose("Trường");  // a second answer held at once
    REQUIRE(other);
    const an::Letters other_copy = *other;
    for (int i = 0; i < 100000; ++i) (void)an::decompose("zz" + std::to_string(i));
    CHECK(held->base == copy.base);
    CHECK(held->upper == copy.upper);
    CHECK(held->tone == copy.tone);
    CHECK(other->base == other_copy.base);
    CHECK(other->tone == other_copy.tone);
    // and a fresh reading answers the same
    CHECK(an::decompose("Nghiệp")->base == copy.base);
}

TEST_CASE("blank-field: every match of a built-in pattern holds one of its requires", "[perf]") {
    auto rules = soat::engine::load_rules();
    REQUIRE(rules.ok());
    const soat::engine::RuleSpec* spec = nullptr;
    for (const auto& r : *rules) {
        if (r.spec.id == "blank-field") spec = &r.spec;
    }
    REQUIRE(spec != nullptr);
    const std::vector<std::string> texts = {
        "Số: /KH-UBND; Bắc Giang, ngày tháng 7 năm 2024",
        "Số:    …/QĐ-UBND",
        "Số: ..../BC-SKHĐT",
        "ngày … tháng … năm 20…",
        "Bắc Ninh, ngày 15 tháng ... năm 2024",
        "ngày  tháng  năm 2024",
        "theo Quyết định số …/QĐ-UBND ngày …/…/2024",
        "theo Quyết định SỐ ___/QĐ-UBND",
        "…/…/2024 và ../05/2023",
        "xxx TODO XXX (xxxx) [TODO]",
        "[ … ] và [...] và []",
        "…………",
        "  ...... ….",
        "Họ và tên: ……………",
        "Địa chỉ:    ______",
        "Ghi chú: .... ",
        "Nội dung ngắn.",
    };
    int patterns = 0, matches = 0;
    for (const auto& item : spec->params["patterns"]) {
        std::vector<std::string> requires_any;
        if (const auto r = item["requires"]; r && r.IsSequence()) {
            for (const auto& x : r) requires_any.push_back(x.as<std::string>());
        }
        const std::string source = item["pattern"].as<std::string>();
        INFO(source);
        CHECK_FALSE(requires_any.empty());  // every built-in pattern names its bytes
        ++patterns;
        const RE2 re(source);
        REQUIRE(re.ok());
        for (const auto& text : texts) {
            re2::StringPiece input(text), m;
            while (RE2::FindAndConsume(&input, "(" + source + ")", &m)) {
                if (m.empty()) break;
                ++matches;
                bool holds = false;
                for (const auto& r : requires_any) holds = holds || std::string(m.data(), m.size()).find(r) != std::string::npos;
                INFO(text << " -> " << std::string(m.data(), m.size()));
                CHECK(holds);
            }
        }
    }
    CHECK(patterns == 9);
    CHECK(matches > 10);
}

// Session 11: the fingerprints' text is mapped code point by code point when every code point is
// one whose mapping does not depend on its neighbours. Every pair of such code points (and each
// next to a combining mark, which takes the whole-text path) maps as utf8proc_map maps the pair.
TEST_CASE("fingerprint: the mapping code point by code point is utf8proc_map's", "[perf]") {
    std::vector<char32_t> cps;
    for (char32_t c = 1; c < 0x250; ++c) cps.push_back(c);
    for (char32_t c = 0x1E00; c < 0x1F00; ++c) cps.push_back(c);
    for (char32_t c = 0x2000; c < 0x2070; ++c) cps.push_back(c);
    std::size_t differ = 0;
    for (char32_t a : cps) {
        for (char32_t b : cps) {
            std::string s;
            soat::utf8::append(s, a);
            soat::utf8::append(s, b);
            if (soat::engine::fingerprint_map_text(s) != soat::engine::fingerprint_map_whole(s)) ++differ;
        }
        for (char32_t mark : {char32_t(0x0301), char32_t(0x0323), char32_t(0x0309)}) {
            std::string s;
            soat::utf8::append(s, a);
            soat::utf8::append(s, mark);
            if (soat::engine::fingerprint_map_text(s) != soat::engine::fingerprint_map_whole(s)) ++differ;
        }
    }
    CHECK(differ == 0);
    CHECK(soat::engine::fingerprint_map_text("Ủy ban Nhân dân TỈNH “Bắc Giang” – 2024") ==
          soat::engine::fingerprint_map_whole("Ủy ban Nhân dân TỈNH “Bắc Giang” – 2024"));
}

// The word split of each paragraph is shared (analysis::ParagraphWords) and utf8proc's categories
// are remembered: the split answers as a fresh one.
TEST_CASE("words: the remembered categories answer as utf8proc", "[perf]") {
    for (char32_t c = 0; c < 0x2100; ++c) {
        const auto k = utf8proc_category(static_cast<utf8proc_int32_t>(c));
        const bool letter = k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
                            k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_LM;
        REQUIRE(an::words::unicode_category(c) == k);  // (spacing asks it since session 14)
        if (c >= 0x80) {
            REQUIRE(an::words::is_letter(c) == letter);
            REQUIRE(an::words::is_upper(c) == (k == UTF8PROC_CATEGORY_LU));
            REQUIRE(an::words::is_lower(c) == (k == UTF8PROC_CATEGORY_LL));
        }
    }
}

// lower() writes over a copy of the text and remembers utf8proc_tolower below U+2000: it answers
// as session 10's byte-by-byte version, malformed sequences included.
namespace {
std::string lower_reference(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
            ++i;
            continue;
        }
        const std::size_t start = i;
        const char32_t c = soat::utf8::next(text, i);
        const std::size_t before = out.size();
        soat::utf8::append(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
        if (out.size() - before != i - start) {
            out.resize(before);
            out.append(text.substr(start, i - start));
        }
    }
    return out;
}
}  // namespace

TEST_CASE("lower: the same answer as byte by byte", "[perf]") {
    std::string all;
    for (char32_t c = 1; c < 0x2100; ++c) soat::utf8::append(all, c);
    CHECK(an::lower(all) == lower_reference(all));
    for (const std::string& s : {std::string("\xC3" "a B"), std::string("\xF8\x88\x80\x80 X"), std::string("\xC0\x80"),
                                std::string("\xE1\xBA"), std::string("ĐƯỜNG \xE2\x84\xAA"), std::string("\x80\xC3\x89"),
                                std::string("ab\xC3"), std::string("abc\xE1"), std::string("\xE1\xBA\xA0\xC3\x41\xE1\x41\x42"),
                                std::string("\xBA\xBA\xBA\xF0\x9F\x98\x80Z")}) {
        CHECK(an::lower(s) == lower_reference(s));
    }
    // Eight ASCII bytes at a time (session 13): every ASCII byte at every place of runs of 1 to
    // 24 bytes of upper- or lowercase letters, alone, after, before and between other letters.
    int differ = 0, tried = 0;
    for (const char fill : {'Q', 'q', '@', '['}) {
        for (std::size_t len = 1; len <= 24; ++len) {
            for (int b = 1; b < 0x80; ++b) {
                for (std::size_t at = 0; at < len; ++at) {
                    std::string run(len, fill);
                    run[at] = static_cast<char>(b);
                    for (const std::string& t : {run, "Đ" + run, run + "Ư", "x" + run + "\xC3" + run, "\xE1\xBA" + run}) {
                        ++tried;
                        differ += an::lower(t) != lower_reference(t);
                    }
                }
            }
        }
    }
    CHECK(tried > 100000);
    CHECK(differ == 0);
}

// decompose() reads an ASCII code point without utf8proc: its decomposition is itself, it is no
// combining mark, and its lower case is the ASCII one.
TEST_CASE("decompose: utf8proc's answers for ASCII are the ones the short path assumes", "[perf]") {
    for (char32_t c = 0; c < 0x80; ++c) {
        utf8proc_int32_t buf[8];
        utf8proc_int32_t last = 0;
        const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 8, UTF8PROC_DECOMPOSE, &last);
        REQUIRE(n == 1);
        REQUIRE(buf[0] == static_cast<utf8proc_int32_t>(c));
        REQUIRE(utf8proc_category(buf[0]) != UTF8PROC_CATEGORY_MN);
        const char32_t lower = c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c;
        REQUIRE(static_cast<char32_t>(utf8proc_tolower(buf[0])) == lower);
    }
    CHECK(an::decompose("Quyết")->base == U"quyêt");
    CHECK(!an::decompose("a1"));
}

// strip_tone() maps a word letter by letter when each letter is ASCII, Latin below U+0300 or
// Latin Extended Additional: the same answer as the whole word through utf8proc.
namespace {
an::words::Toneless strip_tone_reference(std::string_view syllable) {
    auto map = [](std::string_view s, utf8proc_option_t options) {
        utf8proc_uint8_t* out = nullptr;
        const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                                    &out, static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE));
        if (n < 0) return std::string(s);
        std::string r(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
        std::free(out);
        return r;
    };
    const std::string decomposed = map(an::lower(syllable), UTF8PROC_DECOMPOSE);
    an::words::Toneless t;
    std::string kept;
    for (std::size_t i = 0; i < decomposed.size();) {
        const char32_t c = soat::utf8::next(decomposed, i);
        const int tone = c == 0x0300 ? 1 : c == 0x0301 ? 2 : c == 0x0309 ? 3 : c == 0x0303 ? 4 : c == 0x0323 ? 5 : 0;
        if (tone) {
            t.tone = tone;
        } else {
            soat::utf8::append(kept, c);
        }
    }
    t.base = map(kept, UTF8PROC_COMPOSE);
    return t;
}
}  // namespace

TEST_CASE("strip_tone: letter by letter as the whole word through utf8proc", "[perf]") {
    std::vector<char32_t> cps;
    for (char32_t c = 1; c < 0x380; ++c) cps.push_back(c);
    for (char32_t c = 0x1100; c < 0x1110; ++c) cps.push_back(c);
    for (char32_t c = 0x1160; c < 0x1170; ++c) cps.push_back(c);
    for (char32_t c = 0x1E00; c < 0x1F00; ++c) cps.push_back(c);
    for (char32_t c : {char32_t(0x212A), char32_t(0x2126), char32_t(0xAC00), char32_t(0x0915), char32_t(0x093C)}) cps.push_back(c);
    std::size_t differ = 0;
    auto check = [&](const std::string& s) {
        const auto a = an::words::strip_tone(s);
        const auto b = strip_tone_reference(s);
        if (a.base != b.base || a.tone != b.tone) ++differ;
    };
    const std::vector<char32_t> partners = {U'a', U'A', U'n', 0x0301, 0x0323, 0x0302, 0x0306, 0x031B, 0x1EA1, 0x00E2, 0x0111, 0x1161, 0x11A8};
    for (char32_t a : cps) {
        std::string one;
        soat::utf8::append(one, a);
        check(one);
        for (char32_t b : partners) {
            std::string ab = one, ba;
            soat::utf8::append(ab, b);
            soat::utf8::append(ba, b);
            soat::utf8::append(ba, a);
            check(ab);
            check(ba);
        }
    }
    for (const std::string& s : {std::string("Hoà"), std::string("NGHIỆP"), std::string("thuỷ"), std::string("Quốc"), std::string("\xC3" "a"),
                                std::string("a\xE1\xBA"), std::string("ĐẮK"), std::string("ẞ"), std::string("İstanbul")}) {
        check(s);
    }
    CHECK(differ == 0);
}

// The word model's lookups after a fixed first syllable or before a fixed second one hash it
// once: the same answers.
TEST_CASE("vi_words: After and Before answer as lookup and pair_score", "[perf]") {
    std::vector<std::pair<std::string, std::string>> pairs;
    std::size_t k = 0;
    an::vi_words::for_each([&](std::string_view a, std::string_view b, std::uint8_t) {
        if (k++ % 97 == 0) pairs.emplace_back(an::canonical(a), an::canonical(b));
    });
    pairs.emplace_back("quản", "lý");
    pairs.emplace_back("quản", "");
    pairs.emplace_back("", "lý");
    pairs.emplace_back("không", "có");
    pairs.emplace_back("xyz", "qqq");
    std::size_t known = 0;
    for (const auto& [a, b] : pairs) {
        const an::vi_words::After after(a);
        const auto e = an::vi_words::lookup(a, b);
        const auto f = after.lookup(b);
        REQUIRE(e.score == f.score);
        REQUIRE(e.admin == f.admin);
        REQUIRE(after.pair_score(b) == an::vi_words::pair_score(a, b));
        const an::vi_words::Before before(b);
        const auto g = before.lookup(a);
        REQUIRE(e.score == g.score);
        REQUIRE(e.admin == g.admin);
        REQUIRE(before.pair_score(a) == an::vi_words::pair_score(a, b));
        known += e.score > 0;
    }
    CHECK(known > pairs.size() / 2);
}

TEST_CASE("canonical: the build-time table of the rule packs' words answers as computed_canonical()", "[perf]") {
    const auto words = soat::analysis::canonical_table_words();
    REQUIRE(words.size() > 1000);
    for (const auto word : words) {
        INFO(word);
        CHECK(soat::analysis::canonical(word) == soat::analysis::computed_canonical(word));
    }
    // A word outside the table is computed.
    CHECK(soat::analysis::canonical("Thuỷ") == soat::analysis::computed_canonical("Thuỷ"));
    CHECK(soat::analysis::canonical("HOÀ") == soat::analysis::canonical("hòa"));
}

// blank-field's built-in patterns are probed when the rules are built (soat_gen_rules), so the
// load skips its own probe for them: each one is in that list, and a pattern RE2 refuses is not.
TEST_CASE("blank-field: the built-in patterns were probed at build time", "[perf]") {
    auto rules = soat::engine::load_rules();
    REQUIRE(rules.ok());
    int n = 0;
    for (const auto& r : *rules) {
        if (r.spec.kind != "blank-field") continue;
        for (const auto& item : r.spec.params["patterns"]) {
            const std::string source = item["pattern"].as<std::string>("");
            INFO(source);
            CHECK(soat::engine::built_in_pattern_parses(source));
            CHECK(soat::checks::pattern_parses(source));
            ++n;
        }
    }
    CHECK(n >= 9);
    CHECK_FALSE(soat::engine::built_in_pattern_parses("(unclosed"));
    CHECK_FALSE(soat::checks::pattern_parses("(unclosed"));
}

// Params::as<T>() reads a plain decimal or true/false scalar without yaml-cpp (session 14): each
// answer, or the exception, is yaml-cpp's, on made-up scalars and on every scalar of the
// built-in rules' params.
namespace {

template <typename T>
std::string read_as(const std::function<T()>& read) {
    try {
        return "=" + fmt::format("{}", read());
    } catch (const YAML::Exception& e) {
        return std::string("throws ") + e.what();
    }
}

template <typename T>
void same_as_yaml_cpp(const std::string& scalar) {
    INFO(scalar);
    const YAML::Node yaml(scalar);
    const soat::engine::Params params = soat::engine::Params::from_yaml(yaml);
    CHECK(read_as<T>([&] { return params.as<T>(); }) == read_as<T>([&] { return yaml.as<T>(); }));
    CHECK(read_as<T>([&] { return params.as<T>(T(7)); }) == read_as<T>([&] { return yaml.as<T>(T(7)); }));
}

void same_as_yaml_cpp_all(const std::string& scalar) {
    same_as_yaml_cpp<double>(scalar);
    same_as_yaml_cpp<int>(scalar);
    same_as_yaml_cpp<std::size_t>(scalar);
    same_as_yaml_cpp<bool>(scalar);
}

void each_scalar(const soat::engine::Params& node, std::vector<std::string>& out) {
    if (node.IsScalar()) {
        out.push_back(node.Scalar());
    } else if (node.IsSequence()) {
        for (const auto& item : node) each_scalar(item, out);
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            each_scalar(entry.first, out);
            each_scalar(entry.second, out);
        }
    }
}

}  // namespace

TEST_CASE("params: plain scalars read as yaml-cpp reads them", "[perf]") {
    for (const char* s : {"0", "7", "-7", "12", "-0", "007", "010", "0x10", "0o7", "1.5", "-1.5", "0.1", "1.", ".5", "1e3",
                          "1.5e-3", "+3", " 3", "3 ", "", "-", "-.", "2147483647", "2147483648", "-2147483648",
                          "-2147483649", "99999999999999999999", "18446744073709551615", "18446744073709551616",
                          "3.141592653589793238462643", "0.30000000000000004", "123456789012345678901234567890.5",
                          "true", "false", "True", "FALSE", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf",
                          "-.inf", ".nan", "abc", "3abc", "1,5", "١٢"}) {
        same_as_yaml_cpp_all(s);
    }
    auto rules = soat::engine::load_rules();
    REQUIRE(rules.ok());
    std::vector<std::string> scalars;
    for (const auto& r : *rules) each_scalar(r.spec.params, scalars);
    REQUIRE(scalars.size() > 1000);
    std::sort(scalars.begin(), scalars.end());
    scalars.erase(std::unique(scalars.begin(), scalars.end()), scalars.end());
    for (const auto& s : scalars) same_as_yaml_cpp_all(s);
}

// words::lower_share() reads an ASCII byte without decoding it (session 14): the same share as
// is_letter() and is_lower() code point by code point, on every ASCII byte beside other letters.
TEST_CASE("lower_share: ASCII bytes read as is_letter and is_lower answer", "[perf]") {
    namespace w = soat::analysis::words;
    auto reference = [](std::string_view text) {
        int letters = 0, lowers = 0;
        for (std::size_t i = 0; i < text.size();) {
            const char32_t c = soat::utf8::next(text, i);
            if (w::is_letter(c)) {
                ++letters;
                lowers += w::is_lower(c);
            }
        }
        return letters == 0 ? 1.0 : static_cast<double>(lowers) / letters;
    };
    for (int b = 1; b < 0x80; ++b) {
        for (const char* around : {"", "a", "Đ", "ư", "1", " ", "ÀB"}) {
            const std::string text = std::string(around) + static_cast<char>(b) + "x" + around + static_cast<char>(b);
            INFO(text);
            CHECK(w::lower_share(text) == reference(text));
        }
    }
    for (const char* text : {"", "123", "Nội dung ngắn.", "BÁO CÁO", "Kết quả ĐẠT 95%", "\xff\xfe", "Ω ω ǅ"}) {
        INFO(text);
        CHECK(w::lower_share(text) == reference(text));
    }
}

// The unicode check answers a code point below U+0300 as no combining mark without utf8proc
// (session 14): none of them is a nonspacing mark.
TEST_CASE("unicode: no code point below U+0300 is a nonspacing mark", "[perf]") {
    for (utf8proc_int32_t c = 0; c < 0x300; ++c) {
        INFO(c);
        CHECK(utf8proc_category(c) != UTF8PROC_CATEGORY_MN);
    }
    CHECK(utf8proc_category(0x300) == UTF8PROC_CATEGORY_MN);
}

TEST_CASE("paren_depth: the kept last answer is only given back for the same text", "[perf]") {
    using soat::analysis::phrases::paren_depth;
    std::string a = "(ab) c";
    const auto first = paren_depth(a);
    CHECK(first == std::vector<int>{1, 1, 1, 1, 0, 0, 0});
    CHECK(paren_depth(a) == first);
    a = "ab (c)";  // same size, same buffer, other text
    CHECK(paren_depth(a) == std::vector<int>{0, 0, 0, 1, 1, 1, 0});
    CHECK(paren_depth("") == std::vector<int>{0});
    CHECK(paren_depth("((") == std::vector<int>{1, 2, 2});
}
