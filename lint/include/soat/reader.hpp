// Readers: a file in, a Document or a typed error out. Nothing throws across this boundary.
//
// Error codes (also the `error.code` of JSON output):
//   E101 cannot open or read the file          E108 unsafe entry name in the zip (../, absolute)
//   E102 not a zip / corrupt zip               E109 no main document part
//   E103 truncated zip                         E110 malformed XML
//   E104 encrypted document (OLE2 package)     E111 DTD or entity declarations refused
//   E105 legacy Word 97-2003 .doc (OLE2)       E112 XML nested too deeply
//   E106 zip bomb: size or ratio limit hit     E113 invalid UTF-8 in a text file
//   E107 too many zip entries                  E114 not a WordprocessingML document
//   E115 strict OOXML not supported            E116 unsupported file type
#pragma once

#include <soat/model.hpp>
#include <soat/result.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace soat {

struct ReadLimits {
    std::uint64_t max_file_bytes = 512ull << 20;      // the input file itself
    std::uint64_t max_entry_bytes = 256ull << 20;     // one inflated zip entry
    std::uint64_t max_total_bytes = 1024ull << 20;    // all inflated entries read
    double max_ratio = 200.0;                         // inflated / compressed, per entry over 1 MB
    std::uint64_t max_entries = 10000;
    int max_depth = 256;                              // XML element nesting
};

// By extension (.docx, .txt, .md) and content (OLE2 and zip signatures).
Result<model::Document> read_document(const std::string& path, const ReadLimits& limits = {});

// The same dispatch over bytes already read (stdin); `name` gives the extension and the path.
Result<model::Document> read_document_bytes(std::string_view bytes, const std::string& name,
                                            const ReadLimits& limits = {});

Result<model::Document> read_docx_bytes(std::string_view bytes, const std::string& name,
                                        const ReadLimits& limits = {});

// Text and Markdown; `name` is the path reported in locations.
Result<model::Document> read_text(std::string_view content, const std::string& name,
                                  model::Format format);

}  // namespace soat
