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
                // "50 triệu đồng/m2" → "đồng/m²", "264.629m2" → "m²".
                const std::string last = written.substr(written.find_last_of(' ') == std::string::npos ? 0 : written.find_last_of(' ') + 1);
                d.message = "unit";
                d.args["written"] = last;
                d.args["unit"] = last.substr(0, last.size() - 1) + (last.back() == '2' ? "²" : "³");
            } else if (q.glued && !q.unit.empty()) {
                d.message = "space";
                d.args["suggestion"] = t.substr(q.byte_begin, q.byte_end - q.byte_begin) + " " + t.substr(q.byte_end, q.unit_end - q.byte_end);
            } else if (q.percent() && !q.negative) {
                const auto [counted, per] = per_population(t, q.byte_begin);
                if (per.empty()) continue;
                d.message = "density";
                d.args["per"] = per;
                d.args["suggestion"] = analysis::format_vn(q.numeral.value, q.numeral.decimals) + " " + counted + per;
            } else if (q.is_count() && people_.count(q.noun) && q.value() > max_people_ && !transport_work(t, q)) {
                d.message = "magnitude";
                d.args["figure"] += " " + q.noun;
            } else {
                continue;
            }
            sink.emit(std::move(d));
        }
    }

private:
    // "1.350 triệu người.km", "798 triệu lượt người/km", "hành khách luân chuyển … km": a unit of
    // transport work (people times kilometres), no head count.
    static bool transport_work(std::string_view t, const analysis::Quantity& q) {
        const std::string after = analysis::lower(t.substr(q.noun_end, 8));
        return after.starts_with(".km") || after.starts_with("/km") || after.starts_with(" km") || after.starts_with("km") ||
               after.starts_with("-km") || after.starts_with(" x km") || after.starts_with("×km");
    }

    // "mật độ máy tính /100 dân đạt 7,8%": the clause before the percentage names a density per
    // population ("/100 dân", "/vạn dân"); returns what is counted ("máy tính") and the
    // denominator ("/100 dân"), the latter empty when there is none.
    static std::pair<std::string, std::string> per_population(std::string_view t, std::size_t at) {
        std::size_t b = at;
        while (b > 0 && t[b - 1] != ';' && t[b - 1] != ',' && t[b - 1] != '.' && t[b - 1] != ':') --b;
        const std::string clause = analysis::lower(t.substr(b, at - b));
        for (std::size_t slash = clause.find('/'); slash != std::string::npos; slash = clause.find('/', slash + 1)) {
            std::size_t i = slash + 1;
            while (i < clause.size() && clause[i] == ' ') ++i;
            std::size_t e = i;
            while (e < clause.size() && (std::isdigit(static_cast<unsigned char>(clause[e])) || clause[e] == '.')) ++e;
            std::string base = clause.substr(i, e - i);
            if (const std::string_view van = "vạn"; base.empty() && clause.compare(i, van.size(), van) == 0) {
                base = van;
                e = i + van.size();
            }
            if (base.empty()) continue;
            // A population base is a power of ten ("/100 dân", "/10.000 dân"); "12/54 dân tộc"
            // counts groups.
            if (base != "vạn") {
                std::string digits;
                for (char c : base) {
                    if (c != '.') digits += c;
                }
                if (digits.size() < 3 || digits[0] != '1' || digits.find_first_not_of('0', 1) != std::string::npos) continue;
            }
            while (e < clause.size() && clause[e] == ' ') ++e;
            for (const char* who : {"dân", "người", "hộ"}) {
                const std::string_view w(who);
                if (clause.compare(e, w.size(), w) == 0 && (e + w.size() == clause.size() || clause[e + w.size()] == ' ')) {
                    std::string counted;
                    const std::size_t lead = clause.rfind("mật độ ", slash);
                    if (lead != std::string::npos) {
                        counted = clause.substr(lead + std::string_view("mật độ ").size(), slash - lead - std::string_view("mật độ ").size());
                        while (!counted.empty() && counted.back() == ' ') counted.pop_back();
                    }
                    return {counted, "/" + base + " " + std::string(w)};
                }
            }
        }
        return {};
    }

    double max_people_;
    std::set<std::string> people_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_unit_format(const engine::RuleSpec& spec) {
    double max_people = 2e8;
    std::set<std::string> people;
    try {
        if (const engine::Params n = spec.params["max_people"]) max_people = n.as<double>();
        if (const engine::Params n = spec.params["people_nouns"]) {
            for (const auto& w : n) people.insert(analysis::lower(w.as<std::string>()));
        }
    } catch (const YAML::Exception&) {
        return Error{"E203", fmt::format("{}: params.max_people is a number, params.people_nouns a list", spec.source)};
    }
    if (people.empty()) return Error{"E203", fmt::format("{}: params.people_nouns must not be empty", spec.source)};
    return std::unique_ptr<engine::Check>(std::make_unique<UnitFormat>(max_people, std::move(people)));
}

}  // namespace soat::checks
