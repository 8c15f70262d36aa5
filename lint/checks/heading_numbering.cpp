// heading-numbering: per level and parent, numbers that skip, repeat or go back; multi-level
// numbers that do not match their parent or skip a depth; a trailing-dot style that differs
// from the document's other multi-level numbers.
#include "analysis/anatomy.hpp"
#include "analysis/headings.hpp"
#include "checks/kinds.hpp"

#include <map>
#include <set>
#include <tuple>

namespace soat::checks {

namespace {

using analysis::Heading;

std::string joined(const std::vector<int>& numbers, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count && i < numbers.size(); ++i) out += std::to_string(numbers[i]) + ".";
    return out;
}

// The label a number would have at this heading's kind, for messages ("(4)", "c)", "2.3.").
std::string label_for(const Heading& h, int n) {
    switch (h.kind) {
        case Heading::Kind::ParenNumber: return "(" + std::to_string(n) + ")";
        case Heading::Kind::LowerLetter: {
            static const char* const kLetters[] = {"", "a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                                   "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
            return n > 0 && n < 28 ? std::string(kLetters[n]) + ")" : std::to_string(n);
        }
        case Heading::Kind::UpperLetter: return std::string(1, static_cast<char>('A' + n - 1)) + ".";
        case Heading::Kind::Roman: {
            static const char* const kRoman[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                                 "XI", "XII", "XIII", "XIV", "XV"};
            return n > 0 && n < 16 ? std::string(kRoman[n]) + "." : std::to_string(n);
        }
        case Heading::Kind::Arabic: return joined(h.numbers, h.numbers.size() - 1) + std::to_string(n) + ".";
        case Heading::Kind::Article: return "Điều " + std::to_string(n) + ".";
        case Heading::Kind::Part: return "Phần thứ " + std::to_string(n);
        case Heading::Kind::Styled: break;
    }
    return std::to_string(n);
}

// Letters a), b), … may follow the Vietnamese alphabet (no f, j, w, z) or the Latin one (no đ).
bool letter_follows(int prev, int cur) {
    if (cur == prev + 1) return true;
    const int skipped = prev + 1;  // 5 = đ, 7 = f, 11 = j, 24 = w, 27 = z
    return cur == prev + 2 && (skipped == 5 || skipped == 7 || skipped == 11 || skipped == 24 || skipped == 27);
}

// Does a paragraph between the heading's parent and the heading start with the label of number
// `n` ("6.1.Tên" without its space, "I-")? Then the sequence is there and only its reading failed.
bool written_before(const model::Document& doc, const std::vector<Heading>& all, const Heading& h, int n) {
    std::string label = label_for(h, n);
    if (label.size() > 1 && label.back() == '.') label.pop_back();
    const std::size_t from = h.parent >= 0 ? all[h.parent].paragraph + 1 : 0;
    for (std::size_t i = from; i < h.paragraph && i < doc.paragraphs.size(); ++i) {
        std::string text = analysis::plain(doc.paragraphs[i].text);
        while (!text.empty() && (text[0] == '"' || text.rfind("\u201C", 0) == 0)) text.erase(0, text[0] == '"' ? 1 : 3);
        if (text.rfind(label, 0) != 0) continue;
        const char after = text.size() > label.size() ? text[label.size()] : ' ';
        if (!(after >= '0' && after <= '9')) return true;
    }
    return false;
}

class HeadingNumbering final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& all = context.analysis.get<analysis::Headings>().all();
        // Appendices after the signature (forms, models, appended papers) number on their own.
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        auto emit = [&](const Heading& h, const char* key, std::map<std::string, std::string> args) {
            engine::Draft d;
            d.range = model::Range{h.paragraph, h.label_begin, h.label_end};
            d.message = key;
            args["label"] = h.label;
            d.args = std::move(args);
            sink.emit(std::move(d));
        };
        // Trailing-dot style of multi-level numbers: the minority is reported.
        int dotted = 0, undotted = 0;
        for (const auto& h : all) {
            if (h.kind == Heading::Kind::Arabic && h.numbers.size() >= 2) (h.trailing_dot ? dotted : undotted)++;
        }
        using Key = std::tuple<int, int, std::size_t>;  // parent, kind, depth
        std::map<Key, std::pair<int, std::set<int>>> groups;  // last number, numbers seen
        std::map<std::pair<int, std::size_t>, int> last_of_kind;  // last number of a kind/depth anywhere
        for (const auto& h : all) {
            if (h.kind == Heading::Kind::Styled || h.numbers.empty() || h.numbers.back() <= 0 ||
                anatomy.component(h.paragraph) == "appendix") {
                continue;
            }
            const int n = h.numbers.back();
            const Key key{h.parent, static_cast<int>(h.kind), h.numbers.size()};
            if (h.kind == Heading::Kind::Arabic && h.numbers.size() >= 2) {
                if (h.trailing_dot != (dotted > undotted) && dotted != undotted) {
                    emit(h, "format", {{"expected", joined(h.numbers, h.numbers.size())}});
                }
                const Heading* parent = h.parent >= 0 ? &all[h.parent] : nullptr;
                if (parent != nullptr && parent->kind == Heading::Kind::Arabic) {
                    if (parent->numbers.size() + 1 < h.numbers.size()) {
                        emit(h, "depth", {{"parent", parent->label}});
                    } else if (parent->numbers.size() + 1 == h.numbers.size() &&
                               !std::equal(parent->numbers.begin(), parent->numbers.end(), h.numbers.begin())) {
                        emit(h, "prefix", {{"parent", parent->label}});
                    }
                }
            }
            auto it = groups.find(key);
            const bool letters = h.kind == Heading::Kind::LowerLetter;
            if (it == groups.end()) {
                const auto kind_depth = std::make_pair(static_cast<int>(h.kind), h.numbers.size());
                auto prev = last_of_kind.find(kind_depth);
                const bool continues = prev != last_of_kind.end() && prev->second + 1 == n;
                // A label after a line break inside the parent paragraph ("1.2.2. … a) Công nghiệp").
                const std::string first = label_for(h, 1);
                const bool inside_parent =
                    h.parent >= 0 &&
                    context.document.paragraphs[all[h.parent].paragraph].text.find(" " + first + " ") != std::string::npos;
                if (n != 1 && !continues && !inside_parent && !written_before(context.document, all, h, n - 1)) {
                    emit(h, "start", {{"expected", first}});
                }
                groups[key] = {n, {n}};
            } else {
                auto& [last, seen] = it->second;
                const bool next = letters ? letter_follows(last, n) : n == last + 1;
                if (n == 1 && last > 1) {
                    // A list starting again (under a parent the reader did not see as a heading).
                    seen.clear();
                } else if (seen.count(n) != 0) {
                    emit(h, "duplicate", {});
                } else if (n < last) {
                    emit(h, "order", {{"previous", label_for(h, last)}});
                } else if (!next) {
                    std::string missing = label_for(h, last + 1);
                    if (n > last + 2) missing += "–" + label_for(h, n - 1);
                    emit(h, "default", {{"missing", missing}, {"previous", label_for(h, last)}});
                }
                last = n;
                seen.insert(n);
            }
            last_of_kind[{static_cast<int>(h.kind), h.numbers.size()}] = n;
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_heading_numbering(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<HeadingNumbering>());
}

}  // namespace soat::checks
