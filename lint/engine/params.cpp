#include <soat/params.hpp>

namespace soat::engine {

namespace {

void convert(const YAML::Node& from, Params::Node& to) {
    to.mark = from.Mark();
    switch (from.Type()) {
        case YAML::NodeType::Scalar:
            to.type = Params::Type::Scalar;
            to.scalar = from.Scalar();
            return;
        case YAML::NodeType::Sequence:
            to.type = Params::Type::Sequence;
            to.items.resize(from.size());
            for (std::size_t i = 0; i < from.size(); ++i) convert(from[i], to.items[i]);
            return;
        case YAML::NodeType::Map: {
            to.type = Params::Type::Map;
            for (const auto& kv : from) {
                convert(kv.first, to.items.emplace_back());
                convert(kv.second, to.items.emplace_back());
            }
            return;
        }
        default: to.type = Params::Type::Null;
    }
}

}  // namespace

Params Params::from_yaml(const YAML::Node& node) {
    auto tree = std::make_shared<Node>();
    convert(node, *tree);
    return Params(std::move(tree));
}

Params Params::invalid(std::string_view key) {
    Params out;
    out.valid_ = false;
    out.invalid_key_ = key;
    return out;
}

Params::Type Params::type() const {
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    return node_ != nullptr ? node_->type : Type::Null;
}

const std::string& Params::Scalar() const {
    static const std::string empty;
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    return node_ != nullptr ? node_->scalar : empty;
}

YAML::Mark Params::Mark() const {
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    return node_ != nullptr ? node_->mark : YAML::Mark::null_mark();
}

std::size_t Params::size() const {
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    if (node_ == nullptr) return 0;
    return node_->type == Type::Map ? node_->items.size() / 2 : node_->items.size();
}

Params Params::operator[](std::string_view key) const {
    const Type t = type();
    if (t == Type::Scalar) throw YAML::BadSubscript(node_->mark, std::string(key));
    if (t == Type::Map) {
        for (std::size_t i = 0; i < node_->items.size(); i += 2) {
            const Node& k = node_->items[i];
            if (k.type == Type::Scalar && k.scalar == key) return Params(tree_, &node_->items[i + 1]);
        }
    }
    return invalid(key);
}

Params Params::operator[](int index) const {
    const Type t = type();
    if (t == Type::Scalar) throw YAML::BadSubscript(node_->mark, index);
    if (t == Type::Sequence && index >= 0 && static_cast<std::size_t>(index) < node_->items.size()) {
        return Params(tree_, &node_->items[static_cast<std::size_t>(index)]);
    }
    return invalid(std::to_string(index));
}

bool Params::decode(YAML::Node& out) const {
    if (node_ == nullptr || node_->type != Type::Scalar) return false;
    out = YAML::Node(node_->scalar);
    return true;
}

Params::Iterator Params::begin() const {
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    return Iterator(tree_, node_, 0);
}

Params::Iterator Params::end() const {
    if (!valid_) throw YAML::InvalidNode(invalid_key_);
    const bool container = node_ != nullptr && (node_->type == Type::Sequence || node_->type == Type::Map);
    return Iterator(tree_, node_, container ? node_->items.size() : 0);
}

Params::Entry Params::Iterator::operator*() const {
    Entry out;
    if (node_->type == Type::Map) {
        out.valid_ = false;
        out.first = Params(tree_, &node_->items[at_]);
        out.second = Params(tree_, &node_->items[at_ + 1]);
    } else {
        static_cast<Params&>(out) = Params(tree_, &node_->items[at_]);
        out.first = out.second = invalid("");
    }
    return out;
}

}  // namespace soat::engine
