// name-consistency: one proper noun written two ways in a document.
// (1) Spelling: runs of 2–4 capitalised words ("Bố Hạ" / "Bó Hạ", "Bể Nội" / "Bì Nội") equal but
//     for one syllable at edit distance 1. Syllables are compared with the tone mark taken off, so
//     "Hoà" and "Hòa" are the same name (tone-style's business).
// (2) Case: the same words from the start of a capitalised run with one later word capitalised
//     differently ("Hòa Phú" / "Hòa phú", "Sở Giao thông Vận tải" / "Sở Giao thông vận tải").
// The rarer form is reported with the commoner as suggestion. On a tie a spelling variant needs
// the same three words before both ("đi cầu Bể Nội" / "đi cầu Bì Nội"; two communes in a list
// may differ by a letter) and is reported where it comes later; a case variant needs the fully capitalised form to be a short name.
#include "analysis/words.hpp"
#include "analysis/syllable.hpp"
#include "checks/kinds.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace soat::checks {

namespace {

namespace words = analysis::words;

struct Next {
    std::string canon;
    std::uint32_t end = 0;       // code points
    std::size_t byte_end = 0;
    bool capitalised = false;
};

struct Occurrence {
    model::Range range;
    std::string_view text;      // the paragraph
    std::size_t byte_begin = 0, byte_end = 0;
    std::vector<Next> next;     // the word that follows, joined by a single space, unless it cannot be part of a name
    std::string prev;           // lower-case word right before, "" when none
    bool sentence_start = false;
    std::vector<bool> caps;     // case pattern (case variants)
    std::vector<std::u32string> syllables;  // lower-case NFC (spelling variants)
    std::vector<std::string> canon;         // tone taken off, tone number appended
};

bool title_case(const words::Word& w) {
    return w.capitalised && !w.has_digit && !(w.all_upper && utf8::length(w.text) > 1);
}

bool plain_word(const words::Word& w) { return !w.has_digit && !(w.all_upper && utf8::length(w.text) > 1); }

std::string canonical(std::string_view syllable) {
    const auto t = words::strip_tone(syllable);
    return t.base + static_cast<char>('0' + t.tone);
}

int syllable_distance(std::u32string_view a, std::u32string_view b) {
    return words::distance(a, b);
}

// Any Vietnamese letter or tone mark: a paragraph without one is in another language.
bool vietnamese_marks(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t c = utf8::next(text, i);
        if ((c >= 0xC0 && c <= 0x24F) || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x300 && c <= 0x323)) return true;
    }
    return false;
}

// "Tân Hải, xã Tân Hội": two items of one enumeration, at most two words and a separator apart.
bool adjacent_items(const Occurrence& a, const Occurrence& b) {
    const Occurrence& first = a.byte_begin < b.byte_begin ? a : b;
    const Occurrence& second = a.byte_begin < b.byte_begin ? b : a;
    if (second.byte_begin < first.byte_end) return false;
    const std::string_view between = first.text.substr(first.byte_end, second.byte_begin - first.byte_end);
    const bool separator = between.find(',') != std::string_view::npos || between.find(';') != std::string_view::npos ||
                           between.find(" và ") != std::string_view::npos || between.find(" - ") != std::string_view::npos;
    return separator && std::count(between.begin(), between.end(), ' ') <= 3;
}

// Names in rows of one column of a table or listed together in one paragraph are different names of one
// list ("xã Tân Hải, xã Tân Hội"), not one name written two ways.
bool listed_together(const std::vector<Occurrence>& xs, const std::vector<Occurrence>& ys,
                     const model::Document& doc) {
    for (const auto& x : xs) {
        for (const auto& y : ys) {
            if (x.range.paragraph == y.range.paragraph && adjacent_items(x, y)) return true;
            const auto& cx = doc.paragraphs[x.range.paragraph].cell;
            const auto& cy = doc.paragraphs[y.range.paragraph].cell;
            if (cx && cy && cx->table == cy->table && cx->column == cy->column && cx->row != cy->row) return true;
        }
    }
    return false;
}

// "78. Ông …, UBND xã …: Thành viên;", "- …", "b) …": an item of an enumeration. Items of one list
// share their frame ("UBND xã"), so the same words before two names there are the list's, not one
// name's.
bool list_item(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) return i + 1 < text.size() && text[i + 1] == ' ';
    if (text.substr(i).rfind("\u2022", 0) == 0) return true;
    const std::size_t digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits && i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;  // "b) …"
    if (i == digits || i + 1 >= text.size()) return false;
    return (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ';
}

