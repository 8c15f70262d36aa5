// The inputs of `soat check`: files as given, directories searched recursively, `-` for stdin.
#pragma once

#include <string>
#include <vector>

namespace soat::cli {

struct Input {
    std::string path;   // as reported; the --stdin-name for stdin
    bool stdin_ = false;
};

struct InputFilter {
    std::vector<std::string> include;  // globs; a file must match one when any are given
    std::vector<std::string> exclude;  // globs; a matching file or directory is skipped
};

// Expands directories to their .docx/.txt/.md files (hidden entries and ~$ lock files skipped),
// sorted by path; files named explicitly are kept as given, in argument order.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const InputFilter& filter,
                                  const std::string& stdin_name);

// A glob match (`*`, `?`, `[...]`; `**/` spans directories) against the path or its file name.
bool glob_match(const std::string& glob, const std::string& path);

}  // namespace soat::cli
