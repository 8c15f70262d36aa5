// The word-level spell check on generated slips: frequent compounds of the word model and
// administrative sentences written for this test, each given one random typing slip that leaves
// a valid syllable (a tone swapped or dropped, a mark of ă â ê ô ơ ư dropped or added, đ typed d,
// a letter dropped or doubled; or, for the measure, only a tone or a mark). Recall on the
// slips and silence on the clean twins are measured and held above floors. The same measure on
// real documents (read at run time, not stored) is scripts/slip_recall.py.
#include "analysis/slips.hpp"
#include "analysis/syllable.hpp"
#include "analysis/vi_words.hpp"
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

using soat::test::document_from_paragraphs;
using soat::test::lint_with;

namespace {

namespace an = soat::analysis;

// Sentences in the style of reports and plans (written for this test).
const std::vector<std::string> kSentences = {
    "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tổ chức thực hiện nghiêm các nhiệm vụ được giao.",
    "Tốc độ tăng trưởng kinh tế năm 2024 ước đạt 7,5%, cao hơn mức bình quân của cả nước.",
    "Công tác bảo đảm an ninh trật tự trên địa bàn được duy trì ổn định.",
    "Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.",
    "Nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức cấp xã.",
    "Theo dõi chặt chẽ diễn biến của thời tiết để chủ động phòng, chống thiên tai.",
    "Đáp ứng nhu cầu học tập của nhân dân, phát triển giáo dục nghề nghiệp.",
    "Tiếp tục rà soát, sửa đổi, bổ sung các quy định về thủ tục hành chính.",
    "Tăng cường công tác kiểm tra, giám sát việc quản lý, sử dụng ngân sách nhà nước.",
    "Huy động các nguồn lực xã hội để đầu tư xây dựng kết cấu hạ tầng giao thông.",
    "Thực hiện tốt chính sách an sinh xã hội, chăm lo đời sống vật chất và tinh thần của người dân.",
    "Các đơn vị khẩn trương hoàn thành báo cáo kết quả thực hiện kế hoạch trước ngày 15 tháng 12.",
    "Chủ động phối hợp với các cơ quan liên quan giải quyết dứt điểm những kiến nghị của cử tri.",
    "Công tác phòng, chống tham nhũng, lãng phí được triển khai đồng bộ và quyết liệt.",
    "Kết quả thu ngân sách trên địa bàn đạt 102% dự toán được giao.",
    "Sở Tài chính chủ trì tham mưu phương án phân bổ vốn đầu tư công trung hạn.",
    "Tập trung tháo gỡ khó khăn, vướng mắc trong công tác giải phóng mặt bằng.",
    "Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
    "Bảo vệ môi trường, sử dụng hợp lý tài nguyên thiên nhiên và ứng phó với biến đổi khí hậu.",
    "Quan tâm đào tạo, bồi dưỡng nguồn nhân lực chất lượng cao cho các ngành kinh tế mũi nhọn.",
    "Nghiên cứu đề xuất cơ chế, chính sách hỗ trợ doanh nghiệp nhỏ và vừa.",
    "Tổ chức tuyên truyền sâu rộng đến cán bộ, đảng viên và nhân dân về nội dung của nghị quyết.",
    "Chất lượng khám bệnh, chữa bệnh tại các cơ sở y tế tuyến huyện từng bước được nâng lên.",
    "Đánh giá toàn diện tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội sáu tháng đầu năm.",
    "Kiện toàn tổ chức bộ máy, tinh giản biên chế gắn với cơ cấu lại đội ngũ công chức.",
    "Thường xuyên kiểm tra, đôn đốc tiến độ thực hiện các dự án trọng điểm của tỉnh.",
    "Xây dựng nông thôn mới gắn với phát triển sản xuất nông nghiệp hàng hóa.",
    "Giữ vững quốc phòng, an ninh và mở rộng quan hệ đối ngoại.",
    "Các địa phương chủ động xây dựng phương án ứng phó với dịch bệnh trên gia súc, gia cầm.",
    "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện và báo cáo kết quả về Văn phòng.",
};

// A valid syllable one slip away from `key`, of the kinds a typist makes; "" when the draw fails.
// `marks_only`: only a tone swapped or dropped, or a mark of ă â ê ô ơ ư đ dropped or added.
std::string slip(const std::string& key, std::mt19937& rng, bool marks_only = false) {
    const auto l = an::decompose(key);
    if (!l) return {};
    std::u32string b = l->base;
    an::Tone tone = l->tone;
    static constexpr std::array<int, 3> mark_kinds = {0, 1, 4};
    const int kind = marks_only ? mark_kinds[rng() % 3] : static_cast<int>(rng() % 5);
    if (kind == 0) {  // tone swapped or dropped
        tone = static_cast<an::Tone>((tone + 1 + rng() % 5) % 6);
    } else if (kind == 1) {  // a mark dropped or added
        static const std::u32string from = U"aăâeêoôơuưđd", to = U"ââaêeôoouudđ";
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < b.size(); ++i) {
            if (from.find(b[i]) != std::u32string::npos) at.push_back(i);
        }
        if (at.empty()) return {};
        const std::size_t i = at[rng() % at.size()];
        b[i] = to[from.find(b[i])];
    } else if (kind == 2) {  // a letter dropped
        if (b.size() < 3) return {};
        b.erase(rng() % b.size(), 1);
    } else if (kind == 3) {  // a letter doubled
        const std::size_t i = rng() % b.size();
        b.insert(i, 1, b[i]);
    } else {  // the tone dropped
        if (tone == 0) return {};
        tone = 0;
    }
    auto s = an::compose(b, tone);
    if (!s || *s == key) return {};
    return *s;
}

