#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <sstream>
#include <stdexcept>

namespace soat::test {

model::Document document_from_paragraphs(const std::vector<std::string>& paragraphs) {
    model::Document doc;
    doc.path = "test.docx";
    doc.run_props.emplace_back();
    int number = 0;
    for (const std::string& text : paragraphs) {
        model::Paragraph p;
        p.text = text;
        p.part = "word/document.xml";
        p.number = ++number;
        model::Span span;
        span.length = utf8::length(text);
        span.run = number - 1;
        p.spans.push_back(span);
        doc.paragraphs.push_back(std::move(p));
    }
    return doc;
}

std::vector<Finding> lint_with(const model::Document& document, const std::vector<std::string>& only,
                               const config::Config& config) {
    auto rules = engine::load_rules();
    if (!rules) throw std::runtime_error(rules.error().message);
    std::vector<engine::Rule> chosen;
    for (auto& rule : *rules) {
        bool wanted = only.empty();
        for (const auto& id : only) wanted = wanted || rule.spec.id == id;
        if (wanted) chosen.push_back(std::move(rule));
    }
    config::Config effective = config;
    for (const auto& id : only) effective.enable.insert(id);
    return engine::lint(document, chosen, effective);
}

std::vector<std::string> flagged(const model::Document& document, const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        if (!f.range) continue;
        out.push_back(std::to_string(f.range->paragraph) + ":" +
                      std::string(utf8::slice(document.paragraphs[f.range->paragraph].text, f.range->begin, f.range->end)));
    }
    return out;
}

std::vector<std::string> split_words(const std::string& sentence) {
    std::vector<std::string> out;
    std::istringstream in(sentence);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::u32string to32(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
    return out;
}

std::string to8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) utf8::append(out, c);
    return out;
}

std::vector<std::string> misspelling_fixes(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& f : lint_with(document_from_paragraphs({text}), {"misspelling"})) {
        if (f.severity == Severity::Info || !f.fix || !f.range) continue;
        const std::u32string t = to32(text);
        out.push_back(to8(t.substr(0, f.range->begin)) + f.fix->replacement + to8(t.substr(f.range->end)));
    }
    return out;
}

std::string grouped(long long n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

std::string fill_marks(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values) {
        const std::string mark = "{" + key + "}";
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size())) text.replace(at, mark.size(), value);
    }
    return text;
}

}  // namespace soat::test
