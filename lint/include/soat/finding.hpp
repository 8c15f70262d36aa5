// A finding: what a rule reports, before any output format sees it.
#pragma once

#include <soat/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace soat {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

enum class Profile { Draft, Final };

enum class Lang { Vi, En };

struct Fix {
    std::string replacement;  // replaces the finding's range
    bool safe = false;        // stays inside one run and keeps formatting
};

struct Related {
    std::string message;
    std::optional<model::Range> range;
};

enum class BaselineState { None, New, Unchanged, Absent };

struct Finding {
    std::string rule;
    Severity severity = Severity::Warning;
    std::string message;                 // rendered in the run's language
    std::optional<model::Range> range;   // nullopt: the whole document (page set-up, …)
    std::vector<Related> related;
    std::optional<Fix> fix;
    std::string fingerprint;             // rule + normalised sentence + heading path
    std::string section;                 // heading path, filled by the engine
    bool suppressed = false;
    std::string suppression_reason;
    BaselineState baseline = BaselineState::None;
};

}  // namespace soat
