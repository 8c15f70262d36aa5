// Typing slips that leave a valid syllable (`thục hiện` for `thực hiện`): a pair of adjacent
// syllables that the word model does not know, one of whose syllables, changed the way a
// typist changes it, makes a common word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis {

// The syllables one slip away from `key` (a canonical() syllable): another tone or none; a mark
// of ă â ê ô ơ ư đ dropped, added or swapped; an initial or final confused (d/gi/r, ch/tr, s/x,
// l/n, c/t, n/ng); a letter dropped or added. Only valid syllables, in canonical() form.
std::vector<std::string> slip_variants(std::string_view key);

struct Slip {
    int side = 0;          // 0: the first syllable is the slip, 1: the second
    std::string right;     // the syllable meant (canonical form)
};

// For adjacent lowercase syllables a b (canonical keys) with neighbours before a and after b
// ("" when none): the slip when "a b" is no word and is rare in text, the changed syllable
// forms no known pair with its other neighbour, and one variant pair is a common word that
// clearly dominates every other candidate.
std::optional<Slip> find_slip(std::string_view before, std::string_view a, std::string_view b, std::string_view after);

// "đồng" after a figure (a number, or a scale word: tỷ, triệu, nghìn, ngàn, trăm) is the currency
// and closes the amount ("93 tỷ đồng | chi sai"): no word is made across it.
bool currency_after_figure(std::string_view before, std::string_view key);

// The syllables one tone or one mark away from `key` (a canonical() syllable): another tone or
// none; one letter of a a/ă/â, e/ê, o/ô/ơ, u/ư, d/đ family changed. Only valid syllables.
// (The reference stays valid until the next call on this thread.)
const std::vector<std::string>& mark_variants(std::string_view key);

struct ContextSlip {
    std::string right;  // the syllable meant (canonical form)
    int partner = 1;    // the neighbour it makes a word with: -1 the one before, +1 the one after
};

// Reads a slip at keys[at] in its context: keys are the canonical syllables of a run of words
// with single spaces between (keys[at] a lowercase syllable, the others context only). Each
// variant of keys[at] (mark_variants) is scored by the best way of reading the window of two
// syllables either side as words of two syllables (the word list's tiers and counts, and how
// often a pair stands in administrative text), against the text as written; the slip is reported
// when the written syllable makes no word or attested pair with its neighbours, one variant
// gains clearly over the written text (less a prior for a written syllable far more common
// than the variant) and clearly over every other variant.
// `cut_end`: keys.back() ends its paragraph with no punctuation after it, as where a line broken
// in a PDF conversion ends a paragraph (`lũy kế toàn` | `tỉnh`): the text goes on elsewhere.
// `heading`: the words are a heading's in capitals, read in lower case: a gain 2 higher is needed
// (a heading is short and no sentence: `MẪU SỔ GỬI VĂN BẢN` is no slip of `mẫu số`).
std::optional<ContextSlip> find_slip_in_context(const std::vector<std::string_view>& keys, std::size_t at,
                                                bool cut_end = false, bool heading = false);

// A lowercase word typed without its marks whose bare letters are no Vietnamese syllable (`tich`,
// `viec`, `duong`: a stop final takes sắc or nặng, and iê uô ươ need their marks): the marked
// syllable meant, read from its neighbours `left` and `right` (canonical syllables, "" when none).
// Every syllable the letters can carry with marks and a tone is weighed by the word it makes with a
// neighbour (the word list's tiers and counts, administrative text); one must make a common word
// or a pair frequent in administrative text, and clearly beat every other. nullopt otherwise (a
// foreign word: `chat`, `set`, `top`).
std::optional<ContextSlip> find_unmarked(std::string_view word, std::string_view left, std::string_view right);

// A syllable of valid structure that no word of the word list holds and administrative text has
// once at most (`gảm`, `nghiều`): the common syllable one slip away that was meant (any slip_variants()
// kind or a neighbouring key; for no syllable as written, a mark and the tone), when one is
// frequent in administrative text (20 times or more) and either the only one to make a listed word
// with a neighbour (`left`, `right`: canonical syllables, "" when none) or four times as frequent
// as any other. nullopt for a known syllable.
std::optional<std::string> find_unknown(std::string_view key, std::string_view left = {}, std::string_view right = {});

// A number in words (`ba triêu bảy trăm`: triệu): `key` stands between two number words and is none,
// one tone or mark away from exactly one number word, and the three hold a word of scale (mươi,
// mười, trăm, nghìn, ngàn, triệu, tỷ). The number word meant; nullopt otherwise.
std::optional<std::string> find_number_word(std::string_view left, std::string_view key, std::string_view right);

// A word of scale after a figure (`45,8 trệu USD`: triệu): `key` follows a figure, drafts never write
// it (once at most in administrative text), and it is one slip (tone, mark or letter) from exactly
// one word of scale (trăm, nghìn, ngàn, triệu, tỷ/tỉ). The word meant; nullopt otherwise.
std::optional<std::string> find_scale_after_figure(std::string_view key);

}  // namespace soat::analysis
