// Directory walking and glob filtering for `soat check`.
#include "cli/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace soat::cli {

namespace fs = std::filesystem;

namespace {

bool lintable(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".docx" || ext == ".txt" || ext == ".md";
}

bool hidden_or_lock(const fs::path& p) {
    const std::string name = p.filename().string();
    return (!name.empty() && name[0] == '.' && name != "." && name != "..") || name.rfind("~$", 0) == 0;
}

bool any_match(const std::vector<std::string>& globs, const std::string& path) {
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return glob_match(g, path); });
}

}  // namespace

bool glob_match(const std::string& glob, const std::string& path) {
    std::string g = glob;
    // "**/" matches any number of directories, including none.
    for (std::size_t at; (at = g.find("**/")) != std::string::npos;) {
        if (glob_match(g.substr(0, at) + g.substr(at + 3), path)) return true;
        g.replace(at, 3, "*/");
    }
    if (fnmatch(g.c_str(), path.c_str(), 0) == 0) return true;
    const std::string name = fs::path(path).filename().string();
    return g.find('/') == std::string::npos && fnmatch(g.c_str(), name.c_str(), 0) == 0;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const InputFilter& filter,
                                  const std::string& stdin_name) {
    std::vector<Input> out;
    for (const std::string& arg : paths) {
        if (arg == "-") {
            out.push_back({stdin_name, true});
            continue;
        }
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.push_back({arg, false});  // read errors are reported per file later
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            const fs::path& p = it->path();
            const std::string path = p.generic_string();
            if (hidden_or_lock(p) || any_match(filter.exclude, path)) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec) || !lintable(p)) continue;
            if (!filter.include.empty() && !any_match(filter.include, path)) continue;
            found.push_back(path);
        }
        std::sort(found.begin(), found.end());
        for (std::string& f : found) out.push_back({std::move(f), false});
    }
    return out;
}

}  // namespace soat::cli
