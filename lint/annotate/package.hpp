// A DOCX package rewritten with a few changed parts: every other entry is copied from the
// source archive as stored (compressed bytes unchanged). The archive is held and rebuilt in
// memory; write() puts it in a temporary file in the output's directory and renames it over the
// output only when complete.
#pragma once

#include <soat/result.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace soat::annotate {

class Package {
public:
    static Result<Package> open(const std::string& path);
    // A package already in memory (an upload); `name` labels errors.
    static Result<Package> from_bytes(std::string bytes, const std::string& name);

    // The content of a part (changed content when changed); nullopt when absent.
    [[nodiscard]] std::optional<std::string> part(const std::string& name) const;
    void set_part(const std::string& name, std::string content);
    // The main document part, through the package relationships.
    [[nodiscard]] std::string main_part() const;

    // The rebuilt archive. E301 when libzip cannot build it.
    [[nodiscard]] Result<std::string> bytes() const;
    // E301 cannot write; E302 OUT is IN.
    Result<bool> write(const std::string& out) const;

private:
    std::string path_;  // the source file, empty for a package from bytes
    std::string name_;  // for messages
    std::shared_ptr<const std::string> data_;  // the source archive
    std::vector<std::string> names_;  // entry order of the source
    std::map<std::string, std::string> changed_;
};

// E302 when `out` names the same file as `in` (after resolving links and relative paths).
std::optional<Error> same_file_error(const std::string& in, const std::string& out);

// The relationships part of `part` ("word/_rels/document.xml.rels").
std::string rels_path(const std::string& part);

}  // namespace soat::annotate