struct Score {
    int injected = 0, found = 0, corrected = 0, false_alarms = 0, clean = 0;
};

using soat::test::join_words;
using soat::test::split_words;

bool plain(const std::string& w) {
    const auto l = an::decompose(w);
    if (!l || !an::is_valid_syllable(w)) return false;
    for (auto u : l->upper) {
        if (u) return false;
    }
    return true;
}

// Lints each clean text and each of its slipped twins; counts findings of the misspelling rule.
// `only_compound`: slip only the two syllables of the compound in a frame (words 4 and 5).
void measure(const std::vector<std::string>& clean, Score& score, std::mt19937& rng, int tries, bool marks_only = false,
             bool only_compound = false) {
    for (const auto& text : clean) {
        const auto doc = document_from_paragraphs({text});
        const auto f = lint_with(doc, {"misspelling"});
        ++score.clean;
        score.false_alarms += static_cast<int>(f.size());
        if (!f.empty()) std::cerr << "false alarm: " << text << " -> " << f[0].message << "\n";
        auto words = split_words(text);
        for (int k = 0; k < tries; ++k) {
            std::vector<std::size_t> at;
            for (std::size_t i = 0; i < words.size(); ++i) {
                if (only_compound && i != 4 && i != 5) continue;
                if (plain(words[i]) && an::canonical(words[i]) == words[i]) at.push_back(i);
            }
            if (at.empty()) break;
            const std::size_t i = at[rng() % at.size()];
            const std::string wrong = slip(words[i], rng, marks_only);
            if (wrong.empty()) continue;
            // A slip that makes another known pair with a neighbour is another word, not a slip here.
            const bool other_word = (i > 0 && plain(words[i - 1]) &&
                                     an::vi_words::pair_score(an::canonical(words[i - 1]), wrong) != 0) ||
                                    (i + 1 < words.size() && plain(words[i + 1]) &&
                                     an::vi_words::pair_score(wrong, an::canonical(words[i + 1])) != 0);
            if (other_word) continue;
            auto slipped = words;
            slipped[i] = wrong;
            const auto d = document_from_paragraphs({join_words(slipped)});
            const auto g = lint_with(d, {"misspelling"});
            ++score.injected;
            bool hit = false, right = false;
            for (const auto& x : g) {
                const std::string flagged(soat::utf8::slice(d.paragraphs[0].text, x.range->begin, x.range->end));
                if (flagged.find(wrong) == std::string::npos) continue;
                hit = true;
                right = right || (x.fix && x.fix->replacement.find(words[i]) != std::string::npos);
            }
            if (!hit && std::getenv("SOAT_WORDS_VERBOSE")) std::cerr << "missed: " << join_words(slipped) << "\n";
            score.found += hit;
            score.corrected += right;
        }
    }
}

}  // namespace

TEST_CASE("word model: loaded once, known words and slips", "[textpack][words]") {
    CHECK(an::vi_words::size() > 100000);
    CHECK(an::vi_words::tier(an::vi_words::pair_score("thực", "hiện")) >= 3);
    CHECK(an::vi_words::pair_score("thục", "hiện") == 0);
    const auto s = an::find_slip("chức", "thục", "hiện", "các");
    REQUIRE(s);
    CHECK(s->side == 0);
    CHECK(s->right == "thực");
    CHECK(an::find_slip("", "kinh", "tể", "")->right == "tế");
    CHECK(an::find_slip("", "giáo", "giục", "")->right == "dục");
    CHECK(an::find_slip("", "chuyên", "muôn", "")->right == "môn");
    CHECK_FALSE(an::find_slip("", "thực", "hiện", ""));
}

TEST_CASE("word-level slips in context: a window of words either side", "[textpack][words]") {
    using Keys = std::vector<std::string_view>;
    // A slipped syllable that makes no word with either neighbour, one tone from a common word.
    auto s = an::find_slip_in_context(Keys{"đề", "án", "quán", "lý", "hồ"}, 2);
    REQUIRE(s);
    CHECK(s->right == "quản");
    CHECK(s->partner == 1);
    s = an::find_slip_in_context(Keys{"thủ", "tục", "hành", "chình", "được"}, 3);
    REQUIRE(s);
    CHECK(s->right == "chính");
    CHECK(s->partner == -1);
    // Clean text: nothing, whatever syllable is read.
    const Keys clean = {"cơ", "quan", "quản", "lý", "nhà", "nước", "về", "đất", "đai"};
    for (std::size_t i = 0; i < clean.size(); ++i) CHECK_FALSE(an::find_slip_in_context(clean, i));
    // A syllable alone has no context; a function word is never read as a slip.
    CHECK_FALSE(an::find_slip_in_context(Keys{"chình"}, 0));
    CHECK_FALSE(an::find_slip_in_context(Keys{"hành", "chính", "của", "tỉnh"}, 2));
    // Beside a function word with nothing on the other side (a card, not "có thể"): silent.
    CHECK_FALSE(an::find_slip_in_context(Keys{"dân", "có", "thẻ"}, 2));
    // The variants: one tone or one mark, valid syllables only.
    const auto& v = an::mark_variants("thương");
    CHECK(std::find(v.begin(), v.end(), "thưởng") != v.end());
    CHECK(std::find(v.begin(), v.end(), "thuong") == v.end());  // two marks away
    CHECK(std::find(v.begin(), v.end(), "thương") == v.end());
}

