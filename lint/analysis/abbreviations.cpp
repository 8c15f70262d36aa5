#include "analysis/abbreviations.hpp"

#include "analysis/string_map.hpp"
#include "analysis/syllable.hpp"

#include "analysis/periods.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace soat::analysis {

namespace {

// A Roman numeral joined to a year or a number ("III-2023", "IV/2024"): a period, not an acronym.
bool roman_period(std::string_view w) {
    const std::size_t cut = w.find_first_of("-/");
    if (cut == std::string_view::npos || cut + 1 >= w.size() || roman_value(w.substr(0, cut)) <= 0) return false;
    return std::all_of(w.begin() + static_cast<std::ptrdiff_t>(cut) + 1, w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr std::array<std::string_view, 5> kRoadPrefixes = {"QL", "ĐT", "TL", "ĐH", "HL"};
constexpr std::array<std::string_view, 4> kJoinWords = {"và", "của", "các", "với"};

char32_t first_char(std::string_view s) {
    std::size_t i = 0;
    return s.empty() ? 0 : utf8::next(s, i);
}

bool plain_capital(char32_t c) { return (c >= 'A' && c <= 'Z') || c == U'Đ'; }

// Upper-case letters of a word, and whether every letter is A–Z or Đ.
struct Capitals {
    std::u32string upper;
    bool plain = true;
    bool has_lower = false;
};

Capitals letters_of(std::string_view word) {
    Capitals l;
    for (std::size_t i = 0; i < word.size();) {
        const char32_t c = utf8::next(word, i);
        if (!words::is_letter(c)) continue;
        if (words::is_upper(c)) {
            l.upper += c;
            l.plain = l.plain && plain_capital(c);
        } else {
            l.has_lower = true;
        }
    }
    return l;
}

// A Vietnamese word in capitals ("TỈNH", "KHÓA"): part of an all-caps phrase, not an abbreviation.
bool caps_word(const words::Word& w) {
    if (!w.all_upper) return false;
    const Capitals l = letters_of(w.text);
    return !l.plain;
}

// "MW", "GW", "MVA", "KV": a power or voltage unit, SI prefix and symbol, no abbreviation.
bool unit_symbol(std::string_view w) {
    if (w.size() < 2 || w.size() > 4 || std::string_view("KMGT").find(w[0]) == std::string_view::npos) return false;
    const std::string_view unit = w.substr(1);
    return unit == "W" || unit == "WH" || unit == "WP" || unit == "V" || unit == "VA" || unit == "VAR";
}

// "VOV.VN", "BAOCHINHPHU.VN": a web address in capitals.
bool web_address(std::string_view w) {
    const std::size_t dot = w.rfind('.');
    if (dot == std::string_view::npos) return false;
    const std::string_view tld = w.substr(dot + 1);
    return tld == "VN" || tld == "COM" || tld == "NET" || tld == "ORG" || tld == "GOV" || tld == "EDU" || tld == "INFO";
}

// "Q.H", "N.T.K": a person's initials (a byline, a photo credit), one letter between dots.
bool dotted_initials(std::string_view w) {
    if (w.find('.') == std::string_view::npos) return false;
    for (std::size_t start = 0; start <= w.size();) {
        const std::size_t dot = std::min(w.find('.', start), w.size());
        if (utf8::length(w.substr(start, dot - start)) != 1) return false;
        start = dot + 1;
    }
    return true;
}

// "10:30 AM", "8 PM": the half of the day after a clock time.
bool clock_marker(const words::Word& w, std::string_view text) {
    if (w.text != "AM" && w.text != "PM") return false;
    std::size_t b = w.byte_begin;
    while (b > 0 && text[b - 1] == ' ') --b;
    return b > 0 && std::isdigit(static_cast<unsigned char>(text[b - 1]));
}

bool is_road_code(const words::Word& w, std::string_view text) {
    for (std::string_view prefix : kRoadPrefixes) {
        if (w.text.substr(0, prefix.size()) != prefix) continue;
        const std::string_view rest = w.text.substr(prefix.size());
        if (!rest.empty()) {
            const std::size_t d = rest[0] == '.' ? 1 : 0;  // "QL.37"
            if (d < rest.size() && std::isdigit(static_cast<unsigned char>(rest[d]))) return true;
            continue;
        }
        const std::string_view after = text.substr(w.byte_end);
        std::size_t k = 0;
        if (k < after.size() && (after[k] == '.' || after[k] == ' ')) ++k;
        return k < after.size() && std::isdigit(static_cast<unsigned char>(after[k]));
    }
    return false;
}

bool in_symbol(const words::Word& w, std::string_view text) {
    std::size_t b = w.byte_begin, e = w.byte_end;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t') --b;
    while (e < text.size() && text[e] != ' ' && text[e] != '\t') ++e;
    return text.substr(b, e - b).find('/') != std::string_view::npos;
}

bool is_re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Whether the text inside a parenthesis may match the definition pattern (below): its last word
// (after trailing spaces) holds 2 code points or more and no ',' ';', and when words stand before
// it, one of the pattern's joining pieces is there (a dash, "sau đây", "tắt là").
bool may_define(std::string_view inside) {
    std::size_t end = inside.size();
    while (end > 0 && is_re2_space(inside[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && !is_re2_space(inside[begin - 1]) && inside[begin - 1] != ',' && inside[begin - 1] != ';') --begin;
    if (utf8::length(inside.substr(begin, end - begin)) < 2) return false;
    const std::size_t first = inside.find_first_not_of(" \t\n\f\r");
    if (first == begin) return true;
    return inside.find('-') != std::string_view::npos || inside.find("–") != std::string_view::npos ||
           inside.find("sau đây") != std::string_view::npos || inside.find("tắt là") != std::string_view::npos;
}

// words::split(text, "-&.") made from words::split(text) (`plain`): the words with one joiner and
// nothing else between them are one ("TP.HCM", "KH&ĐT", "KT-XH").
std::vector<words::Word> joined_words(std::string_view text, const std::vector<words::Word>& plain) {
    std::vector<words::Word> out;
    out.reserve(plain.size());
    auto has_letter = [](const words::Word& w) {  // (a word holds letters and digits only)
        return std::any_of(w.text.begin(), w.text.end(), [](char c) { return c < '0' || c > '9'; });
    };
    for (std::size_t k = 0; k < plain.size();) {
        words::Word w = plain[k];
        bool lettered = has_letter(w), all_upper = !lettered || w.all_upper;
        std::size_t next = k + 1;
        for (; next < plain.size(); ++next) {
            const words::Word& part = plain[next];
            const std::size_t gap = w.byte_end;
            if (part.byte_begin != gap + 1 || (text[gap] != '-' && text[gap] != '&' && text[gap] != '.')) break;
            if (has_letter(part)) {
                if (!lettered) w.capitalised = part.capitalised;  // the first letter's case
                lettered = true;
                all_upper = all_upper && part.all_upper;
            }
            w.has_digit = w.has_digit || part.has_digit;
            w.end = part.end;
            w.byte_end = part.byte_end;
        }
        w.all_upper = lettered && all_upper;
        w.text = text.substr(w.byte_begin, w.byte_end - w.byte_begin);
        out.push_back(w);
        k = next;
    }
    return out;
}

// Two capitals (A–Z, Đ) with only digits and joiners between them: an abbreviation's letters
// are all such capitals, so a paragraph without this pair holds none (and is not split again).
bool capital_pair(std::string_view text) {
    bool after_capital = false;  // a capital, then only digits and joiners
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        bool capital = c >= 'A' && c <= 'Z';
        if (c == '\xC4' && i + 1 < text.size() && text[i + 1] == '\x90') {  // Đ
            capital = true;
            ++i;
        }
        if (capital) {
            if (after_capital) return true;
            after_capital = true;
        } else if (!((c >= '0' && c <= '9') || c == '-' || c == '&' || c == '.')) {
            after_capital = false;
        }
    }
    return false;
}

bool starts_with_marks(std::string_view text, std::string_view prefix) {
    const auto first = text.find_first_not_of("#*- \t");
    return first != std::string_view::npos && text.substr(first, prefix.size()) == prefix;
}

// Walks back from the word before "(" matching the abbreviation's letters to word initials.
// Returns the index of the first word of the full form, or -1.
int match_full_form(const std::vector<words::Word>& ws, const std::u32string& letters) {
    if (letters.empty() || ws.empty()) return -1;
    int i = static_cast<int>(letters.size()) - 1;
    int j = static_cast<int>(ws.size()) - 1;
    while (i >= 0 && j >= 0) {
        const auto& w = ws[static_cast<std::size_t>(j)];
        if (words::initial(w.text) == letters[static_cast<std::size_t>(i)]) {
            --i;
            --j;
            continue;
        }
        const std::string lw = analysis::lower(w.text);
        const bool joiner = std::find(kJoinWords.begin(), kJoinWords.end(), lw) != kJoinWords.end();
        if (!joiner || i == static_cast<int>(letters.size()) - 1) return -1;
        --j;
    }
    return i < 0 ? j + 1 : -1;
}

}  // namespace

std::string Abbreviations::key_of(std::string_view abbr) {
    std::string out;
    for (char c : abbr) {
        if (c != '-' && c != '&' && c != '.') out += c;
    }
    return out;
}

Order Abbreviations::order(std::size_t paragraph, std::uint32_t offset) const {
    if (paragraph < note_anchor_.size() && note_anchor_[paragraph].inner == 1) {
        Order o = note_anchor_[paragraph];
        o.inner = offset + 1;
        return o;
    }
    return Order{paragraph, offset, 0};
}

Abbreviations::Abbreviations(const Analysis& analysis) {
    const auto& ps = analysis.document().paragraphs;
    excluded_.assign(ps.size(), false);
    note_anchor_.assign(ps.size(), Order{});
    // Footnote paragraphs are placed at their reference mark.
    for (std::size_t p = 0; p < ps.size(); ++p) {
        if (ps[p].area != model::Area::Footnote && ps[p].area != model::Area::Endnote) continue;
        for (std::size_t q = 0; q < ps.size(); ++q) {
            if (ps[q].area != model::Area::Body) continue;
            for (const auto& ref : ps[q].note_refs) {
                if (ref.note == ps[p].note) note_anchor_[p] = Order{q, ref.offset, 1};
            }
        }
    }
    bool recipients = false;
    for (std::size_t p = 0; p < ps.size(); ++p) {
        const auto& para = ps[p];
        if (para.area == model::Area::Header || para.area == model::Area::Footer) {
            excluded_[p] = true;
            continue;
        }
        if (para.area == model::Area::Body && starts_with_marks(para.text, "Nơi nhận")) recipients = true;
        if (recipients && para.area == model::Area::Body) excluded_[p] = true;
        if (analysis.get<ParagraphWords>().lower_share(p) < 0.25) excluded_[p] = true;
    }

    // Compiled at its first use, in the first paragraph with a parenthesis.
    // "(KCN)", "(sau đây gọi tắt là KCN)", "(fixed phone - FP)": a foreign full form, a dash and the
    // abbreviation.
    static LazyRE2 definition = {R"(\((?:[^()]{3,80}?\s[-–]\s)?(?:\s*sau đây)?(?:\s*(?:gọi|viết) tắt là)?\s*([^()\s,;]{2,24})\s*\))"};
    for (std::size_t p = 0; p < ps.size(); ++p) {
        if (ps[p].area == model::Area::Header || ps[p].area == model::Area::Footer) continue;
        const std::string& text = ps[p].text;
        if (text.find('(') == std::string::npos) continue;
        const std::string_view view(text);
        // A match is one parenthesis, from a '(' to the first ')' after it with no '(' between:
        // each such pair that may hold one (below) is matched alone, anchored at both ends (the
        // pattern searched over the whole paragraph cost 49 000 instructions a search).
        re2::StringPiece groups[2];
        for (std::size_t from = text.find('('); from != std::string::npos; from = text.find('(', from)) {
            const std::size_t to = text.find_first_of("()", from + 1);
            if (to == std::string::npos) break;
            if (text[to] == '(' || !may_define(view.substr(from + 1, to - from - 1)) ||
                !definition->Match(text, from, to + 1, RE2::ANCHOR_BOTH, groups, 2)) {
                from = to;
                continue;
            }
            from = to + 1;
            const re2::StringPiece abbr = groups[1];
            const auto ws = words::split(std::string_view(abbr.data(), abbr.size()), "-&.");
            if (ws.size() != 1 || ws[0].text.size() != abbr.size()) continue;
            const Capitals l = letters_of(abbr);
            if (l.upper.size() < 2 || !words::is_upper(first_char(std::string_view(abbr.data(), abbr.size())))) continue;
            const std::size_t abbr_byte = static_cast<std::size_t>(abbr.data() - text.data());
            const std::size_t open = text.rfind('(', abbr_byte);
            // The full form stands right before the parenthesis (spaces and emphasis marks aside).
            std::size_t before = open;
            while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '*')) --before;
            if (before == 0) continue;
            const std::size_t clause = [&] {
                std::size_t b = before;
                while (b > 0 && std::string_view(".;:()!?").find(text[b - 1]) == std::string_view::npos) --b;
                return b;
            }();
            const auto full_ws = words::split(view.substr(clause, before - clause));
            if (full_ws.empty() || full_ws.back().byte_end + clause != before) continue;
            AbbreviationDefinition d;
            d.abbr = std::string(abbr);
            d.key = key_of(d.abbr);
            const std::uint32_t b = utf8::cp_offset(view, abbr_byte);
            d.range = {p, b, b + utf8::length(d.abbr)};
            d.order = order(p, b);
            if (!l.has_lower) {
                const int first = match_full_form(full_ws, l.upper);
                if (first >= 0) {
                    const auto& fw = full_ws[static_cast<std::size_t>(first)];
                    const std::size_t fb = clause + fw.byte_begin;
                    d.full = text.substr(fb, before - fb);
                    const std::uint32_t cb = utf8::cp_offset(view, fb);
                    d.full_range = {p, cb, cb + utf8::length(d.full)};
                    for (std::size_t k = static_cast<std::size_t>(first); k < full_ws.size(); ++k) {
                        d.full_words.push_back(analysis::lower(full_ws[k].text));
                    }
                }
            }
            definitions_.push_back(std::move(d));
        }
    }

    auto is_definition = [&](std::size_t p, std::uint32_t begin) {
        return std::any_of(definitions_.begin(), definitions_.end(),
                           [&](const AbbreviationDefinition& d) { return d.range.paragraph == p && d.range.begin == begin; });
    };
    static const std::vector<words::Word> kNoWords;
    const auto& paragraph_words = analysis.get<ParagraphWords>();
    std::vector<const std::vector<words::Word>*> plain_words(ps.size(), &kNoWords);
    for (std::size_t p = 0; p < ps.size(); ++p) {
        if (excluded_[p]) continue;
        const std::string_view text(ps[p].text);
        plain_words[p] = &paragraph_words.of(p);
        if (!capital_pair(text)) continue;
        // "TP.HCM", "KH&ĐT", "KT-XH": one abbreviation.
        const auto ws = joined_words(text, paragraph_words.of(p));
        for (std::size_t k = 0; k < ws.size(); ++k) {
            const auto& w = ws[k];
            if (!w.all_upper || !words::is_letter(first_char(w.text))) continue;
            const Capitals l = letters_of(w.text);
            if (l.upper.size() < 2 || !l.plain) continue;
            if (!w.has_digit && w.text.find_first_of("-&") == std::string_view::npos && roman_value(w.text) > 0) continue;
            if (roman_period(w.text)) continue;
            if ((k > 0 && caps_word(ws[k - 1])) || (k + 1 < ws.size() && caps_word(ws[k + 1]))) continue;
            if (in_symbol(w, text) || is_road_code(w, text)) continue;
            if (w.byte_end < text.size() && text[w.byte_end] == '+') continue;  // a rating: "BB+"
            if (unit_symbol(w.text) || clock_marker(w, text) || web_address(w.text) || dotted_initials(w.text)) continue;
            // After a name of two capitalised words it ends the name ("Công ty TNHH Lâm Dương TXK").
            if (k >= 2 && ws[k - 1].capitalised && !ws[k - 1].all_upper && !ws[k - 1].sentence_start &&
                ws[k - 2].capitalised && !ws[k - 2].all_upper && ws[k - 1].byte_begin == ws[k - 2].byte_end + 1 &&
                w.byte_begin == ws[k - 1].byte_end + 1) continue;
            if (is_definition(p, w.begin)) continue;
            AbbreviationUse u;
            u.abbr = std::string(w.text);
            u.key = key_of(u.abbr);
            u.range = {p, w.begin, w.end};
            u.order = order(p, w.begin);
            uses_.push_back(std::move(u));
        }
    }
    std::sort(uses_.begin(), uses_.end(), [](const AbbreviationUse& a, const AbbreviationUse& b) { return a.order < b.order; });

    // Where each first word of a full form of two words or more stands (paragraph, index), in
    // document order: made when there is such a definition, so that a definition reads only the
    // places of its first word. (Every word's places were kept: 26 000 string keys on seed 002
    // for a handful of first words.)
    StringMap<std::vector<std::pair<std::size_t, std::size_t>>> places;
    for (const auto& d : definitions_) {
        if (d.full_words.size() >= 2) places.try_emplace(d.full_words.front());
    }
    // A word is lowered only when its byte length is a first word's (lower() keeps the length);
    // the words after a first word, only where one stands.
    std::vector<char> first_length;  // by byte length
    for (const auto& entry : places) {
        const std::size_t n = entry.first.size();
        if (n >= first_length.size()) first_length.resize(n + 1, 0);
        first_length[n] = 1;
    }
    if (!places.empty()) {
        for (std::size_t p = 0; p < ps.size(); ++p) {
            const auto& ws = *plain_words[p];
            for (std::size_t k = 0; k < ws.size(); ++k) {
                const std::size_t n = ws[k].text.size();
                if (n >= first_length.size() || !first_length[n]) continue;
                const auto at = places.find(analysis::lower(ws[k].text));
                if (at != places.end()) at->second.emplace_back(p, k);
            }
        }
    }
    for (std::size_t di = 0; di < definitions_.size(); ++di) {
        const auto& d = definitions_[di];
        if (d.full_words.size() < 2) continue;
        const auto first_word = places.find(d.full_words.front());
        if (first_word == places.end()) continue;
        for (const auto& [p, k] : first_word->second) {
            const auto& ws = *plain_words[p];
            if (k + d.full_words.size() > ws.size()) continue;
            bool same = true;
            for (std::size_t m = 1; m < d.full_words.size() && same; ++m) {
                same = analysis::lower(ws[k + m].text) == d.full_words[m];
            }
            if (!same) continue;
            const model::Range r{p, ws[k].begin, ws[k + d.full_words.size() - 1].end};
            const Order o = order(p, r.begin);
            if (!(d.order < o) || (r.paragraph == d.full_range.paragraph && r.begin == d.full_range.begin)) continue;
            full_form_uses_.push_back({di, r, o});
        }
    }
    std::sort(full_form_uses_.begin(), full_form_uses_.end(),
              [](const FullFormUse& a, const FullFormUse& b) { return a.order < b.order; });
}

}  // namespace soat::analysis
