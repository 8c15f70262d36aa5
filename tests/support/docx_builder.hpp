// Builds small but real .docx files at test time (the project's own writer, used by unit tests
// and the fixture runner). Raw WordprocessingML can be given where the helpers stop.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace soat::test {

struct RunSpec {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool hidden = false;
    std::string highlight;  // e.g. "yellow"
    std::string font;       // e.g. "Times New Roman"
    int size_half_points = 0;
    bool inserted = false;  // wrap in w:ins
    bool deleted = false;   // wrap in w:del (text goes into w:delText)
    std::string comment;    // non-empty: a comment with this text anchored on the run
    std::string footnote;   // non-empty: a footnote reference after the run, with this text
};

class DocxBuilder {
public:
    DocxBuilder& paragraph(const std::string& text, const std::string& style = "");
    DocxBuilder& paragraph(const std::vector<RunSpec>& runs, const std::string& style = "");
    DocxBuilder& heading(int level, const std::string& text);  // style HeadingN
    // Each cell's text may hold "\n" for several paragraphs.
    DocxBuilder& table(const std::vector<std::vector<std::string>>& rows, bool borderless = false);
    // Each cell a list of paragraphs, each one formatted run.
    DocxBuilder& formatted_table(const std::vector<std::vector<std::vector<RunSpec>>>& rows, bool borderless = false);
    DocxBuilder& raw_body(const std::string& xml);   // appended inside w:body as is
    DocxBuilder& page(int width_twips, int height_twips, int top, int bottom, int left, int right,
                      bool landscape = false);       // the final w:sectPr
    DocxBuilder& header_text(const std::string& text);  // header1.xml, referenced from sectPr
    DocxBuilder& footer_text(const std::string& text);
    DocxBuilder& default_font(const std::string& font, int size_half_points);
    // Add or replace a part. word/numbering.xml, word/endnotes.xml, word/settings.xml and
    // word/theme/theme1.xml given here also get their relationship from document.xml.
    DocxBuilder& part(const std::string& name, const std::string& content);
    DocxBuilder& without_part(const std::string& name);

    [[nodiscard]] std::string bytes() const;        // the zip
    void write(const std::string& path) const;

private:
    std::vector<std::string> body_;
    std::vector<std::string> footnotes_;
    std::vector<std::string> comments_;
    std::map<std::string, std::string> extra_parts_;
    std::vector<std::string> removed_parts_;
    std::string sect_pr_;
    std::string header_, footer_;
    std::string font_ = "Times New Roman";
    int size_ = 28;
};

}  // namespace soat::test
