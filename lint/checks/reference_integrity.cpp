// reference-integrity: references to parts of the document itself that do not exist:
// `- Như Điều 4;` in Nơi nhận, `khoản 3 Điều 2 Quyết định này`, `Phụ lục III kèm theo Kế hoạch
// này`, when the document numbers its articles, clauses or appendices and has no such part.
// A document whose articles or appendices soat does not see (none read) is not judged.
#include "analysis/anatomy.hpp"
#include "analysis/headings.hpp"
#include "checks/kinds.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <map>
#include <set>

namespace soat::checks {

namespace {

using analysis::Heading;

int roman_or_arabic(const std::string& s) {
    if (!s.empty() && s[0] >= '0' && s[0] <= '9') return std::stoi(s);
    static const std::map<char, int> value = {{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}};
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int v = value.at(s[i]);
        total += i + 1 < s.size() && value.at(s[i + 1]) > v ? -v : v;
    }
    return total;
}

class ReferenceIntegrity final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        const auto& headings = context.analysis.get<analysis::Headings>().all();
        const auto& texts = context.analysis.get<analysis::Texts>();
        // Articles and the highest clause number under each.
        std::map<int, int> clauses;  // article -> highest clause, 0 when none numbered
        // The patterns are compiled at their first use: most documents need few of them.
        static LazyRE2 article_line = {R"(^(?:Điều|ĐIỀU)\s+(\d{1,3})[.:]?(?:\s|$))"};
        for (std::size_t i : anatomy.content) {
            const std::string& text = texts.plain(i);
            std::string n;
            if ((text.starts_with("Điều") || text.starts_with("ĐIỀU")) && RE2::PartialMatch(text, *article_line, &n)) {
                clauses.try_emplace(std::stoi(n), 0);
            }
        }
        for (const auto& h : headings) {
            if (h.kind != Heading::Kind::Arabic || h.numbers.size() != 1 || h.parent < 0) continue;
            const auto& parent = headings[h.parent];
            if (parent.kind == Heading::Kind::Article) {
                auto& top = clauses[parent.numbers[0]];
                top = std::max(top, h.numbers[0]);
            }
        }
        // Appendices: "PHỤ LỤC II", "Phụ lục 02" on a line of their own.
        static LazyRE2 appendix_line = {R"(^(?:PHỤ LỤC|Phụ lục)\s+(?:SỐ\s+|số\s+)?([IVXL]+|\d{1,2})\b)"};
        std::set<int> appendices;
        for (std::size_t i : anatomy.content) {
            const std::string& text = texts.plain(i);
            std::string n;
            if (text.size() < 200 && (text.starts_with("PHỤ LỤC") || text.starts_with("Phụ lục")) && RE2::PartialMatch(text, *appendix_line, &n)) {
                appendices.insert(roman_or_arabic(n));
            }
        }
        static LazyRE2 here = {
            R"(((?:(?:khoản|Khoản)\s+(\d{1,2})\s+)?(?:Điều|điều)\s+(\d{1,3})\s+(?:của\s+)?(?:Quyết định|Nghị quyết|Quy chế|Quy định|Chỉ thị|Điều lệ|Hướng dẫn|Thông tư|Nghị định|Luật)\s+này)\b)"};
        static LazyRE2 as_article = {R"(^(-?\s*(?:Như|như)\s+(?:Điều|điều)\s+(\d{1,3}))\b)"};
        static LazyRE2 appendix_ref = {
            R"(((?:Phụ lục|phụ lục)\s+(?:số\s+)?([IVXL]+|\d{1,2})\s+(?:ban hành\s+)?kèm theo\s+(?:Quyết định|Kế hoạch|Báo cáo|Nghị quyết|Tờ trình|Công văn|Thông báo|Chương trình|Đề án|Hướng dẫn)\s+này)\b)"};
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const auto& p = doc.paragraphs[i];
            if (p.area != model::Area::Body) continue;
            const std::string_view text = p.text;
            re2::StringPiece in(text.data(), text.size());
            std::string whole, clause, article;
            // The byte range of the match just consumed.
            auto span = [&](const re2::StringPiece& rest) {
                const std::size_t end = static_cast<std::size_t>(rest.data() - text.data());
                return std::make_pair(end - whole.size(), end);
            };
            const bool recipient = anatomy.component(i) == "recipients";
            if (recipient && !clauses.empty() && RE2::PartialMatch(text, *as_article, &whole, &article) &&
                !clauses.count(std::stoi(article))) {
                emit(sink, i, text, {0, whole.size()}, "article", {{"article", article}});
            }
            while (!clauses.empty() && RE2::FindAndConsume(&in, *here, &whole, &clause, &article)) {
                const int a = std::stoi(article);
                const auto found = clauses.find(a);
                if (found == clauses.end()) {
                    emit(sink, i, text, span(in), "article", {{"article", article}});
                } else if (!clause.empty() && found->second > 0 && std::stoi(clause) > found->second) {
                    emit(sink, i, text, span(in), "clause",
                         {{"clause", clause}, {"article", article}, {"count", std::to_string(found->second)}});
                }
            }
            re2::StringPiece again(text.data(), text.size());
            std::string n;
            while (!appendices.empty() && RE2::FindAndConsume(&again, *appendix_ref, &whole, &n)) {
                if (!appendices.count(roman_or_arabic(n))) emit(sink, i, text, span(again), "appendix", {{"appendix", n}});
            }
        }
    }

private:
    // The reference, by its byte range in the paragraph.
    static void emit(engine::Sink& sink, std::size_t paragraph, std::string_view text,
                     std::pair<std::size_t, std::size_t> bytes, const char* key, std::map<std::string, std::string> args) {
        engine::Draft d;
        d.range = model::Range{paragraph, utf8::cp_offset(text, bytes.first), utf8::cp_offset(text, bytes.second)};
        d.message = key;
        d.args = std::move(args);
        sink.emit(std::move(d));
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_reference_integrity(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<ReferenceIntegrity>());
}

}  // namespace soat::checks
