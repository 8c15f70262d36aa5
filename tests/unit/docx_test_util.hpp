// Shared helpers for the DOCX reader tests.
#pragma once

#include "support/docx_builder.hpp"

#include <soat/reader.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace soat::test {

inline model::Document read_ok(const DocxBuilder& b, const ReadLimits& limits = {}) {
    auto r = read_docx_bytes(b.bytes(), "test.docx", limits);
    if (!r) FAIL("read failed: " << r.error().code << " " << r.error().message);
    return std::move(*r);
}

inline std::vector<std::string> texts(const model::Document& d, model::Area area = model::Area::Body) {
    std::vector<std::string> out;
    for (const auto& p : d.paragraphs)
        if (p.area == area) out.push_back(p.text);
    return out;
}

inline std::string error_code(const std::string& bytes, const ReadLimits& limits = {}) {
    auto r = read_docx_bytes(bytes, "test.docx", limits);
    return r ? std::string("OK") : r.error().code;
}

}  // namespace soat::test
