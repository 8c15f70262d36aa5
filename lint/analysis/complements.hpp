// Two descriptions that split one whole in two: a case is old or new, a household urban or rural,
// an award for a group or for a person, a task done or not yet done. Two parts of a total so
// described count disjoint things, so together they cannot exceed it.
#pragma once

#include <string_view>
#include <vector>

namespace soat::analysis {

// `a` and `b` are the texts describing two parts of one total, as written (a capitalised "Nam"
// names a place, not men; other words are read in lower case).
bool complementary(std::string_view a, std::string_view b);

// `a` and `b` take the two values of a classification of two values only (sex, urban or rural
// residence, home or abroad, public or not, within the province or outside): two parts so
// described are the whole, whatever "trong đó" leaves open.
bool exhaustive_pair(std::string_view a, std::string_view b);

// `parts` describe the parts of one whole named by `whole` (the words before its figure): they
// take every value of a classification that leaves that whole no other value, one value each
// (settled before, on or after the deadline; gold, silver and bronze medals; the central and the
// local budget of the state budget; exports and imports of a trade total; state, non-state and
// foreign-invested sectors). Such parts are the whole, whatever "trong đó" leaves open.
bool exhaustive_values(const std::vector<std::string_view>& parts, std::string_view whole);

// `a` and `b` are the labels of two amounts of one whole (the words since the figure before
// each): they name two values of one of the statistics' standard classifications of sources or
// sectors, one each (the sources of budget revenue: taxes, land-use fees, land rent, fees and
// charges, lottery; the sources of a programme's capital: the state budget, credit, enterprises,
// the people's contribution; the three economic sectors and taxes on products; a project's state at a
// date: finished, being built, not started). An amount comes from one source, is produced in one
// sector, a project is in one state: the two are disjoint. A label naming two values, or a whole
// that holds another (`thu nội địa` holds `thu tiền sử dụng đất`), names no value.
bool disjoint_kinds(std::string_view a, std::string_view b);

// `labels` name the three economic sectors, one each, and not the taxes on products: shares of an
// economy's structure so named may leave those taxes, the fourth value, unnamed (Σ ≤ 100 %).
bool sectors_without_taxes(const std::vector<std::string_view>& labels);

// `labels` name a value of a person's sex or residence (`nữ`, `nông thôn`) but are not that
// classification's two values alone: the shares are traits of several classifications (women,
// ethnic minorities, union members among the same people), which overlap.
bool mixed_traits(const std::vector<std::string_view>& labels);

// `a` and `b` are the labels of two counts of projects or works: they name two fields of public
// investment (transport, irrigation, education, health, culture, electricity, water supply), one
// each. A project is classified in one field (the investment plans' "lĩnh vực"): disjoint. Only
// for projects and works: elsewhere the words name other things ("bảo hiểm y tế").
bool disjoint_fields(std::string_view a, std::string_view b);

// `a` and `b` describe the two parts of a whole split by one condition: `b` is `a` negated
// (`chưa`, `không`), its words after the negation the first of `a`'s or all of them ("12 xã đạt
// chuẩn nông thôn mới" / "3 xã chưa đạt", "đã hoàn thành" / "chưa hoàn thành"). A thing meets a
// condition or does not: the two classes are the whole.
bool negation_pair(std::string_view a, std::string_view b);

}  // namespace soat::analysis