TEST_CASE("word model: the build-time table answers as a parse of the pair list", "[textpack][words]") {
    // Reference: the pair list parsed here, keyed by canonical() strings (no hashing), the
    // highest score where pairs meet on one key, as the former start-up parse did.
    std::map<std::pair<std::string, std::string>, std::uint8_t> ref;
    an::vi_words::for_each([&](std::string_view a, std::string_view b, std::uint8_t score) {
        auto& s = ref[{an::canonical(a), an::canonical(b)}];
        s = std::max(s, score);
    });
    CHECK(an::vi_words::size() == ref.size());
    std::size_t n = 0, mismatches = 0, absent = 0;
    for (const auto& [k, score] : ref) {
        mismatches += an::vi_words::pair_score(k.first, k.second) != score;
        ++n;
        // the reversed pair, when it is not in the list, is unknown
        if (n % 500 == 0 && !ref.count({k.second, k.first})) {
            CHECK(an::vi_words::pair_score(k.second, k.first) == 0);
            ++absent;
        }
    }
    CHECK(mismatches == 0);
    CHECK(absent > 100);
    CHECK(an::vi_words::pair_score("", "") == 0);
    CHECK(an::vi_words::pair_score("xyzq", "thực") == 0);
}

TEST_CASE("word-level slips: recall on generated slips, silence on clean text", "[textpack][words]") {
    std::mt19937 rng(20250716);
    Score sentences;
    measure(kSentences, sentences, rng, 3);
    // Frequent compounds of the model, every 97th, each in a neutral frame.
    std::vector<std::string> compounds;
    std::size_t n = 0;
    an::vi_words::for_each([&](std::string_view a, std::string_view b, std::uint8_t score) {
        if (an::vi_words::tier(score) < 4 || an::vi_words::bucket(score) < 6) return;
        if (n++ % 37 != 0) return;
        const std::string x(a), y(b);
        if (!plain(x) || !plain(y)) return;
        compounds.push_back("Báo cáo nêu rõ " + x + " " + y + " trong năm qua.");
    });
    Score words;
    measure(compounds, words, rng, 2);
    const auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::cout << "sentences: " << sentences.found << "/" << sentences.injected << " slips found ("
              << pct(sentences.found, sentences.injected) << "%), " << sentences.corrected << " corrected, "
              << sentences.false_alarms << " false alarms on " << sentences.clean << " clean sentences\n"
              << "compounds: " << words.found << "/" << words.injected << " slips found ("
              << pct(words.found, words.injected) << "%), " << words.corrected << " corrected, " << words.false_alarms
              << " false alarms on " << words.clean << " clean frames\n";
    CHECK(sentences.false_alarms == 0);
    CHECK(sentences.injected >= 40);
    CHECK(pct(sentences.found, sentences.injected) >= 55.0);  // measured 64 % (38 % before the context reading)
    CHECK(words.injected >= 15);  // frames with a common compound in them
    // measured 25 % (4/16): most draws land on the frame's own words or are letter slips; the
    // issue's measure (one tone or mark, on the compound) is the next test case
    CHECK(pct(words.found, words.injected) >= 20.0);
    CHECK(words.false_alarms <= words.clean / 50);
}

TEST_CASE("word-level slips: one tone or diacritic changed (the issue's measure)", "[textpack][words]") {
    std::mt19937 rng(20261205);
    Score sentences;
    measure(kSentences, sentences, rng, 6, true);
    std::vector<std::string> compounds;
    std::size_t n = 0;
    an::vi_words::for_each([&](std::string_view a, std::string_view b, std::uint8_t score) {
        if (an::vi_words::tier(score) < 4 || an::vi_words::bucket(score) < 6) return;
        if (n++ % 11 != 0) return;
        const std::string x(a), y(b);
        if (!plain(x) || !plain(y)) return;
        compounds.push_back("Báo cáo nêu rõ " + x + " " + y + " trong năm qua.");
    });
    Score words;
    measure(compounds, words, rng, 2, true, true);
    const auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::cout << "tone/diacritic, sentences: " << sentences.found << "/" << sentences.injected << " ("
              << pct(sentences.found, sentences.injected) << "%), " << sentences.corrected << " corrected, "
              << sentences.false_alarms << " false alarms on " << sentences.clean << "\n"
              << "tone/diacritic, compounds: " << words.found << "/" << words.injected << " ("
              << pct(words.found, words.injected) << "%), " << words.corrected << " corrected, " << words.false_alarms
              << " false alarms on " << words.clean << "\n";
    CHECK(sentences.false_alarms == 0);
    CHECK(sentences.injected >= 80);
    CHECK(pct(sentences.found, sentences.injected) >= 60.0);  // measured 68 % (76/112), function words included
    CHECK(words.injected >= 40);
    CHECK(pct(words.found, words.injected) >= 90.0);  // measured 97 % (69/71)
    CHECK(words.false_alarms <= words.clean / 50);
}

