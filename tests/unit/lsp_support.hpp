// A stand-in rule and backend for the language server tests: lines are paragraphs, and
// "invalid-period" flags "quý VI" with the fix "quý IV".
#pragma once

#include "lsp/backend.hpp"

#include <soat/check.hpp>
#include <soat/utf8.hpp>

#include <memory>
#include <string>
#include <vector>

namespace soat::test {

class QuarterSixCheck final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const std::string needle = "quý VI";
        for (std::size_t i = 0; i < context.document.paragraphs.size(); ++i) {
            const std::string& text = context.document.paragraphs[i].text;
            for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
                if (at + needle.size() < text.size() && text[at + needle.size()] == 'I') continue;
                engine::Draft d;
                const auto begin = utf8::cp_offset(text, at);
                d.range = model::Range{i, begin, begin + utf8::length(needle)};
                d.args["value"] = "VI";
                d.fix = Fix{"quý IV", true};
                sink.emit(std::move(d));
            }
        }
    }
};

inline lsp::Rules quarter_rules() {
    auto rules = std::make_shared<std::vector<engine::Rule>>();
    engine::Rule rule;
    rule.spec.id = "invalid-period";
    rule.spec.pack = "time";
    rule.spec.kind = "test";
    rule.spec.draft = rule.spec.final = Severity::Error;
    rule.spec.messages["default"] = {"Quý {value} không tồn tại (chỉ có quý I–IV)", "Quarter {value} does not exist"};
    rule.check = std::make_unique<QuarterSixCheck>();
    rules->push_back(std::move(rule));
    return rules;
}

// One paragraph per non-empty line; spans carry the source line and column.
inline model::Document lines_document(std::string_view text, const std::string& path, model::Format format) {
    model::Document doc;
    doc.path = path;
    doc.format = format;
    doc.run_props.emplace_back();
    int line = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        ++line;
        std::string content(text.substr(start, nl - start));
        if (!content.empty()) {
            model::Paragraph p;
            p.text = content;
            p.part = path;
            p.number = static_cast<int>(doc.paragraphs.size()) + 1;
            model::Span s;
            s.length = utf8::length(content);
            s.run = line;
            p.spans.push_back(s);
            doc.paragraphs.push_back(std::move(p));
        }
        start = nl + 1;
    }
    return doc;
}

inline lsp::Backend test_backend() {
    lsp::Backend b;
    b.read_text = [](std::string_view text, const std::string& path, model::Format format) -> Result<model::Document> {
        return lines_document(text, path, format);
    };
    b.read_file = [](const std::string& path) -> Result<model::Document> {
        return Error{"E101", "cannot open " + path};
    };
    b.load_config = [](const std::string&) -> Result<config::Config> { return config::Config{}; };
    b.check_config = [](std::string_view, const std::string&) -> std::optional<Error> { return std::nullopt; };
    b.rules = [rules = quarter_rules()](const std::vector<std::string>&) -> Result<lsp::Rules> { return rules; };
    return b;
}

}  // namespace soat::test