// A word that links or marks a clause ("huy chương Vàng mà đoàn thể thao …", "… Hòa thì"): it
// stands between a name and what is said of it, never inside a name (which may hold "và", "của").
bool clause_word(std::string_view word) {
    static const std::set<std::string, std::less<>> words = {"mà", "thì", "là", "đã", "đang", "sẽ", "được", "bị", "cũng",
                                                             "nhưng", "nên", "khi", "nếu", "rằng", "vẫn", "đều", "chưa"};
    return words.count(word) > 0;
}

// The three words before an occurrence, lower case ("" when fewer stand there).
std::string words_before(const Occurrence& o) {
    std::size_t at = o.byte_begin;
    int spaces = 0;
    while (at > 0 && spaces < 4) {
        --at;
        if (o.text[at] == ' ') ++spaces;
    }
    if (spaces < 3) return {};
    return analysis::lower(o.text.substr(at, o.byte_begin - at));
}

class NameConsistency final : public engine::Check {
public:
    NameConsistency(int max_run, std::set<std::string> generic_before, std::set<std::string> not_name)
        : max_run_(max_run), generic_before_(std::move(generic_before)), not_name_(std::move(not_name)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        std::map<std::string, std::vector<Occurrence>> runs;   // canonical key -> occurrences
        std::map<std::string, std::vector<Occurrence>> grams;  // canonical key -> n-grams from run starts
        const auto& ps = context.document.paragraphs;
        for (std::size_t p = 0; p < ps.size(); ++p) {
            if (ps[p].area == model::Area::Header || ps[p].area == model::Area::Footer) continue;
            const std::string_view text(ps[p].text);
            const auto& paragraph_words = context.analysis.get<analysis::ParagraphWords>();
            if (paragraph_words.lower_share(p) < 0.25 || !vietnamese_marks(text)) continue;  // English titles keep their own case
            const auto& ws = paragraph_words.of(p);
            auto joined = [&](std::size_t k) {  // word k follows word k-1 after one space
                return k > 0 && ws[k].byte_begin == ws[k - 1].byte_end + 1 && text[ws[k - 1].byte_end] == ' ';
            };
            auto occurrence = [&](std::size_t from, std::size_t to) {
                Occurrence o;
                o.range = {p, ws[from].begin, ws[to - 1].end};
                o.text = text;
                o.byte_begin = ws[from].byte_begin;
                o.byte_end = ws[to - 1].byte_end;
                if (to < ws.size() && joined(to) && plain_word(ws[to]) && !not_name_.count(analysis::lower(ws[to].text))) {
                    o.next.push_back({canonical(ws[to].text), ws[to].end, ws[to].byte_end, ws[to].capitalised});
                    // The word after that too: a capitalised one carries the name on.
                    if (to + 1 < ws.size() && joined(to + 1) && plain_word(ws[to + 1]) &&
                        !not_name_.count(analysis::lower(ws[to + 1].text))) {
                        o.next.push_back({canonical(ws[to + 1].text), ws[to + 1].end, ws[to + 1].byte_end,
                                          ws[to + 1].capitalised});
                    }
                }
                o.prev = joined(from) ? analysis::lower(ws[from - 1].text) : "";
                o.sentence_start = ws[from].sentence_start;
                return o;
            };
            for (std::size_t k = 0; k < ws.size(); ++k) {
                // A run starts here, or right after a word capitalised only as a sentence start.
                const bool after_name = joined(k) && title_case(ws[k - 1]) && !(k == 1 || ws[k - 1].sentence_start);
                if (!title_case(ws[k]) || after_name) continue;
                // "06 Trường trung cấp", "các Sở": a count or quantifier makes a common noun. A number
                // that closes a label ("Điều 4. Chánh Văn phòng") is no count.
                if (k > 0 && ((ws[k - 1].has_digit && joined(k)) || generic_before_.count(analysis::lower(ws[k - 1].text))))
                    continue;
                // Spelling: the whole run of capitalised words.
                std::size_t end = k + 1;
                while (end < ws.size() && joined(end) && title_case(ws[end])) ++end;
                const std::size_t length = end - k;
                if (length >= 2 && length <= static_cast<std::size_t>(max_run_)) {
                    Occurrence o = occurrence(k, end);
                    std::string key;
                    for (std::size_t i = k; i < end; ++i) {
                        o.canon.push_back(canonical(ws[i].text));
                        key += o.canon.back() + " ";
                        o.syllables.push_back(words::to_u32(analysis::lower(ws[i].text)));
                    }
                    runs[key].push_back(std::move(o));
                }
                // Case: n-grams of plain words from the run start.
                std::string key;
                std::vector<bool> caps;
                for (std::size_t i = k; i < ws.size() && i < k + 5; ++i) {
                    if (i > k && !joined(i)) break;
                    if (!plain_word(ws[i]) || (i > k && clause_word(ws[i].text))) break;
                    key += canonical(ws[i].text) + " ";
                    caps.push_back(ws[i].capitalised);
                    if (i == k) continue;
                    Occurrence o = occurrence(k, i + 1);
                    o.caps = caps;
                    grams[key].push_back(std::move(o));
                }
            }
        }
        std::set<std::pair<std::size_t, std::uint32_t>> reported;
        spelling(context, runs, sink, reported);
        casing(context, grams, sink, reported);
    }

private:
    // Two occurrences name the same thing unless both go on with different words ("Luật Tổ chức
    // Chính phủ" / "Luật Tổ chức chính quyền"); a shared word that follows joins the name.
    // Past a shared word, a capitalised word on either side that the other does not share names a
    // different body ("Khung kiến trúc Chính quyền số" / "Khung Kiến trúc số cấp tỉnh").
    // A name going on with a capitalised word ("do Trung tâm Quản lý Di tích quản lý") is no
    // longer form of words that end their clause ("do Trung tâm quản lý đã đón": a verb after).
    static bool compatible(const Occurrence& a, const Occurrence& b) {
        if (a.next.empty() != b.next.empty()) return !(a.next.empty() ? b : a).next[0].capitalised;
        if (a.next.empty()) return true;
        if (a.next[0].canon != b.next[0].canon) return false;
        if ((a.next.size() < 2) != (b.next.size() < 2)) return !(a.next.size() < 2 ? b : a).next[1].capitalised;
        if (a.next.size() < 2) return true;
        return a.next[1].canon == b.next[1].canon || !(a.next[1].capitalised || b.next[1].capitalised);
    }

