// The parts of an administrative document (Decree 30/2020): header area (issuing body, national
// title, number and symbol, place and date), document type and summary, body, closing area
// (recipients, signer). Parts are found by their text wherever they stand: body paragraphs,
// table cells (the header and the signature area are usually two-column tables) or page headers.
#pragma once

#include <soat/analysis.hpp>

#include "analysis/document_kind.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis {

// Bytes of leading extraction markup (spaces, `## `, `**`, `[bookmark: …]`) before the content.
std::size_t markup_prefix(std::string_view text);
// The text without extraction markup at either end, inner spaces collapsed.
std::string plain(std::string_view text);
// Lower case, tone and vowel marks removed, đ -> d, spaces collapsed: "Nơi nhận:" -> "noi nhan:".
std::string fold(std::string_view text);
// fold()'s last step, on a text already case-folded and stripped of its marks (as utf8proc_map
// with CASEFOLD and STRIPMARK leaves it): đ -> d, spaces collapsed.
std::string fold_stripped(std::string_view folded);
// Every letter is upper case (digits, spaces and punctuation allowed) and there is one letter.
bool is_upper_line(std::string_view text);

struct SignerLine {
    enum class Kind { Authority, UnknownPrefix, Title, Name, Other };
    std::size_t paragraph = 0;
    Kind kind = Kind::Other;
    std::string prefix;  // "TM.", "KT.", … for Authority and UnknownPrefix
    std::string text;    // plain text after the prefix
};

// A paragraph's visual lines (split at line breaks), each cut into the columns a drafter lays out
// with tabs or runs of spaces: {"- Lưu: VT;", "PHÓ CHỦ TỊCH"}.
struct Segment {
    std::string text;
    bool column = false;  // after a layout gap on the same line, not at a line's start
};
std::vector<Segment> laid_out_segments(const model::Paragraph& paragraph);

// plain() and fold(plain()) of each paragraph, made at their first use: the anatomy reads most
// paragraphs in several passes.
class ParagraphTexts {
public:
    explicit ParagraphTexts(const model::Document& doc);
    const std::string& plain(std::size_t paragraph);
    const std::string& folded(std::size_t paragraph);

private:
    const model::Document& doc_;
    std::vector<std::optional<std::string>> plain_, folded_;
};

// The document's ParagraphTexts as an analysis: the anatomy and the checks that read paragraphs'
// plain or folded text share one copy (one Analysis belongs to one thread).
class Texts {
public:
    explicit Texts(const Analysis& analysis) : texts_(analysis.document()) {}
    const std::string& plain(std::size_t paragraph) const { return texts_.plain(paragraph); }
    const std::string& folded(std::size_t paragraph) const { return texts_.folded(paragraph); }
    ParagraphTexts& paragraphs() const { return texts_; }

private:
    mutable ParagraphTexts texts_;
};

class Anatomy {
public:
    explicit Anatomy(const Analysis& analysis);

    // Body and table-cell paragraphs with text, in reading order.
    std::vector<std::size_t> content;
    // Content paragraphs before the body (header area, type, summary) plus page-header paragraphs.
    std::vector<std::size_t> head;

    std::optional<std::size_t> national_title;  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    std::optional<std::size_t> motto;           // "Độc lập - Tự do - Hạnh phúc"
    std::optional<std::size_t> number;          // "Số: 12/BC-UBND"
    std::string number_text;                    // "12" ("" when blank)
    std::string symbol;                         // "BC-UBND"
    std::optional<std::size_t> place_date;      // "Bắc Giang, ngày 05 tháng 01 năm 2024"
    std::optional<std::size_t> type;            // "KẾ HOẠCH" line, or the "V/v" line of a công văn
    std::string type_name;                      // upper case, e.g. "THÔNG CÁO BÁO CHÍ", "CÔNG VĂN"
    std::optional<std::size_t> summary;         // line after the type

    std::optional<std::size_t> closing_mark;    // last paragraph ending with "./."
    std::optional<std::size_t> recipients;      // "Nơi nhận:"
    std::vector<std::size_t> recipient_lines;   // "- …;" lines after it
    std::optional<std::size_t> archive;         // "- Lưu: VT, …"
    std::vector<SignerLine> signer;             // the signer block, top to bottom

    // The paragraph to point at for a whole-document finding about the header / the end.
    [[nodiscard]] std::optional<std::size_t> first_paragraph() const;
    [[nodiscard]] std::optional<std::size_t> last_paragraph() const;
    DocumentKind kind = DocumentKind::Other;
    std::optional<std::size_t> issuing_body;    // an upper-case state body line before the type
    std::vector<std::size_t> issuing_lines;     // its name line by line ("ỦY BAN NHÂN DÂN", "TỈNH …")
    bool legal_basis = false;                   // a "Căn cứ …" paragraph near the top

    // The parts of the frame the document's kind calls for.
    [[nodiscard]] bool expects_national_title() const {
        return kind == DocumentKind::Administrative || kind == DocumentKind::LegalNormative;
    }
    [[nodiscard]] bool expects_signature() const { return kind != DocumentKind::Other && kind != DocumentKind::Attachment; }
    [[nodiscard]] bool expects_recipients() const {
        return kind == DocumentKind::Administrative || kind == DocumentKind::Party;
    }
    // Is it laid out under Decree 30, Hướng dẫn 36 or the decree on legal normative documents,
    // which share the page and margins (page, margins, fonts)?
    [[nodiscard]] bool formal() const { return kind != DocumentKind::Other; }
    // Is this paragraph part of the header or closing area?
    [[nodiscard]] bool in_frame(std::size_t paragraph) const;
    // The component a paragraph is (ids of interface.md): "national-title", "number", "body",
    // "signer-name", … ("other" outside the body text, or empty).
    [[nodiscard]] std::string_view component(std::size_t paragraph) const;

private:
    void label_components(const model::Document& doc, std::size_t body_end, ParagraphTexts& texts);

    std::vector<bool> frame_;
    std::vector<std::string_view> components_;
};

}  // namespace soat::analysis
