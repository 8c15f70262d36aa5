// The document as the numbers analyses read it. Vietnamese writes the syllable "tỷ" (a
// billion, and the "tỷ" of "tỷ lệ", "tỷ trọng") also as "tỉ"; the readers look for one spelling,
// so "tỉ lệ" is read as "tỷ lệ". Both spellings have the same bytes count and code points, so
// every offset into the text holds for the original document, whose text the findings quote.
// A copy is made only when the document writes the other spelling.
#pragma once

#include <soat/analysis.hpp>
#include <soat/model.hpp>

#include <memory>

namespace soat::analysis {

class NumbersText {
public:
    explicit NumbersText(const Analysis& analysis);
    [[nodiscard]] const model::Document& document() const { return copy_ ? *copy_ : original_; }

private:
    const model::Document& original_;
    std::shared_ptr<const model::Document> copy_;
};

}  // namespace soat::analysis