    static std::pair<model::Range, std::string> extended(const Occurrence& o, bool shared) {
        model::Range r = o.range;
        std::size_t byte_end = o.byte_end;
        if (shared) {
            r.end = o.next[0].end;
            byte_end = o.next[0].byte_end;
        }
        return {r, std::string(o.text.substr(o.byte_begin, byte_end - o.byte_begin))};
    }

    // Reports the first rare occurrence that names the same thing as a common one.
    void emit(const engine::Context& context, const std::vector<const Occurrence*>& rare,
              const std::vector<const Occurrence*>& common, bool skip_sentence_start, engine::Sink& sink,
              std::set<std::pair<std::size_t, std::uint32_t>>& reported) const {
        for (const auto* found : rare) {
            if (skip_sentence_start && found->sentence_start) continue;
            for (const auto* expected : common) {
                if (!compatible(*found, *expected)) continue;
                const bool shared = !found->next.empty() && !expected->next.empty() &&
                                    found->next[0].canon == expected->next[0].canon;
                const auto [range, written] = extended(*found, shared);
                const auto [other_range, other] = extended(*expected, shared);
                if (!reported.insert({range.paragraph, range.begin}).second) return;
                engine::Draft d;
                d.range = range;
                d.args = {{"found", written}, {"expected", other}};
                d.related.push_back({engine::render_message(context.rule, "related_other", {{"expected", other}},
                                                            context.config.lang),
                                     other_range});
                sink.emit(std::move(d));
                return;
            }
        }
    }

    static std::vector<const Occurrence*> pointers(const std::vector<Occurrence>& v) {
        std::vector<const Occurrence*> out;
        for (const auto& o : v) out.push_back(&o);
        return out;
    }

