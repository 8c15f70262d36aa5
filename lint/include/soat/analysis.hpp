// Analysis shared by all rules, computed once per document and on demand.
//
// Each analysis module is a type constructible from `const Analysis&` (tokens, sentences,
// headings, abbreviations, quantities, anatomy, …); `get<T>()` builds it on first use and keeps
// it for the other rules. One Analysis belongs to one document and one thread.
#pragma once

#include <soat/model.hpp>

#include <map>
#include <memory>
#include <string>
#include <typeindex>

namespace soat::analysis {

class Analysis {
public:
    explicit Analysis(const model::Document& document, std::string kind_override = {})
        : document_(document), kind_override_(std::move(kind_override)) {}
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    [[nodiscard]] const model::Document& document() const { return document_; }
    // The document kind set by the user (`kind:` in .soat.yml, --kind), or empty: classify.
    [[nodiscard]] const std::string& kind_override() const { return kind_override_; }

    template <typename T>
    const T& get() const {
        const std::type_index key(typeid(T));
        auto it = cache_.find(key);
        if (it == cache_.end()) {
            it = cache_.emplace(key, std::shared_ptr<const void>(std::make_shared<const T>(*this))).first;
        }
        return *static_cast<const T*>(it->second.get());
    }

private:
    const model::Document& document_;
    std::string kind_override_;
    mutable std::map<std::type_index, std::shared_ptr<const void>> cache_;
};

}  // namespace soat::analysis
