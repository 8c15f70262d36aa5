#include "analysis/complements.hpp"

#include "analysis/syllable.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace soat::analysis {

namespace {

// Pairs of words that split a whole of the kind reports count (Vietnamese statistical practice:
// sex, residence, origin, ownership, recipient, periodicity, channel, direction of trade, what is
// carried, term).
constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
    {"cũ", "mới"},
    {"chuyển sang", "mới"},
    {"nam", "nữ"},
    {"thành thị", "nông thôn"},
    {"trong nước", "nước ngoài"},
    {"trong nước", "ngoài nước"},
    {"nội địa", "quốc tế"},
    {"trong nước", "quốc tế"},
    {"trong tỉnh", "ngoài tỉnh"},
    {"nội tỉnh", "ngoại tỉnh"},
    {"công lập", "ngoài công lập"},
    {"nhà nước", "ngoài nhà nước"},
    {"tập thể", "cá nhân"},
    {"thường xuyên", "đột xuất"},
    {"trực tuyến", "trực tiếp"},
    {"xuất khẩu", "nhập khẩu"},
    {"hành khách", "hàng hóa"},
    {"trung ương", "địa phương"},
    {"hành khách", "hàng hoá"},
    {"trong hạn", "quá hạn"},
    {"đúng hạn", "quá hạn"},
    {"trước hạn", "quá hạn"},
    {"trước hạn", "trễ hạn"},
    {"đúng hạn", "trễ hạn"},
    {"tiền mặt", "hiện vật"},
    {"thủ công", "công nghiệp"},
    {"trung ương", "cấp tỉnh"},
    {"trung ương", "cấp huyện"},
    {"trung ương", "cấp xã"},
    {"đi vào hoạt động", "đang xây dựng"},
    {"đi vào hoạt động", "đang trong quá trình xây dựng"},
    {"đã hoạt động", "đang xây dựng"},
    // How an enterprise enters the market in a period (statistics of business registration).
    {"thành lập mới", "quay trở lại hoạt động"},
    {"thành lập mới", "quay lại hoạt động"},
    {"đăng ký mới", "quay trở lại hoạt động"},
    // Where what is sold or collected goes: home market or abroad.
    {"nội địa", "xuất khẩu"},
    {"nội địa", "xuất nhập khẩu"},
    // A loan is lent for a short term or for a medium or long one (the credit statistics' terms).
    {"ngắn hạn", "dài hạn"},
    {"ngắn hạn", "trung hạn"},
    // A telephone or broadband subscription is fixed or mobile.
    {"cố định", "di động"},
    // A house of a housing programme is built new or repaired, not both.
    {"xây mới", "sửa chữa"},
    {"xây dựng mới", "sửa chữa"},
    {"làm mới", "sửa chữa"},
};

// The pairs of kPairs with no third value (not "nhà nước … ngoài nhà nước": foreign-invested is a
// third; not "xuất khẩu … nhập khẩu": goods through a port also move at home; not visitors
// "quốc tế … nội địa": a total of visits may count day trips or other groups apart).
constexpr std::pair<std::string_view, std::string_view> kExhaustive[] = {
    {"nam", "nữ"},
    {"thành thị", "nông thôn"},
    {"trong nước", "nước ngoài"},
    {"trong nước", "ngoài nước"},
    {"trong tỉnh", "ngoài tỉnh"},
    {"nội tỉnh", "ngoại tỉnh"},
    {"công lập", "ngoài công lập"},
    // Every loan is short-term, or medium- or long-term: the two make the outstanding credit.
    {"ngắn hạn", "trung, dài hạn"},
    {"ngắn hạn", "trung và dài hạn"},
    {"ngắn hạn", "trung hạn và dài hạn"},
    {"ngắn hạn", "trung dài hạn"},
    {"ngắn hạn", "trung - dài hạn"},
    {"ngắn hạn", "trung – dài hạn"},
};

