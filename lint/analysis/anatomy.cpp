#include "analysis/anatomy.hpp"

#include "analysis/phrases.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace soat::analysis {

namespace {

// Document type names of Appendix III (folded), longest first so "thong cao bao chi" wins.
const char* const kTypeNames[] = {
    "thong cao bao chi", "giay gioi thieu", "ban thoa thuan", "giay nghi phep", "giay uy quyen",
    "chuong trinh",      "phieu chuyen",    "ban ghi nho",    "nghi quyet",     "quyet dinh",
    "huong dan",         "phuong an",       "thong cao",      "thong bao",      "bien ban",
    "cong dien",         "hop dong",        "ke hoach",       "ket luan",       "phieu gui",
    "phieu bao",         "giay moi",        "bao cao",        "cong van",       "quy che",
    "quy dinh",          "to trinh",        "chi thi",        "de an",          "du an",
};

// Words of a person's title; an upper-case line holding one is not a name.
const char* const kTitleWords[] = {"chu tich", "giam doc", "truong", "pho ", "bi thu", "chanh ", "tong ",
                                   "thu tuong", "uy vien", "ban ", "uy ban", "hoi dong", "cuc "};

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_title_case_name(std::string_view s) {
    static const RE2 academic(R"(^((?:GS|PGS|TS|ThS|TSKH|BS|KS|NGƯT|NGND)\.?\s*)+)");
    re2::StringPiece in(s.data(), s.size());
    RE2::Consume(&in, academic);
    const std::string_view rest(in.data(), in.size());
    int syllables = 0;
    std::size_t i = 0;
    bool start = true;
    while (i < rest.size()) {
        const char32_t cp = utf8::next(rest, i);
        if (cp == ' ') {
            if (start) return false;
            start = true;
            continue;
        }
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (start) {
            if (cat != UTF8PROC_CATEGORY_LU) return false;
            ++syllables;
            start = false;
        } else if (cat != UTF8PROC_CATEGORY_LL) {
            return false;
        }
    }
    return syllables >= 2 && syllables <= 5;
}

}  // namespace

std::size_t markup_prefix(std::string_view text) {
    std::size_t i = 0;
    for (;;) {
        const std::size_t before = i;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        if (text.substr(i, 2) == "\xC2\xA0") i += 2;  // no-break space
        std::size_t h = i;
        while (h < text.size() && text[h] == '#') ++h;
        if (h > i && h < text.size() && text[h] == ' ') i = h + 1;
        while (i < text.size() && (text[i] == '*' || text[i] == '_') &&
               !(text[i] == '_' && i + 1 < text.size() && text[i + 1] == '_')) {
            ++i;
        }
        if (text.substr(i, 10) == "[bookmark:") {
            const auto close = text.find(']', i);
            if (close != std::string_view::npos) i = close + 1;
        }
        if (i == before) return i;
    }
}

std::string plain(std::string_view text) {
    text.remove_prefix(markup_prefix(text));
    while (!text.empty() && (text.back() == ' ' || text.back() == '*' || text.back() == '\t')) text.remove_suffix(1);
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string fold(std::string_view text) {
    utf8proc_uint8_t* out = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                        UTF8PROC_CASEFOLD);
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    const std::string folded = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n))
                                      : std::string(text);
    std::free(out);
    std::string result;
    bool space = false;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded.compare(i, 2, "\xC4\x91") == 0) {  // đ
            if (space && !result.empty()) result += ' ';
            space = false;
            result += 'd';
            ++i;
            continue;
        }
        const char c = folded[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            space = true;
            continue;
        }
        if (space && !result.empty()) result += ' ';
        space = false;
        result += c;
    }
    return result;
}

bool is_upper_line(std::string_view text) {
    bool letter = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(utf8::next(text, i)));
        if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT) return false;
        letter = letter || cat == UTF8PROC_CATEGORY_LU;
    }
    return letter;
}

