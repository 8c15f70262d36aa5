#include "docx/paragraph_builder.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace soat::docx {

namespace {

// True when `s` may change under NFC: any code point outside the ranges that are stable
// (below U+0300, Vietnamese precomposed letters U+1E00-U+1EFF, punctuation U+2002-U+20CF).
bool may_change_under_nfc(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
            cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            i += 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
            cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            i += 3;
        } else {
            return true;
        }
        if (cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2002 && cp <= 0x20CF)) continue;
        return true;
    }
    return false;
}

std::string nfc(std::string_view s) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &out,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return std::string(s);
    std::string r(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return r;
}

}  // namespace

std::uint32_t count_code_points(std::string_view s) {
    // Eight bytes at a time: a byte whose top bits are 10 continues a code point (its high bit
    // set and, shifted up by one, the bit below clear); the marks are summed by a multiplication.
    std::uint32_t n = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        const std::uint64_t continuation = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
        n += 8 - static_cast<std::uint32_t>((continuation * 0x0101010101010101ULL) >> 56);
    }
    for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
}

std::string code_point_slice(std::string_view s, std::uint32_t begin, std::uint32_t end) {
    std::size_t b = s.size(), e = s.size();
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (cp == begin) b = i;
        if (cp == end) {
            e = i;
            break;
        }
        ++cp;
    }
    return b >= e ? std::string() : std::string(s.substr(b, e - b));
}

void ParagraphBuilder::add(std::string_view text, model::Span::Kind kind, std::int32_t run, std::uint32_t offset,
                           bool inserted, std::uint16_t props) {
    if (trim_leading_ && raw_length_ == 0) {
        std::size_t skip = text.find_first_not_of(" \t\u00a0");
        if (skip == std::string_view::npos) return;
        offset += static_cast<std::uint32_t>(skip);
        text.remove_prefix(skip);
    }
    if (text.empty()) return;
    Piece piece;
    piece.text.assign(text);
    piece.span.kind = kind;
    piece.span.run = run;
    piece.span.offset = offset;
    piece.span.inserted = inserted;
    piece.span.props = props;
    piece.span.begin = raw_length_;
    piece.span.length = count_code_points(text);
    raw_length_ += piece.span.length;
    // Word splits runs anywhere: pieces of one kind continuing the same run merge.
    if (!pieces_.empty()) {
        Piece& last = pieces_.back();
        if (last.span.kind == kind && kind == model::Span::Kind::Text && last.span.run == run && run >= 0 &&
            last.span.offset + last.span.length == offset && last.span.inserted == inserted && last.span.props == props) {
            last.text += piece.text;
            last.span.length += piece.span.length;
            return;
        }
    }
    pieces_.push_back(std::move(piece));
}

void ParagraphBuilder::finish(model::Paragraph& p) {
    raw_begin_.clear();
    raw_begin_.reserve(pieces_.size());
    bool boundary_risk = false;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
        Piece& piece = pieces_[i];
        raw_begin_.push_back(piece.span.begin);
        if (may_change_under_nfc(piece.text)) {
            if (i > 0) boundary_risk = true;
            std::string n = nfc(piece.text);
            if (n != piece.text) {
                piece.text = std::move(n);
                piece.span.source_not_nfc = true;
            }
        }
    }
    std::string text;
    std::uint32_t at = 0;
    for (Piece& piece : pieces_) {
        text += piece.text;
        piece.span.begin = at;
        piece.span.length = count_code_points(piece.text);
        at += piece.span.length;
    }
    // A combining mark at the start of a piece may compose with the previous piece.
    if (boundary_risk) {
        std::string whole = nfc(text);
        if (whole != text) {
            std::string prefix;
            std::uint32_t prev_end = 0;
            for (Piece& piece : pieces_) {
                prefix += piece.text;
                std::uint32_t end = count_code_points(nfc(prefix));
                piece.span.begin = prev_end;
                piece.span.length = end > prev_end ? end - prev_end : 0;
                piece.span.source_not_nfc = true;
                prev_end = std::max(prev_end, end);
            }
            text = std::move(whole);
        }
    }
    p.text = std::move(text);
    p.spans.clear();
    p.spans.reserve(pieces_.size());
    for (const Piece& piece : pieces_)
        if (piece.span.length > 0) p.spans.push_back(piece.span);
}

std::uint32_t ParagraphBuilder::map(std::uint32_t raw) const {
    if (pieces_.empty()) return 0;
    std::size_t i = 0;
    while (i + 1 < raw_begin_.size() && raw_begin_[i + 1] <= raw) ++i;
    const model::Span& s = pieces_[i].span;
    std::uint32_t into = raw >= raw_begin_[i] ? raw - raw_begin_[i] : 0;
    return s.begin + std::min(into, s.length);
}

}  // namespace soat::docx