// Classifications of more than two values, each value with its spellings: a school, a pupil or
// a class is at one level of education; an administrative unit is of one level.
const std::vector<std::vector<std::vector<std::string_view>>> kScales = {
    {{"mầm non"}, {"tiểu học"}, {"trung học cơ sở", "thcs"}, {"trung học phổ thông", "thpt"}},
    {{"cấp tỉnh"}, {"cấp huyện"}, {"cấp xã"}, {"cấp thôn"}},
    // The levels of the local budget (Luật Ngân sách nhà nước): a sum is in one level's budget.
    {{"ngân sách tỉnh", "ngân sách cấp tỉnh"}, {"ngân sách huyện", "ngân sách cấp huyện"}, {"ngân sách xã", "ngân sách cấp xã"}},
    // The groups of budget spending (Luật Ngân sách nhà nước): a sum is spent in one of them.
    {{"chi đầu tư phát triển", "chi đầu tư"}, {"chi thường xuyên"}, {"chi trả nợ"}, {"chi dự phòng"}},
    // What is collected for which insurance: one payment funds one of them.
    {{"thu bảo hiểm xã hội", "thu bhxh"}, {"thu bảo hiểm y tế", "thu bhyt"}, {"thu bảo hiểm thất nghiệp", "thu bhtn"}},
    // The school system a pupil sits an exam in, the mode of a course.
    {{"hệ phổ thông", "hệ trung học phổ thông", "hệ thpt"}, {"hệ thường xuyên", "hệ giáo dục thường xuyên", "hệ gdtx"}},
    {{"hệ chính quy"}, {"hệ vừa làm vừa học", "hệ tại chức"}},
    // Crops: a hectare sown or a tonne harvested is of one crop (words that name nothing else).
    {{"lúa"}, {"ngô", "bắp"}, {"khoai lang"}, {"khoai tây"}, {"khoai sọ", "khoai môn"}, {"sắn"}, {"đậu tương"}, {"lạc", "đậu phộng"},
     {"mía"}, {"bí các loại", "bí xanh", "bí đỏ"}, {"rau", "rau màu", "rau các loại", "rau xanh"}},
    // Crop seasons: a hectare is sown, a tonne harvested, in one season of the year.
    {{"vụ xuân", "vụ đông xuân"}, {"vụ hè thu"}, {"vụ thu đông"}, {"vụ mùa"}},
    // The parts of a country or a region.
    {{"miền bắc", "phía bắc", "bắc bộ"}, {"miền trung", "phía trung", "trung bộ"}, {"miền nam", "phía nam", "nam bộ"}},
    // Where an organisation stands at a date: working, stopped, dissolved (a text naming two, as
    // "ngừng hoạt động chờ giải thể", names no one value).
    {{"đang hoạt động"}, {"ngừng hoạt động", "dừng hoạt động"}, {"giải thể"}},
    // The ownership sectors of the statistics: state, non-state, foreign-invested.
    {{"kinh tế nhà nước", "khu vực nhà nước", "doanh nghiệp nhà nước", "vốn nhà nước", "vốn khu vực nhà nước"},
     {"kinh tế ngoài nhà nước", "khu vực ngoài nhà nước", "doanh nghiệp ngoài nhà nước", "ngoài quốc doanh", "vốn ngoài nhà nước",
      "vốn khu vực ngoài nhà nước"},
     {"có vốn đầu tư nước ngoài", "có vốn đầu tư trực tiếp nước ngoài", "khu vực fdi", "doanh nghiệp fdi", "vốn đầu tư nước ngoài",
      "vốn đầu tư trực tiếp nước ngoài", "vốn fdi"}},
    // Fisheries output is caught or farmed (the statistics' two sources), never both.
    {{"khai thác"}, {"nuôi trồng"}},
    // A medal is of one metal.
    {{"huy chương vàng", "hcv"}, {"huy chương bạc", "hcb"}, {"huy chương đồng", "hcđ"}},
    // How a file reaches the office: one channel each.
    {{"trực tuyến", "qua mạng"}, {"qua bưu điện", "qua bưu chính", "qua dịch vụ bưu chính"}, {"tại quầy", "nộp trực tiếp", "tại bộ phận một cửa"}},
};

// Classifications that leave a whole nothing outside the values they list, when the whole is
// one they classify: the values (each with its spellings), the sets of values that make the whole,
// the words of which one must name the whole (none: any whole), and words that name the whole
// itself rather than one value ("xuất nhập khẩu" holds "nhập khẩu").
struct Partition {
    std::vector<std::vector<std::string_view>> values;
    std::vector<std::vector<int>> covers;
    std::vector<std::string_view> whole;
    std::vector<std::string_view> not_a_value;
    std::vector<std::string_view> not_whole;  // a whole so named may hold more than the values
};