namespace {

// Every letter slip of `key` of the kinds of Vietnamese spelling and typing that leaves a syllable
// the word model knows: d/đ, initials ch/tr, s/x, l/n, gi/d/r, finals n/ng and c/t, a letter
// after the first dropped or typed as its QWERTY neighbour. (Written here, apart from the
// implementation, to test it.) Pairs of (class, slipped syllable).
std::vector<std::pair<std::string, std::string>> letter_slips(const std::string& key) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto l = an::decompose(key);
    if (!l) return out;
    const std::u32string b = l->base;
    auto put = [&](const char* kind, const std::u32string& v) {
        auto s = an::compose(v, l->tone);
        if (!s || *s == key) return;
        if (an::vi_words::syllable(*s) < 0 && an::vi_words::admin_count(*s, "") < 2) return;  // no real syllable
        for (const auto& [k, x] : out) {
            if (x == *s) return;
        }
        out.emplace_back(kind, *s);
    };
    auto starts = [&](std::u32string_view p) { return b.size() > p.size() && b.compare(0, p.size(), p) == 0; };
    auto ends = [&](std::u32string_view p) { return b.size() > p.size() && b.compare(b.size() - p.size(), p.size(), p) == 0; };
    if (b[0] == U'đ') put("d/đ", U"d" + b.substr(1));
    if (starts(U"d")) put("d/đ", U"đ" + b.substr(1));
    for (const auto& [x, y] : std::vector<std::pair<std::u32string, std::u32string>>{
             {U"ch", U"tr"}, {U"tr", U"ch"}, {U"s", U"x"}, {U"x", U"s"}, {U"l", U"n"}, {U"gi", U"d"}, {U"d", U"gi"}}) {
        if (starts(x)) put("initial", y + b.substr(x.size()));
    }
    if (ends(U"ng")) put("final", b.substr(0, b.size() - 1));
    else if (ends(U"n") && !ends(U"nh")) put("final", b + U"g");
    if (ends(U"c") && !ends(U"ch")) put("final", b.substr(0, b.size() - 1) + U"t");
    else if (ends(U"t")) put("final", b.substr(0, b.size() - 1) + U"c");
    for (std::size_t i = 1; i < b.size(); ++i) put("dropped", b.substr(0, i) + b.substr(i + 1));
    static const std::map<char32_t, std::u32string> near = {{U'a', U"qwsz"}, {U'c', U"xdfv"}, {U'e', U"wsdr"},
                                                            {U'g', U"ftyhbv"}, {U'h', U"gyujnb"}, {U'i', U"ujko"},
                                                            {U'm', U"njk"}, {U'n', U"bhjm"}, {U'o', U"iklp"},
                                                            {U't', U"rfgy"}, {U'u', U"yhji"}, {U'y', U"tghu"}};
    for (std::size_t i = 1; i < b.size(); ++i) {
        auto it = near.find(b[i]);
        if (it == near.end()) continue;
        for (char32_t c : it->second) {
            std::u32string v = b;
            v[i] = c;
            put("keyboard", v);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("word-level slips in context: letter slips that leave a real syllable", "[textpack][words]") {
    using Keys = std::vector<std::string_view>;
    // Twins: the slip is read and corrected, the written text is silent.
    struct Twin {
        Keys wrong;
        std::size_t at;
        const char* right;
        Keys clean;
    };
    const std::vector<Twin> twins = {
        {{"thực", "hiện", "các", "nhiện", "vụ", "trọng", "tâm"}, 3, "nhiệm", {"thực", "hiện", "các", "nhiệm", "vụ", "trọng", "tâm"}},
        {{"cập", "nhật", "công", "khau", "trễ", "hạn"}, 3, "khai", {"cập", "nhật", "công", "khai", "trễ", "hạn"}},
        {{"bảng", "liên", "kế", "email", "và"}, 2, "kết", {"bảng", "liên", "kết", "email", "và"}},
    };
    for (const auto& t : twins) {
        const auto s = an::find_slip_in_context(t.wrong, t.at);
        REQUIRE(s);
        CHECK(s->right == t.right);
        for (std::size_t i = 0; i < t.clean.size(); ++i) CHECK_FALSE(an::find_slip_in_context(t.clean, i));
    }
    // Words one letter from a commoner word, right where they stand: silent (văn bản cần sao:
    // to be copied, not cần sa; tách thành hai: split in two, not tác thành).
    const Keys copied = {"văn", "bản", "cần", "sao", "ngăn", "cách"};
    CHECK_FALSE(an::find_slip_in_context(copied, 3));
    const Keys in_two = {"được", "tách", "thành", "hai", "đơn", "vị"};
    CHECK_FALSE(an::find_slip_in_context(in_two, 1));
    // Grammatical words are never read as letter slips (các/cách, và/vào).
    CHECK_FALSE(an::find_slip_in_context(Keys{"báo", "cáo", "các", "kết", "quả"}, 2));

    // Generated: every letter slip of every lowercase content syllable of the test sentences.
    std::map<std::string, std::pair<int, int>> per_class;
    int alarms = 0, clean = 0;
    for (const auto& text : kSentences) {
        std::vector<std::string> words = split_words(text), keys;
        for (auto& w : words) {
            while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
            keys.push_back(an::canonical(w));
        }
        std::vector<std::string_view> view(keys.begin(), keys.end());
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!plain(words[i])) continue;
            ++clean;
            alarms += an::find_slip_in_context(view, i).has_value();
            for (const auto& [kind, wrong] : letter_slips(keys[i])) {
                auto slipped = keys;
                slipped[i] = wrong;
                std::vector<std::string_view> sv(slipped.begin(), slipped.end());
                const auto s = an::find_slip_in_context(sv, i);
                auto& c = per_class[kind];
                ++c.second;
                c.first += s && s->right == keys[i];
            }
        }
    }
    int found = 0, injected = 0;
    for (const auto& [kind, c] : per_class) {
        std::cout << "letter slips, " << kind << ": " << c.first << "/" << c.second << "\n";
        found += c.first;
        injected += c.second;
    }
    std::cout << "letter slips: " << found << "/" << injected << " read and corrected; " << alarms
              << " findings on " << clean << " clean syllables\n";
    CHECK(alarms == 0);
    CHECK(injected >= 700);
    // measured 512/831 (62 %) read and corrected (486 before words of three syllables were read);
    // tone and mark variants alone: none but d/đ
    CHECK(100.0 * found / injected >= 50.0);
}

TEST_CASE("a syllable typed without its marks whose letters are no syllable", "[textpack][words]") {
    // A stop final takes sắc or nặng; iê uô ươ need their marks: `tich`, `thuc`, `duong` are no
    // syllables, and a neighbour tells which marked syllable was meant.
    auto s = an::find_unmarked("tich", "chủ", "các");
    REQUIRE(s);
    CHECK(s->right == "tịch");
    CHECK(s->partner == -1);
    s = an::find_unmarked("thuc", "phải", "hiện");
    REQUIRE(s);
    CHECK(s->right == "thực");
    CHECK(s->partner == 1);
    // No neighbour, or only a function word beside it: nothing to read it by.
    CHECK_FALSE(an::find_unmarked("tich", "", ""));
    CHECK_FALSE(an::find_unmarked("viec", "về", ""));
    // English words of the same letters are foreign words (phiên bản chat: a table of chat
    // versions, not bản chất); a valid syllable or a marked word is not this reading.
    CHECK_FALSE(an::find_unmarked("chat", "bản", "54"));
    CHECK_FALSE(an::find_unmarked("top", "thuộc", "đầu"));
    CHECK_FALSE(an::find_unmarked("thi", "kỳ", "tuyển"));
    CHECK_FALSE(an::find_unmarked("tịch", "chủ", ""));

    // Generated: each syllable of the test sentences whose bare letters are no syllable, typed
    // without its marks (a correct twin and a wrong one).
    int injected = 0, corrected = 0, wrong = 0;
    for (const auto& text : kSentences) {
        std::vector<std::string> words = split_words(text);
        for (auto& w : words) {
            while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
        }
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!plain(words[i])) continue;
            const auto l = an::decompose(words[i]);
            std::u32string bare;
            for (char32_t c : l->base) {
                static const std::u32string from = U"ăâêôơưđ", to = U"aaeoouđ";
                const auto k = from.find(c);
                bare += k == std::u32string::npos ? c : (c == U'đ' ? U'd' : to[k]);
            }
            std::string b;
            for (char32_t c : bare) soat::utf8::append(b, c);
            if (b == an::canonical(words[i]) || an::is_valid_syllable(b)) continue;
            auto key = [&](std::size_t k) { return k < words.size() && plain(words[k]) ? an::canonical(words[k]) : std::string(); };
            const std::string left = i > 0 ? key(i - 1) : std::string(), right = key(i + 1);
            const auto r = an::find_unmarked(b, left, right);
            ++injected;
            if (r) (r->right == an::canonical(words[i]) ? corrected : wrong)++;
            if (r && r->right != an::canonical(words[i])) std::cout << "read " << b << " as " << r->right << " for " << words[i] << "\n";
        }
    }
    std::cout << "typed without marks: " << corrected << "/" << injected << " corrected, " << wrong << " wrong\n";
    CHECK(injected >= 40);
    CHECK(wrong == 0);
    CHECK(100.0 * corrected / injected >= 55.0);  // measured 93/147 (63 %); before: none (info, no suggestion)
}

