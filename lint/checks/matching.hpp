// Helpers shared by the generic kinds: RE2 matching with Unicode word boundaries, case
// handling for Vietnamese letters, fix safety from the source map, and parameter reading.
#pragma once

#include <soat/check.hpp>
#include <soat/model.hpp>
#include <soat/result.hpp>

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace soat::checks {

struct Match {
    std::uint32_t begin = 0;  // code points, the flagged range (group `at` when the pattern has one)
    std::uint32_t end = 0;
    std::string text;         // the whole match
    std::map<std::string, std::string> groups;  // named capture groups that took part
};

// One RE2 pattern (UTF-8, optionally case-insensitive) whose matches must start and end at
// word boundaries when `boundary` is set: a boundary is a change between a word character
// (any Unicode letter, mark or digit — Vietnamese letters included) and anything else.
class Matcher {
public:
    static Result<std::shared_ptr<const Matcher>> compile(const std::string& pattern, bool case_sensitive,
                                                          bool boundary);
    // Patterns matching any of the literal words, longest first.
    static Result<std::shared_ptr<const Matcher>> words(const std::vector<std::string>& words, bool case_sensitive,
                                                        bool boundary);

    [[nodiscard]] std::vector<Match> find_all(std::string_view text) const;

private:
    // The end of a match at `b` that ends on a word boundary, trying the longest match there and
    // then shorter ones; npos when none.
    std::size_t end_at_boundary(std::string_view text, std::size_t b, std::size_t e,
                                std::vector<re2::StringPiece>& groups) const;

    std::unique_ptr<RE2> re_;
    std::unique_ptr<RE2> longest_;  // the same pattern, leftmost-longest
    bool boundary_ = true;
    int at_group_ = -1;
};

bool is_word_char(char32_t cp);
std::string nfc(std::string_view text);
std::string casefold(std::string_view text);
// `replacement` with the capitalisation of `found`: ALL CAPS, or a capital first letter.
std::string match_case(std::string_view found, const std::string& replacement);
// True when [begin, end) of the paragraph comes from one source run of plain text outside
// tracked insertions, so a replacement keeps its formatting.
bool within_one_run(const model::Paragraph& paragraph, std::uint32_t begin, std::uint32_t end);

// Parameter reading; throws YAML::Exception (factories catch it and return the Error).
std::optional<Error> unknown_params(const engine::RuleSpec& spec, std::initializer_list<const char*> known);
std::optional<Error> unknown_message(const engine::RuleSpec& spec, const std::string& key);
std::vector<std::string> string_list(const engine::Params& node);
bool flag(const engine::Params& params, const char* name, bool fallback);
Error param_error(const engine::RuleSpec& spec, const engine::Params& node, const std::string& what);

// Runs a factory body, turning a YAML exception into an Error naming the rule.
template <typename F>
Result<std::unique_ptr<engine::Check>> guarded(const engine::RuleSpec& spec, F&& body) {
    try {
        return body();
    } catch (const YAML::Exception& e) {
        return param_error(spec, engine::Params(), e.msg + (e.mark.line >= 0 ? " (line " + std::to_string(e.mark.line + 1) + ")" : ""));
    }
}

}  // namespace soat::checks