const std::vector<Partition> kPartitions = {
    // A file or case settled is settled before, on or after its deadline ("đúng hạn" alone, beside
    // "quá hạn", counts the early ones too); so is one still open, within or past it. Only a whole
    // that is settled or being settled (not a number received, of which some are still open).
    {{{"trước hạn", "sớm hạn", "trước thời hạn", "trước hẹn", "sớm hẹn"},
      {"đúng hạn", "trong hạn", "đúng thời hạn", "đúng hẹn", "trong thời hạn"},
      {"quá hạn", "trễ hạn", "chậm hạn", "quá thời hạn", "trễ hẹn", "quá hẹn", "chậm hẹn"}},
     {{0, 1, 2}, {1, 2}},
     {"giải quyết", "trả kết quả", "xử lý", "hoàn thành"},
     {},
     {"tiếp nhận", "nhận được", "thụ lý", "cần giải quyết", "phải giải quyết", "đề nghị giải quyết"}},
    // A medal is of one metal; the three make every medal won.
    {{{"huy chương vàng", "hcv", "hc vàng"}, {"huy chương bạc", "hcb", "hc bạc"}, {"huy chương đồng", "hcđ", "hc đồng"}},
     {{0, 1, 2}},
     {"huy chương"},
     {},
     {}},
    // The state budget is the central budget and the local budgets (Luật Ngân sách nhà nước).
    {{{"ngân sách trung ương", "nstw", "ngân sách tw"}, {"ngân sách địa phương", "nsđp"}},
     {{0, 1}},
     {"ngân sách nhà nước", "nsnn"},
     {},
     {}},
    // Trade is exports and imports: a total named for both is their sum (not one through border
    // gates, which also counts goods in transit or re-exported).
    {{{"xuất khẩu"}, {"nhập khẩu"}},
     {{0, 1}},
     {"xuất nhập khẩu", "xuất, nhập khẩu", "xuất - nhập khẩu", "xuất – nhập khẩu", "xnk"},
     {"xuất nhập khẩu", "xuất, nhập khẩu", "xuất - nhập khẩu", "xuất – nhập khẩu", "xnk", "tái xuất", "tạm nhập", "chuyển khẩu"},
     {"cửa khẩu", "biên giới", "qua cảng", "qua địa bàn"}},
    // An enterprise's capital is state, non-state or foreign-invested (the statistics' ownership
    // sectors).
    {{{"kinh tế nhà nước", "khu vực nhà nước", "doanh nghiệp nhà nước", "vốn nhà nước", "vốn khu vực nhà nước"},
      {"kinh tế ngoài nhà nước", "khu vực ngoài nhà nước", "doanh nghiệp ngoài nhà nước", "ngoài quốc doanh", "vốn ngoài nhà nước",
      "vốn khu vực ngoài nhà nước"},
      {"có vốn đầu tư nước ngoài", "có vốn đầu tư trực tiếp nước ngoài", "khu vực fdi", "doanh nghiệp fdi", "vốn đầu tư nước ngoài",
      "vốn đầu tư trực tiếp nước ngoài", "vốn fdi"}},
     {{0, 1, 2}},
     {},
     {},
     {}},
};

bool word_edge(std::string_view s, std::size_t at) {
    if (at == 0 || at >= s.size()) return true;
    const char c = s[at];
    return c == ' ' || c == ',' || c == ';' || c == '.' || c == ':' || c == ')' || c == '(';
}

// `phrase` as whole words in `text`.
bool has(std::string_view text, std::string_view phrase) {
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        if (word_edge(text, at == 0 ? 0 : at - 1) && word_edge(text, at + phrase.size())) return true;
    }
    return false;
}