TEST_CASE("a syllable of valid structure that no word holds", "[textpack][words]") {
    // The word list knows each syllable it holds; `gảm` and `nghiều` are valid by structure
    // (g + am, ngh + iêu) but stand in no word: one slip from a common syllable.
    CHECK(an::vi_words::syllable("giảm") >= 48);
    CHECK(an::vi_words::syllable("gảm") < 0);
    CHECK(an::find_unknown("gảm") == std::optional<std::string>("giảm"));
    CHECK(an::find_unknown("nghiều") == std::optional<std::string>("nhiều"));
    CHECK(an::find_unknown("cùa") == std::optional<std::string>("của"));
    // No syllable as written: a mark and the tone may both be lost (đă ban hành: đã), and a
    // neighbour that makes a word with one candidate decides (phảm hồi: phản).
    CHECK(an::find_unknown("đă") == std::optional<std::string>("đã"));
    CHECK(an::find_unknown("viêc") == std::optional<std::string>("việc"));
    CHECK(an::find_unknown("phảm", "", "hồi") == std::optional<std::string>("phản"));
    CHECK(an::find_unknown("nghiêp", "doanh", "") == std::optional<std::string>("nghiệp"));
    // Rare syllables that words hold are never read so (khuỷu tay, nghoẻo, quýnh quáng, ễnh ương).
    for (const char* w : {"giảm", "khuỷu", "nghoẻo", "quýnh", "ễnh", "nhiều", "thuở", "xoẹt"}) {
        CHECK_FALSE(an::find_unknown(an::canonical(w)));
    }
    // Generated: no syllable of a listed word is ever read as unknown (the correct twins), and a
    // syllable that no word holds either points at a common word or says nothing.
    int words = 0, unknown = 0;
    an::vi_words::for_each([&](std::string_view a, std::string_view b, std::uint8_t score) {
        if (an::vi_words::tier(score) == 0 || words > 20000) return;
        for (auto x : {a, b}) {
            ++words;
            unknown += an::find_unknown(an::canonical(x)).has_value();
        }
    });
    CHECK(words > 20000);
    CHECK(unknown == 0);
    // The table: 128 + a score for a syllable alone; size() still counts the pairs only.
    CHECK(an::vi_words::pair_score("giảm", "") == 0);
}

