// Kind `consistency`: groups of variants of which a document should use one. When several are
// used, every occurrence of a minority form is a finding (fix: the majority form; on a tie the
// form seen first wins).
//   params: groups: [[hòa, hoà], …]; case_sensitive (true); boundary (true); message
//   ("default", args {found} {expected} {count} {expected_count}).
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/scope.hpp"

#include <fmt/format.h>

namespace soat::checks {

namespace {

struct Group {
    std::vector<std::string> variants;  // NFC, case-folded unless case-sensitive
    std::shared_ptr<const Matcher> matcher;
};

struct Occurrence {
    model::Range range;
    std::string text;
};

class Consistency final : public engine::Check {
public:
    Consistency(std::vector<Group> groups, bool case_sensitive, std::string message)
        : groups_(std::move(groups)), case_sensitive_(case_sensitive), message_(std::move(message)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        for (const Group& g : groups_) {
            std::vector<std::vector<Occurrence>> found(g.variants.size());
            for (std::size_t i = 0; i < paragraphs.size(); ++i) {
                if (!engine::in_scope(context, i)) continue;
                for (const Match& m : g.matcher->find_all(paragraphs[i].text)) {
                    const std::string key = case_sensitive_ ? m.text : casefold(m.text);
                    for (std::size_t v = 0; v < g.variants.size(); ++v) {
                        if (g.variants[v] == key) found[v].push_back({{i, m.begin, m.end}, m.text});
                    }
                }
            }
            std::size_t used = 0, major = 0;
            for (std::size_t v = 0; v < found.size(); ++v) {
                if (found[v].empty()) continue;
                ++used;
                if (found[major].empty() || found[v].size() > found[major].size() ||
                    (found[v].size() == found[major].size() && earlier(found[v][0].range, found[major][0].range))) {
                    major = v;
                }
            }
            if (used < 2) continue;
            const Occurrence& first_major = found[major][0];
            for (std::size_t v = 0; v < found.size(); ++v) {
                if (v == major) continue;
                for (const Occurrence& o : found[v]) {
                    const std::string expected = case_sensitive_ ? first_major.text : match_case(o.text, first_major.text);
                    engine::Draft d;
                    d.range = o.range;
                    d.message = message_;
                    d.args = {{"found", o.text},
                              {"expected", expected},
                              {"count", std::to_string(found[v].size())},
                              {"expected_count", std::to_string(found[major].size())}};
                    d.related.push_back(Related{context.config.lang == Lang::En
                                                    ? fmt::format("'{}' is used {} times", first_major.text, found[major].size())
                                                    : fmt::format("'{}' được dùng {} lần", first_major.text, found[major].size()),
                                                first_major.range});
                    d.fix = Fix{expected, within_one_run(paragraphs[o.range.paragraph], o.range.begin, o.range.end)};
                    sink.emit(std::move(d));
                }
            }
        }
    }

private:
    static bool earlier(const model::Range& a, const model::Range& b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.begin < b.begin;
    }

    std::vector<Group> groups_;
    bool case_sensitive_;
    std::string message_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_consistency(const engine::RuleSpec& spec) {
    return guarded(spec, [&]() -> Result<std::unique_ptr<engine::Check>> {
        if (auto e = unknown_params(spec, {"groups", "case_sensitive", "boundary", "message"})) return *e;
        const engine::Params groups = spec.params["groups"];
        if (!groups || !groups.IsSequence() || groups.size() == 0) {
            return param_error(spec, spec.params, "consistency needs groups: [[variant, variant], …]");
        }
        const bool case_sensitive = flag(spec.params, "case_sensitive", true);
        const bool boundary = flag(spec.params, "boundary", true);
        std::vector<Group> out;
        for (const auto& node : groups) {
            Group g;
            const auto variants = string_list(node);
            if (variants.size() < 2) return param_error(spec, node, "a consistency group lists at least two variants");
            for (const auto& v : variants) g.variants.push_back(case_sensitive ? nfc(v) : casefold(v));
            auto m = Matcher::words(variants, case_sensitive, boundary);
            if (!m) return param_error(spec, node, m.error().message);
            g.matcher = *m;
            out.push_back(std::move(g));
        }
        const std::string message = spec.params["message"] ? spec.params["message"].as<std::string>() : "default";
        if (auto e = unknown_message(spec, message)) return *e;
        return std::unique_ptr<engine::Check>(std::make_unique<Consistency>(std::move(out), case_sensitive, message));
    });
}

}  // namespace soat::checks