// The one or two words after a negation in `b` ("chưa có điều kiện" → "có điều"), when `a` holds
// them without any negation ("có điều kiện").
bool negated(std::string_view a, std::string_view b) {
    if (has(a, "chưa") || has(a, "không")) return false;
    constexpr std::string_view kStops = " ,;.:()";
    for (const std::string_view no : {std::string_view("chưa "), std::string_view("không ")}) {
        for (std::size_t at = b.find(no); at != std::string_view::npos; at = b.find(no, at + 1)) {
            if (at > 0 && !word_edge(b, at - 1)) continue;
            const std::size_t from = at + no.size();
            std::size_t end = std::min(b.find_first_of(kStops, from), b.size());
            if (end < b.size() && b[end] == ' ') {
                const std::size_t second = std::min(b.find_first_of(kStops, end + 1), b.size());
                if (second > end + 1) end = second;
            }
            if (end > from && has(a, b.substr(from, end - from))) return true;
        }
    }
    return false;
}

// `a` names x of one of `pairs` and `b` its y. Read in lower case ("Trung ương … địa phương"), but
// "nam" as written: "Nam" names a place.
template <std::size_t N>
bool one_of_pairs(const std::pair<std::string_view, std::string_view> (&pairs)[N], std::string_view a, std::string_view b,
                  std::string_view a_lower, std::string_view b_lower) {
    for (const auto& [x, y] : pairs) {
        const std::string_view aa = x == "nam" ? a : a_lower, bb = x == "nam" ? b : b_lower;
        // "ngoài công lập" holds "công lập": the wider side decides.
        const bool nested = y.find(x) != std::string_view::npos;
        if (has(aa, x) && !has(aa, y) && has(bb, y) && (nested || !has(bb, x))) return true;
    }
    return false;
}

bool one_way(std::string_view a, std::string_view b, std::string_view a_lower, std::string_view b_lower) {
    return one_of_pairs(kPairs, a, b, a_lower, b_lower) || negated(a_lower, b_lower);
}

// The one value of `scale` that `text` names, -1 when none or more than one.
int value_on(const std::vector<std::vector<std::string_view>>& scale, std::string_view text) {
    int found = -1;
    for (std::size_t v = 0; v < scale.size(); ++v) {
        const bool named = std::any_of(scale[v].begin(), scale[v].end(), [&](std::string_view w) { return has(text, w); });
        if (!named) continue;
        if (found >= 0) return -1;
        found = static_cast<int>(v);
    }
    return found;
}

// Who manages what a part counts: "(thu ngân sách) do tỉnh quản lý" / "do thị xã quản lý". A
// thing has one manager, so parts managed by different ones are disjoint. "" when the text names
// no manager or more than one.
std::string manager(std::string_view t) {
    std::string found;
    constexpr std::string_view kBy = "do ", kManage = " quản lý";
    for (std::size_t at = t.find(kBy); at != std::string_view::npos; at = t.find(kBy, at + 1)) {
        if (!word_edge(t, at == 0 ? 0 : at - 1)) continue;
        const std::size_t from = at + kBy.size();
        const std::size_t end = t.find(kManage, from);
        if (end == std::string_view::npos || !word_edge(t, end + kManage.size())) continue;
        const std::string_view who = t.substr(from, end - from);
        // The agent is a short name, nothing else between ("do tỉnh quản lý", "do UBND huyện quản lý").
        if (who.empty() || who.find_first_of(",;:()") != std::string_view::npos || std::count(who.begin(), who.end(), ' ') > 3) continue;
        if (!found.empty() && found != who) return {};
        found = std::string(who);
    }
    return found;
}

bool other_values(std::string_view a_lower, std::string_view b_lower) {
    for (const auto& scale : kScales) {
        const int va = value_on(scale, a_lower), vb = value_on(scale, b_lower);
        if (va >= 0 && vb >= 0 && va != vb) return true;
    }
    const std::string ma = manager(a_lower), mb = manager(b_lower);
    return !ma.empty() && !mb.empty() && ma != mb;
}

}  // namespace

bool complementary(std::string_view a, std::string_view b) {
    const std::string a_lower = lower(a), b_lower = lower(b);
    // A part that names a whole territory ("…; toàn tỉnh có 650 học sinh …") is another whole (in
    // the part's own sentence: a description may begin in the total's).
    auto own_sentence = [](const std::string& x) {
        const std::size_t end = x.rfind(". ");
        return end == std::string::npos ? std::string_view(x) : std::string_view(x).substr(end + 2);
    };
    for (const std::string_view whole : {"toàn tỉnh", "toàn huyện", "toàn thành phố", "toàn xã", "toàn quốc", "cả nước", "toàn vùng"}) {
        if (has(own_sentence(a_lower), whole) || has(own_sentence(b_lower), whole)) return false;
    }
    return one_way(a, b, a_lower, b_lower) || one_way(b, a, b_lower, a_lower) || other_values(a_lower, b_lower);
}

