// unit-format: units written wrongly ("kW/h" for kWh, "m3" for m³), a unit glued to its figure
// ("105,3ha"), a count of people beyond any province ("1.058 triệu người"), and a part printed
// without the scale word its siblings carry ("5,01m³" beside "5,38 triệu m³").
#include "analysis/claims.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <set>

namespace soat::checks {

namespace {

class UnitFormat : public engine::Check {
public:
    UnitFormat(double max_people, std::set<std::string> people) : max_people_(max_people), people_(std::move(people)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const auto& claims = context.analysis.get<analysis::Claims>();
        const auto& doc = context.document;
        std::set<std::size_t> scale_slips;
        for (const auto& c : claims.sums()) {
            if (c.missing_scale) scale_slips.insert(*c.missing_scale);
        }
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const auto& q = qs[k];
            if (q.role != analysis::Role::Quantity) continue;
            const std::string& t = doc.paragraphs[q.paragraph].text;
            const std::string written = t.substr(q.byte_end, q.unit_end - q.byte_end);
            engine::Draft d;
            d.range = analysis::range_of(q);
            d.args["figure"] = analysis::printed(doc, q);
            if (scale_slips.count(k)) {
                std::string scale;
                for (const auto& c : claims.sums()) {
                    if (c.missing_scale == k) scale = qs[c.total].scale_word;
                }
                d.message = "scale";
                d.args["scale"] = scale;
            } else if (written.find("kW/h") != std::string::npos) {
                d.message = "unit";
                d.args["written"] = "kW/h";
                d.args["unit"] = "kWh";
            } else if (!q.unit.empty() && (written.ends_with("m3") || written.ends_with("m2"))) {
                d.message = "unit";
                d.args["written"] = written.substr(written.size() - 2);
                d.args["unit"] = q.unit.substr(0, q.unit.find('/'));
            } else if (q.glued && !q.unit.empty()) {
                d.message = "space";
                d.args["suggestion"] = t.substr(q.byte_begin, q.byte_end - q.byte_begin) + " " + t.substr(q.byte_end, q.unit_end - q.byte_end);
            } else if (q.is_count() && people_.count(q.noun) && q.value() > max_people_) {
                d.message = "magnitude";
                d.args["figure"] += " " + q.noun;
            } else {
                continue;
            }
            sink.emit(std::move(d));
        }
    }

private:
    double max_people_;
    std::set<std::string> people_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_unit_format(const engine::RuleSpec& spec) {
    double max_people = 2e8;
    std::set<std::string> people;
    try {
        if (const YAML::Node n = spec.params["max_people"]) max_people = n.as<double>();
        if (const YAML::Node n = spec.params["people_nouns"]) {
            for (const auto& w : n) people.insert(analysis::lower(w.as<std::string>()));
        }
    } catch (const YAML::Exception&) {
        return Error{"E203", fmt::format("{}: params.max_people is a number, params.people_nouns a list", spec.source)};
    }
    if (people.empty()) return Error{"E203", fmt::format("{}: params.people_nouns must not be empty", spec.source)};
    return std::unique_ptr<engine::Check>(std::make_unique<UnitFormat>(max_people, std::move(people)));
}

}  // namespace soat::checks
