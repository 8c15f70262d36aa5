// blank-field: an administrative field left unfilled (number, day or month, a citation's
// number, a placeholder). Patterns are params.patterns: {pattern, message}; the finding covers
// the first capture group when there is one, else the whole match.
#include "checks/kinds.hpp"
#include "checks/pattern_probe.hpp"
#include "checks/structure_params.hpp"
#include "engine/embedded_rules.hpp"

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <optional>

namespace soat::checks {

namespace {

// A pattern with `requires` (params: byte strings of which every match holds one) is tried only
// on a paragraph holding one of them, and compiled the first time one does, not when the rules
// are built: on a one-line text none of the nine built-in patterns is compiled (1,9 M
// instructions, 13 % of the one-line check, mostly the UTF-8 automata of \p{Latin}). Its syntax
// is still checked at load (pattern_error); only a pattern too large for RE2's memory budget is
// then found at first use instead (RE2 logs it and the pattern matches nothing). A wrong list
// hides findings. A pattern without `requires` is compiled at load, as before. Rules may be
// shared by threads: the compile is guarded by a once_flag.
struct Pattern {
    std::string source;
    std::vector<std::string> requires_any;
    std::string message;
    mutable std::once_flag once;
    mutable std::unique_ptr<RE2> re;

    bool may_match(const std::string& text) const {
        if (requires_any.empty()) return true;
        for (const auto& r : requires_any) {
            if (text.find(r) != std::string::npos) return true;
        }
        return false;
    }
    const RE2& compiled() const {
        std::call_once(once, [this] { re = std::make_unique<RE2>(source); });
        return *re;
    }
};

class BlankField final : public engine::Check {
public:
    explicit BlankField(std::vector<std::unique_ptr<Pattern>> patterns) : patterns_(std::move(patterns)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const std::string& text = paragraphs[i].text;
            std::vector<std::pair<std::size_t, std::size_t>> taken;  // byte ranges already reported
            for (const auto& pattern : patterns_) {
                const Pattern& p = *pattern;
                if (!p.may_match(text)) continue;
                const RE2& re = p.compiled();
                re2::StringPiece input(text);
                re2::StringPiece groups[2];
                std::size_t from = 0;
                const int n = std::min(1 + re.NumberOfCapturingGroups(), 2);
                while (from <= text.size() && re.Match(input, from, text.size(), RE2::UNANCHORED, groups, n)) {
                    const re2::StringPiece hit = n == 2 && groups[1].data() != nullptr ? groups[1] : groups[0];
                    const std::size_t b = static_cast<std::size_t>(hit.data() - text.data());
                    const std::size_t e = b + hit.size();
                    from = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(groups[0].size(), 1);
                    bool overlaps = false;
                    for (auto [tb, te] : taken) overlaps = overlaps || (b < te && tb < e);
                    if (overlaps || e == b) continue;
                    taken.emplace_back(b, e);
                    engine::Draft d;
                    d.range = model::Range{i, utf8::cp_offset(text, b), utf8::cp_offset(text, e)};
                    d.message = p.message;
                    d.args["text"] = std::string(hit);
                    sink.emit(std::move(d));
                }
            }
        }
    }

private:
    std::vector<std::unique_ptr<Pattern>> patterns_;
};

// Whether `source` is a pattern RE2 accepts, without building its program: parsed with a
// memory budget too small for any program, a pattern that parses fails only as "too large".
// Any other failure is reported by a full RE2, as before (same message, same log line).
// A pattern of the built-in packs was probed so when the rules were built, with the same RE2.
std::optional<std::string> pattern_error(const std::string& source) {
    if (engine::built_in_pattern_parses(source) || pattern_parses(source)) return std::nullopt;
    RE2 full(source);
    if (full.ok()) return std::nullopt;
    return full.error();
}

}  // namespace

Result<std::unique_ptr<engine::Check>> make_blank_field(const engine::RuleSpec& spec) {
    std::vector<std::unique_ptr<Pattern>> patterns;
    const engine::Params list = spec.params["patterns"];
    if (!list || !list.IsSequence()) return Error{"E203", "blank-field needs params.patterns"};
    for (const auto& item : list) {
        auto p = std::make_unique<Pattern>();
        p->source = item["pattern"].as<std::string>("");
        p->requires_any = param_list(item, "requires");
        if (p->requires_any.empty()) {
            // No prefilter: compiled now, as before (every paragraph would compile it anyway).
            std::call_once(p->once, [&] { p->re = std::make_unique<RE2>(p->source); });
            if (!p->re->ok()) return Error{"E203", "blank-field pattern '" + p->source + "': " + p->re->error()};
        } else if (auto e = pattern_error(p->source)) {
            return Error{"E203", "blank-field pattern '" + p->source + "': " + *e};
        }
        p->message = item["message"].as<std::string>("default");
        if (!spec.messages.count(p->message)) return Error{"E203", "blank-field: no message '" + p->message + "'"};
        patterns.push_back(std::move(p));
    }
    return std::unique_ptr<engine::Check>(std::make_unique<BlankField>(std::move(patterns)));
}

}  // namespace soat::checks