bool exhaustive_values(const std::vector<std::string_view>& parts, std::string_view whole) {
    if (parts.size() < 2) return false;
    const std::string whole_lower = lower(whole);
    std::vector<std::string> lowered;
    for (std::string_view p : parts) lowered.push_back(lower(p));
    for (const Partition& pt : kPartitions) {
        if (!pt.whole.empty() && std::none_of(pt.whole.begin(), pt.whole.end(), [&](std::string_view w) { return has(whole_lower, w); })) continue;
        if (std::any_of(pt.not_whole.begin(), pt.not_whole.end(), [&](std::string_view w) { return has(whole_lower, w); })) continue;
        std::vector<int> named;
        for (const std::string& p : lowered) {
            if (std::any_of(pt.not_a_value.begin(), pt.not_a_value.end(), [&](std::string_view w) { return has(p, w); })) break;
            const int v = value_on(pt.values, p);
            if (v < 0) break;
            named.push_back(v);
        }
        if (named.size() != parts.size()) continue;
        std::vector<int> sorted = named;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) continue;  // one value twice: another split
        if (std::find(pt.covers.begin(), pt.covers.end(), sorted) != pt.covers.end()) return true;
    }
    return false;
}

namespace {

// The standard classifications whose values are disjoint kinds of one whole's amounts or things
// (disjoint_kinds). Spellings are whole words; a part naming values of two is not read.
const std::vector<std::vector<std::vector<std::string_view>>> kKinds = {
    // Budget revenue by source (Luật Ngân sách nhà nước, the revenue items of the settlement
    // forms): a tax, the land-use fee, land rent, fees and charges, the lottery are no one
    // another's part. `thu nội địa`, `thu cân đối` hold several of them and are no value.
    {{"thu thuế", "tiền thuế", "các loại thuế", "thuế"},
     {"tiền sử dụng đất", "thu sử dụng đất"},
     {"tiền thuê đất", "tiền thuê mặt đất", "tiền thuê đất, thuê mặt nước", "tiền thuê mặt nước"},
     {"phí, lệ phí", "phí và lệ phí", "lệ phí", "thu phí"},
     {"xổ số kiến thiết", "thu xổ số", "xổ số"}},
    // Where a programme's money comes from (the capital structure of the national target
    // programmes: the state budget, credit, enterprises, the community's contribution): a đồng
    // comes from one of them. "Xã hội hóa" holds the last two and is no value.
    {{"ngân sách nhà nước", "vốn ngân sách", "nguồn ngân sách", "nsnn"},
     {"vốn tín dụng", "vốn vay tín dụng"},
     {"vốn doanh nghiệp", "doanh nghiệp đóng góp", "doanh nghiệp tài trợ", "doanh nghiệp hỗ trợ"},
     {"nhân dân đóng góp", "người dân đóng góp", "dân đóng góp", "cộng đồng dân cư đóng góp", "vốn nhân dân", "vốn dân"}},
    // The three sectors of the economy and taxes on products (the statistics' GRDP by sector).
    {{"nông, lâm nghiệp và thủy sản", "nông, lâm nghiệp và thuỷ sản", "nông, lâm, thủy sản", "nông, lâm, thuỷ sản", "nông lâm thủy sản",
      "nông lâm thuỷ sản", "nông, lâm nghiệp, thủy sản", "nông nghiệp, lâm nghiệp và thủy sản", "nông nghiệp, lâm nghiệp và thuỷ sản",
      "nông - lâm nghiệp, thủy sản", "nông-lâm nghiệp, thủy sản", "nông - lâm nghiệp và thủy sản", "nông-lâm nghiệp và thủy sản",
      "nông lâm nghiệp và thủy sản", "nông, lâm, ngư nghiệp", "khu vực i"},
     {"công nghiệp - xây dựng", "công nghiệp – xây dựng", "công nghiệp và xây dựng", "công nghiệp, xây dựng", "công nghiệp-xây dựng",
      "khu vực ii"},
     {"dịch vụ", "khu vực iii"},
     {"thuế sản phẩm", "thuế sản phẩm trừ trợ cấp sản phẩm"}},
    // A forest by its main use (Luật Lâm nghiệp): for production, protection or special use.
    {{"rừng sản xuất"}, {"rừng phòng hộ"}, {"rừng đặc dụng"}},
    // The four sections of industry of the production index (VSIC sections B to E).
    {{"khai khoáng", "khai thác mỏ"},
     {"chế biến, chế tạo", "chế biến chế tạo", "chế biến - chế tạo"},
     {"sản xuất và phân phối điện", "sản xuất, phân phối điện", "phân phối điện"},
     {"cung cấp nước", "xử lý rác thải", "xử lý nước thải"}},
    // The parts of retail sales and consumer services revenue in the statistics' releases.
    {{"bán lẻ hàng hóa", "bán lẻ hàng hoá"},
     {"lưu trú, ăn uống", "lưu trú và ăn uống", "lưu trú - ăn uống"},
     {"du lịch lữ hành", "lữ hành"},
     {"dịch vụ khác"}},
    // The budget levels (Luật Ngân sách nhà nước): the central budget and the province's, district's
    // and commune's; a đồng is spent from one. "Ngân sách địa phương" holds the last three.
    {{"ngân sách trung ương", "ngân sách cấp trung ương", "nstw"},
     {"ngân sách tỉnh", "ngân sách cấp tỉnh"},
     {"ngân sách huyện", "ngân sách cấp huyện"},
     {"ngân sách xã", "ngân sách cấp xã"}},
    // Goods through a port or a border gate by direction.
    {{"hàng xuất khẩu", "hàng hóa xuất khẩu", "hàng hoá xuất khẩu"},
     {"hàng nhập khẩu", "hàng hóa nhập khẩu", "hàng hoá nhập khẩu"},
     {"hàng nội địa", "hàng hóa nội địa", "hàng hoá nội địa"},
     {"hàng quá cảnh", "hàng hóa quá cảnh", "hàng hoá quá cảnh"}},
    // Visitors by origin, in the tourism statistics.
    {{"khách quốc tế", "khách nước ngoài"}, {"khách nội địa", "khách trong nước"}},
    // Accommodation and food services, the two halves of that section of services (VSIC I).
    {{"dịch vụ lưu trú", "doanh thu lưu trú"}, {"dịch vụ ăn uống", "doanh thu ăn uống"}},
    // A project's state at one date: finished, being built, not yet started (not "khởi công" and
    // "hoàn thành" in one year: a project may do both).
    {{"đã hoàn thành", "hoàn thành đưa vào sử dụng", "đã đưa vào sử dụng"},
     {"đang thi công", "đang triển khai thi công", "đang xây dựng", "chuyển tiếp"},
     {"chưa khởi công", "chưa triển khai"}},
};

// Words of `s` (lower case) without figures and the words that open a list's item.
std::vector<std::string> described(std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    auto flush = [&] {
        const bool figure = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!w.empty() && !figure && w != "trong" && w != "đó" && w != "có" && w != "và" && w != "đã" && w != "là") out.push_back(w);
        w.clear();
    };
    for (char c : lower(s)) {
        if (c == ' ' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.') {
            flush();
        } else {
            w += c;
        }
    }
    flush();
    return out;
}

}  // namespace

