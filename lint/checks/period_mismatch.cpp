// period-mismatch: (1) the title's period against the same construction in the body — the words
// before the period in the title ("nhiệm vụ, giải pháp trọng tâm" quý IV năm 2022) repeated in the
// body before another period of the same kind (quý III); body clauses that look back ("kết quả",
// "so với", "cùng kỳ") are skipped, and so are periods invalid-period reports. (2) one programme
// cited with two overlapping spans ("… giảm nghèo bền vững giai đoạn 2021-2025" vs "2022-2025").
// (3) a comparison with the same period of a year not before the one compared (comparison_year);
// (4) a number of months against the months named in its parenthesis (months_span).
#include "analysis/periods.hpp"
#include "analysis/syllable.hpp"
#include "analysis/words.hpp"
#include "checks/comparison_year.hpp"
#include "checks/kinds.hpp"
#include "checks/months_span.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace soat::checks {

namespace {

using Words = std::vector<std::string>;

Words split_lower(const std::string& phrase) {
    Words out;
    for (const auto& w : analysis::words::split(phrase)) out.push_back(analysis::lower(w.text));
    return out;
}

bool contains(const Words& hay, std::size_t end, const Words& needle) {
    if (needle.empty() || needle.size() > end) return false;
    for (std::size_t i = 0; i + needle.size() <= end; ++i) {
        if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<std::ptrdiff_t>(i))) return true;
    }
    return false;
}

class PeriodMismatch final : public engine::Check {
public:
    PeriodMismatch(std::size_t context_words, std::vector<Words> guards, std::vector<Words> heads,
                   std::vector<Words> complete_heads)
        : context_words_(context_words), guards_(std::move(guards)), heads_(std::move(heads)),
          complete_heads_(std::move(complete_heads)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& periods = context.analysis.get<analysis::Periods>();
        title_vs_body(context, periods, sink);
        programme_spans(context, periods, sink);
        comparison_years(context, sink);
        months_spans(context, sink);
    }

private:
    std::string text_of(const engine::Context& context, const model::Range& r) const {
        return std::string(utf8::slice(context.document.paragraphs[r.paragraph].text, r.begin, r.end));
    }

    void title_vs_body(const engine::Context& context, const analysis::Periods& periods, engine::Sink& sink) const {
        std::set<std::size_t> reported;
        const auto& all = periods.all();
        for (const auto& t : all) {
            if (!t.in_title || !t.valid() || t.before.size() < context_words_) continue;
            const std::size_t n = std::min<std::size_t>(t.before.size(), 5);
            for (std::size_t bi = 0; bi < all.size(); ++bi) {
                const auto& b = all[bi];
                if (b.in_title || !b.valid() || b.kind != t.kind || b.qualifier != t.qualifier) continue;
                if (b.range.paragraph == t.range.paragraph || b.before.size() < n || reported.count(bi)) continue;
                if (!std::equal(t.before.end() - static_cast<std::ptrdiff_t>(n), t.before.end(),
                                b.before.end() - static_cast<std::ptrdiff_t>(n))) continue;
                const std::size_t rest = b.before.size() - n;
                if (std::any_of(guards_.begin(), guards_.end(), [&](const Words& g) { return contains(b.before, rest, g); })) continue;
                // Another period of the same year, or the same period of another year (last year's
                // text copied); another period of another year may be a plan ahead.
                const bool same_year = !b.year || !t.year || b.year == t.year;
                const bool differs = (b.value != t.value && same_year) || (b.value == t.value && !same_year);
                if (!differs) continue;
                reported.insert(bi);
                const std::string title = text_of(context, t.range);
                engine::Draft d;
                d.range = b.range;
                d.args = {{"body", text_of(context, b.range)}, {"title", title}};
                d.related.push_back({engine::render_message(context.rule, "related_title", {{"title", title}},
                                                            context.config.lang),
                                     t.range});
                sink.emit(std::move(d));
            }
        }
    }

