// citation-conflict: one cited document (type + symbol, same or no issuer) given two dates or two
// titles. Party committees restart numbering each term, and state bodies each year: two dates in
// different years of a Party symbol are reported as info; of a state symbol without a year, not at
// all (different documents). Two titles that open alike (params.title_prefix_words), neither a
// prefix of the other, are info only: the same number, symbol and date cited with a shortened or
// paraphrased title is the same document; a conflict is a different date.
#include "analysis/citations.hpp"
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <fmt/format.h>

namespace soat::checks {

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::string f = analysis::fold(text);
    for (char& c : f) if (c == '-' || c == ',') c = ' ';
    std::string word;
    for (char c : f + " ") {
        if (c == ' ') {
            if (!word.empty()) out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return out;
}

// Words in one title and not the other (by longest common subsequence).
std::size_t word_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::size_t> row(b.size() + 1, 0), prev(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            row[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], row[j - 1]);
        }
        std::swap(row, prev);
    }
    return a.size() + b.size() - 2 * prev[b.size()];
}

bool same_issuer(const std::string& a, const std::string& b) {
    return a.empty() || b.empty() || analysis::fold(a) == analysis::fold(b);
}

class CitationConflict final : public engine::Check {
public:
    explicit CitationConflict(std::size_t prefix_words) : prefix_words_(prefix_words) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& all = context.analysis.get<analysis::Citations>().all;
        for (std::size_t j = 0; j < all.size(); ++j) {
            const auto& c = all[j];
            for (std::size_t i = 0; i < j; ++i) {
                const auto& first = all[i];
                if (first.symbol != c.symbol || first.type != c.type || !same_issuer(first.issuer, c.issuer)) continue;
                if (first.year > 0 && c.year > 0 &&
                    (first.day != c.day || first.month != c.month || first.year != c.year)) {
                    const bool has_year = c.symbol.find('/') != c.symbol.rfind('/');
                    if (!c.party && !has_year && first.year != c.year) break;  // numbering restarts each year
                    engine::Draft d;
                    d.range = model::Range{c.paragraph, c.date_begin, c.date_end};
                    d.message = "default";
                    d.args = {{"symbol", c.symbol},
                              {"date", fmt::format("{}/{}/{}", c.day, c.month, c.year)},
                              {"other", fmt::format("{}/{}/{}", first.day, first.month, first.year)}};
                    d.related.push_back({fmt::format("{} {}", first.symbol, d.args["other"]),
                                         model::Range{first.paragraph, first.date_begin, first.date_end}});
                    if (c.party && first.year != c.year) {
                        d.message = "term";
                        d.severity = Severity::Info;
                    }
                    sink.emit(std::move(d));
                    break;
                }
                if (!first.title.empty() && !c.title.empty() && first.title_complete && c.title_complete &&
                    (first.year == c.year || first.year == 0 || c.year == 0)) {
                    const auto a = words_of(first.title), b = words_of(c.title);
                    const std::size_t common = std::min(a.size(), b.size());
                    const bool prefix = std::equal(a.begin(), a.begin() + static_cast<long>(common), b.begin());
                    const bool alike = common >= prefix_words_ &&
                                       std::equal(a.begin(), a.begin() + static_cast<long>(prefix_words_), b.begin());
                    const std::size_t longer = std::max(a.size(), b.size());
                    const std::size_t diff = word_difference(a, b);
                    if (!prefix && alike && diff * 10 <= std::max<std::size_t>(30, longer * 3)) {
                        engine::Draft d;
                        d.range = model::Range{c.paragraph, c.begin, c.end};
                        d.message = "title";
                        d.severity = Severity::Info;  // a shortened or paraphrased title names the same document
                        d.args = {{"symbol", c.symbol}, {"title", c.title}, {"other", first.title}};
                        d.related.push_back({first.title, model::Range{first.paragraph, first.begin, first.end}});
                        sink.emit(std::move(d));
                        break;
                    }
                }
            }
        }
    }

private:
    std::size_t prefix_words_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_citation_conflict(const engine::RuleSpec& spec) {
    const std::size_t words = spec.params["title_prefix_words"].as<std::size_t>(4);
    if (words == 0) return Error{"E203", "citation-conflict: params.title_prefix_words must be positive"};
    return std::unique_ptr<engine::Check>(std::make_unique<CitationConflict>(words));
}

}  // namespace soat::checks
