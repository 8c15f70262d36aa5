#include "support/fixture_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>

namespace soat::test {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::string line;
    std::istringstream in{std::string(text)};
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::string trim(std::string s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

bool is_marker_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// One paragraph's runs and markers, from a fixture line's inline syntax.
struct Inline {
    std::vector<RunSpec> runs;
    std::vector<std::string> markers;
    std::vector<int> footnotes;  // footnote numbers referenced, in order
    std::string plain;           // the text as a .txt line (DOCX-only constructs: visible text)
};

Inline parse_inline(const std::string& s) {
    Inline out;
    RunSpec current;
    bool bold = false, italic = false;
    auto flush = [&] {
        if (current.text.empty()) return;
        current.bold = bold;
        current.italic = italic;
        out.runs.push_back(current);
        current = RunSpec{};
    };
    auto special = [&](std::size_t& i, const char* open, const char* close, auto apply) {
        const std::string o(open), c(close);
        if (s.compare(i, o.size(), o) != 0) return false;
        const auto end = s.find(c, i + o.size());
        if (end == std::string::npos) return false;
        flush();
        RunSpec r;
        r.text = s.substr(i + o.size(), end - i - o.size());
        r.bold = bold;
        r.italic = italic;
        apply(r);
        out.runs.push_back(r);
        i = end + c.size();
        return true;
    };
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '{') {
            // {rule-id} marker
            std::size_t j = i + 1;
            while (j < s.size() && is_marker_char(s[j])) ++j;
            if (j > i + 1 && j < s.size() && s[j] == '}' && s[i + 1] >= 'a' && s[i + 1] <= 'z') {
                out.markers.push_back(s.substr(i + 1, j - i - 1));
                i = j + 1;
                continue;
            }
            if (special(i, "{+", "+}", [](RunSpec& r) { r.inserted = true; })) { out.plain += out.runs.back().text; continue; }
            if (special(i, "{-", "-}", [](RunSpec& r) { r.deleted = true; })) continue;
            if (special(i, "{=", "=}", [](RunSpec& r) { r.highlight = "yellow"; })) { out.plain += out.runs.back().text; continue; }
            if (special(i, "{~", "~}", [](RunSpec& r) { r.hidden = true; })) { out.plain += out.runs.back().text; continue; }
            if (s.compare(i, 3, "{>>") == 0) {
                const auto end = s.find("<<}", i + 3);
                if (end != std::string::npos) {
                    // Anchor on the preceding word: split it off the current run.
                    const std::string comment = s.substr(i + 3, end - i - 3);
                    std::string& t = current.text;
                    const auto cut = t.find_last_of(' ') == std::string::npos ? 0 : t.find_last_of(' ') + 1;
                    RunSpec word;
                    word.text = t.substr(cut);
                    t.resize(cut);
                    flush();
                    if (word.text.empty() && !out.runs.empty()) {
                        out.runs.back().comment = comment;
                    } else {
                        word.comment = comment;
                        word.bold = bold;
                        word.italic = italic;
                        out.runs.push_back(word);
                    }
                    i = end + 3;
                    continue;
                }
            }
        }
        if (s.compare(i, 2, "[^") == 0) {
            std::size_t j = i + 2;
            int n = 0;
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') n = n * 10 + (s[j++] - '0');
            if (j > i + 2 && j < s.size() && s[j] == ']') {
                flush();
                out.footnotes.push_back(n);
                // The reference follows the previous run; the builder adds the mark after it.
                if (out.runs.empty()) out.runs.push_back(RunSpec{});
                out.runs.back().footnote = fmt::format("\x01{}", n);  // resolved by the caller
                static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
                for (char d : std::to_string(n)) out.plain += kSup[d - '0'];
                i = j + 1;
                continue;
            }
        }
        if (s.compare(i, 2, "**") == 0) {
            flush();
            bold = !bold;
            i += 2;
            continue;
        }
        if (s[i] == '*') {
            flush();
            italic = !italic;
            ++i;
            continue;
        }
        current.text += s[i];
        out.plain += s[i];
        ++i;
    }
    flush();
    return out;
}

