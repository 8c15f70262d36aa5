// citation-format: malformed document symbols and incomplete first citations.
// - spaces inside a symbol ("401- NQ/TU", "58 /NQ-CP");
// - a type code in the wrong case ("37-Ctr/Tu": CTr, TU) — codes are params.codes;
// - D written for Đ ("HDND", "ND-CP", "ND 103/…") — params.dd_fixes;
// - "số" missing before the symbol (info);
// - a cited document never given a date while most citations of the document carry one (info).
#include "analysis/citations.hpp"
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>

#include <set>

namespace soat::checks {

namespace {

bool has_lower(std::string_view s) { return !analysis::is_upper_line(s) && !s.empty(); }

class CitationFormat final : public engine::Check {
public:
    CitationFormat(std::vector<std::string> codes, std::map<std::string, std::string> dd, std::vector<std::string> undated)
        : codes_(std::move(codes)), dd_(std::move(dd)), undated_(std::move(undated)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        // The whole symbol, then its parts. Compiled at their first use: every match holds a '/'.
        static LazyRE2 party = {R"(((\d{1,4})(\s*-\s*)([A-Za-zĐđ]{1,5})(\s*/\s*)([A-Za-zĐđ]{1,6})))"};
        static LazyRE2 state = {
            R"(((\d{1,4})(\s*/\s*)((?:\d{4}\s*/\s*)?)([A-Za-zĐđ]{1,6})(\s*-\s*)([A-Za-zĐđ][A-Za-zĐđ\d]{0,11}(?:-[A-Za-zĐđ][A-Za-zĐđ\d]{0,11})*)))"};
        static LazyRE2 prefix = {R"(((?:^|\s)(ND|QD))\s+\d{1,4}/)"};
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const std::string& text = doc.paragraphs[i].text;
            if (text.find('/') == std::string::npos) continue;
            auto emit = [&](std::size_t b, std::size_t e, const char* key, std::string found, std::string expected) {
                engine::Draft d;
                d.range = model::Range{i, utf8::cp_offset(text, b), utf8::cp_offset(text, e)};
                d.message = key;
                d.args = {{"text", std::move(found)}, {"expected", std::move(expected)}};
                sink.emit(std::move(d));
            };
            auto followed_by_word = [&](const re2::StringPiece& m) {
                const std::size_t e = static_cast<std::size_t>(m.data() - text.data()) + m.size();
                if (e >= text.size()) return false;
                std::size_t j = e;
                const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(utf8::next(text, j)));
                return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_ND;
            };
            // A match inside a longer token (`…/phapluat/201512/da-lat-…`, a web address's path):
            // a number glued to a letter, digit or path character before it is no symbol's.
            auto inside_token = [&](const re2::StringPiece& m) {
                const std::size_t b = static_cast<std::size_t>(m.data() - text.data());
                if (b == 0) return false;
                const char c = text[b - 1];
                return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '/' || c == '.' || c == '_' || c == '-' || c == ':' ||
                       static_cast<unsigned char>(c) >= 0x80;
            };
            re2::StringPiece input(text), whole;
            std::string num, dash, type, slash, body;
            while (RE2::FindAndConsume(&input, *party, &whole, &num, &dash, &type, &slash, &body)) {
                if (followed_by_word(whole) || inside_token(whole)) continue;
                const std::string code = fixed_code(type);
                if (code.empty()) continue;
                const std::string expected = num + "-" + code + "/" + upper_ascii(fixed_code_or(body));
                const std::size_t b = static_cast<std::size_t>(whole.data() - text.data());
                if (std::string(whole) != expected) {
                    const bool spaced = dash != "-" || slash != "/";
                    emit(b, b + whole.size(), spaced ? "spacing" : "symbol", std::string(whole), expected);
                }
            }
            input = re2::StringPiece(text);
            std::string year, org;
            while (RE2::FindAndConsume(&input, *state, &whole, &num, &slash, &year, &type, &dash, &org)) {
                if (followed_by_word(whole) || inside_token(whole)) continue;
                const std::string code = fixed_code(type);
                if (code.empty()) continue;
                std::string fixed_org;
                std::size_t start = 0;
                for (;;) {
                    const auto stop = org.find('-', start);
                    if (!fixed_org.empty()) fixed_org += "-";
                    fixed_org += fixed_code_or(org.substr(start, stop - start));
                    if (stop == std::string::npos) break;
                    start = stop + 1;
                }
                std::string compact_year;
                for (char c : year) if (c != ' ') compact_year += c;
                const std::string expected = num + "/" + compact_year + code + "-" + fixed_org;
                const std::size_t b = static_cast<std::size_t>(whole.data() - text.data());
                if (std::string(whole) != expected) {
                    const bool spaced = slash != "/" || dash != "-" || compact_year != year;
                    emit(b, b + whole.size(), spaced ? "spacing" : "symbol", std::string(whole), expected);
                }
            }
            input = re2::StringPiece(text);
            std::string lead, abbreviation;
            while (RE2::FindAndConsume(&input, *prefix, &lead, &abbreviation)) {
                const std::size_t e = static_cast<std::size_t>(input.data() - text.data());
                const std::size_t b = text.rfind(abbreviation, e);
                emit(b, b + abbreviation.size(), "symbol", abbreviation, dd_.at(abbreviation));
            }
        }
        citations(context, sink);
    }

private:
    // The code as the codes table spells it, "" when not a code.
    std::string fixed_code(const std::string& code) const {
        if (auto it = dd_.find(code); it != dd_.end()) return it->second;
        for (const auto& c : codes_) {
            if (c == code) return c;
        }
        for (const auto& c : codes_) {
            if (analysis::fold(c) == analysis::fold(code) && has_lower(code) && c.find("đ") == std::string::npos &&
                c.find("Đ") == std::string::npos) {
                return c;
            }
        }
        return {};
    }
    std::string fixed_code_or(const std::string& segment) const {
        auto it = dd_.find(segment);
        return it != dd_.end() ? it->second : segment;
    }
    static std::string upper_ascii(std::string s) {
        if (!analysis::is_upper_line(s)) {
            for (char& c : s) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
        return s;
    }

    void citations(const engine::Context& context, engine::Sink& sink) const {
        const auto& all = context.analysis.get<analysis::Citations>().all;
        std::map<std::string, bool> dated;  // symbol -> has a date somewhere
        for (const auto& c : all) dated[c.symbol] = dated[c.symbol] || c.dated;
        std::size_t with_date = 0;
        for (const auto& [symbol, d] : dated) with_date += d;
        const bool dates_usual = dated.size() >= 4 && with_date * 4 >= dated.size() * 3;
        std::set<std::string> seen;
        for (const auto& c : all) {
            const bool exempt = std::find(undated_.begin(), undated_.end(), c.type) != undated_.end();
            if (!c.has_so && !exempt) {
                engine::Draft d;
                d.range = model::Range{c.paragraph, c.begin, c.end};
                d.message = "so";
                d.args = {{"text", c.type_text + " " + c.symbol}, {"expected", c.type_text + " số " + c.symbol}};
                d.severity = Severity::Info;
                sink.emit(std::move(d));
            }
            if (!seen.insert(c.symbol).second) continue;
            if (dates_usual && !dated[c.symbol] && !exempt) {
                engine::Draft d;
                d.range = model::Range{c.paragraph, c.begin, c.end};
                d.message = "date";
                d.args = {{"text", std::string(utf8::slice(context.document.paragraphs[c.paragraph].text, c.begin, c.end))}};
                d.severity = Severity::Info;
                sink.emit(std::move(d));
            }
        }
    }

    std::vector<std::string> codes_;
    std::map<std::string, std::string> dd_;
    std::vector<std::string> undated_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_citation_format(const engine::RuleSpec& spec) {
    auto codes = param_list(spec.params, "codes");
    auto dd = param_map(spec.params, "dd_fixes");
    if (codes.empty()) return Error{"E203", "citation-format needs params.codes"};
    for (const char* need : {"ND", "QD"}) {
        if (!dd.count(need)) return Error{"E203", std::string("citation-format: params.dd_fixes needs ") + need};
    }
    std::vector<std::string> undated;
    for (const auto& t : param_list(spec.params, "undated_types")) undated.push_back(analysis::fold(t));
    return std::unique_ptr<engine::Check>(
        std::make_unique<CitationFormat>(std::move(codes), std::move(dd), std::move(undated)));
}

}  // namespace soat::checks
