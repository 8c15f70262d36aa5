// A fourteenth held-out set (issue 15), written before reading the readers, from shapes of
// provincial reports, statistics-office releases and resolutions, in our own words: figures in a
// `Trong đó:` list under a heading sentence, `chiếm tỷ trọng X%` before or around the part's
// figure, a plan stated in a `Chỉ tiêu … là` sentence before the result, a rate of another period
// in parentheses (`tăng X% (cùng kỳ năm trước tăng Y%)`), `so với năm trước tăng`, `M … thì có
// N …`, `đạt tỷ lệ X%`, `bình quân mỗi … đạt`, `gấp đôi`/`gấp rưỡi`, points written `điểm %`,
// `thứ nhất … thứ tư`, `(i) … (iv)`, `lần lượt là:`, `Nếu … thì`, `làm tăng … điểm phần trăm`,
// `phân bổ như sau:`, `tính chung cả … khu vực`, averages over `nghìn ha` in `tạ/ha`. The correct
// twins hold traps: a rate of the prior period beside the current one, subsets that may overlap,
// a share of another whole, a target for a later year, a half-year rate and a district's count
// beside the year's, rates above 100 that are an index or an attainment, `trên X%`. Measured
// before any reader was changed for it (docs/numbers.md, "set 14").
#include "support/numbers_generator.hpp"

