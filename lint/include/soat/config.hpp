// Configuration as rules read it: `.soat.yml` merged with command-line options.
#pragma once

#include <soat/finding.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace soat::config {

enum class TonePolicy { Auto, Old, New };  // auto = the document's majority

struct RuleOverride {
    std::optional<bool> enabled;
    std::optional<Severity> severity;
};

struct Config {
    Profile profile = Profile::Draft;
    Lang lang = Lang::Vi;
    std::set<std::string> enable;    // rule ids switched on beyond the defaults
    std::set<std::string> disable;   // rule ids switched off
    std::map<std::string, RuleOverride> rules;
    std::vector<std::string> pack_dirs;        // extra rule pack directories
    std::set<std::string> abbreviations;       // allow-list additions (no definition needed)
    TonePolicy tone = TonePolicy::Auto;
    std::map<std::string, std::string> confusables;  // wrong -> right, additions to the pack list
    double approx_tolerance = 0.02;  // relative widening for `khoảng X`
    std::string kind;                // document kind forced by `kind:` / --kind; empty: classify
    std::string source;              // the file it came from, empty for defaults
};

}  // namespace soat::config
