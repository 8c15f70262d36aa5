// A WordprocessingML part opened for editing at model positions: the runs are numbered as the
// reader numbers them (every w:r of the part in document order), and a point inside a run's
// w:t text can be made a run boundary by splitting the run (both halves keep its w:rPr).
#pragma once

#include <soat/model.hpp>
#include <soat/result.hpp>

#include <libxml/tree.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace soat::annotate {

inline constexpr const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// A position in the source: run `run` of the part, code point `offset` in its w:t text.
struct SourcePoint {
    std::int32_t run = -1;
    std::uint32_t offset = 0;
};

// The source point of the start of [begin, end) and of its end, through Paragraph::spans.
std::optional<SourcePoint> source_begin(const model::Paragraph& p, std::uint32_t begin);
std::optional<SourcePoint> source_end(const model::Paragraph& p, std::uint32_t end);

class RunMap {
public:
    static Result<RunMap> parse(const std::string& xml, const std::string& part);

    [[nodiscard]] std::size_t runs() const { return pieces_.size(); }
    // The concatenated w:t text of an original run (as it is now, after edits).
    [[nodiscard]] std::string run_text(std::int32_t run) const;

    // Makes the point a boundary between runs by splitting its run; false when the run does not
    // exist. Zero-width run content (tabs, breaks) at the point stays left of a start and right
    // of an end.
    bool split(SourcePoint point, bool start);

    // Where a point that is a run boundary (after split) stands: before or after a run node.
    struct Where {
        xmlNodePtr node = nullptr;
        bool before = true;
    };
    [[nodiscard]] std::optional<Where> where(SourcePoint point) const;

    // Replaces code points [begin, end) of run `run`'s w:t text; false when out of range.
    bool replace(std::int32_t run, std::uint32_t begin, std::uint32_t end, const std::string& text);

    [[nodiscard]] xmlDocPtr doc() const { return doc_.get(); }
    [[nodiscard]] xmlNsPtr ns() const { return ns_; }
    // The first w:p of the body, or nullptr.
    [[nodiscard]] xmlNodePtr first_paragraph() const;
    [[nodiscard]] std::string serialize() const;

private:
    struct DocFree {
        void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
    };
    struct Piece {
        xmlNodePtr node;
        std::uint32_t start;  // offset of this piece in the original run's text
    };
    std::unique_ptr<xmlDoc, DocFree> doc_;
    xmlNsPtr ns_ = nullptr;
    std::vector<std::vector<Piece>> pieces_;  // by original run ordinal
};

}  // namespace soat::annotate