TEST_CASE("word-level slips in context: a sentence's first word is read like a lowercase one",
          "[textpack][words]") {
    const auto slips = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) {
            out.push_back(f.fix ? f.fix->replacement : std::string("?"));
        }
        return out;
    };
    // Wrong twins: the slip is the first word or its partner, the fix keeps the capital.
    CHECK(slips("Công tắc tuyên truyền được đẩy mạnh.") == std::vector<std::string>{"Công tác"});
    CHECK(slips("Trong năm, tỉnh làm tốt. Công tắc tuyên truyền được đẩy mạnh.") ==
          std::vector<std::string>{"Công tác"});
    CHECK(slips("Kết quá thực hiện các chỉ tiêu đạt cao.") == std::vector<std::string>{"Kết quả"});
    // Correct twins, and capitals that are names (mid-sentence, or followed by a capital): silent.
    for (const std::string text : {"Công tác tuyên truyền được đẩy mạnh.", "Kết quả thực hiện các chỉ tiêu đạt cao.",
                                   "Trong năm, tỉnh làm tốt. Công tác tuyên truyền được đẩy mạnh.",
                                   "Đồng chí Cao Tắc dự họp.", "Hội Tắc Kè Hoa tổ chức."}) {
        INFO(text);
        CHECK(slips(text).empty());
    }
}

TEST_CASE("word-level slips: a heading in capitals is read in lower case", "[textpack][words]") {
    const auto slips = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) {
            if (f.severity != soat::Severity::Info) out.push_back(f.fix ? f.fix->replacement : std::string("?"));
        }
        return out;
    };
    // Wrong twin: the fix is in capitals.
    CHECK(slips("ĐIỀU 3: LƯƠNG VÀ PHÚ CẤP") == std::vector<std::string>{"PHỤ CẤP"});
    // Correct twins; a register's heading (a gain 2 higher is needed in a heading) and a person's
    // name in capitals (a family name and the words after it are not read): silent.
    for (const std::string text : {"ĐIỀU 3: LƯƠNG VÀ PHỤ CẤP", "III. MẪU SỔ GỬI VĂN BẢN ĐI BƯU ĐIỆN",
                                   "HỌ VÀ TÊN GIÁO VIÊN HƯỚNG DẪN: NGUYỄN BẢO ÂN", "PHẦN VI. TỔ CHỨC THỰC HIỆN"}) {
        INFO(text);
        CHECK(slips(text).empty());
    }
}

TEST_CASE("word-level slips: a number in words", "[textpack][words]") {
    const auto slips = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) {
            if (f.severity != soat::Severity::Info) out.push_back(f.fix ? f.fix->replacement : std::string("?"));
        }
        return out;
    };
    CHECK(slips("Bằng chữ: bốn mươi ba triêu bảy trăm chín mươi ngàn đồng.") == std::vector<std::string>{"triệu bảy"});
    CHECK(an::find_number_word("ba", "triêu", "bảy") == std::optional<std::string>("triệu"));
    // Two number words one slip away (mươi, mười), no word of scale, or a number word: silent.
    CHECK(!an::find_number_word("hai", "mưới", "ba"));
    CHECK(!an::find_number_word("ba", "nắm", "sáu"));
    CHECK(!an::find_number_word("ba", "triệu", "bảy"));
    for (const std::string text : {"Hai mươi ba tiêu chí đạt.", "Bằng chữ: bốn mươi ba triệu bảy trăm nghìn đồng."}) {
        INFO(text);
        CHECK(slips(text).empty());
    }
}

TEST_CASE("word-level slips: a word of one letter", "[textpack][words]") {
    const auto slips = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) {
            if (f.severity != soat::Severity::Info) out.push_back(f.fix ? f.fix->replacement : std::string("?"));
        }
        return out;
    };
    CHECK(slips("Thực hiện khảo sát lấy y kiến cán bộ, công chức.") == std::vector<std::string>{"ý kiến"});
    // Letters as names (two bare letters in the paragraph) and correct twins: silent.
    for (const std::string text : {"Hàm y bằng x cộng một, giá trị y lớn hơn giá trị x.",
                                   "Theo quy định tại điểm a, điểm b và điểm đ khoản 1 Điều này.",
                                   "Thực hiện khảo sát lấy ý kiến cán bộ, công chức.", "Ở đâu có dân ở đó có cán bộ."}) {
        INFO(text);
        CHECK(slips(text).empty());
    }
}

TEST_CASE("a syllable without marks that no word holds", "[textpack][words]") {
    const auto slips = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) {
            if (f.severity != soat::Severity::Info) out.push_back(f.fix ? f.fix->replacement : std::string("?"));
        }
        return out;
    };
    // (The context reading takes it first since it reads `trên cơ sở` as a word of three: the fix
    // names the pair. The unknown-syllable reading alone still picks `trên`.)
    CHECK(slips("Thực hiện tren cơ sở đó tính toán khối lượng.") == std::vector<std::string>{"trên cơ"});
    CHECK(an::find_unknown("tren", "hiện", "cơ") == std::optional<std::string>("trên"));
    // An English word of the same letters, and a word between unmarked ones: silent.
    for (const std::string text : {"Chương trình in ra ten lần chữ hello.", "Thực hiện trên cơ sở đó tính toán khối lượng."}) {
        INFO(text);
        CHECK(slips(text).empty());
    }
    CHECK(!an::find_unknown("ten", "ra", "lần"));
}