    void spelling(const engine::Context& context, const std::map<std::string, std::vector<Occurrence>>& runs,
                  engine::Sink& sink, std::set<std::pair<std::size_t, std::uint32_t>>& reported) const {
        for (auto a = runs.begin(); a != runs.end(); ++a) {
            for (auto b = std::next(a); b != runs.end(); ++b) {
                const auto& x = a->second.front().syllables;
                const auto& y = b->second.front().syllables;
                const auto& cx = a->second.front().canon;
                const auto& cy = b->second.front().canon;
                if (x.size() != y.size()) continue;
                // One syllable apart, at edit distance 1 (measured only for the one that differs).
                std::size_t differing = 0, at = 0;
                for (std::size_t i = 0; i < x.size() && differing < 2; ++i) {
                    if (cx[i] == cy[i]) continue;
                    ++differing;
                    at = i;
                }
                if (differing != 1 || x[at].size() < 2 || y[at].size() < 2 || syllable_distance(x[at], y[at]) != 1) continue;
                const auto& xs = a->second;
                const auto& ys = b->second;
                if (listed_together(xs, ys, context.document)) continue;
                if (xs.size() != ys.size()) {
                    const auto& rare = xs.size() < ys.size() ? xs : ys;
                    const auto& common = xs.size() < ys.size() ? ys : xs;
                    emit(context, pointers(rare), pointers(common), false, sink, reported);
                    continue;
                }
                // A tie: two real places may differ by one letter (xã Tân Hải, xã Tân Hội). Only the
                // same phrase around both ("đi cầu Bể Nội" / "đi cầu Bì Nội") shows one name written
                // twice; the later one is reported.
                bool same_phrase = false;
                for (const auto& o : xs) {
                    for (const auto& q : ys) same_phrase = same_phrase || (!o.prev.empty() && words_before(o) == words_before(q));
                }
                if (!same_phrase) continue;
                auto in_list = [&](const std::vector<Occurrence>& v) {
                    return std::all_of(v.begin(), v.end(), [](const Occurrence& o) { return list_item(o.text); });
                };
                if (in_list(xs) && in_list(ys)) continue;
                const bool x_first = xs.front().range.paragraph < ys.front().range.paragraph ||
                                     (xs.front().range.paragraph == ys.front().range.paragraph &&
                                      xs.front().range.begin < ys.front().range.begin);
                emit(context, pointers(x_first ? ys : xs), pointers(x_first ? xs : ys), false, sink, reported);
            }
        }
    }

    void casing(const engine::Context& context, const std::map<std::string, std::vector<Occurrence>>& grams,
                engine::Sink& sink, std::set<std::pair<std::size_t, std::uint32_t>>& reported) const {
        for (const auto& [key, list] : grams) {
            std::map<std::vector<bool>, std::vector<const Occurrence*>> by_caps;
            for (const auto& o : list) by_caps[o.caps].push_back(&o);
            if (by_caps.size() < 2) continue;
            for (const auto& [upper, ups] : by_caps) {
                if (!upper.back()) continue;
                std::vector<bool> lower = upper;
                lower.back() = false;
                const auto it = by_caps.find(lower);
                if (it == by_caps.end()) continue;
                const auto& lows = it->second;
                auto named = [](const std::vector<const Occurrence*>& v) {
                    for (const auto* o : v) {
                        if (!o->sentence_start) return true;
                    }
                    return false;
                };
                if (!named(ups) || !named(lows)) continue;
                const bool fully = std::all_of(upper.begin(), upper.end(), [](bool c) { return c; });
                if (ups.size() > lows.size() || (ups.size() == lows.size() && fully && upper.size() <= 3)) {
                    emit(context, lows, ups, true, sink, reported);
                } else if (lows.size() > ups.size()) {
                    emit(context, ups, lows, true, sink, reported);
                }
            }
        }
    }

    int max_run_;
    std::set<std::string> generic_before_;
    std::set<std::string> not_name_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_name_consistency(const engine::RuleSpec& spec) {
    int max_run = 4;
    std::set<std::string> generic_before, not_name;
    try {
        if (spec.params["max_name_words"]) max_run = spec.params["max_name_words"].as<int>();
        for (auto [key, out] : {std::pair{"generic_before", &generic_before}, std::pair{"not_part_of_name", &not_name}}) {
            const engine::Params list = spec.params[key];
            if (!list) continue;
            if (!list.IsSequence()) return Error{"E203", spec.source + ": params." + key + " must be a list"};
            for (const auto& item : list) out->insert(analysis::lower(item.as<std::string>()));
        }
    } catch (const YAML::Exception& e) {
        return Error{"E203", spec.source + ": params.max_name_words: " + e.what()};
    }
    if (max_run < 2) return Error{"E203", spec.source + ": params.max_name_words must be at least 2"};
    return std::unique_ptr<engine::Check>(std::make_unique<NameConsistency>(max_run, std::move(generic_before), std::move(not_name)));
}

}  // namespace soat::checks
