// A stable, human-readable dump of a Document for golden files: one line per paragraph with
// its area, number, style, heading level, list label, cell, notes and text, then tables,
// comments, tracked changes, sections and properties.
#pragma once

#include <soat/model.hpp>

#include <string>

namespace soat::test {

std::string dump_model(const model::Document& doc);

// Lines as `soat extract` prints them: prefix + text, line breaks inside shown as spaces.
std::string extract_lines(const model::Document& doc);

}  // namespace soat::test