TEST_CASE("word-level slips in context: a syllable typed without marks whose letters are a syllable",
          "[textpack][words]") {
    const auto slips = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) {
            if (f.severity != soat::Severity::Info) out.push_back(f.fix ? f.fix->replacement : std::string("?"));
        }
        return out;
    };
    CHECK(slips("Thông tin minh bạch theo quy dinh tại Điều này.") == std::vector<std::string>{"quy định"});
    CHECK(slips("Người đứng đầu don vị soạn thảo văn bản phải kiểm tra.") == std::vector<std::string>{"đơn vị"});
    for (const std::string text : {"Thông tin minh bạch theo quy định tại Điều này.",
                                   "Người đứng đầu đơn vị soạn thảo văn bản phải kiểm tra.",
                                   "Dung lượng bộ nhớ của máy chủ tăng gấp đôi."}) {
        INFO(text);
        CHECK(slips(text).empty());
    }
}

TEST_CASE("word-level slips in context: a pair seen once, whose marked form is common", "[textpack][words]") {
    // `xác dinh` stands once in the training half (a slip there); `xác định` 64 times: still a slip.
    const std::vector<std::string_view> keys = {"năm", "xác", "dinh", "nguyên", "nhân"};
    const auto slip = an::find_slip_in_context(keys, 2);
    REQUIRE(slip);
    CHECK(slip->right == "định");
}

TEST_CASE("report phrases that look like a slip of another word", "[words]") {
    auto misspellings = [](const std::string& text) { return lint_with(document_from_paragraphs({text}), {"misspelling"}).size(); };
    SECTION("the estimate marker before a verb of figures opens its own phrase") {
        CHECK(misspellings("Sản lượng thủy sản trong quý ước tăng 4,2% so với cùng kỳ.") == 0);
        CHECK(misspellings("Doanh thu tháng ước đạt 310 tỷ đồng.") == 0);
        CHECK(misspellings("Các thôn đã xây dựng quý ước về nếp sống văn minh.") == 1);
    }
    SECTION("a grammatical word held by its neighbour ('trong đó') is no slip") {
        CHECK(misspellings("Ủy ban đã tiếp 1.240 lượt công dân; trong đó tiếp định kỳ 860 lượt.") == 0);
        CHECK(misspellings("Ban tổ chức đã đó tiếp các đoàn đại biểu.") == 1);
    }
}

TEST_CASE("'đồng' after a figure is the currency", "[words]") {
    auto misspellings = [](const std::string& text) { return lint_with(document_from_paragraphs({text}), {"misspelling"}).size(); };
    CHECK(misspellings("Kho bạc đã từ chối thanh toán 12 tỷ đồng chi sai chế độ.") == 0);
    CHECK(misspellings("Huyện đã dùng 800 triệu đồng chi cho giáo dục.") == 0);
    CHECK(misspellings("Hội nghị có sự tham dự của đồng chi Bí thư Tỉnh ủy.") == 1);
}

TEST_CASE("misspelling: a tone mark on a letter neither placement uses", "[textpack][words]") {
    const auto fixes = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& f : lint_with(document_from_paragraphs({text}), {"misspelling"})) {
            if (f.fix) out.push_back(f.fix->replacement);
        }
        return out;
    };
    CHECK(fixes("Chi trả từ qũy bảo trợ trẻ em.") == std::vector<std::string>{"quỹ"});
    CHECK(fixes("Gía trị sản xuất tăng.") == std::vector<std::string>{"Giá"});
    CHECK(fixes("Ngành giaó dục và đào tạo.") == std::vector<std::string>{"giáo"});
    CHECK(fixes("KẾT QUẢ NGÀNH GIAÓ DỤC") == std::vector<std::string>{"GIÁO"});
    // Either placement of a style is right: old (hòa, thủy) and new (hoà, thuỷ).
    CHECK(fixes("Hòa bình, hoà bình, thủy lợi, thuỷ lợi, quý, Quỹ, khuya, người, hoạ sĩ.").empty());
}

TEST_CASE("misspelling: 'còn' (still, remain) stands beside anything, as 'vẫn' and 'đã' do", "[textpack][words]") {
    CHECK(lint_with(document_from_paragraphs({"Nhiều xã còn số hộ chưa đóng phí khá lớn."}), {"misspelling"}).empty());
}

TEST_CASE("misspelling: a verb with a function word common in running text is no slip ('kể đến')", "[textpack][words]") {
    CHECK(lint_with(document_from_paragraphs({"Trong các kết quả nổi bật, phải kể đến việc hoàn thành sớm hai công trình."}), {"misspelling"})
              .empty());
    // The slip beside a content word is still read.
    CHECK(lint_with(document_from_paragraphs({"Tỉnh tập trung phát triển kinh tê biển và du lịch."}), {"misspelling"}).size() == 1);
}

TEST_CASE("words: two words written solid with a capital are cut at the capital", "[misspelling]") {
    CHECK(soat::test::misspelling_fixes("có 3 dự án liên quanGốc cây xanh") == std::vector<std::string>{"có 3 dự án liên quan Gốc cây xanh"});
    CHECK(soat::test::misspelling_fixes("thu 5 tỷđồng từ đấu giá") == std::vector<std::string>{"thu 5 tỷ đồng từ đấu giá"});
}

TEST_CASE("misspelling: a web address is no prose, and a figure with a leading zero counts things", "[textpack][words]") {
    // A listed confusable inside an address is spelled as the address is.
    CHECK(lint_with(document_from_paragraphs({"Xem tại https://vanban.example.vn/Nghi-quyet-12-NQ-HDND-2024.aspx để biết thêm."}), {"misspelling"})
              .empty());
    // In prose it is still read.
    CHECK(lint_with(document_from_paragraphs({"Căn cứ Nghị quyết số 12/2024/NQ-HDND của tỉnh."}), {"misspelling"}).size() == 1);
    // "01 tủ", "02 tủ": a count of things, no amount with a word of scale.
    for (const char* n : {"01", "02", "05"}) {
        CHECK(lint_with(document_from_paragraphs({std::string("Đơn vị đã trao tặng ") + n + " tủ hồ sơ cho trạm y tế xã."}), {"misspelling"}).empty());
    }
    // After a figure with no leading zero, the slip of scale is still read.
    CHECK(lint_with(document_from_paragraphs({"Tổng vốn đầu tư là 45,8 trệu USD."}), {"misspelling"}).size() == 1);
}