Anatomy::Anatomy(const Analysis& analysis) {
    const auto& doc = analysis.document();
    frame_.assign(doc.paragraphs.size(), false);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const auto& p = doc.paragraphs[i];
        if (p.area == model::Area::Body && !plain(p.text).empty()) content.push_back(i);
    }
    const std::size_t n = content.size();

    // Header area: the first paragraphs up to the type and its summary.
    static const RE2 number_re(R"(^Số\s*:\s*([^/\s]*)\s*/\s*(\S*))");
    static const RE2 place_date_re(R"(^[^,]{2,40},\s*ngày\b)");
    const std::size_t head_limit = std::min<std::size_t>(n, 20);
    std::size_t head_end = 0;
    for (std::size_t k = 0; k < head_limit; ++k) {
        const std::size_t i = content[k];
        const std::string text = plain(doc.paragraphs[i].text);
        const std::string f = fold(text);
        std::string num, sym;
        if (!national_title && f.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos) {
            national_title = i;
        } else if (!motto && f.find("doc lap") != std::string::npos && f.find("hanh phuc") != std::string::npos) {
            motto = i;
        } else if (!number && RE2::PartialMatch(text, number_re, &num, &sym)) {
            number = i;
            number_text = num;
            while (!sym.empty() && (sym.back() == '.' || sym.back() == ',')) sym.pop_back();
            symbol = sym;
        } else if (!place_date && RE2::PartialMatch(text, place_date_re)) {
            place_date = i;
        } else if (!type && f.rfind("v/v", 0) == 0) {
            type = i;
            type_name = "CÔNG VĂN";
        } else if (!type && is_upper_line(text) && phrases::word_count(text) <= 8 && !has_digit(text) && text.back() != ':') {
            for (const char* name : kTypeNames) {
                const std::size_t len = std::char_traits<char>::length(name);
                if (f.compare(0, len, name) == 0 && (f.size() == len || f[len] == ' ')) {
                    type = i;
                    type_name = text;
                    break;
                }
            }
        } else if (type && !summary && *type == content[k - 1] && !is_upper_line(text)) {
            summary = i;
        }
        if (national_title == i || motto == i || number == i || place_date == i || type == i || summary == i) {
            head_end = k + 1;
        }
        if (summary && summary != i) break;
    }
    for (std::size_t k = 0; k < head_end; ++k) head.push_back(content[k]);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        if (doc.paragraphs[i].area == model::Area::Header) {
            head.push_back(i);
            const std::string f = fold(plain(doc.paragraphs[i].text));
            if (!national_title && f.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos) national_title = i;
            if (!motto && f.find("doc lap") != std::string::npos && f.find("hanh phuc") != std::string::npos) motto = i;
        }
    }
    for (std::size_t k = 0; k < head_end; ++k) frame_[content[k]] = true;

    // Closing area: after the last "./." (before "Nơi nhận:" when there is one).
    std::optional<std::size_t> recipients_k, mark_k;
    for (std::size_t k = n; k-- > head_end;) {
        if (fold(plain(doc.paragraphs[content[k]].text)).rfind("noi nhan", 0) == 0) {
            recipients_k = k;
            break;
        }
    }
    for (std::size_t k = recipients_k.value_or(n); k-- > head_end;) {
        const std::string text = plain(doc.paragraphs[content[k]].text);
        if (text.size() >= 3 && text.compare(text.size() - 3, 3, "./.") == 0) {
            mark_k = k;
            break;
        }
    }
    if (mark_k) closing_mark = content[*mark_k];
    std::size_t zone = mark_k ? *mark_k + 1 : recipients_k ? *recipients_k : std::max(head_end, n > 12 ? n - 12 : 0);
    static const RE2 authority_re(R"(^(TM|KT|TL|TUQ|Q)\.\s*(.*)$)");
    // "T/M.", "K/T", "T.M.": letters on both sides of the mark ("I." is a heading label).
    static const RE2 odd_prefix_re(R"(^([A-Z]{1,2}[/.][A-Z]{1,3}\.?)\s*(.+)$)");
    static const RE2 roman_heading_re(R"(^[IVXLC]+\.\s)");
    bool in_recipients = false;
    for (std::size_t k = zone; k < n; ++k) {
        const std::size_t i = content[k];
        const std::string text = plain(doc.paragraphs[i].text);
        const std::string f = fold(text);
        if (f.rfind("phu luc", 0) == 0 && is_upper_line(text) && k > zone) break;
        if (f.rfind("noi nhan", 0) == 0) {
            recipients = i;
            in_recipients = true;
            frame_[i] = true;
            continue;
        }
        const char lead = text[0];
        const bool dash = lead == '-' || lead == '+' || text.rfind("–", 0) == 0 || text.rfind("•", 0) == 0;
        if (dash || (in_recipients && f.rfind("luu", 0) == 0)) {
            static const RE2 archive_re(R"(^[-+–•\s]*luu\s*:)");
            if (RE2::PartialMatch(f, archive_re)) archive = i;
            if (recipients) recipient_lines.push_back(i);
            frame_[i] = true;
            continue;
        }
        in_recipients = false;
        SignerLine line;
        line.paragraph = i;
        line.text = text;
        std::string prefix, rest;
        const bool upper = is_upper_line(text);
        if (RE2::FullMatch(text, authority_re, &prefix, &rest)) {
            line.kind = SignerLine::Kind::Authority;
            line.prefix = prefix + ".";
            line.text = rest;
        } else if (RE2::FullMatch(text, odd_prefix_re, &prefix, &rest) && is_upper_line(rest) && phrases::word_count(rest) <= 8) {
            line.kind = SignerLine::Kind::UnknownPrefix;
            line.prefix = prefix;
            line.text = rest;
        } else if (upper && !has_digit(text) && phrases::word_count(text) <= 12 && text.back() != ':' &&
                   !RE2::PartialMatch(text, roman_heading_re)) {
            line.kind = SignerLine::Kind::Title;
            const bool follows_title = !signer.empty() && signer.back().kind == SignerLine::Kind::Title;
            const bool title_words = std::any_of(std::begin(kTitleWords), std::end(kTitleWords),
                                                 [&](const char* w) { return (f + " ").find(w) != std::string::npos; });
            if (follows_title && !title_words && phrases::word_count(text) >= 2 && phrases::word_count(text) <= 5 && k + 1 == n) {
                line.kind = SignerLine::Kind::Name;
            }
        } else if (is_title_case_name(text)) {
            line.kind = SignerLine::Kind::Name;
        }
        if (signer.empty() && line.kind != SignerLine::Kind::Authority && line.kind != SignerLine::Kind::Title &&
            line.kind != SignerLine::Kind::UnknownPrefix) {
            continue;  // still the end of the body
        }
        frame_[i] = true;
        signer.push_back(std::move(line));
    }
}

std::optional<std::size_t> Anatomy::first_paragraph() const {
    if (!content.empty()) return content.front();
    return std::nullopt;
}

std::optional<std::size_t> Anatomy::last_paragraph() const {
    std::size_t last = 0;
    bool any = false;
    for (const auto& s : signer) last = std::max(last, s.paragraph), any = true;
    for (std::size_t r : recipient_lines) last = std::max(last, r), any = true;
    if (any) return last;
    if (!content.empty()) return content.back();
    return std::nullopt;
}

bool Anatomy::in_frame(std::size_t paragraph) const {
    return paragraph < frame_.size() && frame_[paragraph];
}

}  // namespace soat::analysis