bool disjoint_kinds(std::string_view a, std::string_view b) {
    const std::string a_lower = lower(a), b_lower = lower(b);
    // A label that names a value by leaving it out names the rest ("thu nội địa không kể tiền sử
    // dụng đất", "trừ tiền sử dụng đất", "vốn huy động ngoài ngân sách nhà nước"): no value.
    // Nor does one naming a plan, another period or a change: it measures something else than the
    // whole's amounts ("dự toán thu tiền sử dụng đất b", "thu thuế cùng kỳ b", "tăng b").
    for (const std::string_view but : {"không kể", "không tính", "không bao gồm", "chưa kể", "chưa tính", "trừ", "ngoài", "loại trừ", "dự toán",
                                       "kế hoạch", "chỉ tiêu", "mục tiêu", "cùng kỳ", "năm trước", "so với", "tăng", "giảm"}) {
        if (has(a_lower, but) || has(b_lower, but)) return false;
    }
    for (const auto& scale : kKinds) {
        const int va = value_on(scale, a_lower), vb = value_on(scale, b_lower);
        if (va >= 0 && vb >= 0 && va != vb) return true;
    }
    return false;
}

bool mixed_traits(const std::vector<std::string_view>& labels) {
    if (labels.size() < 2) return false;
    // Traits of people only: sex and residence. (Other pairs name sectors too: "vốn đầu tư trực
    // tiếp nước ngoài" is one of three ownership sectors, no "nước ngoài" of a pair.)
    constexpr std::pair<std::string_view, std::string_view> kTraits[] = {{"nam", "nữ"}, {"thành thị", "nông thôn"}};
    for (const auto& [x, y] : kTraits) {
        // ("Nam" capitalised is a place: "nam" is matched as written.)
        auto names = [x = x](std::string_view label, std::string_view value) {
            const std::string l = lower(label);
            return has(x == "nam" && value == x ? label : std::string_view(l), value);
        };
        int xs = 0, ys = 0;
        for (std::string_view label : labels) {
            const bool nx = names(label, x), ny = names(label, y);
            xs += nx && !ny;
            ys += ny && !nx;
        }
        // Named by one value of the pair, the shares must be the pair's two values and nothing else.
        if (xs + ys > 0 && !(xs == 1 && ys == 1 && labels.size() == 2)) return true;
    }
    return false;
}

