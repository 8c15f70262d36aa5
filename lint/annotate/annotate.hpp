// `soat annotate` and `soat fix` over a DOCX: findings become Word comments anchored on their
// text, safe fixes are applied inside their run; .txt/.md fixes by source positions.
#pragma once

#include <soat/finding.hpp>
#include <soat/model.hpp>
#include <soat/result.hpp>

#include <string>
#include <vector>

namespace soat::annotate {

struct AnnotateSummary {
    std::size_t anchored = 0;  // comments on the finding's own text
    std::size_t fallback = 0;  // comments on the first paragraph (no range, or not anchorable)
};

// Writes a copy of the DOCX `in` (read as `document`) to `out` with one comment per
// unsuppressed finding (author "soat", initials "S"). E302 when `out` is `in`.
Result<AnnotateSummary> annotate_docx(const std::string& in, const std::string& out, const model::Document& document,
                                      const std::vector<Finding>& findings, Lang lang);

struct Annotated {
    std::string bytes;  // the annotated DOCX
    AnnotateSummary summary;
};

// The same over a DOCX in memory (an upload); `name` labels errors. Nothing touches the disk.
Result<Annotated> annotate_docx_bytes(std::string bytes, const std::string& name, const model::Document& document,
                                      const std::vector<Finding>& findings, Lang lang);

struct FixSummary {
    std::vector<const Finding*> applied;
    std::vector<const Finding*> skipped;  // fixes that are not safe, overlap, or cannot be placed
};

// Applies the safe fixes (Fix::safe) of `findings` to a copy of `in`. E302 when `out` is `in`.
Result<FixSummary> fix_file(const std::string& in, const std::string& out, const model::Document& document,
                            const std::vector<Finding>& findings);

struct Fixed {
    std::string bytes;  // the fixed copy (DOCX, or the text file's bytes)
    FixSummary summary;
};

// The same over a document in memory (an upload); `name` labels errors. Nothing touches the disk.
Result<Fixed> fix_bytes(std::string bytes, const std::string& name, const model::Document& document,
                        const std::vector<Finding>& findings);

}  // namespace soat::annotate