    // The programme a span belongs to: from the nearest head word ("Chương trình", "Đề án", …)
    // to the span, lower-cased; empty when there is none close enough or it is too generic.
    std::string programme_of(const analysis::SpanMention& s) const {
        Words lower;
        for (const auto& w : s.before) lower.push_back(analysis::lower(w));
        const std::size_t window = std::min<std::size_t>(lower.size(), 16);
        for (std::size_t back = 1; back <= window; ++back) {
            const std::size_t start = lower.size() - back;
            auto head_at = [&](const std::vector<Words>& heads) -> const Words* {
                for (const auto& h : heads) {
                    if (start + h.size() <= lower.size() &&
                        std::equal(h.begin(), h.end(), lower.begin() + static_cast<std::ptrdiff_t>(start))) return &h;
                }
                return nullptr;
            };
            const Words* complete = head_at(complete_heads_);
            const Words* head = complete ? complete : head_at(heads_);
            if (!head) continue;
            if (!complete && back < head->size() + 2) return {};
            std::string key;
            for (std::size_t i = start; i < lower.size(); ++i) key += (key.empty() ? "" : " ") + lower[i];
            return key;
        }
        return {};
    }

    void programme_spans(const engine::Context& context, const analysis::Periods& periods, engine::Sink& sink) const {
        std::map<std::string, std::vector<const analysis::SpanMention*>> by_programme;
        for (const auto& s : periods.spans()) {
            const std::string key = programme_of(s);
            if (!key.empty()) by_programme[key].push_back(&s);
        }
        for (const auto& [key, spans] : by_programme) {
            std::map<std::pair<int, int>, std::vector<const analysis::SpanMention*>> by_span;
            for (const auto* s : spans) by_span[{s->from, s->to}].push_back(s);
            if (by_span.size() < 2) continue;
            for (const auto& [span, list] : by_span) {
                for (const auto& [other, other_list] : by_span) {
                    if (span == other || (span.first != other.first && span.second != other.second)) continue;
                    // Report the rarer span; on a tie the one written later.
                    const auto& a = list.front()->range;
                    const auto& b = other_list.front()->range;
                    const bool later = std::tie(b.paragraph, b.begin) < std::tie(a.paragraph, a.begin);
                    const bool rarer = list.size() < other_list.size() || (list.size() == other_list.size() && later);
                    if (!rarer) continue;
                    const auto* at = list.front();
                    const auto* ref = other_list.front();
                    const std::string other_text = fmt::format("{}-{}", other.first, other.second);
                    engine::Draft d;
                    d.range = at->range;
                    d.message = "programme";
                    d.args = {{"span", fmt::format("{}-{}", span.first, span.second)}, {"other", other_text},
                              {"programme", key}};
                    d.related.push_back({engine::render_message(context.rule, "related_span", {{"other", other_text}},
                                                                context.config.lang),
                                         ref->range});
                    sink.emit(std::move(d));
                    break;
                }
            }
        }
    }

    std::size_t context_words_;
    std::vector<Words> guards_;
    std::vector<Words> heads_;
    std::vector<Words> complete_heads_;
};

Result<std::vector<Words>> phrases(const engine::RuleSpec& spec, const char* name) {
    std::vector<Words> out;
    const engine::Params node = spec.params[name];
    if (!node) return out;
    if (!node.IsSequence()) return Error{"E203", fmt::format("{}: params.{} must be a list of phrases", spec.source, name)};
    for (const auto& item : node) {
        Words w = split_lower(item.as<std::string>());
        if (w.empty()) return Error{"E203", fmt::format("{}: params.{} has an empty phrase", spec.source, name)};
        out.push_back(std::move(w));
    }
    return out;
}

}  // namespace

Result<std::unique_ptr<engine::Check>> make_period_mismatch(const engine::RuleSpec& spec) {
    try {
        const int context_words = spec.params["context_words"] ? spec.params["context_words"].as<int>() : 3;
        if (context_words < 1) return Error{"E203", fmt::format("{}: params.context_words must be at least 1", spec.source)};
        auto guards = phrases(spec, "look_back");
        if (!guards) return guards.error();
        auto heads = phrases(spec, "programme_heads");
        if (!heads) return heads.error();
        auto complete = phrases(spec, "complete_heads");
        if (!complete) return complete.error();
        return std::unique_ptr<engine::Check>(std::make_unique<PeriodMismatch>(
            static_cast<std::size_t>(context_words), std::move(*guards), std::move(*heads), std::move(*complete)));
    } catch (const YAML::Exception& e) {
        return Error{"E203", fmt::format("{}: {}", spec.source, e.what())};
    }
}

}  // namespace soat::checks
