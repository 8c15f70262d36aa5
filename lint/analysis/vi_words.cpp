// Open-addressing table of 64-bit hashes of "a b" (canonical syllables) to one score byte,
// built from the literal in vi_words.inc on first use (a function-local static: one copy per
// process, shared by the CLI, the language server and `soat serve`).
#include "analysis/vi_words.hpp"

#include "analysis/syllable.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace soat::analysis::vi_words {

namespace {

constexpr char kRaw[] =
#include "analysis/vi_words.inc"
    ;
constexpr std::string_view kData(kRaw, sizeof(kRaw) - 1);

std::uint64_t hash(std::string_view a, std::string_view b) {
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](unsigned char c) {
        h ^= c;
        h *= 1099511628211ULL;
    };
    for (unsigned char c : a) mix(c);
    mix(' ');
    for (unsigned char c : b) mix(c);
    return h | 1;  // 0 marks an empty slot
}

class Table {
public:
    Table() {
        std::size_t lines = 0;
        for (char c : kData) lines += c == '\n';
        std::size_t cap = 1;
        while (cap < lines * 2) cap <<= 1;
        keys_.assign(cap, 0);
        scores_.assign(cap, 0);
        mask_ = cap - 1;
        std::unordered_map<std::string_view, std::string> keys;
        auto key = [&](std::string_view s) -> const std::string& {
            auto it = keys.find(s);
            if (it == keys.end()) it = keys.emplace(s, canonical(s)).first;
            return it->second;
        };
        std::size_t at = 0;
        while (at < kData.size()) {
            std::size_t end = kData.find('\n', at);
            if (end == std::string_view::npos) end = kData.size();
            const std::string_view line = kData.substr(at, end - at);
            at = end + 1;
            const std::size_t space = line.find(' ');
            const std::size_t tab = line.find('\t');
            if (space == std::string_view::npos || tab == std::string_view::npos || tab < space) continue;
            int score = 0;
            for (char c : line.substr(tab + 1)) score = score * 10 + (c - '0');
            insert(hash(key(line.substr(0, space)), key(line.substr(space + 1, tab - space - 1))),
                   static_cast<std::uint8_t>(score));
        }
    }

    [[nodiscard]] std::uint8_t find(std::uint64_t h) const {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            if (keys_[i] == h) return scores_[i];
            if (keys_[i] == 0) return 0;
        }
    }

    [[nodiscard]] std::size_t size() const { return size_; }

private:
    void insert(std::uint64_t h, std::uint8_t score) {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            if (keys_[i] == h) {
                if (score > scores_[i]) scores_[i] = score;
                return;
            }
            if (keys_[i] == 0) {
                keys_[i] = h;
                scores_[i] = score;
                ++size_;
                return;
            }
        }
    }

    std::vector<std::uint64_t> keys_;
    std::vector<std::uint8_t> scores_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

const Table& table() {
    static const Table t;
    return t;
}

}  // namespace

std::uint8_t pair_score(std::string_view a, std::string_view b) { return table().find(hash(a, b)); }

std::size_t size() { return table().size(); }

void for_each(const std::function<void(std::string_view a, std::string_view b, std::uint8_t score)>& f) {
    std::size_t at = 0;
    while (at < kData.size()) {
        std::size_t end = kData.find('\n', at);
        if (end == std::string_view::npos) end = kData.size();
        const std::string_view line = kData.substr(at, end - at);
        at = end + 1;
        const std::size_t space = line.find(' ');
        const std::size_t tab = line.find('\t');
        if (space == std::string_view::npos || tab == std::string_view::npos || tab < space) continue;
        int score = 0;
        for (char c : line.substr(tab + 1)) score = score * 10 + (c - '0');
        f(line.substr(0, space), line.substr(space + 1, tab - space - 1), static_cast<std::uint8_t>(score));
    }
}

}  // namespace soat::analysis::vi_words
