// Build-time generator of the built-in rule packs. Every rules/**/*.yml is parsed and checked here,
// by the same parse_rule_file() that reads user packs (a bad built-in rule fails the build with
// its E203 message), and written into a C++ source as the rule ids and the rule specs with their
// params, encoded by engine/rule_spec_codec.cpp. At start-up load_rules() decodes them. Parsing the
// 46 block YAML files at every start-up used to take half of a one-line check, and parsing them
// as JSON a fifth.
// Usage: soat_gen_rules OUTPUT.cpp RULES_DIR RELATIVE_FILE...   (files in the order to embed)
#include "engine/rule_file.hpp"
#include "checks/pattern_probe.hpp"
#include "engine/rule_spec_codec.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A function body returning `text`: raw string literals of at most 60 000 bytes each (compilers
// need not take longer ones), cut before an ASCII byte and joined once; nothing when the
// delimiter or a carriage return (which compilers may drop from a raw string) occurs in the text.
std::string literal_body(const std::string& text) {
    static const std::string delimiter = "soatrules";
    if (text.find(")" + delimiter + "\"") != std::string::npos || text.find('\r') != std::string::npos) return {};
    std::string pieces;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = std::min(text.size(), at + 60000);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0x80) != 0) --end;
        pieces += "        R\"" + delimiter + "(" + text.substr(at, end - at) + ")" + delimiter + "\",\n";
        at = end;
    }
    return "    static const std::string text = [] {\n        std::string joined;\n"
           "        for (const char* piece : {\n" + pieces +
           "             }) joined += piece;\n        return joined;\n    }();\n    return text;\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: soat_gen_rules OUTPUT.cpp RULES_DIR FILE...\n";
        return 2;
    }
    const std::string rules_dir = argv[2];
    std::string specs;
    std::string ids;
    std::string patterns;
    for (int i = 3; i < argc; ++i) {
        const std::string file = argv[i];
        auto spec = soat::engine::parse_rule_file(read(rules_dir + "/" + file), "rules/" + file);
        if (!spec) {
            std::cerr << spec.error().code << ": " << spec.error().message << "\n";
            return 1;
        }
        ids += "        \"" + spec->id + "\",\n";
        // blank-field's patterns, probed here so that the load need not (checks/pattern_probe.hpp).
        if (spec->kind == "blank-field" && spec->params["patterns"] && spec->params["patterns"].IsSequence()) {
            for (const auto& item : spec->params["patterns"]) {
                if (!item.IsMap() || !item["pattern"]) continue;
                const std::string source = item["pattern"].as<std::string>("");
                // (A carriage return may be dropped from a raw string: such a pattern is probed at load.)
                if (source.find('\r') != std::string::npos || !soat::checks::pattern_parses(source)) continue;
                if (source.find(")soatrules\"") != std::string::npos) {
                    std::cerr << "soat_gen_rules: a blank-field pattern contains the raw-string delimiter\n";
                    return 1;
                }
                patterns += "        R\"soatrules(" + source + ")soatrules\",\n";
            }
        }
        soat::engine::encode_rule_spec(*spec, specs);
    }
    const std::string specs_body = literal_body(specs);
    if (specs_body.empty()) {
        std::cerr << "soat_gen_rules: the rules contain the raw-string delimiter or a carriage return\n";
        return 1;
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << "// Generated from rules/ by soat_gen_rules; do not edit.\n"
        << "#include \"engine/embedded_rules.hpp\"\n#include <iterator>\n#include <string>\n"
        << "namespace soat::engine {\n"
        << "const std::vector<std::string_view>& embedded_rule_ids() {\n"
        << "    static const std::vector<std::string_view> ids = {\n" << ids << "    };\n    return ids;\n}\n"
        << "std::string_view embedded_rule_specs() {\n" << specs_body << "}\n"
        << "bool built_in_pattern_parses(std::string_view source) {\n"
        << "    static constexpr std::string_view patterns[] = {\n" << patterns << "        \"\"};\n"
        << "    for (std::size_t i = 0; i + 1 < std::size(patterns); ++i) {\n"
        << "        if (patterns[i] == source) return true;\n    }\n    return false;\n}\n"
        << "}  // namespace soat::engine\n";
    return out ? 0 : 1;
}
