// A DOCX package rewritten with a few changed parts: every other entry is copied from the
// source archive as stored (compressed bytes unchanged); the result goes to a temporary file in
// the output's directory and is renamed over the output only when complete.
#pragma once

#include <soat/result.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace soat::annotate {

class Package {
public:
    static Result<Package> open(const std::string& path);

    // The content of a part (changed content when changed); nullopt when absent.
    [[nodiscard]] std::optional<std::string> part(const std::string& name) const;
    void set_part(const std::string& name, std::string content);
    // The main document part, through the package relationships.
    [[nodiscard]] std::string main_part() const;

    // E301 cannot write; E302 OUT is IN.
    Result<bool> write(const std::string& out) const;

private:
    std::string path_;
    std::vector<std::string> names_;  // entry order of the source
    std::map<std::string, std::string> changed_;
};

// E302 when `out` names the same file as `in` (after resolving links and relative paths).
std::optional<Error> same_file_error(const std::string& in, const std::string& out);

// The relationships part of `part` ("word/_rels/document.xml.rels").
std::string rels_path(const std::string& part);

}  // namespace soat::annotate
