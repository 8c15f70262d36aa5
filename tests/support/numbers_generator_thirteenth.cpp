// A thirteenth held-out set (issue 15), written before reading the readers, from shapes of
// provincial socio-economic reports and statistics releases, in our own words: a rate whose whole
// is the object of a verb (`kiểm tra T cơ sở, phát hiện A cơ sở vi phạm, chiếm X%`), `gấp N lần`
// with both figures in parentheses, a `Trong đó` sentence after an `N/M` base, a plan in
// parentheses after the words that name it, a prior in the sentence before, `chia theo …:`,
// `đó là:`, `(1) … (4)` items, dash bullets, `tổng cộng` after the parts, a base in `nghìn tỷ`
// against a part in `tỷ`, `tương ứng` after an absolute change, `(-X%)`, contributions with the
// sectors' own growth rates beside them, `tỷ lệ này`, one figure stated twice. The correct twins
// hold traps: subsets that overlap, a share of another whole, a half-year figure beside the
// year's, `khoảng`, shares that round to 99,9 or 100,1, a rate above 100 that is an attainment or
// an index, numbers inside names (`đường tỉnh 723`), an anniversary beside a span. Measured before
// any reader was changed for it (docs/numbers.md, "set 13").
#include "support/numbers_generator.hpp"

namespace soat::test::generated {

namespace {

// Three parts and their total (T), three amounts and theirs (Rt), two counts and their total
// given `khoảng` (Tk, within 1 % of the sum: the correct twin is a trap for an exact reading).
Vars sum_figures(Gen& g, bool wrong) {
    const double a = g.rounded(g.uniform(40, 9000), 0), b = g.rounded(g.uniform(40, 9000), 0), c = g.rounded(g.uniform(20, 900), 0);
    const double ra = g.rounded(g.uniform(300, 9000), 1), rb = g.rounded(g.uniform(300, 9000), 1), rc = g.rounded(g.uniform(100, 4000), 1);
    const double ka = g.rounded(g.uniform(40000, 900000), 0), kb = g.rounded(g.uniform(5000, 90000), 0);
    const double near = g.uniform(0.99, 1.01);
    double t = a + b + c, rt = g.rounded(ra + rb + rc, 1), tk = g.rounded((ka + kb) * near / 100, 0) * 100;
    if (wrong) {
        t = g.rounded(g.off(t, 15), 0);
        rt = g.rounded(g.off(rt, 20), 1);
        tk = g.rounded(g.off(ka + kb, 1000) / 100, 0) * 100;
    }
    return Vars{{"a", vn_number(a, 0)},   {"b", vn_number(b, 0)},   {"c", vn_number(c, 0)},   {"T", vn_number(t, 0)},
                {"ra", vn_number(ra, 1)}, {"rb", vn_number(rb, 1)}, {"rc", vn_number(rc, 1)}, {"Rt", vn_number(rt, 1)},
                {"ka", vn_number(ka, 0)}, {"kb", vn_number(kb, 0)}, {"Tk", vn_number(tk, 0)}};
}

// A part above its whole when wrong; a second subset (a2) that may overlap the first.
Vars overlapping_subset_figures(Gen& g, bool wrong) {
    Vars v = subset_figures(g, wrong);
    const double t = std::stod([&] {
        std::string s = v["T"];
        s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
        return s;
    }());
    v["a2"] = vn_number(g.rounded(t * g.uniform(0.5, 0.9), 0), 0);
    return v;
}

// M split as N + r and as a + b + c; a wrong twin moves r either way and c upwards (a
// classification above its whole is wrong whether or not it is complete).
Vars classification_figures(Gen& g, bool wrong) {
    const int m = g.integer(14, 60), r = g.integer(1, 6), n = m - r, a = g.integer(3, m / 2), b = g.integer(2, m - a - 2);
    const int c = m - a - b;
    int rr = r, cc = c;
    if (wrong) {
        rr = r + (g.coin() ? g.integer(1, 3) : -g.integer(1, std::max(1, r - 1)));
        if (rr <= 0 || rr == r) rr = r + 2;
        cc = c + g.integer(1, 3);
    }
    return Vars{{"M", std::to_string(m)}, {"N", std::to_string(n)}, {"r", std::to_string(rr)},
                {"a", std::to_string(a)}, {"b", std::to_string(b)}, {"c", std::to_string(cc)}};
}

// A of T as X (one decimal) and as Xi (a whole percentage, the rounding edge); a wrong Xi is
// off by 3–8 points.
Vars ratio_figures(Gen& g, bool wrong) {
    Vars v = part_share_figures(g, wrong);
    const double t = g.rounded(g.uniform(20, 400), 0);
    const double a = g.rounded(t * g.uniform(0.3, 0.95), 0);
    double xi = g.rounded(a / t * 100, 0);
    if (wrong) xi = xi > 60 ? xi - g.integer(3, 8) : xi + g.integer(3, 8);
    v["Ti"] = vn_number(t, 0);
    v["Ai"] = vn_number(a, 0);
    v["Xi"] = vn_number(xi, 0);
    return v;
}

// A of T (X), An of N in `N/Tn` (Xn, off against N and Tn when wrong), Ak tỷ of Tk nghìn tỷ (Xk),
// and an unrelated share of another whole (Z) and a fine (F): traps.
Vars part_share_13(Gen& g, bool wrong) {
    const double t = g.rounded(g.uniform(400, 60000), 0);
    const double a = g.rounded(t * g.uniform(0.08, 0.9), 0);
    double x = g.rounded(a / t * 100, 1);
    const double tn = g.rounded(g.uniform(60, 2000), 0);
    const double n = g.rounded(tn * g.uniform(0.6, 0.9), 0);
    const double an = g.rounded(n * g.uniform(0.3, 0.9), 0);
    double xn = g.rounded(an / n * 100, 1);
    const double tk = g.rounded(g.uniform(5, 60), 1);
    const double ak = g.rounded(tk * 1000 * g.uniform(0.1, 0.6), 0);
    double xk = g.rounded(ak / (tk * 1000) * 100, 1);
    const double z = g.rounded(g.uniform(5, 60), 1), f = g.rounded(g.uniform(50, 900), 0);
    if (wrong) {
        x = g.rounded(g.off(x, 2.5), 1);
        xk = g.rounded(g.off(xk, 2.5), 1);
        const double of_tn = an / tn * 100;
        xn = g.rounded(g.off(xn, 2.5), 1);
        if (std::fabs(xn - of_tn) < 2) xn = g.rounded(of_tn - 2.5, 1);
    }
    return Vars{{"T", vn_number(t, 0)},   {"A", vn_number(a, 0)},   {"X", vn_number(x, 1)},   {"Tn", vn_number(tn, 0)},
                {"N", vn_number(n, 0)},   {"An", vn_number(an, 0)}, {"Xn", vn_number(xn, 1)}, {"Tk", vn_number(tk, 1)},
                {"Ak", vn_number(ak, 0)}, {"Xk", vn_number(xk, 1)}, {"Z", vn_number(z, 1)},   {"F", vn_number(f, 0)}};
}

// Shares of one whole: four (a, b, c, d) and three (a, b, c3); a correct twin may round to 99,9
// or 100,1 (the rounding edge), a wrong one is off by 0,8–3 points.
Vars shares_13(Gen& g, bool wrong) {
    const double a = g.rounded(g.uniform(8, 35), 1), b = g.rounded(g.uniform(20, 40), 1), d = g.rounded(g.uniform(3, 9), 1);
    const double edge = 0.1 * g.integer(-1, 1);
    const double c3 = g.rounded(100 - a - b + edge, 1), c = g.rounded(100 - a - b - d + edge, 1);
    const double ws = wrong ? (g.coin() ? 1 : -1) * g.uniform(0.8, 3) : 0;
    return Vars{{"a", vn_number(a, 1)}, {"b", vn_number(b, 1)}, {"d", vn_number(d, 1)}, {"c3", vn_number(c3 + ws, 1)},
                {"c", vn_number(c + ws, 1)}};
}

// Attainment (P, A, X; Po, Ao, Yo exceeded) and, given `khoảng`, Ak of Pk nghìn tỷ as a whole
// percentage within 1 % of the exact one (Xa: a trap when correct, off by at least 5 points when
// wrong).
Vars attainment_13(Gen& g, bool wrong) {
    Vars v = attainment_exceed_figures(g, wrong);
    const double pk = g.rounded(g.uniform(4, 40), 1);
    const double ak = g.rounded(pk * g.uniform(0.45, 0.95), 1);
    const double exact = ak / pk * 100;
    const double near = g.uniform(0.99, 1.01);
    double xa = g.rounded(exact * near, 0);
    if (wrong) xa = g.rounded(g.off(exact, 5), 0);
    v["Pk"] = vn_number(pk, 1);
    v["Ak"] = vn_number(ak, 1);
    v["Xa"] = vn_number(xa, 0);
    return v;
}

// A change (C against B, D and X) with its sign for `(-X%)`.
Vars signed_change(Gen& g, bool wrong) {
    Vars v = change_figures(g, wrong);
    v["S"] = v["V"] == "tăng" ? "+" : "-";
    return v;
}

// Two parts' growth rates and the total's, between them; a wrong total is clearly outside.
Vars total_growth_13(Gen& g, bool wrong) {
    const double g1 = g.rounded(g.uniform(1, 20), 1), g2 = g.rounded(g.uniform(1, 20), 1);
    const double lo = std::min(g1, g2), hi = std::max(g1, g2);
    double grow = g.rounded(lo + (hi - lo) * g.uniform(0.3, 0.7), 1);
    if (hi - lo < 0.4) grow = g.rounded((lo + hi) / 2, 1);
    if (wrong) grow = (g.coin() && lo > 3) ? g.rounded(lo - g.uniform(1.5, std::min(4.0, lo - 1)), 1) : g.rounded(hi + g.uniform(1.5, 4), 1);
    return Vars{{"G", vn_number(grow, 1)}, {"g1", vn_number(g1, 1)}, {"g2", vn_number(g2, 1)}};
}

// One rate, count and amount stated twice (R2, N2, A2 differ when wrong), and a half-year rate
// and a district's count beside them (traps).
Vars same_figure_13(Gen& g, bool wrong) {
    const double a = g.rounded(g.uniform(2000, 60000), 0);
    const double r = g.rounded(g.uniform(80, 95), 2);
    const double rh = g.rounded(r - g.uniform(1.5, 5), 2);
    const double n = g.rounded(g.uniform(40, 180), 0);
    const double nh = g.rounded(g.uniform(5, 15), 0);
    double a2 = a, r2 = r, n2 = n;
    if (wrong) {
        a2 = g.rounded(g.off(a, 50), 0);
        r2 = g.rounded(r + (g.coin() ? 1 : -1) * g.uniform(1, 3.5), 2);
        if (r2 >= 100) r2 = g.rounded(r - 2, 2);
        n2 = g.rounded(g.off(n, 5), 0);
    }
    return Vars{{"A", vn_number(a, 0)}, {"A2", vn_number(a2, 0)}, {"R", vn_number(r, 2)},   {"R2", vn_number(r2, 2)},
                {"Rh", vn_number(rh, 2)}, {"N", vn_number(n, 0)}, {"N2", vn_number(n2, 0)}, {"Nh", vn_number(nh, 0)}};
}

// Averages: T for N at M each, Y tấn on H ha at K tấn/ha, Tp people over Np sessions at Mp each.
Vars average_13(Gen& g, bool wrong) {
    const int n = g.integer(12, 400);
    const double m = g.rounded(g.uniform(8, 95), 1);
    const double t = g.rounded(n * m, 0);
    double stated = g.rounded(t / n, 1);
    const double h = g.rounded(g.uniform(800, 30000), 0);
    const double y = g.rounded(h * g.uniform(4.2, 7.2), 0);
    double k = g.rounded(y / h, 2);
    const int np = g.integer(8, 60);
    const double tp = g.rounded(np * g.uniform(60, 400), 0);
    double mp = g.rounded(tp / np, 0);
    if (wrong) {
        stated = g.rounded(g.off(stated, 2), 1);
        k = g.rounded(g.off(k, 0.3), 2);
        mp = g.rounded(g.off(mp, 8), 0);
    }
    return Vars{{"N", std::to_string(n)},   {"T", vn_number(t, 0)},  {"M", vn_number(stated, 1)}, {"H", vn_number(h, 0)},
                {"Y", vn_number(y, 0)},     {"K", vn_number(k, 2)},  {"Np", std::to_string(np)},  {"Tp", vn_number(tp, 0)},
                {"Mp", vn_number(mp, 0)}};
}

}  // namespace

std::vector<Family> thirteenth_families() {
    std::vector<Family> out;
    out.push_back({"sum", {"sum-mismatch"},
        {"Năm 2024, tổng số lao động được tạo việc làm mới là {T} người, chia theo khu vực kinh tế: công nghiệp - xây dựng {a} người, dịch vụ {b} người, nông, lâm nghiệp và thủy sản {c} người.",
         "Lực lượng quản lý thị trường đã kiểm tra, xử lý {a} vụ kinh doanh hàng cấm, {b} vụ gian lận thương mại và {c} vụ hàng giả, hàng kém chất lượng; tổng cộng {T} vụ vi phạm.",
         "Tổng vốn đầu tư phát triển toàn xã hội năm 2024 ước đạt {Rt} tỷ đồng (vốn khu vực nhà nước {ra} tỷ đồng; vốn khu vực ngoài nhà nước {rb} tỷ đồng; vốn đầu tư trực tiếp nước ngoài {rc} tỷ đồng).",
         "Lượng khách đến tham quan các điểm du lịch trong năm khoảng {Tk} lượt, gồm {ka} lượt khách trong nước và {kb} lượt khách quốc tế."},
        sum_figures});
    out.push_back({"subset", {"sum-mismatch"},
        {"Qua kiểm tra {T} cơ sở kinh doanh xăng dầu trên địa bàn, đã phát hiện {a} cơ sở vi phạm.",
         "Toàn tỉnh hiện có {T} hộ nghèo, trong đó {a} hộ là đồng bào dân tộc thiểu số và {a2} hộ có thành viên là người cao tuổi.",
         "Năm 2024, Tòa án nhân dân hai cấp đã thụ lý {T} vụ án hình sự. Trong số các vụ án đã thụ lý, có {a} vụ án về ma túy.",
         "Đã cấp {T} giấy chứng nhận quyền sử dụng đất lần đầu, riêng cho hộ gia đình, cá nhân là {a} giấy chứng nhận."},
        overlapping_subset_figures});
    out.push_back({"count", {"count-mismatch"},
        {"Năm 2024, tỉnh có thêm {N} huyện được công nhận đạt chuẩn nông thôn mới, đó là: Cam Lâm, Diên Khánh, Ninh Hòa và Vạn Ninh.",
         "Có {N} dự án chậm tiến độ giải ngân, gồm: || - Dự án nâng cấp đường tỉnh 723; || - Dự án kè chống sạt lở sông Cái; || - Dự án Bệnh viện Nhi tỉnh; || - Dự án hồ chứa nước Sông Chò 2.",
         "Tỉnh tập trung thực hiện {N} nhóm giải pháp trọng tâm: (1) cải thiện môi trường đầu tư; (2) phát triển nguồn nhân lực; (3) đẩy mạnh chuyển đổi số; (4) hoàn thiện hạ tầng giao thông."},
        four_items});
    out.push_back({"fraction", {"count-mismatch", "sum-mismatch", "invalid-fraction"},
        {"Kết quả thực hiện {M} chỉ tiêu chủ yếu năm 2024: có {N} chỉ tiêu đạt và vượt kế hoạch, {r} chỉ tiêu không đạt kế hoạch.",
         "Đến nay có {N}/{M} xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật; {r} xã còn lại phấn đấu đạt chuẩn trong năm 2025.",
         "Trong tổng số {M} đơn vị sự nghiệp công lập trực thuộc, có {a} đơn vị tự bảo đảm chi thường xuyên, {b} đơn vị tự bảo đảm một phần chi thường xuyên và {c} đơn vị do ngân sách nhà nước bảo đảm chi thường xuyên."},
        classification_figures});
    out.push_back({"ratio", {"percent-mismatch", "invalid-fraction"},
        {"Tỷ lệ hồ sơ được giải quyết đúng hạn năm 2024 đạt {X}% ({A}/{T} hồ sơ).",
         "Toàn tỉnh có {Ai}/{Ti} trạm y tế xã có bác sĩ làm việc, đạt tỷ lệ {Xi}%.",
         "Số xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa là {A} xã trên tổng số {T} xã, chiếm {X}%."},
        ratio_figures});
    out.push_back({"part-share", {"percent-mismatch"},
        {"Đoàn kiểm tra liên ngành đã kiểm tra {T} cơ sở sản xuất, kinh doanh thực phẩm, phát hiện {A} cơ sở vi phạm, chiếm {X}%; xử phạt vi phạm hành chính {F} triệu đồng.",
         "Có {N}/{Tn} hợp tác xã hoạt động có hiệu quả. Trong đó, {An} hợp tác xã có doanh thu trên 1 tỷ đồng, chiếm {Xn}%.",
         "Tổng dư nợ cho vay trên địa bàn ước đạt {Tk} nghìn tỷ đồng; trong đó dư nợ cho vay nông nghiệp, nông thôn đạt {Ak} tỷ đồng, chiếm {Xk}% tổng dư nợ.",
         "Khách quốc tế lưu trú đạt {A} lượt, chiếm {X}% tổng lượt khách lưu trú ({T} lượt); doanh thu từ khách quốc tế chiếm {Z}% tổng doanh thu du lịch."},
        part_share_13});
    out.push_back({"shares", {"share-sum"},
        {"Cơ cấu kinh tế năm 2024: tỷ trọng khu vực nông, lâm nghiệp và thủy sản chiếm {a}%, khu vực công nghiệp - xây dựng chiếm {b}%, khu vực dịch vụ chiếm {c}%, thuế sản phẩm trừ trợ cấp sản phẩm chiếm {d}%.",
         "Cơ cấu lao động đang làm việc phân theo ngành kinh tế: || - Nông, lâm nghiệp và thủy sản: {a}%; || - Công nghiệp và xây dựng: {b}%; || - Dịch vụ: {c3}%.",
         "Trong tổng vốn đầu tư thực hiện năm 2024, vốn khu vực nhà nước chiếm {a}%, vốn khu vực ngoài nhà nước chiếm {b}% và vốn khu vực có vốn đầu tư trực tiếp nước ngoài chiếm {c3}%."},
        shares_13});
    out.push_back({"attainment", {"percent-mismatch"},
        {"Giải ngân vốn đầu tư công đến ngày 31/01/2025 đạt {A} tỷ đồng, bằng {X}% kế hoạch vốn Thủ tướng Chính phủ giao ({P} tỷ đồng).",
         "Năm 2024, chỉ tiêu tuyển sinh đào tạo nghề được giao là {P} người; kết quả tuyển sinh được {A} người, đạt {X}% kế hoạch.",
         "Thu nội địa năm 2024 ước đạt {Ao} tỷ đồng, vượt {Yo}% dự toán Hội đồng nhân dân tỉnh giao ({Po} tỷ đồng).",
         "Tổng thu ngân sách nhà nước trên địa bàn ước đạt {Ak} nghìn tỷ đồng, bằng khoảng {Xa}% dự toán năm ({Pk} nghìn tỷ đồng)."},
        attainment_13});
    out.push_back({"growth", {"percent-mismatch", "sum-mismatch"},
        {"Kim ngạch xuất khẩu năm 2024 gấp {N} lần năm 2020 ({C2} triệu USD so với {B} triệu USD).",
         "Số khách du lịch quốc tế đến tỉnh năm 2024 ước đạt {C} lượt, {V} {X}% so với năm trước ({B} lượt).",
         "Năm 2023, toàn tỉnh có {B} doanh nghiệp thành lập mới. Năm 2024, số doanh nghiệp thành lập mới là {C} doanh nghiệp, {V} {X}% so với năm 2023.",
         "Số vụ vi phạm pháp luật về môi trường bị phát hiện là {C} vụ, {V} {D} vụ so với năm 2023 ({B} vụ)."},
        growth_figures});
    out.push_back({"change", {"percent-mismatch"},
        {"Tai nạn giao thông xảy ra {C} vụ, {V} {D} vụ so với năm 2023, tương ứng {V} {X}%.",
         "Số hộ nghèo cuối năm còn {C} hộ, {V} {D} hộ ({S}{X}%) so với đầu năm.",
         "Tổng số thuê bao internet băng rộng cố định đạt {C} thuê bao; so với cùng kỳ năm trước {V} {D} thuê bao, tức {V} {X}%."},
        signed_change});
    out.push_back({"contribution", {"sum-mismatch"},
        {"GRDP năm 2024 tăng {G}% so với năm 2023. Trong mức tăng chung, khu vực công nghiệp - xây dựng đóng góp {b} điểm phần trăm; khu vực dịch vụ đóng góp {c} điểm phần trăm; khu vực nông, lâm nghiệp và thủy sản đóng góp {a} điểm phần trăm.",
         "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt {G}%; về đóng góp vào mức tăng trưởng chung: dịch vụ {c} điểm %, công nghiệp - xây dựng {b} điểm %, nông, lâm nghiệp và thủy sản {a} điểm %.",
         "Khu vực nông, lâm nghiệp và thủy sản tăng 3,1%, đóng góp {a} điểm phần trăm; khu vực công nghiệp - xây dựng tăng 9,8%, đóng góp {b} điểm phần trăm; khu vực dịch vụ tăng 6,7%, đóng góp {c} điểm phần trăm vào mức tăng {G}% của GRDP toàn tỉnh."},
        contribution_figures});
    out.push_back({"points", {"percent-mismatch"},
        {"Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều cuối năm 2024 còn {R2}%, giảm {D} điểm phần trăm so với cuối năm 2023 ({R1}%).",
         "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm từ {R1}% năm 2023 xuống {R2}% năm 2024 (giảm {D} điểm %).",
         "Năm 2023, tỷ lệ lao động nông nghiệp trong tổng số lao động là {R1}%. Đến cuối năm 2024, tỷ lệ này còn {R2}%, giảm {D} điểm phần trăm."},
        points_figures});
    out.push_back({"year-span", {"count-mismatch"},
        {"Sau 10 năm thực hiện Nghị quyết (2014 - 2024), Kế hoạch đầu tư công trung hạn {N} năm giai đoạn {Y1} - {Y2} của tỉnh được xây dựng theo hướng tập trung.",
         "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn {Y1} - {Y2} ({N} năm) được triển khai đồng bộ.",
         "Đề án được triển khai trong {N} năm, từ năm {Y1} đến năm {Y2}."},
        year_span_figures});
    out.push_back({"same-figure", {"inconsistent-figure"},
        {"Tỷ lệ bao phủ bảo hiểm y tế năm 2024 của tỉnh đạt {R}%. || Công tác phát triển người tham gia bảo hiểm được chú trọng. || Trong 6 tháng đầu năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt {Rh}%. || Đến hết năm 2024, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt {R2}%.",
         "Đến hết năm 2024, toàn tỉnh có {N} xã đạt chuẩn nông thôn mới. || Phong trào xây dựng nông thôn mới tiếp tục được đẩy mạnh; riêng huyện Ea Kar có {Nh} xã đạt chuẩn nông thôn mới. || Số xã đạt chuẩn nông thôn mới của tỉnh đến hết năm 2024 là {N2} xã.",
         "Tổng vốn đầu tư phát triển toàn xã hội năm 2024 đạt {A} tỷ đồng. || Các dự án trọng điểm được tập trung chỉ đạo. || Năm 2024, tổng vốn đầu tư phát triển toàn xã hội trên địa bàn tỉnh đạt {A2} tỷ đồng, tăng 8,2% so với năm 2023."},
        same_figure_13});
    out.push_back({"rate-bound", {"percent-mismatch"},
        {"Tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt {X}%.",
         "Có {X}% số hộ gia đình được công nhận danh hiệu gia đình văn hóa; thu ngân sách đạt 112,4% dự toán.",
         "Tỷ lệ học sinh tốt nghiệp trung học phổ thông năm 2024 là {X}%; số thí sinh dự thi bằng 104,5% năm trước."},
        rate_above_whole});
    out.push_back({"total-growth", {"percent-mismatch", "sum-mismatch", "inconsistent-figure"},
        {"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2024 tăng {G}%, trong đó doanh thu bán lẻ hàng hóa tăng {g1}%, doanh thu dịch vụ lưu trú, ăn uống, du lịch lữ hành và dịch vụ khác tăng {g2}%.",
         "Kim ngạch xuất, nhập khẩu hàng hóa năm 2024 tăng {G}% (xuất khẩu tăng {g1}%, nhập khẩu tăng {g2}%).",
         "Dư nợ ngắn hạn tăng {g1}% và dư nợ trung, dài hạn tăng {g2}% so với cuối năm 2023, đưa tổng dư nợ tín dụng trên địa bàn tăng {G}%."},
        total_growth_13});
    out.push_back({"average", {"percent-mismatch", "sum-mismatch"},
        {"Tổng kinh phí hỗ trợ làm nhà ở là {T} triệu đồng cho {N} hộ, mức hỗ trợ bình quân {M} triệu đồng/hộ.",
         "Diện tích gieo trồng lúa cả năm đạt {H} ha, sản lượng {Y} tấn; năng suất bình quân {K} tấn/ha.",
         "Trong năm tổ chức {Np} phiên giao dịch việc làm với {Tp} lượt người tham gia, trung bình mỗi phiên có {Mp} lượt người."},
        average_13});
    return out;
}

}  // namespace soat::test::generated