std::vector<std::string> cells_of(const std::string& line) {
    std::vector<std::string> cells;
    std::string t = trim(line);
    if (!t.empty() && t.front() == '|') t.erase(0, 1);
    if (!t.empty() && t.back() == '|') t.pop_back();
    std::string cell;
    for (char c : t) {
        if (c == '|') {
            cells.push_back(trim(cell));
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.push_back(trim(cell));
    return cells;
}

bool is_separator(const std::string& line) {
    return line.find_first_not_of("|-: \t") == std::string::npos;
}

}  // namespace

Result<Fixture> parse_fixture(std::string_view text, const std::string& path) {
    const auto lines = split_lines(text);
    Fixture fixture;
    FixtureCase* current = nullptr;
    auto error = [&](std::size_t line, const std::string& what) {
        return Error{"E900", fmt::format("{}:{}: {}", path, line + 1, what)};
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (line.rfind("# ", 0) == 0 && fixture.rule.empty()) {
            fixture.rule = trim(line.substr(2));
        } else if (line.rfind("## ", 0) == 0) {
            fixture.cases.push_back(FixtureCase{});
            current = &fixture.cases.back();
            current->name = trim(line.substr(3));
            current->line = static_cast<int>(i) + 1;
        } else if (line.rfind("```", 0) == 0) {
            std::istringstream fence(line.substr(3));
            std::string lang;
            fence >> lang;
            if (current == nullptr) return error(i, "a code block before the first `## ` case");
            std::size_t end = i + 1;
            while (end < lines.size() && lines[end].rfind("```", 0) != 0) ++end;
            if (end == lines.size()) return error(i, "unclosed code block");
            std::vector<std::string> body(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                          lines.begin() + static_cast<std::ptrdiff_t>(end));
            if (lang == "docx") {
                if (!current->lines.empty()) return error(i, "a case has one ```docx block");
                std::string option;
                while (fence >> option) {
                    if (option == "docx-only") current->docx_only = true;
                    else if (option == "profile=final") current->profile = Profile::Final;
                    else if (option == "profile=draft") current->profile = Profile::Draft;
                    else if (option == "lang=en") current->lang = Lang::En;
                    else if (option == "lang=vi") current->lang = Lang::Vi;
                    else if (option.rfind("page=", 0) == 0) {
                        std::stringstream numbers(option.substr(5));
                        std::string n;
                        while (std::getline(numbers, n, ',')) current->page.push_back(std::atoi(n.c_str()));
                        if (current->page.size() < 6) return error(i, "page= takes W,H,top,bottom,left,right[,1]");
                    } else if (option.rfind("font=", 0) == 0) {
                        const auto colon = option.find(':');
                        if (colon == std::string::npos) return error(i, "font= takes Name_With_Underscores:half-points");
                        current->font = option.substr(5, colon - 5);
                        std::replace(current->font.begin(), current->font.end(), '_', ' ');
                        current->font_size = std::atoi(option.c_str() + colon + 1);
                    }
                    else return error(i, fmt::format("unknown option '{}' on the docx fence", option));
                }
                current->lines = body;
                if (current->lines.empty()) current->lines.push_back("");
            } else if (lang == "yaml") {
                if (!current->lines.empty()) return error(i, "the ```yaml block comes before the ```docx block");
                for (const auto& l : body) current->config_yaml += l + "\n";
            } else if (lang == "expected") {
                if (current->lines.empty()) return error(i, "the ```expected block comes after the ```docx block");
                std::string e;
                for (const auto& l : body) e += l + "\n";
                current->expected = e;
                current->expected_begin = static_cast<int>(i) + 1;
                current->expected_end = static_cast<int>(end);
            } else {
                return error(i, fmt::format("unknown block '{}' (docx, yaml, expected)", lang));
            }
            i = end;
        }
    }
    if (fixture.rule.empty()) return Error{"E900", fmt::format("{}: no `# rule-id` title", path)};
    for (const auto& c : fixture.cases) {
        if (c.lines.empty()) return error(static_cast<std::size_t>(c.line - 1), fmt::format("case '{}' has no ```docx block", c.name));
    }
    return fixture;
}

Result<BuiltCase> build_case(const FixtureCase& fc) {
    BuiltCase built;
    if (!fc.page.empty()) {
        built.docx.page(fc.page[0], fc.page[1], fc.page[2], fc.page[3], fc.page[4], fc.page[5],
                        fc.page.size() > 6 && fc.page[6] != 0);
    }
    if (!fc.font.empty()) built.docx.default_font(fc.font, fc.font_size);
    // Footnote definitions first: `[^n]: text`.
    std::map<int, Inline> notes;
    std::vector<std::string> body_lines;
    for (const auto& raw : fc.lines) {
        const std::string line = trim(raw);
        if (line.empty()) continue;
        static const std::regex kNote(R"(^\[\^(\d+)\]:\s*(.*)$)");
        std::smatch m;
        if (std::regex_match(line, m, kNote)) {
            notes[std::stoi(m[1])] = parse_inline(m[2]);
        } else {
            body_lines.push_back(line);
        }
    }
    std::vector<int> note_order;  // footnote numbers in reference order
    std::vector<std::string> text_paragraphs;
    std::size_t index = 0;
    auto expect = [&](const std::vector<std::string>& markers, std::size_t paragraph) {
        for (const auto& m : markers) {
            built.expected.emplace(m, paragraph);
            built.rules.insert(m);
        }
    };
    for (std::size_t i = 0; i < body_lines.size(); ++i) {
        const std::string& line = body_lines[i];
        if (line.front() == '|') {
            std::vector<std::vector<std::string>> rows;
            for (; i < body_lines.size() && body_lines[i].front() == '|'; ++i) {
                if (is_separator(body_lines[i])) continue;
                std::vector<std::string> row;
                for (const auto& cell : cells_of(body_lines[i])) {
                    Inline in = parse_inline(cell);
                    expect(in.markers, index++);
                    row.push_back(in.plain);
                    text_paragraphs.push_back(in.plain);
                    built.paragraphs.push_back(in.plain);
                }
                rows.push_back(row);
            }
            --i;
            built.docx.table(rows);
            continue;
        }
        int level = 0;
        while (level < static_cast<int>(line.size()) && line[static_cast<std::size_t>(level)] == '#') ++level;
        std::string content = line;
        if (level > 0 && level < 7 && line.size() > static_cast<std::size_t>(level) && line[static_cast<std::size_t>(level)] == ' ') {
            content = trim(line.substr(static_cast<std::size_t>(level)));
        } else {
            level = 0;
        }
        Inline in = parse_inline(content);
        expect(in.markers, index++);
        for (RunSpec& r : in.runs) {
            if (r.footnote.empty()) continue;
            const int n = std::stoi(r.footnote.substr(1));
            auto note = notes.find(n);
            if (note == notes.end()) return Error{"E900", fmt::format("case '{}': footnote [^{}] has no text", fc.name, n)};
            r.footnote = note->second.plain.empty() ? " " : note->second.plain;
            note_order.push_back(n);
        }
        built.docx.paragraph(in.runs, level > 0 ? fmt::format("Heading{}", level) : "");
        text_paragraphs.push_back(level > 0 ? std::string(static_cast<std::size_t>(level), '#') + " " + in.plain : in.plain);
        built.paragraphs.push_back(in.plain);
    }
    // Footnote paragraphs follow the body in reading order.
    for (std::size_t k = 0; k < note_order.size(); ++k) {
        const Inline& note = notes[note_order[k]];
        expect(note.markers, index++);
        text_paragraphs.push_back(fmt::format("[^{}]: {}", note_order[k], note.plain));
        built.paragraphs.push_back(note.plain);
    }
    for (const auto& p : text_paragraphs) built.text += p + "\n\n";
    return built;
}

}  // namespace soat::test