TEST_CASE("misspelling: a loanword written solid as syllables drafts never write alone is no two words", "[textpack][words]") {
    const auto notes = lint_with(document_from_paragraphs({"Hàm lượng các hợp chất nitơ trong nước thải tăng gấp 6 lần."}), {"misspelling"});
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].severity == soat::Severity::Info);
    CHECK(!notes[0].fix);
    CHECK(soat::test::misspelling_fixes("Sản lượng sữatăng 5% so với cùng kỳ.") == std::vector<std::string>{"Sản lượng sữa tăng 5% so với cùng kỳ."});
}

TEST_CASE("misspelling: a pair the document writes three times, its word standing alone elsewhere, is the document's term", "[textpack][words]") {
    auto slips = [](const std::vector<std::string>& paragraphs) {
        int n = 0;
        for (const auto& f : lint_with(document_from_paragraphs(paragraphs), {"misspelling"})) n += f.severity == soat::Severity::Warning;
        return n;
    };
    // A beekeeping page: `đàn ong` (bee colonies) is no `đàn ông`, and `ong` stands alone in `nuôi ong`.
    const std::vector<std::string> bees = {"Toàn huyện có 40 hộ nuôi ong, tổng số đàn ong là 2.300 đàn.",
                                           "Năm nay số đàn ong tăng 15% nhờ vụ hoa nhãn.", "Mỗi đàn ong cho khoảng 20 lít mật."};
    CHECK(slips(bees) == 0);
    // Twice is no evidence; so the first two paragraphs alone keep both warnings.
    CHECK(slips({bees[0], bees[1]}) == 2);
    // The pair meant written once: the other three are slips of it.
    auto with_meant = bees;
    with_meant.emplace_back("Hội thi có 12 đàn ông và 9 phụ nữ tham gia.");
    CHECK(slips(with_meant) == 3);
    // A price release writes `chỉ số giá tăng` throughout and `giá` alone.
    CHECK(slips({"Chỉ số giá tăng 0,4% so với tháng trước.", "Trong 11 nhóm hàng, chỉ số giá tăng ở 8 nhóm.",
                 "Bình quân 10 tháng, chỉ số giá tăng 3,1%; giá thực phẩm giảm nhẹ."}) == 0);
    // A word that stands only in the pair (`phản ảnh` throughout) is a misspelling made consistently.
    // It keeps every warning its paragraphs get one by one.
    const std::vector<std::string> complaints = {"Công dân gửi 40 đơn phản ảnh về đất đai.", "Đơn phản ảnh về môi trường tăng 5 đơn.",
                                                 "Số đơn phản ảnh giảm 10%."};
    int alone = 0;
    for (const auto& p : complaints) alone += slips({p});
    CHECK(alone >= 2);
    CHECK(slips(complaints) == alone);
}

TEST_CASE("misspelling: 'nửa' (half) before a measure is a numeral, no slip of 'nữa'", "[textpack][words]") {
    for (const char* s : {"Dự án thu hút hơn nửa triệu lượt khách.", "Có hơn nửa số xã đạt chuẩn nông thôn mới.",
                          "Sau hơn nửa nhiệm kỳ, tỉnh đạt 12 chỉ tiêu.", "Thu gần nửa tỷ đồng tiền phạt.", "Còn hơn nửa tháng để hoàn thành."}) {
        INFO(s);
        CHECK(lint_with(document_from_paragraphs({s}), {"misspelling"}).empty());
    }
    // "hơn nữa" (moreover) written with "nửa" before a comma or a verb is still a slip.
    for (const char* s : {"Hơn nửa, cần tăng cường kiểm tra.", "Kết quả tốt, hơn nửa cần tăng cường kiểm tra."}) {
        INFO(s);
        CHECK(lint_with(document_from_paragraphs({s}), {"misspelling"}).size() == 1);
    }
}

TEST_CASE("misspelling: a kind of document cited by its number, one tone or mark slipped", "[textpack][words]") {
    // Each kind with one syllable slipped, then "số": found with the kind as the fix.
    for (const auto& [written, meant] : std::vector<std::pair<std::string, std::string>>{
             {"Hướng dân", "Hướng dẫn"}, {"Quyết đinh", "Quyết định"}, {"Thông tu", "Thông tư"}, {"Kê hoạch", "Kế hoạch"},
             {"Chỉ thi", "Chỉ thị"}, {"Công văn", ""}, {"Nghị quyết", ""}}) {
        const std::string s = "Thực hiện " + written + " số 37/HD-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh.";
        INFO(s);
        int slips = 0;
        for (const auto& f : lint_with(document_from_paragraphs({s}), {"misspelling"})) {
            if (f.fix && f.fix->replacement == meant + " số") ++slips;
        }
        CHECK(slips == (meant.empty() ? 0 : 1));
    }
    // Not before "số", or in lower case within a name of its own: not a citation's kind.
    CHECK(lint_with(document_from_paragraphs({"Ông Hướng Dân số nhà 12 đã nộp hồ sơ."}), {"misspelling"}).empty());
}