bool sectors_without_taxes(const std::vector<std::string_view>& labels) {
    // (kKinds[2]: the three sectors, then the taxes on products.)
    const auto& sectors = kKinds[2];
    std::vector<int> named;
    for (std::string_view label : labels) {
        const int v = value_on(sectors, lower(label));
        if (v < 0 || v > 2) return false;
        named.push_back(v);
    }
    std::sort(named.begin(), named.end());
    return named == std::vector<int>{0, 1, 2};
}

bool disjoint_fields(std::string_view a, std::string_view b) {
    static const std::vector<std::vector<std::string_view>> kFields = {
        {"giao thông", "đường giao thông"},
        {"thủy lợi", "thuỷ lợi", "kênh mương"},
        {"giáo dục", "trường học", "trường lớp học", "giáo dục - đào tạo", "giáo dục và đào tạo"},
        {"y tế", "trạm y tế"},
        {"văn hóa", "văn hoá", "nhà văn hóa", "nhà văn hoá"},
        {"điện", "lưới điện"},
        {"nước sạch", "nước sinh hoạt", "cấp nước"},
    };
    const std::string a_lower = lower(a), b_lower = lower(b);
    for (const std::string_view but : {"kế hoạch", "cùng kỳ", "năm trước", "so với", "tăng", "giảm"}) {
        if (has(a_lower, but) || has(b_lower, but)) return false;
    }
    const int va = value_on(kFields, a_lower), vb = value_on(kFields, b_lower);
    return va >= 0 && vb >= 0 && va != vb;
}

bool negation_pair(std::string_view a, std::string_view b) {
    const auto wa = described(a);
    auto wb = described(b);
    auto negation = [](const std::string& w) { return w == "chưa" || w == "không"; };
    if (std::any_of(wa.begin(), wa.end(), negation) || std::count_if(wb.begin(), wb.end(), negation) != 1) return false;
    const auto no = std::find_if(wb.begin(), wb.end(), negation);
    if (no + 1 == wb.end()) return false;  // the negation must negate a word
    wb.erase(no);
    // `b`'s words, in order, among `a`'s: the condition, perhaps cut short ("chưa đạt").
    std::size_t i = 0;
    for (const auto& w : wa) {
        if (i < wb.size() && w == wb[i]) ++i;
    }
    return i == wb.size() && !wb.empty();
}

bool exhaustive_pair(std::string_view a, std::string_view b) {
    const std::string a_lower = lower(a), b_lower = lower(b);
    return one_of_pairs(kExhaustive, a, b, a_lower, b_lower) || one_of_pairs(kExhaustive, b, a, b_lower, a_lower);
}

}  // namespace soat::analysis
