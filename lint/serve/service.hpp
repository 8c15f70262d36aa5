// What the API does with one uploaded document, apart from HTTP: check, annotate, fix, and the
// rule list. Rules and configuration are loaded once; each call works on bytes in memory.
#pragma once

#include "report/report.hpp"

#include <soat/config.hpp>
#include <soat/engine.hpp>
#include <soat/result.hpp>

#include <optional>
#include <string>
#include <vector>

namespace soat::serve {

// Request errors (docs/serve.md); the reader's own codes (E101–E116) pass through unchanged.
inline constexpr const char* kMalformed = "E120";       // 400
inline constexpr const char* kUnauthorized = "E121";    // 401
inline constexpr const char* kTooLarge = "E122";        // 413
inline constexpr const char* kBusy = "E123";            // 503
inline constexpr const char* kTimeLimit = "E124";       // 503
inline constexpr const char* kNotFound = "E125";        // 404
inline constexpr const char* kLengthRequired = "E126";  // 411
inline constexpr const char* kInternal = "E127";        // 500, a bug

// An HTTP answer: status, type, body, and a download name when it is a file.
struct Reply {
    int status = 200;
    std::string content_type;
    std::string body;
    std::string filename;
    std::vector<std::pair<std::string, std::string>> headers;
};

// {"error": {"code": …, "message": …}}
Reply error_reply(int status, const std::string& code, const std::string& message);

struct Upload {
    std::string name;  // sanitised base name: labels the document, picks the reader, never a path
    std::string bytes;
};

// Per-request choices; unset ones keep the configuration's.
struct Settings {
    std::optional<Profile> profile;
    std::optional<Lang> lang;
    report::Format format = report::Format::Json;
    bool spans = false;  // JSON: add each finding's span within its excerpt (for the page)
};

class Service {
public:
    // `config_path` empty: the defaults (a server does not search its working directory).
    static Result<Service> load(const std::string& config_path);

    // Exactly what `soat check --format json|sarif` prints for the file.
    [[nodiscard]] Reply check(const Upload& upload, const Settings& settings) const;
    // The DOCX with every finding as a Word comment.
    [[nodiscard]] Reply annotate(const Upload& upload, const Settings& settings) const;
    // The document with the safe fixes applied.
    [[nodiscard]] Reply fix(const Upload& upload, const Settings& settings) const;
    // Every rule's metadata, like `soat rules`; one rule with its `soat explain` documentation.
    [[nodiscard]] Reply rules(Lang lang) const;
    [[nodiscard]] Reply rule(const std::string& id, Lang lang) const;

private:
    config::Config configured(const Settings& settings) const;

    config::Config config_;
    std::vector<engine::Rule> rules_;
    std::vector<engine::RuleSpec> specs_;  // sorted by id
};

}  // namespace soat::serve
