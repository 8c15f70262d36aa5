#include "engine/rule_spec_codec.hpp"

#include <algorithm>
#include <charconv>
#include <memory>
#include <utility>
#include <vector>

namespace soat::engine {

namespace {

void put(std::string& out, std::string_view s) {
    out += std::to_string(s.size());
    out += ':';
    out += s;
}

void put(std::string& out, const Message& m) {
    put(out, m.vi);
    put(out, m.en);
}

// Params: a tag ("S" scalar, "M" map, "Q" sequence, "N" null), then the scalar, or the count
// and the entries (map keys sorted).
void put(std::string& out, const Params& node) {
    if (node.IsScalar()) {
        put(out, "S");
        put(out, node.Scalar());
    } else if (node.IsSequence()) {
        put(out, "Q");
        put(out, std::to_string(node.size()));
        for (const auto& item : node) put(out, item);
    } else if (node.IsMap()) {
        std::vector<std::pair<std::string, Params>> entries;
        for (const auto& kv : node) entries.emplace_back(kv.first.Scalar(), kv.second);
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        put(out, "M");
        put(out, std::to_string(entries.size()));
        for (const auto& [key, value] : entries) {
            put(out, key);
            put(out, value);
        }
    } else {
        put(out, "N");
    }
}

std::string_view take(std::string_view& in) {
    std::size_t size = 0;
    const auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), size);
    const std::size_t at = static_cast<std::size_t>(end - in.data()) + 1;  // past ':'
    const std::string_view s = in.substr(at, size);
    in.remove_prefix(at + size);
    return s;
}

std::size_t take_number(std::string_view& in) {
    const std::string_view s = take(in);
    std::size_t n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    return n;
}

std::string take_string(std::string_view& in) { return std::string(take(in)); }

Message take_message(std::string_view& in) {
    Message m;
    m.vi = take_string(in);
    m.en = take_string(in);
    return m;
}

// Fills `node` from the encoding of put(Params).
void take_params(std::string_view& in, Params::Node& node) {
    const std::string_view tag = take(in);
    if (tag == "S") {
        node.type = Params::Type::Scalar;
        node.scalar = take(in);
        return;
    }
    if (tag != "M" && tag != "Q") return;
    node.type = tag == "M" ? Params::Type::Map : Params::Type::Sequence;
    const std::size_t count = take_number(in);
    node.items.resize(tag == "M" ? 2 * count : count);
    for (std::size_t i = 0; i < node.items.size(); ++i) {
        if (tag == "M") {
            node.items[i].type = Params::Type::Scalar;
            node.items[i].scalar = take(in);
            ++i;
        }
        take_params(in, node.items[i]);
    }
}

}  // namespace

void encode_rule_spec(const RuleSpec& spec, std::string& out) {
    put(out, spec.id);
    put(out, spec.pack);
    put(out, spec.kind);
    put(out, std::to_string(static_cast<int>(spec.draft)));
    put(out, std::to_string(static_cast<int>(spec.final)));
    put(out, std::to_string(spec.scope));
    put(out, std::to_string(spec.kinds.size()));
    for (const auto& kind : spec.kinds) put(out, kind);
    put(out, spec.fixable ? "1" : "0");
    put(out, spec.enabled_by_default ? "1" : "0");
    put(out, spec.summary);
    put(out, std::to_string(spec.messages.size()));
    for (const auto& [key, m] : spec.messages) {
        put(out, key);
        put(out, m);
    }
    put(out, spec.doc.what);
    put(out, spec.doc.why);
    put(out, spec.doc.example_bad);
    put(out, spec.doc.example_good);
    put(out, spec.doc.what_en);
    put(out, spec.doc.why_en);
    put(out, spec.source);
    put(out, spec.params);
}

RuleSpec decode_rule_spec(std::string_view& in) {
    RuleSpec spec;
    spec.id = take_string(in);
    spec.pack = take_string(in);
    spec.kind = take_string(in);
    spec.draft = static_cast<Severity>(take_number(in));
    spec.final = static_cast<Severity>(take_number(in));
    spec.scope = static_cast<unsigned>(take_number(in));
    for (std::size_t n = take_number(in); n > 0; --n) spec.kinds.insert(take_string(in));
    spec.fixable = take(in) == "1";
    spec.enabled_by_default = take(in) == "1";
    spec.summary = take_message(in);
    for (std::size_t n = take_number(in); n > 0; --n) {
        std::string key = take_string(in);
        spec.messages.emplace(std::move(key), take_message(in));
    }
    spec.doc.what = take_string(in);
    spec.doc.why = take_string(in);
    spec.doc.example_bad = take_string(in);
    spec.doc.example_good = take_string(in);
    spec.doc.what_en = take_string(in);
    spec.doc.why_en = take_string(in);
    spec.source = take_string(in);
    auto params = std::make_shared<Params::Node>();
    take_params(in, *params);
    spec.params = Params(std::move(params));
    return spec;
}

}  // namespace soat::engine
