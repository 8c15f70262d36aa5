// Small documents built in memory, and linting them with chosen rules, for unit tests.
#pragma once

#include <soat/engine.hpp>
#include <soat/model.hpp>

#include <string>
#include <utility>
#include <vector>

namespace soat::test {

// One body paragraph per string (DOCX-like locations, one span per paragraph).
model::Document document_from_paragraphs(const std::vector<std::string>& paragraphs);

// Lints with only the named rules enabled (all built-in rules when `only` is empty).
std::vector<Finding> lint_with(const model::Document& document, const std::vector<std::string>& only,
                               const config::Config& config = {});

// "paragraph:flagged text" for each finding, to compare with expectations in one line.
std::vector<std::string> flagged(const model::Document& document, const std::vector<Finding>& findings);

// The words of a sentence split at spaces, and joined back with one space.
std::vector<std::string> split_words(const std::string& sentence);
std::string join_words(const std::vector<std::string>& words);

// The misspelling warnings (with a fix) of one paragraph, each applied alone to it.
std::vector<std::string> misspelling_fixes(const std::string& text);

// UTF-8 to code points and back.
std::u32string to32(const std::string& s);
std::string to8(const std::u32string& s);

// A count with points between thousands, as Vietnamese prints it ("12.430").
std::string grouped(long long n);

// `text` with every "{key}" replaced by its value.
std::string fill_marks(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace soat::test