namespace soat::test::generated {

namespace {

// Three counts and their total (T), three amounts and theirs (Rt, one decimal).
Vars sum_14(Gen& g, bool wrong) {
    const double a = g.rounded(g.uniform(40, 9000), 0), b = g.rounded(g.uniform(40, 9000), 0), c = g.rounded(g.uniform(20, 900), 0);
    const double ra = g.rounded(g.uniform(300, 9000), 1), rb = g.rounded(g.uniform(300, 9000), 1), rc = g.rounded(g.uniform(100, 4000), 1);
    double t = a + b + c, rt = g.rounded(ra + rb + rc, 1);
    if (wrong) {
        t = g.rounded(g.off(t, 15), 0);
        rt = g.rounded(g.off(rt, 20), 1);
    }
    return Vars{{"a", vn_number(a, 0)},   {"b", vn_number(b, 0)},   {"c", vn_number(c, 0)},   {"T", vn_number(t, 0)},
                {"ra", vn_number(ra, 1)}, {"rb", vn_number(rb, 1)}, {"rc", vn_number(rc, 1)}, {"Rt", vn_number(rt, 1)}};
}

// A part above its whole when wrong; a second part (a2) that may overlap the first.
Vars subset_14(Gen& g, bool wrong) {
    const double t = g.rounded(g.uniform(200, 30000), 0);
    const double a = g.rounded(t * (wrong ? g.uniform(1.05, 1.4) : g.uniform(0.2, 0.9)), 0);
    const double a2 = g.rounded(t * g.uniform(0.5, 0.9), 0);
    return Vars{{"T", vn_number(t, 0)}, {"a", vn_number(a, 0)}, {"a2", vn_number(a2, 0)}};
}

// N of M with the rest r (N + r = M), and M classified three ways (a + b + c = M); a wrong twin
// moves r either way and c upwards (a classification above its whole is wrong whether or not it
// names every class).
Vars fraction_14(Gen& g, bool wrong) {
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

// A of T as X (one decimal) and Ai of Ti as Xi (a whole percentage); a wrong Xi is off by 3–8
// points.
Vars ratio_14(Gen& g, bool wrong) {
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

// A of T (X), Am triệu of Tb tỷ (Xm), and a share of the same whole without its figure (Z).
Vars part_share_14(Gen& g, bool wrong) {
    Vars v = part_share_in_millions(g, wrong);
    v["Z"] = vn_number(g.rounded(g.uniform(0.5, 4), 2), 2);
    return v;
}

// Shares of one whole: four (a, b, c, d) and three (a, b, c3); a correct twin may round to 99,9
// or 100,1, a wrong one is off by 0,8–3 points.
Vars shares_14(Gen& g, bool wrong) {
    const double a = g.rounded(g.uniform(8, 35), 1), b = g.rounded(g.uniform(20, 40), 1), d = g.rounded(g.uniform(3, 9), 1);
    const double edge = 0.1 * g.integer(-1, 1);
    const double c3 = g.rounded(100 - a - b + edge, 1), c = g.rounded(100 - a - b - d + edge, 1);
    const double ws = wrong ? (g.coin() ? 1 : -1) * g.uniform(0.8, 3) : 0;
    return Vars{{"a", vn_number(a, 1)}, {"b", vn_number(b, 1)}, {"d", vn_number(d, 1)}, {"c3", vn_number(c3 + ws, 1)},
                {"c", vn_number(c + ws, 1)}};
}

// Growth (growth_figures) and a multiple said in words: Cm is B twice (`gấp đôi`) or one and a
// half times (`gấp rưỡi`); a wrong Cm is 15–30 % off.
Vars growth_14(Gen& g, bool wrong) {
    Vars v = growth_figures(g, wrong);
    const double b = g.rounded(g.uniform(200, 20000), 0);
    const bool twice = g.coin();
    const double k = twice ? 2.0 : 1.5;
    double cm = g.rounded(b * k, 0);
    if (wrong) cm = g.rounded(b * k * (g.coin() ? 1 + g.uniform(0.15, 0.3) : 1 - g.uniform(0.15, 0.3)), 0);
    v["Bm"] = vn_number(b, 0);
    v["Cm"] = vn_number(cm, 0);
    v["K"] = twice ? "gấp đôi" : "gấp rưỡi";
    return v;
}

// Two parts' growth rates and the total's, between them; a wrong total is clearly outside.
Vars total_growth_14(Gen& g, bool wrong) {
    const double g1 = g.rounded(g.uniform(1, 20), 1), g2 = g.rounded(g.uniform(1, 20), 1);
    const double lo = std::min(g1, g2), hi = std::max(g1, g2);
    double grow = g.rounded(lo + (hi - lo) * g.uniform(0.3, 0.7), 1);
    if (hi - lo < 0.4) grow = g.rounded((lo + hi) / 2, 1);
    if (wrong) grow = (g.coin() && lo > 3) ? g.rounded(lo - g.uniform(1.5, std::min(4.0, lo - 1)), 1) : g.rounded(hi + g.uniform(1.5, 4), 1);
    return Vars{{"G", vn_number(grow, 1)}, {"g1", vn_number(g1, 1)}, {"g2", vn_number(g2, 1)}};
}

// One rate, count and amount stated twice (R2, N2, A2 differ when wrong), and a half-year rate
// and a district's count beside them (traps).
Vars same_figure_14(Gen& g, bool wrong) {
    const double a = g.rounded(g.uniform(200, 6000), 1);
    const double r = g.rounded(g.uniform(80, 97), 1);
    const double rh = g.rounded(r - g.uniform(1.5, 5), 1);
    const double n = g.rounded(g.uniform(300, 2400), 0);
    const double nh = g.rounded(g.uniform(20, 150), 0);
    double a2 = a, r2 = r, n2 = n;
    if (wrong) {
        a2 = g.rounded(g.off(a, 10), 1);
        r2 = g.rounded(r + (g.coin() ? 1 : -1) * g.uniform(1, 2.5), 1);
        if (r2 >= 100) r2 = g.rounded(r - 2, 1);
        n2 = g.rounded(g.off(n, 20), 0);
    }
    return Vars{{"A", vn_number(a, 1)}, {"A2", vn_number(a2, 1)}, {"R", vn_number(r, 1)},   {"R2", vn_number(r2, 1)},
                {"Rh", vn_number(rh, 1)}, {"N", vn_number(n, 0)}, {"N2", vn_number(n2, 0)}, {"Nh", vn_number(nh, 0)}};
}

// Averages: T triệu for N at M each; Tt criteria over Nx communes at Mt each; Yk nghìn tấn on Hk
// nghìn ha at Kq tạ/ha.
Vars average_14(Gen& g, bool wrong) {
    const int n = g.integer(12, 400);
    const double t = g.rounded(n * g.uniform(80, 950), 0);
    double m = g.rounded(t / n, 1);
    const int nx = g.integer(20, 150);
    const double tt = g.rounded(nx * g.uniform(11, 19), 0);
    double mt = g.rounded(tt / nx, 1);
    const double hk = g.rounded(g.uniform(5, 80), 1);
    const double yk = g.rounded(hk * g.uniform(4.5, 6.5), 1);
    double kq = g.rounded(yk / hk * 10, 1);
    if (wrong) {
        m = g.rounded(g.off(m, 8), 1);
        mt = g.rounded(g.off(mt, 1.2), 1);
        kq = g.rounded(g.off(kq, 3), 1);
    }
    return Vars{{"N", std::to_string(n)}, {"T", vn_number(t, 0)},   {"M", vn_number(m, 1)},   {"Nx", std::to_string(nx)},
                {"Tt", vn_number(tt, 0)}, {"Mt", vn_number(mt, 1)}, {"Hk", vn_number(hk, 1)}, {"Yk", vn_number(yk, 1)},
                {"Kq", vn_number(kq, 1)}};
}

}  // namespace

std::vector<Family> fourteenth_families() {
    std::vector<Family> out;
    out.push_back({"sum", {"sum-mismatch"},
        {"Năm 2024, toàn tỉnh giải quyết việc làm cho {T} lao động. || Trong đó: || + Lao động làm việc trong tỉnh: {a} người; || + Lao động làm việc ngoài tỉnh: {b} người; || + Lao động đi làm việc ở nước ngoài theo hợp đồng: {c} người.",
         "Vốn đầu tư thực hiện của khu vực kinh tế nhà nước đạt {ra} tỷ đồng, khu vực ngoài nhà nước đạt {rb} tỷ đồng, khu vực có vốn đầu tư trực tiếp nước ngoài đạt {rc} tỷ đồng; tính chung cả ba khu vực, vốn đầu tư thực hiện trên địa bàn đạt {Rt} tỷ đồng.",
         "Giao tổng số {T} chỉ tiêu biên chế sự nghiệp năm 2025, phân bổ như sau: || a) Sự nghiệp giáo dục và đào tạo: {a} chỉ tiêu; || b) Sự nghiệp y tế: {b} chỉ tiêu; || c) Sự nghiệp khác: {c} chỉ tiêu."},
        sum_14});
    out.push_back({"subset", {"sum-mismatch"},
        {"Kỳ thi tốt nghiệp trung học phổ thông năm 2024 có {T} thí sinh của tỉnh dự thi; {a} em đỗ tốt nghiệp, {a2} em có đủ điểm xét tuyển vào đại học.",
         "Lực lượng cảnh sát giao thông đã lập biên bản {T} trường hợp vi phạm nồng độ cồn, tạm giữ phương tiện đối với {a} trường hợp trong số đó.",
         "Trên địa bàn tỉnh hiện có {T} dự án đầu tư ngoài ngân sách còn hiệu lực; đến nay đã có {a} dự án hoàn thành, đi vào hoạt động."},
        subset_14});
    out.push_back({"count", {"count-mismatch"},
        {"Tỉnh xác định {N} khâu đột phá trong giai đoạn tới: thứ nhất, hoàn thiện thể chế, chính sách; thứ hai, phát triển kết cấu hạ tầng; thứ ba, nâng cao chất lượng nguồn nhân lực; thứ tư, đẩy mạnh cải cách hành chính.",
         "Tại kỳ họp, Hội đồng nhân dân tỉnh đã chất vấn {N} nhóm vấn đề: (i) quản lý, sử dụng đất đai; (ii) chất lượng giáo dục vùng khó khăn; (iii) cung ứng thuốc, vật tư y tế; (iv) tiến độ các công trình giao thông.",
         "{N} địa phương dẫn đầu về thu ngân sách trên địa bàn lần lượt là: thành phố Thanh Hóa, thị xã Nghi Sơn, thành phố Sầm Sơn và huyện Đông Sơn."},
        four_items});
    out.push_back({"fraction", {"count-mismatch", "sum-mismatch", "invalid-fraction"},
        {"Toàn tỉnh {M} xã thì có {N} xã đã được công nhận đạt chuẩn nông thôn mới, {r} xã chưa đạt chuẩn.",
         "Kết quả đánh giá, xếp loại chất lượng {M} tổ chức cơ sở đảng năm 2024: hoàn thành xuất sắc nhiệm vụ {a} tổ chức; hoàn thành tốt nhiệm vụ {b} tổ chức; hoàn thành nhiệm vụ {c} tổ chức.",
         "Có {N}/{M} chỉ tiêu kinh tế - xã hội chủ yếu đạt và vượt kế hoạch. Còn {r} chỉ tiêu chưa đạt do ảnh hưởng của thiên tai."},
        fraction_14});
    out.push_back({"ratio", {"percent-mismatch", "invalid-fraction"},
        {"Đến nay đã có {Ai} trên {Ti} trường học các cấp đạt chuẩn quốc gia, đạt tỷ lệ {Xi}%.",
         "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến là {X}%, với {A} hồ sơ trực tuyến trong số {T} hồ sơ đã tiếp nhận.",
         "{X}% số hộ gia đình trên địa bàn đã được cấp nước sạch tập trung, tương đương {A}/{T} hộ."},
        ratio_14});
    out.push_back({"part-share", {"percent-mismatch"},
        {"Kim ngạch xuất khẩu năm 2024 đạt {T} triệu USD; trong đó nhóm hàng nông, lâm, thủy sản chiếm tỷ trọng {X}%, đạt {A} triệu USD.",
         "Tổng dư nợ cho vay trên địa bàn đạt {T} tỷ đồng. Dư nợ cho vay hộ sản xuất, kinh doanh (chiếm {X}% tổng dư nợ) đạt {A} tỷ đồng; nợ xấu chiếm {Z}% tổng dư nợ.",
         "Tổng doanh thu từ hoạt động du lịch năm 2024 đạt {Tb} tỷ đồng, trong đó doanh thu dịch vụ lưu trú đạt {Am} triệu đồng, chiếm tỷ trọng {Xm}%."},
        part_share_14});
    out.push_back({"shares", {"share-sum"},
        {"Về cơ cấu giá trị sản xuất nông nghiệp năm 2024, trồng trọt chiếm tỷ trọng {a}%, chăn nuôi chiếm tỷ trọng {b}%, dịch vụ nông nghiệp chiếm tỷ trọng {c3}%.",
         "Trong tổng số lao động có việc làm, {a}% làm việc trong khu vực nông, lâm nghiệp và thủy sản, {b}% trong khu vực công nghiệp - xây dựng và {c3}% trong khu vực dịch vụ.",
         "Tổng vốn đầu tư năm 2024 phân theo nguồn vốn: vốn ngân sách nhà nước ({a}%), vốn vay tín dụng ({b}%), vốn của doanh nghiệp và dân cư ({c}%), vốn đầu tư nước ngoài ({d}%)."},
        shares_14});
    out.push_back({"attainment", {"percent-mismatch"},
        {"Chỉ tiêu giải quyết việc làm năm 2024 là {P} lao động. Kết quả, cả năm đã giải quyết việc làm cho {A} lao động, đạt {X}%.",
         "Năm 2024, tỉnh được giao chỉ tiêu trồng mới {P} ha rừng tập trung; đến hết năm đã trồng được {A} ha, hoàn thành {X}% nhiệm vụ được giao.",
         "Nghị quyết Hội đồng nhân dân tỉnh giao dự toán thu nội địa năm 2024 là {Po} tỷ đồng; thực hiện cả năm đạt {Ao} tỷ đồng, vượt {Yo}% so với Nghị quyết."},
        attainment_exceed_figures});
    out.push_back({"growth", {"percent-mismatch", "sum-mismatch"},
        {"Năm 2024, sản lượng thủy sản khai thác đạt {C} tấn, so với năm trước {V} {X}% (năm 2023 đạt {B} tấn).",
         "Khối lượng hành khách vận chuyển năm 2024 đạt {C} nghìn lượt, {V} {X}% (cùng kỳ năm trước tăng 6,8%). Năm 2023, khối lượng hành khách vận chuyển đạt {B} nghìn lượt.",
         "Số doanh nghiệp thành lập mới năm 2024 là {Cm} doanh nghiệp, {K} năm 2020 ({Bm} doanh nghiệp)."},
        growth_14});
    out.push_back({"change", {"percent-mismatch"},
        {"Năm 2024 trên địa bàn tỉnh xảy ra {C} vụ cháy, {V} {D} vụ ({V} {X}%) so với năm 2023.",
         "Đến cuối năm, toàn tỉnh còn {C} hộ nghèo, {V} {X}%, tương ứng {V} {D} hộ so với đầu năm.",
         "Năm 2024, có {C} doanh nghiệp hoàn tất thủ tục giải thể. So với năm 2023, số doanh nghiệp giải thể {V} {D} doanh nghiệp, tương ứng {X}%."},
        change_figures});
    out.push_back({"contribution", {"sum-mismatch"},
        {"Tốc độ tăng trưởng kinh tế (GRDP) năm 2024 đạt {G}%. Đóng góp của các khu vực vào mức tăng chung như sau: || - Khu vực nông, lâm nghiệp và thủy sản: {a} điểm phần trăm; || - Khu vực công nghiệp - xây dựng: {b} điểm phần trăm; || - Khu vực dịch vụ: {c} điểm phần trăm.",
         "Khu vực dịch vụ làm tăng {c} điểm phần trăm, khu vực công nghiệp - xây dựng làm tăng {b} điểm phần trăm và khu vực nông, lâm nghiệp, thủy sản làm tăng {a} điểm phần trăm, đưa GRDP năm 2024 tăng {G}%.",
         "Mức tăng trưởng {G}% của nền kinh tế năm 2024 có sự đóng góp của: công nghiệp - xây dựng ({b} điểm phần trăm), dịch vụ ({c} điểm phần trăm), nông, lâm nghiệp và thủy sản ({a} điểm phần trăm)."},
        contribution_figures});
    out.push_back({"points", {"percent-mismatch"},
        {"Tỷ lệ đô thị hóa năm 2024 đạt {R1}%, cao hơn năm 2023 {D} điểm % (năm 2023: {R2}%).",
         "Nếu năm 2023 tỷ lệ hộ cận nghèo của tỉnh là {R1}% thì đến cuối năm 2024 đã giảm còn {R2}%, tức giảm {D} điểm phần trăm.",
         "Tỷ lệ hộ nghèo đa chiều toàn tỉnh còn {R2}%, giảm {D} điểm phần trăm so với đầu năm; đầu năm, tỷ lệ hộ nghèo là {R1}%, mục tiêu đến năm 2025 giảm còn 3,5%."},
        points_figures});
    out.push_back({"same-figure", {"inconsistent-figure"},
        {"Năm 2024, số doanh nghiệp đăng ký thành lập mới trên địa bàn tỉnh là {N} doanh nghiệp. || Công tác hỗ trợ doanh nghiệp được quan tâm; riêng thành phố có {Nh} doanh nghiệp đăng ký thành lập mới. || Trong năm 2024, toàn tỉnh có {N2} doanh nghiệp đăng ký thành lập mới.",
         "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin năm 2024 đạt {R}%. || Trong 6 tháng đầu năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt {Rh}%. || Kết quả năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin của tỉnh đạt {R2}%.",
         "Kim ngạch xuất khẩu hàng hóa năm 2024 đạt {A} triệu USD. || Thị trường xuất khẩu tiếp tục được mở rộng. || Năm 2024, kim ngạch xuất khẩu hàng hóa của tỉnh đạt {A2} triệu USD."},
        same_figure_14});
    out.push_back({"rate-bound", {"percent-mismatch"},
        {"Số xã đạt Bộ tiêu chí quốc gia về y tế đạt tỷ lệ {X}%; chỉ số giá tiêu dùng bình quân năm bằng 103,8% năm trước.",
         "Tỷ lệ người dân tham gia bảo hiểm y tế ước đạt {X}% dân số; thu bảo hiểm xã hội đạt 108,2% kế hoạch.",
         "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên {X}%."},
        rate_above_whole});
    out.push_back({"total-growth", {"percent-mismatch", "sum-mismatch", "inconsistent-figure"},
        {"Tổng kim ngạch xuất, nhập khẩu năm 2024 tăng {G}% so với năm 2023. Trong đó: || - Kim ngạch xuất khẩu tăng {g1}%; || - Kim ngạch nhập khẩu tăng {g2}%.",
         "Tổng số lao động có việc làm năm 2024 tăng {G}% so với năm 2023, với lao động nam tăng {g1}% và lao động nữ tăng {g2}%.",
         "Doanh thu vận tải năm 2024 tăng {G}% (năm 2023 tăng 7,2%), trong đó doanh thu vận tải hành khách tăng {g1}%, vận tải hàng hóa tăng {g2}%."},
        total_growth_14});
    out.push_back({"average", {"percent-mismatch", "sum-mismatch"},
        {"Năm 2024, {N} hợp tác xã nông nghiệp đạt tổng doanh thu {T} triệu đồng, doanh thu bình quân mỗi hợp tác xã đạt {M} triệu đồng.",
         "Tổng số tiêu chí nông thôn mới các xã đạt được là {Tt} tiêu chí trên {Nx} xã, bình quân {Mt} tiêu chí/xã.",
         "Năng suất lúa bình quân cả năm đạt {Kq} tạ/ha, trên diện tích gieo cấy {Hk} nghìn ha, sản lượng đạt {Yk} nghìn tấn."},
        average_14});
    return out;
}

}  // namespace soat::test::generated
