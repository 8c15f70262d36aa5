// A rule's kind-specific parameters: a tree of plain strings, read through the subset of
// yaml-cpp's YAML::Node interface the kinds use, with the same answers and the same exceptions.
// The built-in rules' params used to be rebuilt as yaml-cpp nodes at every start, a third of a
// one-line check (building them, then freeing them at exit); this tree costs a vector per list
// or map and a string per scalar.
#pragma once

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace soat::engine {

class Params {
public:
    enum class Type { Null, Scalar, Sequence, Map };

    struct Node {
        Type type = Type::Null;
        std::string scalar;
        std::vector<Node> items;  // a sequence's items, or a map's keys and values one after the other
        YAML::Mark mark = YAML::Mark::null_mark();
    };

    struct Entry;
    class Iterator;

    Params() = default;  // a null node, as YAML::Node()
    explicit Params(std::shared_ptr<const Node> tree) : tree_(std::move(tree)), node_(tree_.get()) {}

    // Converts a parsed YAML node (with its marks); yaml-cpp is only for user packs and the build.
    static Params from_yaml(const YAML::Node& node);

    // As yaml-cpp: a missing key answers an invalid node, false as a bool; reading it throws
    // YAML::InvalidNode, except as<T>(fallback), which answers the fallback.
    bool IsDefined() const { return valid_; }
    explicit operator bool() const { return valid_; }
    bool operator!() const { return !valid_; }
    bool IsNull() const { return type() == Type::Null; }
    bool IsScalar() const { return type() == Type::Scalar; }
    bool IsSequence() const { return type() == Type::Sequence; }
    bool IsMap() const { return type() == Type::Map; }
    const std::string& Scalar() const;
    YAML::Mark Mark() const;
    std::size_t size() const;

    Params operator[](std::string_view key) const;  // throws YAML::BadSubscript on a scalar
    Params operator[](int index) const;

    template <typename T>
    T as() const;
    template <typename T, typename S>
    T as(const S& fallback) const;

    Iterator begin() const;
    Iterator end() const;

private:
    Params(std::shared_ptr<const Node> tree, const Node* node) : tree_(std::move(tree)), node_(node) {}
    static Params invalid(std::string_view key);
    Type type() const;
    bool decode(YAML::Node& out) const;  // a scalar as a YAML scalar, for yaml-cpp's conversions
    template <typename T>
    bool plain(T& out) const;  // a plain decimal or bool scalar read without yaml-cpp, or false

    std::shared_ptr<const Node> tree_;
    const Node* node_ = nullptr;  // null: a null node
    bool valid_ = true;
    std::string invalid_key_;
};

// What iterating yields: the item of a sequence, or first and second of a map's entry.
struct Params::Entry : Params {
    Params first, second;
};

class Params::Iterator {
public:
    Iterator(std::shared_ptr<const Node> tree, const Node* node, std::size_t at) : tree_(std::move(tree)), node_(node), at_(at) {}
    Entry operator*() const;
    Iterator& operator++() {
        at_ += node_->type == Type::Map ? 2 : 1;
        return *this;
    }
    bool operator!=(const Iterator& other) const { return at_ != other.at_; }

private:
    std::shared_ptr<const Node> tree_;
    const Node* node_;
    std::size_t at_;
};

// yaml-cpp reads a number through a std::stringstream with the base left open (a leading 0 is
// octal, 0x hexadecimal) and a bool by its names; building a YAML::Node and a stream for each
// was 4 % of a one-line check. A scalar of digits (an optional '-', an optional '.' and digits
// for a double, no leading 0 for an integer) or exactly true/false is read here with the same
// answer (from_chars and the stream's strtod both round correctly); anything else, or a number
// out of range, goes to yaml-cpp as before.
template <typename T>
bool Params::plain(T& out) const {
    if (node_ == nullptr || node_->type != Type::Scalar) return false;
    const std::string& s = node_->scalar;
    if constexpr (std::is_same_v<T, bool>) {
        if (s != "true" && s != "false") return false;
        out = s == "true";
        return true;
    } else if constexpr (std::is_arithmetic_v<T>) {
        std::size_t i = !s.empty() && s[0] == '-' && std::is_signed_v<T> ? 1 : 0;
        const std::size_t first = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        const std::size_t digits = i - first;
        if (digits == 0) return false;
        if constexpr (std::is_floating_point_v<T>) {
            if (i < s.size() && s[i] == '.') {
                const std::size_t point = ++i;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
                if (i == point) return false;
            }
        } else if (digits > 1 && s[first] == '0') {
            return false;
        }
        if (i != s.size()) return false;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && end == s.data() + s.size();
    } else {
        return false;
    }
}

template <typename T>
T Params::as() const {
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    if constexpr (std::is_same_v<T, std::string>) {
        if (type() == Type::Null) return "null";
        if (type() != Type::Scalar) throw YAML::TypedBadConversion<std::string>(Mark());
        return node_->scalar;
    } else {
        T t;
        if (plain(t)) return t;
        YAML::Node scalar;
        if (decode(scalar) && YAML::convert<T>::decode(scalar, t)) return t;
        throw YAML::TypedBadConversion<T>(Mark());
    }
}

template <typename T, typename S>
T Params::as(const S& fallback) const {
    if (!valid_) return fallback;
    if constexpr (std::is_same_v<T, std::string>) {
        if (type() == Type::Null) return "null";
        if (type() != Type::Scalar) return fallback;
        return node_->scalar;
    } else {
        T t;
        if (plain(t)) return t;
        YAML::Node scalar;
        if (node_ != nullptr && decode(scalar) && YAML::convert<T>::decode(scalar, t)) return t;
        return fallback;
    }
}

}  // namespace soat::engine
